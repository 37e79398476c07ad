import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { graphql } from "../../graphql";
import { useQuery } from "../../ui/useQuery";
import { ActivityForm } from "./ActivityForm";
import { currentYear } from "./year";
import "./plans.css";

const DecisionsQuery = graphql(`
  query DecisionActivityAction($id: ID!, $year: Int!) {
    node(id: $id) {
      ... on Matter {
        id
        title
        arena {
          id
          viewerMayEditPlans
          plans(year: $year) {
            id
          }
        }
        decisions {
          id
          outcome
        }
      }
    }
  }
`);

/** "Gör till aktivitet" on a decided matter's page: the kansli turns an approved decision into an activity of this year's plan. */
export function DecisionActivityAction({ matterId, slug }: { matterId: string; slug: string }) {
  const { t } = useTranslation("plans");
  const navigate = useNavigate();
  const year = currentYear();
  const [open, setOpen] = useState<string | null>(null);
  const [{ data }] = useQuery({ query: DecisionsQuery, variables: { id: matterId, year } });
  const m = data?.node && "decisions" in data.node ? data.node : null;
  if (!m?.arena.viewerMayEditPlans) return null;
  const approved = m.decisions.filter((d) => d.outcome === "APPROVED");
  if (approved.length === 0) return null;
  if (m.arena.plans.length === 0) return <p className="muted">{t("fromDecision.noPlan", { year })}</p>;
  return (
    <div className="plan-from-decision">
      {approved.map((d) =>
        open === d.id ? (
          <ActivityForm
            key={d.id}
            slug={slug}
            year={year}
            mode={{ kind: "fromDecision", decisionId: d.id, title: m.title }}
            onCancel={() => setOpen(null)}
            onDone={(id) => navigate(`/a/${slug}/plans/${year}/activities/${encodeURIComponent(id)}`)}
          />
        ) : (
          <p key={d.id}>
            <button type="button" className="button" onClick={() => setOpen(d.id)}>
              {t("fromDecision.open")}
            </button>
          </p>
        ),
      )}
    </div>
  );
}
