import { useRef, useState } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState, Loading, QueryError } from "../../ui/QueryState";
import { hasArenaRole, useViewer } from "../accounts/useViewer";
import { ArenaNotFound } from "../shell/NotFoundPage";
import { FeedbackPromiseForm, FeedbackPromiseFragment } from "./FeedbackPromiseForm";
import { OverdueReferrals } from "./OverdueReferrals";
import { PromiseBadges, QueueItemCard, QueueItemFragment } from "./QueueItemCard";
import { ConfirmationLink } from "./ReferForm";
import "./guidance.css";

const IntakeArenaQuery = graphql(
  `
    query IntakeArena($slug: String!) {
      arena(slug: $slug) {
        id
        name
        region
        ...FeedbackPromise_arena
      }
    }
  `,
  [FeedbackPromiseFragment],
);

const IntakeQueueQuery = graphql(
  `
    query IntakeQueue($arenaId: ID!, $after: String) {
      intakeQueue(arenaId: $arenaId, first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            idea {
              id
            }
            ...QueueItem_item
          }
        }
      }
      overduePromises(arenaId: $arenaId) {
        waitingWorkingDays
        acknowledgementOverdue
        decisionOverdue
        idea {
          id
          title
          arena {
            id
            slug
          }
        }
      }
    }
  `,
  [QueueItemFragment],
);

/** "Inkorg" (/a/:slug/intake): the coordinators' intake queue, the overdue promises and the promise settings. */
export function IntakePage() {
  const { t } = useTranslation("guidance");
  const { slug = "" } = useParams();
  const { viewer, fetching: viewerFetching } = useViewer();
  const isCoordinator = hasArenaRole(viewer, slug, ["COORDINATOR", "ADMIN"]);
  const [arenaResult, reexecuteArena] = useQuery({ query: IntakeArenaQuery, variables: { slug }, pause: !isCoordinator });
  const arena = arenaResult.data?.arena;
  const [after, setAfter] = useState<string | undefined>(undefined);
  const [queueResult, reexecuteQueue] = useQuery({
    query: IntakeQueueQuery,
    variables: { arenaId: arena?.id ?? "", after },
    pause: !arena,
    requestPolicy: "cache-and-network",
  });
  // Kept as a function of t, so that the message follows a change of language.
  const [announce, setAnnounce] = useState<((t: TFunction<"guidance">) => string) | null>(null);
  const announcement = announce ? announce(t) : "";
  const [referralLink, setReferralLink] = useState<string | null>(null);
  const queueHeadingRef = useRef<HTMLHeadingElement>(null);
  const heading = <h1 tabIndex={-1}>{t("intake.title")}</h1>;

  if (!viewer || !isCoordinator) {
    return (
      <div className="narrow">
        <PageTitle parts={[t("intake.title")]} />
        {heading}
        {viewerFetching ? (
          <Loading />
        ) : (
          <div className="notice">
            <p>{viewer ? t("common.forbidden") : t("common.signInRequired")}</p>
            {!viewer && (
              <p className="button-row">
                <Link className="button button--primary" to="/sign-in">
                  {t("account.signIn", { ns: "translation" })}
                </Link>
              </p>
            )}
          </div>
        )}
      </div>
    );
  }
  if (arenaResult.error && !arenaResult.data) {
    return (
      <>
        {heading}
        <QueryError error={arenaResult.error} onRetry={() => reexecuteArena({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (!arenaResult.data) {
    return (
      <>
        {heading}
        <Loading />
      </>
    );
  }
  if (!arena) return <ArenaNotFound slug={slug} />;

  const queue = queueResult.data?.intakeQueue;
  const overdue = queueResult.data?.overduePromises ?? [];
  const onDecided = (message: (t: TFunction<"guidance">) => string, confirmationUrl?: string | null) => {
    setAnnounce(() => message);
    setReferralLink(confirmationUrl ?? null);
    // A referral's link takes focus itself; otherwise focus goes back to the queue.
    if (!confirmationUrl) queueHeadingRef.current?.focus();
  };

  return (
    <>
      <PageTitle parts={[t("intake.title"), arena.name]} />
      <div className="page-head">
        <p className="eyebrow">{arena.name}</p>
        {heading}
        <p className="lead">{t("intake.intro")}</p>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      <div className="intake-layout">
        <section className="section section--tight intake-queue" aria-labelledby="queue-heading">
          <h2 id="queue-heading" ref={queueHeadingRef} tabIndex={-1}>
            {t("intake.queueHeading")} {queue && <span className="count">{queue.totalCount}</span>}
          </h2>
          {announcement && (
            <div className="notice notice--success">
              <p>{announcement}</p>
            </div>
          )}
          {referralLink && (
            <ConfirmationLink
              url={referralLink}
              onClose={() => {
                setReferralLink(null);
                queueHeadingRef.current?.focus();
              }}
            />
          )}
          {queueResult.error && !queueResult.data ? (
            <QueryError error={queueResult.error} onRetry={() => reexecuteQueue({ requestPolicy: "network-only" })} />
          ) : !queue ? (
            <Loading />
          ) : queue.edges.length === 0 ? (
            <EmptyState>{t("intake.empty")}</EmptyState>
          ) : (
            <>
              <ol className="queue-list">
                {queue.edges.map((e) => (
                  <li key={e.node.idea.id}>
                    <QueueItemCard item={e.node} onDecided={onDecided} />
                  </li>
                ))}
              </ol>
              {queue.pageInfo.hasNextPage && queue.pageInfo.endCursor && (
                <p className="load-more">
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={queueResult.fetching}
                    onClick={() => setAfter(queue.pageInfo.endCursor ?? undefined)}
                  >
                    {queueResult.fetching
                      ? t("state.loading", { ns: "translation" })
                      : t("intake.showMore", { shown: queue.edges.length, total: queue.totalCount })}
                  </button>
                </p>
              )}
            </>
          )}
        </section>

        <div className="intake-aside">
          <section className="section section--tight overdue" aria-labelledby="overdue-heading">
            <h2 id="overdue-heading">
              {t("overdue.heading")} {queueResult.data && <span className="count">{overdue.length}</span>}
            </h2>
            <p className="muted">{t("overdue.intro")}</p>
            {!queueResult.data ? (
              queueResult.error ? null : (
                <Loading />
              )
            ) : overdue.length === 0 ? (
              <EmptyState>{t("overdue.empty")}</EmptyState>
            ) : (
              <ul className="overdue-list">
                {overdue.map((o) => (
                  <li key={o.idea.id} className="overdue-list__item">
                    <Link to={`/a/${o.idea.arena.slug}/ideas/${o.idea.id}`}>{o.idea.title || t("idea.untitled", { ns: "ideas" })}</Link>
                    <span className="overdue-list__badges">
                      <PromiseBadges ackOverdue={o.acknowledgementOverdue} decisionOverdue={o.decisionOverdue} />
                      <span className="muted">{t("intake.waiting", { days: t("common.working", { count: o.waitingWorkingDays }) })}</span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <OverdueReferrals arenaId={arena.id} />
          </section>
          <FeedbackPromiseForm arena={arena} />
        </div>
      </div>
    </>
  );
}
