import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "../../ui/useQuery";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { formatDate } from "../../ui/format";
import { Loading, QueryError } from "../../ui/QueryState";
import { Adoptions } from "./Adoptions";
import { ScaleLadderFragment } from "./fragments";
import { useOpenerFocus } from "../../ui/useOpenerFocus";
import { ScaleStepForm } from "./ScaleStepForm";
import "./scaling.css";
import { ScalingPanelFragment, ScalingPanelFrameworksFragment } from "./fragments";

const ScalingPanelQuery = graphql(
  `
    query ScalingPanel($id: ID!) {
      frameworks {
        ...ScalingPanel_frameworks
      }
      idea(id: $id) {
        id
        ...ScalingPanel_idea
      }
    }
  `,
  [ScalingPanelFragment, ScalingPanelFrameworksFragment],
);

type Ladder = { step: number; title: string; description: string }[];

/**
 * The idea on SKR's scale-up ladder, with evidence and history, and adoption per municipality of
 * its arena as a table (no map: a table reads the same to everyone, and a county map that is
 * also accessible is not cheap). Spread is public: anyone who reads the idea sees it; nothing is
 * shown while nothing is recorded, except to the team, who record steps and adoption here.
 */
export function ScalingPanel({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation("learning");
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ScalingPanelQuery,
    variables: { id: ideaId },
    // The idea page's query has fetched all of it (and refreshes it): read the cache, ask only for what is stale.
    requestPolicy: "cache-first",
  });
  if (error && !data) {
    return (
      <section className="section scaling" aria-label={t("ladder.heading")}>
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </section>
    );
  }
  if (fetching && !data) return <Loading label={t("ladder.loading")} />;
  const idea = data?.idea;
  if (!data || !idea) return null;
  const ladder = readFragment(ScaleLadderFragment, idea);
  const s = idea.adoptionSummary;
  const anyAdoption = s.planned + s.testing + s.adopted + s.declined > 0;
  if (ladder.scaleStep.step === 0 && !anyAdoption && !ladder.viewerCanRecordScaling) return null;

  return (
    <section className="section scaling" aria-labelledby="scaling-heading">
      <div className="section-head">
        <h2 id="scaling-heading">{t("ladder.heading")}</h2>
      </div>
      <p className="muted">{t("ladder.intro")}</p>
      <ScaleLadder idea={idea} ladder={data.frameworks.scaleUpLadder} />
      <Adoptions idea={idea} />
    </section>
  );
}

function ScaleLadder({ idea: ref, ladder }: { idea: FragmentOf<typeof ScaleLadderFragment>; ladder: Ladder }) {
  const { t } = useTranslation("learning");
  const idea = readFragment(ScaleLadderFragment, ref);
  const [recording, setRecording] = useState(false);
  const { openerRef } = useOpenerFocus(recording);
  const [status, setStatus] = useState("");
  const current = idea.scaleStep;
  const history = [...idea.scaleSteps].reverse();

  return (
    <div className="scaling__ladder">
      <p className="scaling__current">
        <strong>
          {current.step > 0 && current.title ? t("ladder.current", { step: current.step, title: current.title }) : t("ladder.none")}
        </strong>
      </p>
      <ol className="scale-ladder" aria-label={t("ladder.stepsLabel")}>
        {ladder.map((l) => {
          const here = l.step === current.step;
          const reached = l.step < current.step;
          return (
            <li
              key={l.step}
              className={`scale-ladder__step${here ? " scale-ladder__step--current" : reached ? " scale-ladder__step--reached" : ""}`}
              aria-current={here ? "step" : undefined}
            >
              <p className="scale-ladder__number">
                {t("ladder.step", { step: l.step })}
                {here && (
                  <>
                    {" "}
                    <Badge tone="accent">{t("ladder.youAreHere")}</Badge>
                  </>
                )}
                {reached && <span className="scale-ladder__reached"> · {t("ladder.reached")}</span>}
              </p>
              <h3 className="scale-ladder__title">{l.title}</h3>
              <p className="scale-ladder__description">{l.description}</p>
            </li>
          );
        })}
      </ol>
      {current.step > 0 && (
        <div className="scaling__evidence">
          <h3>{t("ladder.evidence")}</h3>
          {current.evidence !== null ? (
            <>
              <p className="scaling__text">{current.evidence}</p>
              {current.cycleNumber !== null && <p className="muted">{t("ladder.fromCycle", { number: current.cycleNumber })}</p>}
            </>
          ) : (
            <p className="muted">{t("ladder.noEvidence")}</p>
          )}
        </div>
      )}
      {history.length > 1 && (
        <details className="scaling__history">
          <summary>{t("ladder.history", { count: history.length })}</summary>
          <ol className="plain-list scaling__history-list" reversed>
            {history.map((h, i) => {
              const previous = history[i + 1];
              const down = previous !== undefined && h.step < previous.step;
              return (
                <li key={`${h.recordedAt ?? ""}-${h.step}`}>
                  <p>
                    <strong>{t(down ? "ladder.historyDown" : "ladder.historyItem", { step: h.step, title: h.title ?? "" })}</strong>
                    {h.recordedAt && (
                      <span className="muted">
                        {" — "}
                        {h.recordedByName
                          ? t("ladder.historyBy", { date: formatDate(h.recordedAt), name: h.recordedByName })
                          : formatDate(h.recordedAt)}
                      </span>
                    )}
                  </p>
                  {h.evidence !== null && <p className="scaling__text">{h.evidence}</p>}
                </li>
              );
            })}
          </ol>
        </details>
      )}
      <p className="form__status" role="status">
        {status}
      </p>
      {idea.viewerCanRecordScaling &&
        (recording ? (
          <ScaleStepForm
            ideaId={idea.id}
            currentStep={current.step}
            ladder={ladder}
            onDone={(result) => {
              setRecording(false);
              if (result === "adopted") setStatus(`${t("ladder.saved")} ${t("ladder.adoptedNow")}`);
              else if (result === "saved") setStatus(t("ladder.saved"));
            }}
          />
        ) : (
          <p>
            <button
              ref={openerRef}
              type="button"
              className="button button--secondary"
              onClick={() => {
                setStatus("");
                setRecording(true);
              }}
            >
              {t("ladder.record")}
            </button>
          </p>
        ))}
    </div>
  );
}
