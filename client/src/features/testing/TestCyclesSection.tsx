import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { graphql } from "../../graphql";
import { Loading, QueryError } from "../../ui/QueryState";
import { CycleCard } from "./CycleCard";
import { CycleComparison } from "./CycleComparison";
import { CycleCardFragment } from "./fragments";
import { PlanForm } from "./PlanForm";

const TestCyclesQuery = graphql(
  `
    query TestCyclesSection($id: ID!) {
      idea(id: $id) {
        id
        stage
        viewerCanPlanTestCycle
        arena {
          id
          organisations {
            id
            name
            kind
          }
        }
        testCycles {
          id
          number
          status
          ...CycleCard_cycle
        }
      }
    }
  `,
  [CycleCardFragment],
);

/**
 * The idea's test cycles (PDSA): each cycle's plan, gate, measures and results, study and
 * decision, latest first; then the cycles compared per measure with run charts. For those who
 * read the cycles (the API gives null to anyone else, and this renders nothing for them).
 */
export function TestCyclesSection({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation("testing");
  const [planning, setPlanning] = useState(false);
  const [notice, setNotice] = useState("");
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TestCyclesQuery,
    variables: { id: ideaId },
    requestPolicy: "cache-and-network",
  });
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  if (error && !data) {
    return (
      <section className="section test-cycles" aria-label={t("section.heading")}>
        <QueryError error={error} onRetry={refresh} />
      </section>
    );
  }
  if (fetching && !data) return <Loading label={t("section.loading")} />;
  const idea = data?.idea;
  if (!idea?.testCycles) return null;
  const cycles = [...idea.testCycles].sort((a, b) => b.number - a.number);
  // Municipalities first: the cycle runs in them; other organisations of the arena after.
  const organisations = [...idea.arena.organisations].sort((a, b) =>
    a.kind === b.kind || (a.kind !== "MUNICIPALITY" && b.kind !== "MUNICIPALITY")
      ? a.name.localeCompare(b.name, "sv")
      : a.kind === "MUNICIPALITY"
        ? -1
        : 1,
  );
  if (cycles.length === 0 && !idea.viewerCanPlanTestCycle) return null;

  return (
    <section className="section test-cycles" aria-labelledby="test-cycles-heading">
      <div className="section-head">
        <h2 id="test-cycles-heading">{t("section.heading")}</h2>
      </div>
      <p className="muted">{t("section.intro")}</p>
      <p className="form__status" role="status">
        {notice}
      </p>
      {cycles.length === 0 && !planning && <p className="empty">{t("section.empty")}</p>}
      {idea.viewerCanPlanTestCycle &&
        (planning ? (
          <PlanForm
            ideaId={idea.id}
            organisations={organisations}
            onDone={(saved) => {
              setPlanning(false);
              if (saved) {
                setNotice(t("plan.created"));
                refresh();
              }
            }}
          />
        ) : (
          <p>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setNotice("");
                setPlanning(true);
              }}
            >
              {cycles.length === 0 ? t("section.planFirst") : t("section.planNext")}
            </button>
          </p>
        ))}
      <div className="cycle-list">
        {cycles.map((c, i) => (
          <CycleCard
            key={c.id}
            cycle={c}
            organisations={organisations}
            onChanged={refresh}
            folded={i > 0 && c.status === "DECIDED" && cycles.length > 2}
          />
        ))}
      </div>
      {cycles.length > 0 && <CycleComparison cycles={idea.testCycles} />}
    </section>
  );
}
