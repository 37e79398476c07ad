import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { graphql, type VariablesOf } from "../../graphql";
import { formatCount } from "../../ui/format";
import { PageTitle } from "../../ui/PageTitle";
import { Loading, QueryError } from "../../ui/QueryState";
import { ResultsHead } from "../../ui/ResultsHead";
import { SkeletonCards, SkeletonLines } from "../../ui/Skeleton";
import { useListing } from "../../ui/useListing";
import { ArenaNotFound } from "../shell/NotFoundPage";
import { IdeaCard, IdeaCardFragment } from "./IdeaCard";
import { IdeaFilters, IdeaFiltersFragment, LISTED_STAGES, SORTS } from "./IdeaFilters";
import { SECTORS } from "./ideaValues";
import "./ideas.css";

const PAGE_SIZE = 12;

const IdeasPageQuery = graphql(
  `
    query IdeasPage(
      $slug: String!
      $first: Int!
      $after: String
      $search: String
      $stages: [IdeaStage!]
      $goalIds: [ID!]
      $municipalityIds: [ID!]
      $sectors: [Sector!]
      $sort: IdeaSort
    ) {
      arena(slug: $slug) {
        id
        name
        region
        ...IdeaFilters_arena
      }
      ideas(
        arena: $slug
        first: $first
        after: $after
        search: $search
        stages: $stages
        goalIds: $goalIds
        municipalityIds: $municipalityIds
        sectors: $sectors
        sort: $sort
      ) {
        totalCount
        totalCountCapped
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...IdeaCard_idea
          }
        }
      }
    }
  `,
  [IdeaFiltersFragment, IdeaCardFragment],
);

type Variables = VariablesOf<typeof IdeasPageQuery>;
const FILTER_KEYS = ["q", "stage", "goal", "municipality", "sector", "sort"] as const;
const oneOf = <T extends string>(list: readonly T[], v: string): T | undefined =>
  (list as readonly string[]).includes(v) ? (v as T) : undefined;

/** Browse and search an arena's ideas. Search, filters and order live in the URL, so that links and Back work. */
export function IdeasPage() {
  const { t } = useTranslation("ideas");
  const { slug = "" } = useParams();
  const { filters, after, listRef, update, clear, showMore } = useListing(FILTER_KEYS, ".idea-card__title a");

  const stage = oneOf(LISTED_STAGES, filters.stage);
  const sector = oneOf(SECTORS, filters.sector);
  const variables: Variables = {
    slug,
    first: PAGE_SIZE,
    after,
    search: filters.q || undefined,
    stages: stage ? [stage] : undefined,
    goalIds: filters.goal ? [filters.goal] : undefined,
    municipalityIds: filters.municipality ? [filters.municipality] : undefined,
    sectors: sector ? [sector] : undefined,
    sort: undefined,
  };
  // The default order is left out, so that these lists never share a cache entry with the
  // start page's "newest ideas" (which asks for NEWEST by name).
  const sort = oneOf(SORTS, filters.sort);
  if (sort && sort !== (filters.q ? "RELEVANCE" : "NEWEST")) variables.sort = sort;
  const [{ data, fetching, error }, reexecute] = useQuery({ query: IdeasPageQuery, variables });

  const edges = data?.ideas.edges ?? [];
  const active = FILTER_KEYS.some((k) => k !== "sort" && filters[k] !== "");

  const title = <h1 tabIndex={-1}>{t("ideas.title")}</h1>;
  if (error && !data) {
    return (
      <>
        {title}
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        {title}
        <Loading />
        <SkeletonLines lines={2} />
        <SkeletonCards count={4} lines={5} />
      </>
    );
  }
  const arena = data.arena;
  if (!arena) return <ArenaNotFound slug={slug} />;
  const total = data.ideas.totalCount;
  // A capped count is a lower bound: "Över 1 000 idéer", never "1000 idéer".
  const capped = data.ideas.totalCountCapped;
  const totalText = formatCount(total);

  return (
    <>
      <PageTitle parts={[filters.q ? t("ideas.titleSearch", { q: filters.q }) : t("ideas.title"), arena.region]} />
      <div className="page-head page-head--with-action">
        <div>
          <p className="eyebrow">{arena.name}</p>
          {title}
          <p className="lead">{t("ideas.intro")}</p>
        </div>
        <Link className="button button--primary" to={`/a/${slug}/ideas/new`}>
          {t("ideas.newIdea")}
        </Link>
      </div>

      <IdeaFilters arena={arena} filters={filters} onChange={update} />

      <section className="section section--tight" aria-labelledby="results-heading" aria-busy={fetching}>
        <ResultsHead
          headingId="results-heading"
          heading={t("ideas.resultsHeading")}
          count={
            fetching
              ? t("ideas.searching")
              : capped
                ? filters.q
                  ? t("ideas.countSearchOver", { total: totalText, q: filters.q })
                  : t("ideas.countOver", { total: totalText })
                : filters.q
                  ? t("ideas.countSearch", { count: total, q: filters.q })
                  : t("ideas.count", { count: total })
          }
          clearLabel={t("ideas.clearFilters")}
          onClear={active ? clear : null}
        />
        {edges.length === 0 ? (
          active ? (
            <div className="empty empty--action">
              <p>{filters.q ? t("ideas.noMatchSearch", { q: filters.q }) : t("ideas.noMatch")}</p>
              <button type="button" className="button button--secondary" onClick={clear}>
                {t("ideas.clearFilters")}
              </button>
            </div>
          ) : (
            <div className="empty empty--action">
              <p>{t("ideas.none")}</p>
              <Link className="button button--primary" to={`/a/${slug}/ideas/new`}>
                {t("ideas.beFirst")}
              </Link>
            </div>
          )
        ) : (
          <>
            <ol ref={listRef} className="card-grid card-grid--2 idea-list" aria-labelledby="results-heading">
              {edges.map((e) => (
                <li key={e.node.id}>
                  <IdeaCard idea={e.node} />
                </li>
              ))}
            </ol>
            {data.ideas.pageInfo.hasNextPage && data.ideas.pageInfo.endCursor && (
              <p className="load-more">
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={fetching}
                  onClick={() => showMore(data.ideas.pageInfo.endCursor ?? "")}
                >
                  {fetching
                    ? t("state.loading")
                    : t("ideas.showMore", { shown: edges.length, total: capped ? t("ideas.over", { total: totalText }) : total })}
                </button>
              </p>
            )}
          </>
        )}
      </section>
    </>
  );
}
