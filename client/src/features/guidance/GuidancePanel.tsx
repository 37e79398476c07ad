import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { Loading, QueryError } from "../../ui/QueryState";
import { hasArenaRole, useViewer } from "../accounts/useViewer";
import { GuideList } from "./GuideList";
import { NextStepList } from "./NextStepList";
import { QuestionList } from "./QuestionList";
import { RecordSessionForm } from "./RecordSessionForm";
import { ReferForm } from "./ReferForm";
import { ReferralList } from "./ReferralList";
import { SessionList } from "./SessionList";
import { SupportPlan } from "./SupportPlan";
import "./guidance.css";
import { GuidancePanelFragment } from "./fragments";

const GuidancePanelQuery = graphql(
  `
    query GuidancePanel($id: ID!) {
      idea(id: $id) {
        id
        ...GuidancePanel_idea
      }
    }
  `,
  [GuidancePanelFragment],
);

const CLOSED = ["DRAFT", "WITHDRAWN", "MERGED", "DECLINED", "CLOSED"];

/**
 * Guidance (lotsning) of one idea, for its bearers and the arena's guidance team: guides,
 * questions, sessions, next steps, support plan and referrals, and the team's tools. Renders
 * nothing for anyone else (the API gives them none of it).
 */
export function GuidancePanel({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation("guidance");
  const { viewer } = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: GuidancePanelQuery,
    variables: { id: ideaId },
    // The idea page's query has fetched all of it (and refreshes it): read the cache, ask only for what is stale.
    requestPolicy: "cache-first",
  });

  if (error && !data) {
    return (
      <section className="section guidance" aria-label={t("panel.heading")}>
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </section>
    );
  }
  if (fetching && !data) return <Loading />;
  const idea = data?.idea;
  // Null guides: the viewer is neither a bearer nor on the guidance team.
  if (!idea || idea.guides === null || idea.stage === "DRAFT") return null;
  const slug = idea.arena.slug;
  const onTeam = !idea.viewerIsBearer && hasArenaRole(viewer, slug, ["GUIDE", "COORDINATOR", "ADMIN"]);
  const canAssign = onTeam && hasArenaRole(viewer, slug, ["COORDINATOR", "ADMIN"]) && idea.stage !== "SUBMITTED";
  const active = !CLOSED.includes(idea.stage);

  return (
    <section className="section guidance" aria-labelledby="guidance-heading">
      <h2 id="guidance-heading">{t("panel.heading")}</h2>
      {idea.mergedInto && (
        <p className="notice notice--info">
          {t("panel.mergedInto")} <Link to={`/a/${idea.mergedInto.arena.slug}/ideas/${idea.mergedInto.id}`}>{idea.mergedInto.title}</Link>
        </p>
      )}
      <GuideList idea={idea} canAssign={canAssign} />
      <QuestionList idea={idea} canAnswer={idea.viewerIsBearer} />
      <NextStepList idea={idea} canToggle={active} canEdit={onTeam && active} />
      <SessionList idea={idea} canEdit={onTeam && active} />
      {onTeam && active && <RecordSessionForm ideaId={idea.id} />}
      <SupportPlan idea={idea} onTeam={onTeam && active} />
      <ReferralList idea={idea} onTeam={onTeam} />
      {onTeam && active && <ReferForm ideaId={idea.id} arenaId={idea.arena.id} />}
    </section>
  );
}
