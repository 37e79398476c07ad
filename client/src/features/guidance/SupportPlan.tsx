import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge, type Tone } from "../../ui/Badge";
import { errorMessage } from "../../ui/QueryState";
import { IdeaTimelineFragment } from "../ideas/IdeaTimeline";
import { RemoveNeed } from "./GuidanceEdits";
import { SupportPlanFragment } from "./fragments";
import "./guidance.css";

const SetSupportNeedMutation = graphql(
  `
    mutation SetSupportNeed($input: SetSupportNeedInput!) {
      setSupportNeed(input: $input) {
        supportNeed {
          id
        }
        idea {
          id
          ...SupportPlan_idea
          ...IdeaTimeline_idea
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [SupportPlanFragment, IdeaTimelineFragment, FormErrorsFragment],
);

const KINDS = ["FUNDING", "TEST_SITE", "COMPETENCE", "PARTNERS", "RESEARCH", "OTHER"] as const;
const STATUSES = ["OPEN", "IN_PROGRESS", "MET", "DROPPED"] as const;
type Status = (typeof STATUSES)[number];
const TONE: Record<Status, Tone> = { OPEN: "accent", IN_PROGRESS: "level", MET: "success", DROPPED: "muted" };

function NeedForm({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation("guidance");
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, setNeed] = useMutation(SetSupportNeedMutation);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const el = event.currentTarget;
    const form = new FormData(el);
    setErrors(noErrors);
    setSaved(false);
    const r = await setNeed({
      input: {
        ideaId,
        kind: String(form.get("kind")) as (typeof KINDS)[number],
        status: String(form.get("status")) as Status,
        notes: String(form.get("notes") ?? "").trim(),
      },
    });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const payload = r.data?.setSupportNeed;
    if (payload?.supportNeed && payload.errors.length === 0) {
      el.reset();
      setSaved(true);
      return;
    }
    setErrors(toFormErrors(payload?.errors ?? [], ["kind", "status", "notes"]));
  };
  return (
    <details className="support-need-form">
      <summary>{t("supportPlan.add")}</summary>
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary ref={summaryRef} errors={errors} />
        <div className="form-row">
          <Field name="kind" label={t("supportPlan.kind")} error={errors.fields.kind}>
            {(p) => (
              <select {...p} defaultValue="FUNDING">
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`supportPlan.kinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="status" label={t("supportPlan.status")} error={errors.fields.status}>
            {(p) => (
              <select {...p} defaultValue="OPEN">
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`supportPlan.statuses.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field name="notes" label={t("supportPlan.notes")} hint={t("supportPlan.notesHint")} optional error={errors.fields.notes}>
          {(p) => <textarea {...p} rows={2} maxLength={5000} />}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={fetching}>
            {fetching ? t("common.saving") : t("common.save")}
          </button>
          <p className="form__status" role="status">
            {saved ? t("supportPlan.saved") : ""}
          </p>
        </div>
      </form>
    </details>
  );
}

/** The support plan: what the idea needs and how far each need has come. The team adds and updates needs. */
export function SupportPlan({ idea: ref, onTeam }: { idea: FragmentOf<typeof SupportPlanFragment>; onTeam: boolean }) {
  const { t } = useTranslation("guidance");
  const idea = readFragment(SupportPlanFragment, ref);
  const plan = idea.supportPlan;
  if (!plan) return null;
  if (plan.length === 0 && !onTeam) return null;
  return (
    <section className="guidance-part" aria-labelledby="support-plan-heading">
      <h3 id="support-plan-heading">{t("supportPlan.heading")}</h3>
      {plan.length === 0 ? (
        <p className="empty">{t("supportPlan.empty")}</p>
      ) : (
        <ul className="support-plan">
          {plan.map((n) => (
            <li key={n.id} className="support-need">
              <span className="support-need__kind">{t(`supportPlan.kinds.${n.kind}`)}</span>
              <Badge tone={TONE[n.status]}>{t(`supportPlan.statuses.${n.status}`)}</Badge>
              {n.notes && <p className="support-need__notes">{n.notes}</p>}
              {onTeam && <RemoveNeed id={n.id} label={t(`supportPlan.kinds.${n.kind}`)} />}
            </li>
          ))}
        </ul>
      )}
      {onTeam && <NeedForm ideaId={idea.id} />}
    </section>
  );
}

export { SupportPlanFragment };
