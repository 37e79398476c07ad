import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Choice, Fieldset } from "../../forms/Choices";
import { FormScaffold } from "../../forms/FormScaffold";
import { FormErrorsFragment, type FormErrors, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { CycleCardFragment, PlanFormFragment } from "./fragments";
import { numberInput, parseNumber } from "./numbers";
import "./testing.css";

const PlanTestCycleMutation = graphql(
  `
    mutation PlanTestCycleForm($input: PlanTestCycleInput!) {
      planTestCycle(input: $input) {
        cycle {
          id
          ...CycleCard_cycle
        }
        idea {
          id
          stage
          viewerCanPlanTestCycle
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [CycleCardFragment, FormErrorsFragment],
);

const UpdateTestCycleMutation = graphql(
  `
    mutation UpdateTestCycleForm($input: UpdateTestCycleInput!) {
      updateTestCycle(input: $input) {
        cycle {
          id
          ...CycleCard_cycle
        }
        idea {
          id
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [CycleCardFragment, FormErrorsFragment],
);

export interface Organisation {
  id: string;
  name: string;
}

type Direction = "HIGHER" | "LOWER";
interface MeasureDraft {
  key: number;
  id: string | null;
  name: string;
  unit: string;
  baseline: string;
  target: string;
  direction: Direction;
  locked: boolean;
}

const PLAN_FIELDS = [
  "hypothesis",
  "aim",
  "site",
  "hostOrganisation",
  "targetGroup",
  "plannedParticipants",
  "startsOn",
  "endsOn",
  "municipalityIds",
  "measures",
  "expectedVersion",
];
const measureFields = (n: number) =>
  Array.from({ length: n }, (_, i) => ["name", "unit", "baseline", "target", "direction"].map((f) => `measures.${i}.${f}`)).flat();

interface Props {
  /** Plan a new cycle of this idea… */
  ideaId?: string;
  /** …or edit this cycle's plan. */
  cycle?: FragmentOf<typeof PlanFormFragment>;
  organisations: readonly Organisation[];
  onDone: (saved: boolean) => void;
}

/** The plan of a test cycle: hypothesis, aim, context, period and measures (name, unit, baseline, target, direction). */
export function PlanForm({ ideaId, cycle: ref, organisations, onDone }: Props) {
  const { t } = useTranslation("testing");
  const cycle = ref ? readFragment(PlanFormFragment, ref) : null;
  const nextKey = useRef(1);
  const [measures, setMeasures] = useState<MeasureDraft[]>(() =>
    cycle && cycle.measures.length > 0
      ? cycle.measures.map((m) => ({
          key: nextKey.current++,
          id: m.id,
          name: m.name,
          unit: m.unit,
          baseline: numberInput(m.baseline),
          target: numberInput(m.target),
          direction: m.direction,
          locked: m.measurements.length > 0,
        }))
      : [{ key: nextKey.current++, id: null, name: "", unit: "", baseline: "", target: "", direction: "HIGHER", locked: false }],
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [planState, plan] = useMutation(PlanTestCycleMutation);
  const [updateState, update] = useMutation(UpdateTestCycleMutation);
  const fetching = planState.fetching || updateState.fetching;
  const [chosen, setChosen] = useState(() => new Set(cycle?.municipalities.map((m) => m.id) ?? []));

  useEffect(() => headingRef.current?.focus(), []);

  const setMeasure = (key: number, patch: Partial<MeasureDraft>) =>
    setMeasures((list) => list.map((m) => (m.key === key ? { ...m, ...patch } : m)));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    // Numbers are checked here first: the API takes only numbers.
    const local: FormErrors = { fields: {}, general: [] };
    const num = (value: string, field: string) => {
      const n = parseNumber(value);
      if (Number.isNaN(n)) local.fields[field] = t("form.notANumber");
      return Number.isNaN(n) ? null : n;
    };
    const participantsText = text("plannedParticipants");
    const plannedParticipants = num(participantsText, "plannedParticipants");
    const drafts = measures.filter((m) => m.id !== null || m.name.trim() !== "" || m.baseline !== "" || m.target !== "");
    // Errors name a measure by its place among those sent; the form shows them on its row, blank rows included.
    const rowOf = drafts.map((d) => measures.indexOf(d));
    const onRows = (e: FormErrors): FormErrors => ({
      ...e,
      fields: Object.fromEntries(
        Object.entries(e.fields).map(([k, v]) => [k.replace(/^measures\.(\d+)\./, (_, i: string) => `measures.${rowOf[Number(i)]}.`), v]),
      ),
    });
    const measureInput = drafts.map((m, i) => ({
      ...(m.id ? { id: m.id } : {}),
      name: m.name.trim(),
      unit: m.unit.trim(),
      baseline: num(m.baseline, `measures.${i}.baseline`),
      target: num(m.target, `measures.${i}.target`),
      direction: m.direction,
    }));
    if (Object.keys(local.fields).length > 0) return setErrors(onRows(local));
    setErrors(noErrors);
    const fields = {
      hypothesis: text("hypothesis"),
      aim: text("aim"),
      site: text("site"),
      hostOrganisation: text("hostOrganisation"),
      targetGroup: text("targetGroup"),
      plannedParticipants: plannedParticipants === null ? null : Math.round(plannedParticipants),
      startsOn: text("startsOn") || null,
      endsOn: text("endsOn") || null,
      municipalityIds: [...chosen],
      measures: measureInput,
    };
    const shown = [...PLAN_FIELDS, ...measureFields(drafts.length)];
    if (cycle) {
      const r = await update({ input: { id: cycle.id, expectedVersion: cycle.version, ...fields } });
      if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
      const p = r.data?.updateTestCycle;
      if (p?.cycle && p.errors.length === 0) return onDone(true);
      return setErrors(onRows(toFormErrors(p?.errors ?? [], shown)));
    }
    const r = await plan({ input: { ideaId: ideaId!, ...fields } });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const p = r.data?.planTestCycle;
    if (p?.cycle && p.errors.length === 0) return onDone(true);
    setErrors(onRows(toFormErrors(p?.errors ?? [], shown)));
  };

  const headingId = cycle ? `plan-heading-${cycle.id}` : "plan-heading-new";
  // Inside a cycle's card (under its h3) when editing; straight under the section's h2 when new.
  const Heading = cycle ? "h4" : "h3";
  return (
    <FormScaffold
      formRef={formRef}
      summaryRef={summaryRef}
      errors={errors}
      onSubmit={onSubmit}
      className="card cycle-form"
      labelledBy={headingId}
      heading={
        <>
          <Heading id={headingId} ref={headingRef} tabIndex={-1} className="cycle-form__heading">
            {cycle ? t("plan.editHeading") : t("plan.newHeading")}
          </Heading>
          <p className="muted">{t("plan.intro")}</p>
        </>
      }
      submitLabel={cycle ? t("plan.save") : t("plan.create")}
      busyLabel={t("form.saving")}
      busy={fetching}
      onCancel={() => onDone(false)}
      cancelLabel={t("form.cancel")}
    >
      <Field name="hypothesis" label={t("plan.hypothesis")} hint={t("plan.hypothesisHint")} error={errors.fields.hypothesis}>
        {(p) => <textarea {...p} rows={3} maxLength={5000} defaultValue={cycle?.hypothesis} />}
      </Field>
      <Field name="aim" label={t("plan.aim")} optional error={errors.fields.aim}>
        {(p) => <textarea {...p} rows={2} maxLength={5000} defaultValue={cycle?.aim} />}
      </Field>

      <fieldset className="choice-group measure-drafts">
        <legend className="choice-group__legend">{t("plan.measures")}</legend>
        <p className="field__hint">{t("plan.measuresHint")}</p>
        {errors.fields.measures && <p className="field__error">{errors.fields.measures}</p>}
        {measures.map((m, i) => (
          <div key={m.key} className="measure-draft" role="group" aria-label={t("plan.measureN", { n: i + 1 })}>
            <div className="form-row">
              <Field name={`measure-${m.key}-name`} label={t("plan.measureName", { n: i + 1 })} error={errors.fields[`measures.${i}.name`]}>
                {(p) => (
                  <input {...p} type="text" maxLength={300} value={m.name} onChange={(e) => setMeasure(m.key, { name: e.target.value })} />
                )}
              </Field>
              <Field
                name={`measure-${m.key}-unit`}
                label={t("plan.unit")}
                hint={t("plan.unitHint")}
                optional
                error={errors.fields[`measures.${i}.unit`]}
              >
                {(p) => (
                  <input {...p} type="text" maxLength={50} value={m.unit} onChange={(e) => setMeasure(m.key, { unit: e.target.value })} />
                )}
              </Field>
            </div>
            <div className="form-row form-row--3">
              <Field
                name={`measure-${m.key}-baseline`}
                label={t("plan.baseline")}
                hint={t("plan.baselineHint")}
                error={errors.fields[`measures.${i}.baseline`]}
              >
                {(p) => (
                  <input
                    {...p}
                    type="text"
                    inputMode="decimal"
                    value={m.baseline}
                    onChange={(e) => setMeasure(m.key, { baseline: e.target.value })}
                  />
                )}
              </Field>
              <Field name={`measure-${m.key}-target`} label={t("plan.target")} optional error={errors.fields[`measures.${i}.target`]}>
                {(p) => (
                  <input
                    {...p}
                    type="text"
                    inputMode="decimal"
                    value={m.target}
                    onChange={(e) => setMeasure(m.key, { target: e.target.value })}
                  />
                )}
              </Field>
              <Field name={`measure-${m.key}-direction`} label={t("plan.direction")} error={errors.fields[`measures.${i}.direction`]}>
                {(p) => (
                  <select {...p} value={m.direction} onChange={(e) => setMeasure(m.key, { direction: e.target.value as Direction })}>
                    <option value="HIGHER">{t("direction.HIGHER")}</option>
                    <option value="LOWER">{t("direction.LOWER")}</option>
                  </select>
                )}
              </Field>
            </div>
            {m.locked ? (
              <p className="muted measure-draft__note">{t("plan.measureLocked")}</p>
            ) : (
              measures.length > 1 && (
                <button
                  type="button"
                  className="link-button link-button--danger"
                  onClick={() => setMeasures(measures.filter((x) => x.key !== m.key))}
                >
                  {t("plan.removeMeasure", { name: m.name || t("plan.measureN", { n: i + 1 }) })}
                </button>
              )
            )}
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            setMeasures([
              ...measures,
              { key: nextKey.current++, id: null, name: "", unit: "", baseline: "", target: "", direction: "HIGHER", locked: false },
            ])
          }
        >
          {t("plan.addMeasure")}
        </button>
      </fieldset>

      <fieldset className="choice-group">
        <legend className="choice-group__legend">{t("plan.context")}</legend>
        <div className="form-row">
          <Field name="site" label={t("plan.site")} optional error={errors.fields.site}>
            {(p) => <input {...p} type="text" maxLength={300} defaultValue={cycle?.site} />}
          </Field>
          <Field name="hostOrganisation" label={t("plan.hostOrganisation")} optional error={errors.fields.hostOrganisation}>
            {(p) => <input {...p} type="text" maxLength={300} defaultValue={cycle?.hostOrganisation} />}
          </Field>
        </div>
        <div className="form-row">
          <Field name="targetGroup" label={t("plan.targetGroup")} optional error={errors.fields.targetGroup}>
            {(p) => <input {...p} type="text" maxLength={300} defaultValue={cycle?.targetGroup} />}
          </Field>
          <Field name="plannedParticipants" label={t("plan.plannedParticipants")} optional error={errors.fields.plannedParticipants}>
            {(p) => <input {...p} type="text" inputMode="numeric" defaultValue={cycle?.plannedParticipants ?? ""} />}
          </Field>
        </div>
        <div className="form-row">
          <Field name="startsOn" label={t("plan.startsOn")} optional error={errors.fields.startsOn}>
            {(p) => <input {...p} type="date" defaultValue={cycle?.startsOn ?? ""} />}
          </Field>
          <Field name="endsOn" label={t("plan.endsOn")} optional error={errors.fields.endsOn}>
            {(p) => <input {...p} type="date" defaultValue={cycle?.endsOn ?? ""} />}
          </Field>
        </div>
        {organisations.length > 0 && (
          <Fieldset legend={t("plan.municipalities")} nested optional error={errors.fields.municipalityIds} className="checkbox-columns">
            {organisations.map((o) => (
              <Choice
                key={o.id}
                type="checkbox"
                name="municipality"
                value={o.id}
                label={o.name}
                checked={chosen.has(o.id)}
                onChange={(on) =>
                  setChosen((prev) => {
                    const next = new Set(prev);
                    if (on) next.add(o.id);
                    else next.delete(o.id);
                    return next;
                  })
                }
              />
            ))}
          </Fieldset>
        )}
      </fieldset>
    </FormScaffold>
  );
}
