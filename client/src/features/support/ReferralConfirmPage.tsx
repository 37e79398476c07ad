import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useMutation } from "urql";
import { useQuery } from "../../ui/useQuery";
import { Choice, Fieldset } from "../../forms/Choices";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { graphql, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { formatDate, formatLocalDate } from "../../ui/format";
import { PageTitle } from "../../ui/PageTitle";
import { Loading, QueryError, errorMessage } from "../../ui/QueryState";
import { ReferralSteps } from "../guidance/ReferralList";
import "./support.css";
import "../guidance/guidance.css";

const HandOffFields = graphql(`
  fragment HandOff_referral on ReferralHandOff {
    actorName
    arenaName
    ideaTitle
    ideaSummary
    message
    sentAt
    sentByName
    respondBy
    status
    receivedAt
    outcomeAt
    outcomeNote
  }
`);

const ReferralByTokenQuery = graphql(
  `
    query ReferralByToken($token: String!) {
      referralByToken(token: $token) {
        ...HandOff_referral
      }
    }
  `,
  [HandOffFields],
);

const ConfirmReferralMutation = graphql(
  `
    mutation ConfirmReferral($input: ConfirmReferralInput!) {
      confirmReferral(input: $input) {
        referral {
          ...HandOff_referral
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [HandOffFields, FormErrorsFragment],
);

const RecordReferralOutcomeMutation = graphql(
  `
    mutation RecordReferralOutcome($input: RecordReferralOutcomeInput!) {
      recordReferralOutcome(input: $input) {
        referral {
          ...HandOff_referral
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [HandOffFields, FormErrorsFragment],
);

const OUTCOMES = ["ACCEPTED", "DECLINED", "COMPLETED"] as const;
type Outcome = (typeof OUTCOMES)[number];
/** What the actor has just done, kept as a key so that the thanks follow a change of language. */
type Done = "confirmed" | "outcomeSaved";

function ConfirmForm({ token, respondBy, onDone }: { token: string; respondBy: string; onDone: (message: Done) => void }) {
  const { t } = useTranslation("guidance");
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, confirm] = useMutation(ConfirmReferralMutation);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const note = String(new FormData(event.currentTarget).get("note") ?? "").trim();
    setErrors(noErrors);
    const r = await confirm({ input: { token, note } });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const payload = r.data?.confirmReferral;
    if (payload?.referral && payload.errors.length === 0) return onDone("confirmed");
    setErrors(toFormErrors(payload?.errors ?? [], ["note"]));
  };
  return (
    <form ref={formRef} className="form card" noValidate onSubmit={onSubmit} aria-labelledby="confirm-heading">
      <h2 id="confirm-heading">{t("handoff.confirmHeading")}</h2>
      <p className="muted">{t("handoff.respondBy", { date: respondBy })}</p>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <Field name="note" label={t("handoff.confirmNote")} optional error={errors.fields.note}>
        {(p) => <textarea {...p} rows={3} maxLength={2000} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching ? t("handoff.confirming") : t("handoff.confirm")}
        </button>
      </div>
    </form>
  );
}

function OutcomeForm({ token, status, onDone }: { token: string; status: string; onDone: (message: Done) => void }) {
  const { t } = useTranslation("guidance");
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [{ fetching }, record] = useMutation(RecordReferralOutcomeMutation);
  const options: readonly Outcome[] = status === "ACCEPTED" ? ["COMPLETED", "DECLINED"] : OUTCOMES;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!outcome) return setErrors({ fields: { outcome: t("triage.chooseDecision") }, general: [] });
    const note = String(new FormData(event.currentTarget).get("note") ?? "").trim();
    setErrors(noErrors);
    const r = await record({ input: { token, outcome, note } });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const payload = r.data?.recordReferralOutcome;
    if (payload?.referral && payload.errors.length === 0) {
      setOutcome(null);
      return onDone("outcomeSaved");
    }
    setErrors(toFormErrors(payload?.errors ?? [], ["outcome", "note"]));
  };
  return (
    <form ref={formRef} className="form card" noValidate onSubmit={onSubmit} aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">{t("handoff.outcomeHeading")}</h2>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <Fieldset legend={t("handoff.outcome")} error={errors.fields.outcome}>
        {options.map((o) => (
          <Choice
            key={o}
            type="radio"
            name="outcome"
            value={o}
            label={t(`handoff.outcomes.${o}`)}
            checked={outcome === o}
            invalid={errors.fields.outcome !== undefined}
            onChange={(on) => on && setOutcome(o)}
          />
        ))}
      </Fieldset>
      <Field
        name="note"
        label={t("handoff.outcomeNote")}
        hint={t("handoff.outcomeNoteHint")}
        optional={outcome !== "DECLINED"}
        error={errors.fields.note}
      >
        {(p) => <textarea {...p} rows={3} maxLength={2000} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching ? t("handoff.sendingOutcome") : t("handoff.sendOutcome")}
        </button>
      </div>
    </form>
  );
}

