import { Suspense, lazy, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { formatDate } from "../../ui/format";
import { PageTitle } from "../../ui/PageTitle";
import { SkeletonLines } from "../../ui/Skeleton";
import { Loading, QueryError } from "../../ui/QueryState";
import { hasArenaRole, useViewer } from "../accounts/useViewer";
import { GuidancePanelFragment } from "../guidance/fragments";
import { ScalingPanelFragment, ScalingPanelFrameworksFragment } from "../scaling/fragments";
import { TestCyclesSectionFragment } from "../testing/fragments";
import { IdeaDiscussion, IdeaDiscussionFragment } from "../discussion/IdeaDiscussion";
import { BearerTools, BearerToolsFragment } from "./BearerTools";
import { FollowButton, FollowButtonFragment } from "./FollowButton";
import { IdeaDetails, IdeaDetailsFragment } from "./IdeaDetails";
import { IdeaTags, IdeaTagsFragment } from "./IdeaTags";
import { IdeaTimeline, IdeaTimelineFragment } from "./IdeaTimeline";
import { IdeaUnavailable } from "./IdeaUnavailable";
import { StageBadge } from "./StageBadge";
import "./ideas.css";

// The panels of other features, and the tools of the kansli and the bearers: their code (the
// guidance and testing forms above all) loads when one shows, so that a visitor's idea page
// loads only its public part. Their data still comes with the page's query (the fragments).
const loadGuidance = () => import("../guidance/GuidancePanel");
const loadTesting = () => import("../testing/TestCyclesSection");
const GuidancePanel = lazy(() => loadGuidance().then((m) => ({ default: m.GuidancePanel })));
const TestCyclesSection = lazy(() => loadTesting().then((m) => ({ default: m.TestCyclesSection })));
const ScalingPanel = lazy(() => import("../scaling/ScalingPanel").then((m) => ({ default: m.ScalingPanel })));
const IdeaMattersPanel = lazy(() => import("../matters/IdeaMattersPanel").then((m) => ({ default: m.IdeaMattersPanel })));
const IdeaActivitiesPanel = lazy(() => import("../plans/IdeaActivitiesPanel").then((m) => ({ default: m.IdeaActivitiesPanel })));
const IdeaAccessRequests = lazy(() => import("../research/IdeaAccessRequests").then((m) => ({ default: m.IdeaAccessRequests })));
const ParkIdea = lazy(() => import("./ParkIdea").then((m) => ({ default: m.ParkIdea })));

const IdeaPageQuery = graphql(
  `
    query IdeaPage($id: ID!) {
      me {
        id
      }
      frameworks {
        ...ScalingPanel_frameworks
      }
      idea(id: $id) {
        id
        title
        summary
        stage
        visibility
        sector
        organisationName
        submittedAt
        createdAt
        hearBackBy
        viewerIsBearer
        bearer {
          id
          name
        }
        arena {
          id
          slug
          name
          region
        }
        # Enough of the other features' panels to tell whether they show anything: a visitor's
        # page loads no panel that would be empty.
        matters {
          id
        }
        activities {
          id
        }
        scaleStep {
          step
        }
        adoptionSummary {
          planned
          testing
          adopted
          declined
        }
        viewerCanRecordScaling
        ...IdeaDetails_idea
        ...IdeaTags_idea
        ...IdeaTimeline_idea
        ...FollowButton_idea
        ...BearerTools_idea
        ...IdeaDiscussion_idea
        ...GuidancePanel_idea
        ...TestCyclesSection_idea
        ...ScalingPanel_idea
      }
    }
  `,
  [
    IdeaDetailsFragment,
    IdeaTagsFragment,
    IdeaTimelineFragment,
    FollowButtonFragment,
    BearerToolsFragment,
    IdeaDiscussionFragment,
    // The panels read their part from the cache this fills: the page renders whole from one request.
    GuidancePanelFragment,
    TestCyclesSectionFragment,
    ScalingPanelFragment,
    ScalingPanelFrameworksFragment,
  ],
);

/** One idea: what it is, where it stands, what has happened; follow it; for its bearers, their tools. */
export function IdeaPage() {
  const { t } = useTranslation("ideas");
  const { slug = "", id = "" } = useParams();
  const location = useLocation();
  const justSubmitted = (location.state as { submitted?: boolean } | null)?.submitted === true;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: IdeaPageQuery,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const { viewer } = useViewer();
  const signedIn = Boolean(viewer);
  useEffect(() => {
    // Someone signed in may well see the guidance or testing panel: their code loads beside the page's query.
    if (signedIn) void Promise.all([loadGuidance(), loadTesting()]).catch(() => undefined);
  }, [signedIn]);

  if (error && !data) {
    return (
      <>
        <h1 tabIndex={-1}>{t("idea.pageTitle")}</h1>
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (fetching && !data) {
    return (
      <>
        <h1 tabIndex={-1}>{t("idea.pageTitle")}</h1>
        <Loading />
        <SkeletonLines lines={3} />
        <SkeletonLines lines={8} />
      </>
    );
  }
  const idea = data?.idea;
  if (!idea) return <IdeaUnavailable slug={slug} />;
  const title = idea.title || t("idea.untitled");
  // The panels' own conditions, read from the page's data, so that a visitor does not load a panel that shows nothing.
  const showsGuidance = idea.guides !== null && idea.stage !== "DRAFT";
  const showsTesting = idea.testCycles !== null && (idea.testCycles.length > 0 || idea.viewerCanPlanTestCycle);
  const adoptions = idea.adoptionSummary;
  const showsScaling =
    idea.scaleStep.step > 0 ||
    adoptions.planned + adoptions.testing + adoptions.adopted + adoptions.declined > 0 ||
    idea.viewerCanRecordScaling;
  const kansli = hasArenaRole(viewer, idea.arena.slug, ["COORDINATOR", "ADMIN"]);
  const date = idea.submittedAt ?? idea.createdAt;

  return (
    <article className="idea-page">
      <PageTitle parts={[title, idea.arena.region]} />
      {justSubmitted && (
        <div className="notice notice--success" role="status">
          <h2 className="notice__title">{t("idea.submittedTitle")}</h2>
          <p>{t("idea.submittedText")}</p>
        </div>
      )}
      <header className="page-head idea-head">
        <p className="eyebrow">
          <Link to={`/a/${idea.arena.slug}/ideas`}>
            <span aria-hidden="true">← </span>
            {t("idea.backToIdeas", { arena: idea.arena.name })}
          </Link>
        </p>
        <p className="idea-head__badges">
          <StageBadge stage={idea.stage} />
          {idea.visibility !== "PUBLIC" && <span className="badge badge--neutral">{t(`visibility.${idea.visibility}.label`)}</span>}
        </p>
        <h1 tabIndex={-1}>{title}</h1>
        {idea.summary && <p className="lead">{idea.summary}</p>}
        <dl className="byline">
          <div>
            <dt>{t("idea.bearer")}</dt>
            <dd>
              {idea.bearer.name}
              {idea.organisationName && `, ${idea.organisationName}`} <span className="muted">({t(`sector.${idea.sector}`)})</span>
            </dd>
          </div>
          <div>
            <dt>{idea.submittedAt ? t("idea.submittedAt") : t("idea.createdAt")}</dt>
            <dd>
              <time dateTime={date}>{formatDate(date)}</time>
            </dd>
          </div>
          {idea.viewerIsBearer && idea.hearBackBy && (
            <div>
              <dt>{t("idea.hearBackByLabel")}</dt>
              <dd>{t("idea.hearBackBy", { date: formatDate(idea.hearBackBy) })}</dd>
            </div>
          )}
        </dl>
      </header>

      {idea.stage === "DRAFT" && (
        <div className="notice notice--info">
          <p>{t("idea.draftNotice")}</p>
          <Link className="button button--primary" to={`/a/${idea.arena.slug}/ideas/${idea.id}/edit`}>
            {t("bearerTools.continue")}
          </Link>
        </div>
      )}
      {idea.stage === "WITHDRAWN" && (
        <div className="notice">
          <p>{t("idea.withdrawnNotice")}</p>
        </div>
      )}

      <div className="idea-layout">
        <div className="idea-main">
          <IdeaDetails idea={idea} />
          <Suspense fallback={null}>
            {showsGuidance && <GuidancePanel ideaId={idea.id} />}
            {showsTesting && <TestCyclesSection ideaId={idea.id} />}
            {showsScaling && <ScalingPanel ideaId={idea.id} />}
            {(idea.matters.length > 0 || kansli) && <IdeaMattersPanel ideaId={idea.id} />}
            {idea.activities.length > 0 && <IdeaActivitiesPanel ideaId={idea.id} />}
          </Suspense>
          <IdeaTimeline idea={idea} />
          <IdeaDiscussion
            idea={idea}
            signedIn={data.me !== null}
            onTeam={hasArenaRole(viewer, idea.arena.slug, ["GUIDE", "COORDINATOR", "ADMIN"])}
          />
        </div>
        <aside className="idea-aside" aria-label={t("idea.asideLabel")}>
          {idea.stage !== "DRAFT" && <FollowButton idea={idea} signedIn={data.me !== null} />}
          {idea.viewerIsBearer && <BearerTools idea={idea} />}
          <Suspense fallback={null}>
            {kansli && <ParkIdea ideaId={idea.id} stage={idea.stage} />}
            {idea.viewerIsBearer && <IdeaAccessRequests ideaId={idea.id} />}
          </Suspense>
          <IdeaTags idea={idea} />
        </aside>
      </div>
    </article>
  );
}
