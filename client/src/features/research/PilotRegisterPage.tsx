import { type FormEvent, Fragment, type ReactNode, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../ui/TableScroll";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { type FragmentOf, graphql, readFragment, type VariablesOf } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { Loading, QueryError } from "../../ui/QueryState";
import { type RoleName, useViewer } from "../accounts/useViewer";
import { StageBadge } from "../ideas/StageBadge";
import { LISTED_STAGES } from "../ideas/IdeaFilters";
import { Badge, type Tone } from "../../ui/Badge";
import { MyAccessRequests } from "./MyAccessRequests";
import { RequestAccessForm } from "./RequestAccessForm";
import { RequestStatusBadge } from "./RequestStatusBadge";
import { formatLocalDate } from "../../ui/format";
import "./research.css";
import "../../ui/listing.css";

const PAGE_SIZE = 20;
const REGISTER_ROLES: readonly RoleName[] = ["RESEARCHER", "GUIDE", "COORDINATOR", "ADMIN"];
const OUTCOMES = ["ONGOING", "RETEST", "PIVOT", "ADVANCE", "STOP"] as const;
type Outcome = (typeof OUTCOMES)[number];
const outcomeTone: Record<Outcome, Tone> = { ONGOING: "accent", RETEST: "level", PIVOT: "warning", ADVANCE: "success", STOP: "muted" };

const PilotRowFragment = graphql(`
  fragment PilotRow_pilot on Pilot {
    id
    ideaId
    canRead
    title
    stage
    cycleCount
    firstStartsOn
    lastEndsOn
    latestCycleNumber
    latestCycleStatus
    outcome
    measureCount
    measuresMet
    measuresNotMet
    viewerCanRequestAccess
    viewerAccessRequest {
      id
      status
      response
    }
    arena {
      id
      slug
      name
    }
  }
`);

const PilotRegisterQuery = graphql(
  `
    query PilotRegisterPage($filter: PilotFilter, $first: Int!, $after: String, $goalArena: String!, $withGoals: Boolean!) {
      arenas {
        id
        slug
        name
      }
      goalArena: arena(slug: $goalArena) @include(if: $withGoals) {
        id
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
      pilotRegister(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...PilotRow_pilot
          }
        }
      }
    }
  `,
  [PilotRowFragment],
);

type Filter = NonNullable<VariablesOf<typeof PilotRegisterQuery>["filter"]>;
type Stage = NonNullable<Filter["stage"]>;
const FILTER_KEYS = ["arena", "goal", "stage", "outcome", "from", "to"] as const;
type FilterValues = Record<(typeof FILTER_KEYS)[number], string>;
const ALL = "all";
const oneOf = <T extends string>(list: readonly T[], v: string): T | undefined =>
  (list as readonly string[]).includes(v) ? (v as T) : undefined;
const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** One pilot: the idea (or a placeholder when it may not be read), its cycles summed up, and the viewer's access. */
function PilotRow({ pilot: ref, onRequested }: { pilot: FragmentOf<typeof PilotRowFragment>; onRequested: (message: string) => void }) {
  const { t } = useTranslation("research");
  const p = readFragment(PilotRowFragment, ref);
  const [asking, setAsking] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const request = p.viewerAccessRequest;
  const period = p.lastEndsOn
    ? t("register.periodValue", { from: formatLocalDate(p.firstStartsOn ?? ""), to: formatLocalDate(p.lastEndsOn) })
    : p.firstStartsOn
      ? t("register.periodOpen", { from: formatLocalDate(p.firstStartsOn) })
      : "";
  return (
    <Fragment>
      <tr>
        <th scope="row">
          {p.canRead && p.title !== null ? (
            <Link to={`/a/${p.arena.slug}/ideas/${p.ideaId}`}>{p.title}</Link>
          ) : (
            <span className="pilot__unreadable">{t("register.unreadable")}</span>
          )}
        </th>
        <td>{p.arena.name}</td>
        <td>
          <StageBadge stage={p.stage} />
        </td>
        <td className="pilot__number">{p.cycleCount}</td>
        <td>{period}</td>
        <td>
          <span className="pilot__cycle">{t("register.cycleNumber", { number: p.latestCycleNumber })}</span>{" "}
          <Badge tone={outcomeTone[p.outcome]}>
            {p.outcome === "ONGOING" ? t(`cycleStatus.${p.latestCycleStatus}`) : t(`outcome.${p.outcome}`)}
          </Badge>
        </td>
        <td>
          {p.measureCount === 0 ? (
            <span className="muted">{t("register.noMeasures")}</span>
          ) : (
            <>
              {t("register.measuresValue", { met: p.measuresMet, total: p.measureCount })}
              {p.measuresNotMet > 0 && (
                <span className="pilot__not-met"> · {t("register.measuresNotMet", { count: p.measuresNotMet })}</span>
              )}
            </>
          )}
        </td>
        <td>
          {p.canRead ? (
            <span className="muted">{t("register.canRead")}</span>
          ) : (
            <div className="pilot__access">
              {request && <RequestStatusBadge status={request.status} />}
              {request?.response && request.status !== "PENDING" && (
                <span className="pilot__response">{t("request.response", { response: request.response })}</span>
              )}
              {p.viewerCanRequestAccess && !asking && (
                <button ref={openerRef} type="button" className="button button--secondary" onClick={() => setAsking(true)}>
                  {request ? t("request.askAgain") : t("request.open")}
                  <span className="visually-hidden">
                    {" "}
                    – {p.arena.name}
                    {p.firstStartsOn ? `, ${formatLocalDate(p.firstStartsOn)}` : ""}
                  </span>
                </button>
              )}
            </div>
          )}
        </td>
      </tr>
      {asking && (
        <tr className="pilot__request-row">
          <td colSpan={8}>
            <RequestAccessForm
              ideaId={p.ideaId}
              onSent={() => {
                setAsking(false);
                onRequested(t("request.sent"));
              }}
              onCancel={() => {
                setAsking(false);
                requestAnimationFrame(() => openerRef.current?.focus());
              }}
            />
          </td>
        </tr>
      )}
    </Fragment>
  );
}

/** The filters as one form: nothing is fetched until "Visa piloter", so that keyboard and screen reader users are not surprised. */
function PilotFilters({
  values,
  arenas,
  goals,
  onApply,
  onClear,
}: {
  values: FilterValues;
  arenas: { slug: string; name: string }[];
  goals: { id: string; number: number; title: string }[];
  onApply: (v: FilterValues) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation("research");
  const { t: tc } = useTranslation("ideas");
  const id = useId();
  const [arena, setArena] = useState(values.arena);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = Object.fromEntries(FILTER_KEYS.map((k) => [k, String(form.get(k) ?? "")])) as FilterValues;
    // A goal belongs to one arena: it is dropped when the arena changes.
    if (next.arena !== values.arena) next.goal = "";
    onApply(next);
  };
  const control = (name: keyof FilterValues, label: string, input: (controlId: string) => ReactNode, hint?: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-${name}-hint`}>
          {hint}
        </p>
      )}
      {input(`${id}-${name}`)}
    </div>
  );
  const goalDisabled = arena === ALL || arena !== values.arena;
  return (
    <form
      className="pilot-filters card"
      onSubmit={onSubmit}
      aria-labelledby={`${id}-heading`}
      key={FILTER_KEYS.map((k) => values[k]).join("|")}
    >
      <h2 id={`${id}-heading`} className="pilot-filters__title">
        {t("register.filtersHeading")}
      </h2>
      <div className="pilot-filters__grid">
        {control("arena", t("register.arena"), (cid) => (
          <select id={cid} name="arena" value={arena} onChange={(e) => setArena(e.currentTarget.value)}>
            <option value={ALL}>{t("register.allArenas")}</option>
            {arenas.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.name}
              </option>
            ))}
          </select>
        ))}
        {control(
          "goal",
          t("register.goal"),
          (cid) => (
            <select
              id={cid}
              name="goal"
              defaultValue={values.goal}
              disabled={goalDisabled}
              aria-describedby={goalDisabled ? `${id}-goal-hint` : undefined}
            >
              <option value="">{t("register.allGoals")}</option>
              {goals.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.number}. {g.title}
                </option>
              ))}
            </select>
          ),
          goalDisabled ? t("register.goalHint") : undefined,
        )}
        {control("stage", t("register.stage"), (cid) => (
          <select id={cid} name="stage" defaultValue={values.stage}>
            <option value="">{t("register.allStages")}</option>
            {LISTED_STAGES.map((s) => (
              <option key={s} value={s}>
                {tc(`stage.${s}`)}
              </option>
            ))}
          </select>
        ))}
        {control("outcome", t("register.outcome"), (cid) => (
          <select id={cid} name="outcome" defaultValue={values.outcome}>
            <option value="">{t("register.allOutcomes")}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`outcome.${o}`)}
              </option>
            ))}
          </select>
        ))}
        <fieldset className="pilot-filters__period" aria-describedby={`${id}-period-hint`}>
          <legend className="visually-hidden">{t("register.periodHint")}</legend>
          {control("from", t("register.from"), (cid) => (
            <input id={cid} type="date" name="from" defaultValue={values.from} aria-describedby={`${id}-period-hint`} />
          ))}
          {control("to", t("register.to"), (cid) => (
            <input id={cid} type="date" name="to" defaultValue={values.to} aria-describedby={`${id}-period-hint`} />
          ))}
          <p className="field__hint pilot-filters__period-hint" id={`${id}-period-hint`}>
            {t("register.periodHint")}
          </p>
        </fieldset>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {t("register.apply")}
        </button>
        <button type="button" className="button button--ghost" onClick={onClear}>
          {t("register.clear")}
        </button>
      </div>
    </form>
  );
}

/** The pilot register (/a/:slug/pilots): researchers and the guidance team follow every pilot in their arenas. */
export function PilotRegisterPage() {
  const { t } = useTranslation("research");
  const { slug = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const { viewer, fetching: viewerFetching } = useViewer();
  const mySlugs = [...new Set((viewer?.roles ?? []).filter((r) => REGISTER_ROLES.includes(r.role)).map((r) => r.arena.slug))];
  const allowed = mySlugs.length > 0;
  const isResearcher = (viewer?.roles ?? []).some((r) => r.role === "RESEARCHER");

  // The route's arena is the default; "all" spans every arena of the viewer.
  const values: FilterValues = { arena: params.get("arena") ?? slug, goal: "", stage: "", outcome: "", from: "", to: "" };
  for (const k of FILTER_KEYS) if (k !== "arena") values[k] = params.get(k) ?? "";
  const filterKey = FILTER_KEYS.map((k) => values[k]).join("|");
  const [paging, setPaging] = useState<{ key: string; cursors: string[] }>({ key: filterKey, cursors: [] });
  const cursors = paging.key === filterKey ? paging.cursors : [];
  const [notice, setNotice] = useState("");
  const resultsRef = useRef<HTMLHeadingElement>(null);

  const arenaSlug = values.arena !== ALL && values.arena !== "" ? values.arena : null;
  const filter: Filter = {
    arena: arenaSlug,
    goalId: arenaSlug && values.goal ? values.goal : null,
    stage: oneOf(LISTED_STAGES, values.stage) as Stage | undefined,
    outcome: oneOf(OUTCOMES, values.outcome),
    from: isDate(values.from) ? values.from : null,
    to: isDate(values.to) ? values.to : null,
  };
  if (filter.from && filter.to && filter.from > filter.to) [filter.from, filter.to] = [filter.to, filter.from];
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PilotRegisterQuery,
    variables: {
      filter,
      first: PAGE_SIZE,
      after: cursors[cursors.length - 1],
      goalArena: arenaSlug ?? slug,
      withGoals: arenaSlug !== null,
    },
    pause: !allowed,
    requestPolicy: "cache-and-network",
  });

  const heading = <h1 tabIndex={-1}>{t("register.title")}</h1>;
  const head = (
    <div className="page-head">
      {heading}
      <p className="lead">{t("register.intro")}</p>
    </div>
  );
  if (!viewer || !allowed) {
    return (
      <div className="narrow">
        <PageTitle parts={[t("register.title")]} />
        {head}
        {viewerFetching ? (
          <Loading />
        ) : !viewer ? (
          <div className="notice">
            <p>{t("register.signInRequired")}</p>
            <p className="button-row">
              <Link className="button button--primary" to="/sign-in">
                {t("register.signIn")}
              </Link>
            </p>
          </div>
        ) : (
          <div className="notice">
            <p>{t("register.forbidden")}</p>
          </div>
        )}
      </div>
    );
  }

  const arenas = (data?.arenas ?? []).filter((a) => mySlugs.includes(a.slug));
  const goals = data?.goalArena?.strategies.flatMap((s) => s.areas.flatMap((a) => a.goals)) ?? [];
  const register = data?.pilotRegister;
  const edges = register?.edges ?? [];
  const active = FILTER_KEYS.some((k) => (k === "arena" ? values.arena !== slug : values[k] !== ""));
  const apply = (next: FilterValues) => {
    const out = new URLSearchParams();
    for (const k of FILTER_KEYS) if (next[k] && !(k === "arena" && next[k] === slug)) out.set(k, next[k]);
    setParams(out);
  };
  const clear = () => setParams(new URLSearchParams());
  const turn = (next: string[]) => {
    setPaging({ key: filterKey, cursors: next });
    requestAnimationFrame(() => resultsRef.current?.focus());
  };

  return (
    <>
      <PageTitle parts={[t("register.title")]} />
      {head}
      <PilotFilters values={values} arenas={arenas} goals={goals} onApply={apply} onClear={clear} />

      <section className="section section--tight" aria-labelledby="pilots-heading" aria-busy={fetching}>
        <div className="results-head">
          <h2 id="pilots-heading" ref={resultsRef} tabIndex={-1}>
            {t("register.resultsHeading")}
          </h2>
          <p className="results-count" role="status">
            {fetching && !register ? t("register.searching") : register ? t("register.count", { count: register.totalCount }) : ""}
            {notice && <span className="pilot__notice"> {notice}</span>}
          </p>
        </div>
        {error && !data ? (
          <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
        ) : !register ? (
          <Loading />
        ) : edges.length === 0 ? (
          <div className="empty empty--action">
            <p>{active ? t("register.noMatch") : t("register.none")}</p>
            {active && (
              <button type="button" className="button button--secondary" onClick={clear}>
                {t("register.clear")}
              </button>
            )}
          </div>
        ) : (
          <>
            <TableScroll label={t("register.caption")}>
              <table className="table pilot-table">
                <caption id="pilots-caption" className="visually-hidden">
                  {t("register.caption")}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("register.col.pilot")}</th>
                    <th scope="col">{t("register.col.arena")}</th>
                    <th scope="col">{t("register.col.stage")}</th>
                    <th scope="col">{t("register.col.cycles")}</th>
                    <th scope="col">{t("register.col.period")}</th>
                    <th scope="col">{t("register.col.latest")}</th>
                    <th scope="col">{t("register.col.measures")}</th>
                    <th scope="col">{t("register.col.access")}</th>
                  </tr>
                </thead>
                <tbody>
                  {edges.map((e) => (
                    <PilotRow key={e.node.id} pilot={e.node} onRequested={setNotice} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
            {(cursors.length > 0 || register.pageInfo.hasNextPage) && (
              <nav className="pager" aria-label={t("register.pageLabel")}>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={cursors.length === 0 || fetching}
                  onClick={() => turn(cursors.slice(0, -1))}
                >
                  {t("register.previous")}
                </button>
                <span className="pager__page">{t("register.page", { page: cursors.length + 1 })}</span>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={!register.pageInfo.hasNextPage || fetching}
                  onClick={() => turn([...cursors, register.pageInfo.endCursor ?? ""])}
                >
                  {t("register.next")}
                </button>
              </nav>
            )}
          </>
        )}
      </section>
      {isResearcher && <MyAccessRequests />}
    </>
  );
}
