import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Choice, Fieldset } from "../../forms/Choices";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge, type Tone } from "../../ui/Badge";
import { formatDate, formatLocalDate } from "../../ui/format";
import { errorMessage } from "../../ui/QueryState";
import { IdeaTimelineFragment } from "../ideas/IdeaTimeline";
import "./guidance.css";
import { ReferralFragment, ReferralListFragment } from "./fragments";

const UpdateReferralMutation = graphql(
  `
    mutation UpdateReferral($input: UpdateReferralInput!) {
      updateReferral(input: $input) {
        referral {
          id
          ...Referral_referral
          idea {
            id
            ...IdeaTimeline_idea
          }
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [ReferralFragment, IdeaTimelineFragment, FormErrorsFragment],
);

type Status = "SENT" | "RECEIVED" | "ACCEPTED" | "DECLINED" | "COMPLETED";
const TONE: Record<Status, Tone> = { SENT: "accent", RECEIVED: "level", ACCEPTED: "success", DECLINED: "danger", COMPLETED: "success" };
const CLOSED: readonly Status[] = ["DECLINED", "COMPLETED"];

/** What the team may record next, on the actor's behalf. */
function nextStatuses(status: Status): Status[] {
  switch (status) {
    case "SENT":
      return ["RECEIVED", "ACCEPTED", "DECLINED"];
    case "RECEIVED":
      return ["ACCEPTED", "DECLINED"];
    case "ACCEPTED":
      return ["COMPLETED", "DECLINED"];
    default:
      return [];
  }
}

function RecordAnswerForm({ referralId, status, actor }: { referralId: string; status: Status; actor: string }) {
  const { t } = useTranslation("guidance");
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<Status | null>(null);
  const [done, setDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, update] = useMutation(UpdateReferralMutation);
  const options = nextStatuses(status);
  if (options.length === 0) return null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!choice) return setErrors({ fields: { status: t("triage.chooseDecision") }, general: [] });
    const note = String(new FormData(event.currentTarget).get("note") ?? "").trim();
    setErrors(noErrors);
    const r = await update({ input: { id: referralId, status: choice, note } });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const payload = r.data?.updateReferral;
    if (payload?.referral && payload.errors.length === 0) {
      setOpen(false);
      setChoice(null);
      setDone(true);
      return;
    }
    setErrors(toFormErrors(payload?.errors ?? [], ["status", "note"]));
  };

  if (!open) {
    return (
      <div className="referral__record">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDone(false);
            setOpen(true);
          }}
        >
          {t("referrals.record")}
          <span className="visually-hidden">: {actor}</span>
        </button>
        <p className="form__status" role="status">
          {done ? t("referrals.recorded") : ""}
        </p>
      </div>
    );
  }
  return (
    <form ref={formRef} className="form referral__form" noValidate onSubmit={onSubmit} aria-label={`${t("referrals.record")}: ${actor}`}>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <Fieldset legend={t("referrals.recordStatus")} error={errors.fields.status} nested>
        {options.map((s) => (
          <Choice
            key={s}
            type="radio"
            name={`referral-${referralId}-status`}
            value={s}
            label={t(`referrals.status.${s}`)}
            checked={choice === s}
            invalid={errors.fields.status !== undefined}
            onChange={(on) => on && setChoice(s)}
          />
        ))}
      </Fieldset>
      <Field
        name="note"
        label={t("referrals.recordNote")}
        hint={t("referrals.recordNoteHint")}
        optional={choice !== "DECLINED"}
        error={errors.fields.note}
      >
        {(p) => <textarea {...p} rows={2} maxLength={2000} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching ? t("common.saving") : t("referrals.recordSubmit")}
        </button>
        <button type="button" className="button button--ghost" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

/** The loop of one referral: sent → received → outcome, as steps with their dates. */
export function ReferralSteps({
  status,
  sentAt,
  receivedAt,
  outcomeAt,
}: {
  status: Status;
  sentAt: string;
  receivedAt: string | null;
  outcomeAt: string | null;
}) {
  const { t } = useTranslation("guidance");
  const outcome = status === "ACCEPTED" || status === "DECLINED" || status === "COMPLETED";
  return (
    <ol className="referral-steps" aria-label={t("referrals.steps")}>
      <li className="referral-steps__step referral-steps__step--done">{t("referrals.sent", { date: formatDate(sentAt) })}</li>
      <li className={`referral-steps__step${receivedAt ? " referral-steps__step--done" : ""}`}>
        {receivedAt ? t("referrals.received", { date: formatDate(receivedAt) }) : t("referrals.status.RECEIVED")}
      </li>
      <li className={`referral-steps__step${outcome ? " referral-steps__step--done" : ""}`}>
        {outcome && outcomeAt ? `${t(`referrals.status.${status}`)} ${formatDate(outcomeAt)}` : t("handoff.outcome")}
      </li>
    </ol>
  );
}

/** Where the idea has been referred and what came of it; the team records the actor's answers. */
export function ReferralList({ idea: ref, onTeam }: { idea: FragmentOf<typeof ReferralListFragment>; onTeam: boolean }) {
  const { t } = useTranslation("guidance");
  const { referrals } = readFragment(ReferralListFragment, ref);
  if (!referrals) return null;
  if (referrals.length === 0 && !onTeam) return null;
  return (
    <section className="guidance-part" aria-labelledby="referrals-heading">
      <h3 id="referrals-heading">{t("referrals.heading")}</h3>
      {referrals.length === 0 ? (
        <p className="empty">{t("referrals.empty")}</p>
      ) : (
        <ul className="referrals">
          {referrals.map((rRef) => {
            const r = readFragment(ReferralFragment, rRef);
            return (
              <li key={r.id} className="referral">
                <p className="referral__head">
                  <span className="referral__actor">{t("referrals.to", { actor: r.actor.name })}</span>
                  <Badge tone={TONE[r.status]}>{t(`referrals.status.${r.status}`)}</Badge>
                  {r.overdue && <Badge tone="danger">{t("referrals.overdue")}</Badge>}
                </p>
                <ReferralSteps status={r.status} sentAt={r.sentAt} receivedAt={r.receivedAt ?? null} outcomeAt={r.outcomeAt ?? null} />
                {(r.sentBy || r.status === "SENT") && (
                  <p className="muted">
                    {[
                      r.sentBy ? t("referrals.sentBy", { name: r.sentBy.name }) : null,
                      r.status === "SENT" ? t("referrals.respondBy", { date: formatLocalDate(r.respondBy) }) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                )}
                <details className="referral__message">
                  <summary>{t("referrals.message")}</summary>
                  <p className="prose">{r.message}</p>
                </details>
                {r.outcomeNote && <p className="referral__note prose">{r.outcomeNote}</p>}
                {onTeam && !CLOSED.includes(r.status) && <RecordAnswerForm referralId={r.id} status={r.status} actor={r.actor.name} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export { ReferralFragment, ReferralListFragment };