/** /referral/:token — the actor's view of a referral through their personal link, without an account. */
export function ReferralConfirmPage() {
  const { t } = useTranslation("guidance");
  const { token = "" } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ReferralByTokenQuery, variables: { token } });
  const [message, setMessage] = useState<Done | null>(null);
  // The hand-off has no id to update in the cache: after an answer, read it again.
  const onDone = (done: Done) => {
    setMessage(done);
    reexecute({ requestPolicy: "network-only" });
  };

  if (error && !data) {
    return (
      <div className="narrow">
        <PageTitle parts={[t("handoff.pageTitle")]} />
        <h1 tabIndex={-1}>{t("handoff.pageTitle")}</h1>
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </div>
    );
  }
  if (fetching && !data) {
    return (
      <div className="narrow">
        <h1 tabIndex={-1}>{t("handoff.pageTitle")}</h1>
        <Loading />
      </div>
    );
  }
  const raw = data?.referralByToken;
  if (!raw) {
    return (
      <div className="narrow">
        <PageTitle parts={[t("handoff.unknownTitle")]} />
        <h1 tabIndex={-1}>{t("handoff.unknownTitle")}</h1>
        <p className="lead">{t("handoff.unknownText")}</p>
        <p className="button-row">
          <Link className="button button--primary" to="/">
            {t("state.backHome", { ns: "translation" })}
          </Link>
        </p>
      </div>
    );
  }
  const r = readFragment(HandOffFields, raw);
  const closed = r.status === "DECLINED" || r.status === "COMPLETED";
  return (
    <div className="narrow handoff">
      <PageTitle parts={[t("handoff.title", { arena: r.arenaName })]} />
      <div className="page-head">
        <p className="eyebrow">{r.actorName}</p>
        <h1 tabIndex={-1}>{t("handoff.title", { arena: r.arenaName })}</h1>
        <p className="lead">{t("handoff.intro", { arena: r.arenaName, actor: r.actorName })}</p>
      </div>
      <div role="status">
        {message && (
          <div className="notice notice--success">
            <p>{t(`handoff.${message}`)}</p>
          </div>
        )}
      </div>
      <section className="section section--tight card" aria-labelledby="handoff-idea">
        <h2 id="handoff-idea">
          <span className="eyebrow">{t("handoff.idea")}</span> {r.ideaTitle}
        </h2>
        {r.ideaSummary && <p>{r.ideaSummary}</p>}
        <h3>{t("handoff.message")}</h3>
        <p className="prose">{r.message}</p>
        <p className="muted">
          {r.sentByName
            ? t("handoff.sentBy", { date: formatDate(r.sentAt), name: r.sentByName })
            : t("handoff.sentAt", { date: formatDate(r.sentAt) })}
        </p>
        <p className="handoff__status">
          <span>{t("handoff.status")}:</span> <Badge tone={closed ? "muted" : "accent"}>{t(`referrals.status.${r.status}`)}</Badge>
        </p>
        <ReferralSteps status={r.status} sentAt={r.sentAt} receivedAt={r.receivedAt ?? null} outcomeAt={r.outcomeAt ?? null} />
        {r.outcomeNote && <p className="prose">{r.outcomeNote}</p>}
      </section>
      {r.status === "SENT" && <ConfirmForm token={token} respondBy={formatLocalDate(r.respondBy)} onDone={onDone} />}
      {(r.status === "RECEIVED" || r.status === "ACCEPTED") && <OutcomeForm token={token} status={r.status} onDone={onDone} />}
      {closed && <p className="notice">{t("handoff.closed")}</p>}
    </div>
  );
}
