import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { Loading, QueryError } from "../../ui/QueryState";
import { CycleCard } from "./CycleCard";
import { CycleComparison } from "./CycleComparison";
import { useOpenerFocus } from "../../ui/useOpenerFocus";
import { PlanForm } from "./PlanForm";
import "./testing.css";
import { TestCyclesSectionFragment } from "./fragments";

const TestCyclesQuery = graphql(
  `
    query TestCyclesSection($id: ID!) {
      idea(id: $id) {
        id
        ...TestCyclesSection_idea
      }
    }
  `,
  [TestCyclesSectionFragment],
);

/**
 * The idea's test cycles (PDSA): each cycle's plan, gate, measures and results, study and
 * decision, latest first; then the cycles compared per measure with run charts. For those who
 * read the cycles (the API gives null to anyone else, and this renders nothing for them).
 */
export function TestCyclesSection({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation("testing");
  const [planning, setPlanning] = useState(false);
  const { openerRef } = useOpenerFocus(planning);
  const [notice, setNotice] = useState("");
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TestCyclesQuery,
    variables: { id: ideaId },
    // The idea page's query has fetched all of it (and refreshes it): read the cache, ask only for what is stale.
    requestPolicy: "cache-first",
  });
  // After a new plan is saved its button is gone (one open cycle at a time): focus goes to the new
  // cycle's heading once it is listed. This holds how many cycles there were before.
  const [focusNewAfter, setFocusNewAfter] = useState<number | null>(null);
  const listed = data?.idea?.testCycles;
  useEffect(() => {
    if (focusNewAfter === null || !listed || listed.length <= focusNewAfter) return;
    const newest = Math.max(...listed.map((c) => c.number));
    document.getElementById(`cycle-${newest}-heading`)?.focus();
    setFocusNewAfter(null);
  }, [focusNewAfter, listed]);
  // Plans, starts and decisions need no refetch here: the cache's updates (./cache.ts) mark the
  // idea's cycles stale, and this query fetches them again.
  const retry = () => reexecute({ requestPolicy: "network-only" });

  if (error && !data) {
    return (
      <section className="section test-cycles" aria-label={t("section.heading")}>
        <QueryError error={error} onRetry={retry} />
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
                setFocusNewAfter(cycles.length);
              }
            }}
          />
        ) : (
          <p>
            <button
              ref={openerRef}
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
          <CycleCard key={c.id} cycle={c} organisations={organisations} folded={i > 0 && c.status === "DECIDED" && cycles.length > 2} />
        ))}
      </div>
      {cycles.length > 0 && <CycleComparison cycles={idea.testCycles} />}
    </section>
  );
}
