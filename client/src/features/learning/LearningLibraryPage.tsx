import { type FormEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { graphql, type VariablesOf } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { Loading, QueryError } from "../../ui/QueryState";
import { ResultsHead } from "../../ui/ResultsHead";
import { useListing } from "../../ui/useListing";
import { useViewer } from "../accounts/useViewer";
import { ArenaNotFound } from "../shell/NotFoundPage";
import { LearningEntry, LearningEntryFragment, OUTCOMES, type Outcome } from "./LearningEntry";
import "./learning.css";
import "../../ui/listing.css";

const PAGE_SIZE = 10;

const LearningLibraryQuery = graphql(
  `
    query LearningLibrary(
      $slug: String!
      $arena: String
      $first: Int!
      $after: String
      $search: String
      $goalId: ID
      $outcome: CycleDecision
      $includeInternal: Boolean
    ) {
      arena(slug: $slug) {
        id
        name
        region
        strategies {
          id
          areas {
            id
            goals {
              id
              number
              title
            }
          }
        }
      }
      learnings(
        arena: $arena
        first: $first
        after: $after
        search: $search
        goalId: $goalId
        outcome: $outcome
        includeInternal: $includeInternal
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...LearningEntry_learning
          }
        }
      }
    }
  `,
  [LearningEntryFragment],
);

type Variables = VariablesOf<typeof LearningLibraryQuery>;
const KEYS = ["q", "scope", "goal", "outcome", "internal"] as const;

/**
 * The learning library: what decided test cycles taught, failures and stops included, searchable
 * in Swedish, in this arena or across all. Search and filters live in the URL, so that links and
 * Back work. The team may edit, publish and unpublish entries where it works.
 */
export function LearningLibraryPage() {
  const { t } = useTranslation("learning");
  const { slug = "" } = useParams();
  const { viewer } = useViewer();
  const id = useId();
  const { filters, after, listRef, update, clear, showMore } = useListing(KEYS, ".learning-entry");
  const all = filters.scope === "all";
  const outcome = (OUTCOMES as readonly string[]).includes(filters.outcome) ? (filters.outcome as Outcome) : undefined;

  const variables: Variables = {
    slug,
    arena: all ? undefined : slug,
    first: PAGE_SIZE,
    after,
    search: filters.q || undefined,
    goalId: filters.goal || undefined,
    outcome,
    includeInternal: viewer !== null && filters.internal === "1" ? true : undefined,
  };
  const [{ data, fetching, error }, reexecute] = useQuery({ query: LearningLibraryQuery, variables });

  const edges = data?.learnings.edges ?? [];
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update({ q: String(new FormData(event.currentTarget).get("q") ?? "").trim() });
  };
  const active = KEYS.some((k) => filters[k] !== "");

  const heading = <h1 tabIndex={-1}>{t("library.title")}</h1>;
  if (error && !data) {
    return (
      <>
        {heading}
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        {heading}
        <Loading label={t("library.loading")} />
      </>
    );
  }
  const arena = data.arena;
  if (!arena) return <ArenaNotFound slug={slug} />;
  const goals = arena.strategies.flatMap((s) => s.areas.flatMap((a) => a.goals));
  const total = data.learnings.totalCount;

  const select = (name: "scope" | "goal" | "outcome", label: string, options: { value: string; label: string }[]) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <select id={`${id}-${name}`} value={filters[name]} onChange={(e) => update({ [name]: e.currentTarget.value })}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <PageTitle parts={[filters.q ? t("library.titleSearch", { q: filters.q }) : t("library.title"), arena.region]} />
      <div className="page-head">
        <p className="eyebrow">{arena.name}</p>
        {heading}
        <p className="lead">{t("library.intro")}</p>
      </div>

      <div className="idea-filters">
        <form role="search" className="search-form" onSubmit={onSearch} aria-label={t("library.search")}>
          <label className="field__label" htmlFor={`${id}-q`}>
            {t("library.search")}
          </label>
          <p className="field__hint" id={`${id}-q-hint`}>
            {t("library.searchHint")}
          </p>
          <div className="search-form__row">
            <input id={`${id}-q`} key={filters.q} type="search" name="q" defaultValue={filters.q} aria-describedby={`${id}-q-hint`} />
            <button type="submit" className="button button--primary">
              {t("library.searchButton")}
            </button>
          </div>
        </form>
        <div className="filter-row" role="group" aria-label={t("library.filters")}>
          {select("scope", t("library.scope"), [
            { value: "", label: t("library.scopeThis", { arena: arena.region }) },
            { value: "all", label: t("library.scopeAll") },
          ])}
          {select("goal", t("library.goal"), [
            { value: "", label: t("library.anyGoal") },
            ...goals.map((g) => ({ value: g.id, label: `${g.number}. ${g.title}` })),
          ])}
          {select("outcome", t("library.outcome"), [
            { value: "", label: t("library.anyOutcome") },
            ...OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) })),
          ])}
        </div>
        {viewer && (
          <div className="checkbox">
            <input
              type="checkbox"
              id={`${id}-internal`}
              checked={filters.internal === "1"}
              onChange={(e) => update({ internal: e.currentTarget.checked ? "1" : "" })}
            />
            <label htmlFor={`${id}-internal`}>{t("library.internal")}</label>
          </div>
        )}
      </div>

      <section className="section section--tight" aria-labelledby="learning-results-heading" aria-busy={fetching}>
        <ResultsHead
          headingId="learning-results-heading"
          heading={t("library.resultsHeading")}
          count={
            fetching
              ? t("library.searching")
              : filters.q
                ? t("library.countSearch", { count: total, q: filters.q })
                : t("library.count", { count: total })
          }
          clearLabel={t("library.clear")}
          onClear={active ? clear : null}
        />
        {edges.length === 0 ? (
          <div className="empty empty--action">
            <p>{active ? t("library.noMatch") : all ? t("library.noneAll") : t("library.none")}</p>
            {active && (
              <button type="button" className="button button--secondary" onClick={clear}>
                {t("library.clear")}
              </button>
            )}
          </div>
        ) : (
          <>
            <ol ref={listRef} className="learning-list" aria-labelledby="learning-results-heading">
              {edges.map((e) => (
                <li key={e.node.id}>
                  <LearningEntry learning={e.node} showArena={all} />
                </li>
              ))}
            </ol>
            {data.learnings.pageInfo.hasNextPage && data.learnings.pageInfo.endCursor && (
              <p className="load-more">
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={fetching}
                  onClick={() => showMore(data.learnings.pageInfo.endCursor ?? "")}
                >
                  {fetching ? t("state.loading", { ns: "translation" }) : t("library.showMore", { shown: edges.length, total })}
                </button>
              </p>
            )}
          </>
        )}
      </section>
    </>
  );
}
