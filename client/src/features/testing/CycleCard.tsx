import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../ui/TableScroll";
import { useMutation } from "urql";
import { FormErrorsFragment } from "../../forms/errors";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge, type Tone } from "../../ui/Badge";
import { formatDate, formatLocalDate } from "../../ui/format";
import { errorMessage } from "../../ui/QueryState";
import { CycleEvaluations } from "../research/CycleEvaluations";
import { DecisionForm } from "./DecisionForm";
import { CycleCardFragment, MeasureFragment } from "./fragments";
import { MeasurementForm } from "./MeasurementForm";
import { formatChange, formatNumber } from "./numbers";
import { type Organisation, PlanForm } from "./PlanForm";
import type { Outcome } from "./series";
import { StudyForm } from "./StudyForm";
import "./testing.css";

const StartTestCycleMutation = graphql(
  `
    mutation StartTestCycleButton($id: ID!) {
      startTestCycle(id: $id) {
        cycle {
          id
          ...CycleCard_cycle
        }
        idea {
          id
          stage
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [CycleCardFragment, FormErrorsFragment],
);

const DeleteMeasurementMutation = graphql(
  `
    mutation DeleteMeasurementButton($id: ID!) {
      deleteMeasurement(id: $id) {
        cycle {
          id
          idea {
            id
          }
        }
        measure {
          id
          ...CycleMeasure_measure
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [MeasureFragment, FormErrorsFragment],
);

type Status = "PLANNED" | "RUNNING" | "STUDIED" | "DECIDED";
const STATUS_TONE: Record<Status, Tone> = { PLANNED: "neutral", RUNNING: "accent", STUDIED: "level", DECIDED: "success" };
const OUTCOME_TONE: Record<Outcome, Tone> = { MET: "success", NOT_MET: "danger", INCONCLUSIVE: "muted" };

/** A value with its unit: "12 personer", "45 %". */
export const withUnit = (n: number | null | undefined, unit: string) =>
  n === null || n === undefined ? "–" : unit ? `${formatNumber(n)} ${unit}` : formatNumber(n);

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation("testing");
  return <Badge tone={OUTCOME_TONE[outcome]}>{t(`outcome.${outcome}`)}</Badge>;
}

/** The measures of a cycle: baseline, target, latest value and the result; each with its measurements. */
function Measures({
  cycle,
  canRecord,
}: {
  cycle: { id: string; measures: readonly FragmentOf<typeof MeasureFragment>[] };
  canRecord: boolean;
}) {
  const { t } = useTranslation("testing");
  const measures = readFragment(MeasureFragment, cycle.measures);
  const [{ fetching }, remove] = useMutation(DeleteMeasurementMutation);
  const [error, setError] = useState("");
  if (measures.length === 0) return <p className="empty">{t("measures.empty")}</p>;
  const onDelete = async (id: string) => {
    setError("");
    const r = await remove({ id });
    if (r.error) return setError(errorMessage(r.error, t("state.networkError", { ns: "translation" })));
    const p = r.data?.deleteMeasurement;
    if (p && p.errors.length > 0) setError(readFragment(FormErrorsFragment, p.errors)[0]!.message);
  };
  return (
    <div className="cycle-measures">
      <TableScroll label={t("measures.caption")}>
        <table className="table cycle-results">
          <caption className="visually-hidden">{t("measures.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("measures.name")}</th>
              <th scope="col">{t("measures.baseline")}</th>
              <th scope="col">{t("measures.target")}</th>
              <th scope="col">{t("measures.latest")}</th>
              <th scope="col">{t("measures.change")}</th>
              <th scope="col">{t("measures.result")}</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {m.name}
                  <span className="muted cycle-results__direction">{t(`direction.${m.direction}`)}</span>
                </th>
                <td>{withUnit(m.baseline, m.unit)}</td>
                <td>{withUnit(m.target, m.unit)}</td>
                <td>
                  {withUnit(m.result.value, m.unit)}
                  {m.result.measuredOn && <span className="muted cycle-results__date">{formatLocalDate(m.result.measuredOn)}</span>}
                </td>
                <td>{formatChange(m.result.change)}</td>
                <td>
                  <OutcomeBadge outcome={m.result.outcome} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {measures.map((m) =>
        m.measurements.length === 0 ? null : (
          <details key={m.id} className="cycle-measurements" open={canRecord}>
            <summary>{t("measurements.summary", { name: m.name, count: m.measurements.length })}</summary>
            <TableScroll label={t("measurements.caption", { name: m.name })}>
              <table className="table table--compact">
                <caption className="visually-hidden">{t("measurements.caption", { name: m.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("measurements.date")}</th>
                    <th scope="col">{t("measurements.value")}</th>
                    <th scope="col">{t("measurements.note")}</th>
                    {canRecord && (
                      <th scope="col">
                        <span className="visually-hidden">{t("measurements.actions")}</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {m.measurements.map((x) => (
                    <tr key={x.id}>
                      <td>
                        <time dateTime={x.measuredOn}>{formatLocalDate(x.measuredOn)}</time>
                      </td>
                      <td>{withUnit(x.value, m.unit)}</td>
                      <td>{x.note}</td>
                      {canRecord && (
                        <td>
                          <button
                            type="button"
                            className="link-button link-button--danger"
                            disabled={fetching}
                            onClick={() => void onDelete(x.id)}
                          >
                            {t("measurements.deleteShort")}
                            <span className="visually-hidden">
                              {" "}
                              {t("measurements.deleteWhich", { date: formatLocalDate(x.measuredOn), value: withUnit(x.value, m.unit) })}
                            </span>
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </details>
        ),
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

type Mode = "none" | "edit" | "study" | "decide";

interface Props {
  cycle: FragmentOf<typeof CycleCardFragment>;
  organisations: readonly Organisation[];
  /** Show it folded (an earlier, decided cycle). */
  folded?: boolean;
}

/** One test cycle: its plan, the gate, the measures and results, the study and the decision, and what the viewer may do next. */
export function CycleCard({ cycle: ref, organisations, folded = false }: Props) {
  const { t } = useTranslation("testing");
  const c = readFragment(CycleCardFragment, ref);
  const [mode, setMode] = useState<Mode>("none");
  const [notice, setNotice] = useState("");
  const [startErrors, setStartErrors] = useState<string[]>([]);
  const [{ fetching: starting }, start] = useMutation(StartTestCycleMutation);
  const actionsRef = useRef<HTMLDivElement>(null);
  const status = c.status as Status;
  const headingId = `cycle-${c.number}-heading`;

  const done = (message: string) => (saved: boolean) => {
    setMode("none");
    // A saved plan or decision makes a refusal to start from before it stale.
    if (saved) setStartErrors([]);
    if (saved) setNotice(message);
    // Back to where the action was, for keyboard users.
    requestAnimationFrame(() => actionsRef.current?.querySelector<HTMLElement>("button")?.focus());
  };

  const onStart = async () => {
    setStartErrors([]);
    setNotice("");
    const r = await start({ id: c.id });
    if (r.error) return setStartErrors([errorMessage(r.error, t("state.networkError", { ns: "translation" }))]);
    const p = r.data?.startTestCycle;
    if (p && p.errors.length > 0) return setStartErrors(readFragment(FormErrorsFragment, p.errors).map((e) => e.message));
    setNotice(t("start.started"));
  };

  const body = (
    <>
      {c.previousCycle && (
        <p className="cycle-card__link">
          {t("cycle.basedOn")} <a href={`#cycle-${c.previousCycle.number}`}>{t("cycle.title", { n: c.previousCycle.number })}</a>
        </p>
      )}
      {c.nextCycle && (
        <p className="cycle-card__link">
          {t("cycle.followedBy")} <a href={`#cycle-${c.nextCycle.number}`}>{t("cycle.title", { n: c.nextCycle.number })}</a>
        </p>
      )}

      <div className="cycle-part">
        <h4 id={`${headingId}-plan`}>{t("cycle.plan")}</h4>
        <dl className="cycle-plan">
          <div className="cycle-plan__wide">
            <dt>{t("plan.hypothesis")}</dt>
            <dd className="prose">{c.hypothesis || <span className="muted">{t("cycle.notGiven")}</span>}</dd>
          </div>
          {c.aim && (
            <div className="cycle-plan__wide">
              <dt>{t("plan.aim")}</dt>
              <dd className="prose">{c.aim}</dd>
            </div>
          )}
          {c.site && (
            <div>
              <dt>{t("plan.site")}</dt>
              <dd>{c.site}</dd>
            </div>
          )}
          {c.hostOrganisation && (
            <div>
              <dt>{t("plan.hostOrganisation")}</dt>
              <dd>{c.hostOrganisation}</dd>
            </div>
          )}
          {c.targetGroup && (
            <div>
              <dt>{t("plan.targetGroup")}</dt>
              <dd>{c.targetGroup}</dd>
            </div>
          )}
          {(c.plannedParticipants !== null || c.participantsReached !== null) && (
            <div>
              <dt>{t("cycle.participants")}</dt>
              <dd>
                {c.participantsReached !== null
                  ? t("cycle.participantsReached", { reached: c.participantsReached, planned: c.plannedParticipants ?? "–" })
                  : t("cycle.participantsPlanned", { planned: c.plannedParticipants ?? "–" })}
              </dd>
            </div>
          )}
          {(c.startsOn || c.endsOn) && (
            <div>
              <dt>{t("cycle.period")}</dt>
              <dd>
                {c.startsOn ? formatLocalDate(c.startsOn) : "…"} – {c.endsOn ? formatLocalDate(c.endsOn) : "…"}
              </dd>
            </div>
          )}
          {c.municipalities.length > 0 && (
            <div>
              <dt>{t("plan.municipalities")}</dt>
              <dd>{c.municipalities.map((m) => m.name).join(", ")}</dd>
            </div>
          )}
          {c.startedAt && (
            <div>
              <dt>{t("cycle.startedAt")}</dt>
              <dd>{formatDate(c.startedAt)}</dd>
            </div>
          )}
        </dl>
      </div>

      {status === "PLANNED" && (
        <div className={`cycle-gate ${c.readiness.ready ? "cycle-gate--ready" : ""}`}>
          <p className="cycle-gate__title">{c.readiness.ready ? t("gate.ready") : t("gate.notReady")}</p>
          {!c.readiness.ready && (
            <ul>
              {c.readiness.missing.includes("HYPOTHESIS") && <li>{t("gate.HYPOTHESIS")}</li>}
              {c.readiness.missing.includes("MEASURE") && <li>{t("gate.MEASURE")}</li>}
              {c.readiness.baselineMissing.map((name) => (
                <li key={name}>{t("gate.BASELINE", { name })}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div className="cycle-part">
        <h4 id={`${headingId}-results`}>{t("cycle.results")}</h4>
        <Measures cycle={c} canRecord={c.viewerCanRecord && status !== "PLANNED"} />
      </div>

      {c.observations && (
        <div className="cycle-part">
          <h4 id={`${headingId}-study`}>{t("cycle.study")}</h4>
          <p className="prose">{c.observations}</p>
        </div>
      )}

      {c.decision && (
        <div className="cycle-part cycle-decision">
          <h4 id={`${headingId}-decision`}>
            {t("cycle.decision")}: {t(`decisionKind.${c.decision}`)}
          </h4>
          <dl className="cycle-plan">
            <div className="cycle-plan__wide">
              <dt>{t("decision.rationale")}</dt>
              <dd className="prose">{c.decisionRationale}</dd>
            </div>
            <div className="cycle-plan__wide">
              <dt>{t("decision.learnings")}</dt>
              <dd className="prose">{c.learnings}</dd>
            </div>
            <div>
              <dt>{t("decision.bearerAgreementShort")}</dt>
              <dd>{c.bearerAgreement}</dd>
            </div>
            {c.decidedAt && (
              <div>
                <dt>{t("cycle.decidedBy")}</dt>
                <dd>
                  {c.decidedBy ? `${c.decidedBy.name}, ` : ""}
                  {formatDate(c.decidedAt)}
                </dd>
              </div>
            )}
          </dl>
        </div>
      )}

      <CycleEvaluations cycleId={c.id} />

      {/* Outside the actions, which a decision removes: its confirmation must still show. */}
      <p className="form__status cycle-card__notice" role="status">
        {notice}
      </p>
      {(c.viewerCanRecord || c.viewerCanDecide) && (
        <div className="cycle-actions" ref={actionsRef}>
          {status === "PLANNED" && startErrors.length > 0 && (
            <div className="notice notice--error" role="alert">
              <p className="notice__title">{t("start.refused")}</p>
              <ul>
                {startErrors.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          )}
          {mode === "none" && (
            <div className="button-row">
              {c.viewerCanRecord && status === "PLANNED" && (
                <button type="button" className="button button--primary" onClick={() => void onStart()} disabled={starting}>
                  {starting ? t("start.starting") : t("start.button")}
                </button>
              )}
              {c.viewerCanRecord && (status === "PLANNED" || status === "RUNNING") && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setNotice("");
                    setMode("edit");
                  }}
                >
                  {t("plan.edit")}
                </button>
              )}
              {c.viewerCanRecord && (status === "RUNNING" || status === "STUDIED") && (
                <button
                  type="button"
                  className={status === "RUNNING" ? "button button--primary" : "button button--secondary"}
                  onClick={() => {
                    setNotice("");
                    setMode("study");
                  }}
                >
                  {status === "RUNNING" ? t("study.button") : t("study.editButton")}
                </button>
              )}
              {c.viewerCanDecide && (
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => {
                    setNotice("");
                    setMode("decide");
                  }}
                >
                  {t("decision.button")}
                </button>
              )}
            </div>
          )}
          {mode === "edit" && <PlanForm cycle={c} organisations={organisations} onDone={done(t("plan.saved"))} />}
          {mode === "study" && (
            <StudyForm
              cycleId={c.id}
              version={c.version}
              observations={c.observations}
              participantsReached={c.participantsReached}
              onDone={done(t("study.saved"))}
            />
          )}
          {mode === "decide" && <DecisionForm cycleId={c.id} version={c.version} onDone={done(t("decision.saved"))} />}
          {mode === "none" && c.viewerCanRecord && (status === "RUNNING" || status === "STUDIED") && c.measures.length > 0 && (
            <MeasurementForm cycleId={c.id} measures={readFragment(MeasureFragment, c.measures)} />
          )}
        </div>
      )}
    </>
  );

  const head = (
    <>
      <span className="cycle-card__title">{t("cycle.title", { n: c.number })}</span>{" "}
      <Badge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Badge>
      {c.decision && (
        <>
          {" "}
          <Badge tone="neutral">{t(`decisionKind.${c.decision}`)}</Badge>
        </>
      )}
    </>
  );

  return (
    <article className="card cycle-card" id={`cycle-${c.number}`} aria-labelledby={headingId}>
      {folded ? (
        <details>
          <summary>
            <h3 id={headingId} className="cycle-card__heading">
              {head}
            </h3>
          </summary>
          {body}
        </details>
      ) : (
        <>
          <h3 id={headingId} className="cycle-card__heading" tabIndex={-1}>
            {head}
          </h3>
          {body}
        </>
      )}
    </article>
  );
}
