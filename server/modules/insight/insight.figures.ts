// The dashboard's figures (issue 15, item 1): one SQL aggregate per figure set, over the event
// history and the tables, so that a dashboard costs the same number of statements for 50 ideas
// or 50,000. Plain data here; suppression and GraphQL shapes are in insight.types.ts.
import { sql } from "drizzle-orm";
import type { Database, Tx } from "../../db/index.js";
import { TIME_ZONE, type InsightScope, aggregate, inScope, inYear, scopeSql } from "./insight.scope.js";

/** The funnel's steps, each the stage an idea moves to: submitted, accepted (to guidance), tested, advanced (to scaling), adopted. */
export const FUNNEL_STAGES = ["submitted", "guidance", "testing", "scaling", "adopted"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** The stages whose time the dashboard measures: work in progress, from entering to leaving. */
export const TIMED_STAGES = ["submitted", "needs_info", "guidance", "development", "testing", "scaling"] as const;

const stageList = (xs: readonly string[]) =>
  sql.join(
    xs.map((x) => sql`${x}`),
    sql`, `,
  );

type Db = Database | Tx;

export interface FunnelCounts {
  /** 'YYYY' without a year filter, 'YYYY-Qn' with one; null for the total over all periods. */
  period: string | null;
  counts: Record<FunnelStage, number>;
}

/** Distinct ideas that moved to each funnel stage, per period and in total (an idea counts once per period). */
export async function funnel(db: Db, s: InsightScope): Promise<FunnelCounts[]> {
  // Literals, not parameters: GROUP BY must see the same expression as the select list.
  const format = s.year === null ? "'YYYY'" : `'YYYY-"Q"Q'`;
  const period = sql.raw(`to_char(st.entered_at at time zone '${TIME_ZONE}', ${format})`);
  const rows = await aggregate<{ period: string | null; stage: FunnelStage; n: number }>(
    db,
    sql`select ${period} as period, st.stage, count(distinct st.idea_id)::int as n
      from insight_stage_stays st
      where st.arena_id = ${s.arenaId} and st.stage in (${stageList(FUNNEL_STAGES)}) and ${inYear(s, sql`st.entered_at`)}
        and ${inScope(s, sql`st.idea_id`)}
      group by grouping sets ((${period}, st.stage), (st.stage))`,
  );
  const byPeriod = new Map<string | null, FunnelCounts>();
  for (const r of rows) {
    const row = byPeriod.get(r.period) ?? {
      period: r.period,
      counts: Object.fromEntries(FUNNEL_STAGES.map((k) => [k, 0])) as Record<FunnelStage, number>,
    };
    row.counts[r.stage] = r.n;
    byPeriod.set(r.period, row);
  }
  if (!byPeriod.has(null))
    byPeriod.set(null, { period: null, counts: Object.fromEntries(FUNNEL_STAGES.map((k) => [k, 0])) as Record<FunnelStage, number> });
  return [...byPeriod.values()].sort((a, b) => (a.period === null ? 1 : b.period === null ? -1 : a.period.localeCompare(b.period)));
}

export interface StageTime {
  stage: string;
  /** Completed stays (entered and left), the base of the median and the 90th percentile. */
  stays: number;
  medianDays: number | null;
  p90Days: number | null;
}

/** Days from entering a stage to leaving it, median and 90th percentile; a stay counts in the year it began. */
export async function stageTimes(db: Db, s: InsightScope): Promise<StageTime[]> {
  const days = sql`extract(epoch from st.left_at - st.entered_at) / 86400`;
  const rows = await aggregate<StageTime>(
    db,
    sql`select st.stage, count(*)::int as stays,
        (percentile_cont(0.5) within group (order by ${days}))::float8 as "medianDays",
        (percentile_cont(0.9) within group (order by ${days}))::float8 as "p90Days"
      from insight_stage_stays st
      where st.arena_id = ${s.arenaId} and st.stage in (${stageList(TIMED_STAGES)}) and st.left_at is not null
        and ${inYear(s, sql`st.entered_at`)} and ${inScope(s, sql`st.idea_id`)}
      group by st.stage`,
  );
  const by = new Map(rows.map((r) => [r.stage, r]));
  return TIMED_STAGES.map((stage) => by.get(stage) ?? { stage, stays: 0, medianDays: null, p90Days: null });
}

// Promises and referrals turn due or overdue as the clock moves, without any change in the
// arena. Their figures therefore keep the moments at which that happens (grouped, so a few
// hundred rows at most) and the service counts them against the clock: the cached figures stay
// true at any time, and only a change in the arena (its change marker) recomputes them.

export interface PromiseCounts {
  kind: "acknowledgement" | "decision";
  /** Promises met (early or late): due whatever the time. */
  met: number;
  kept: number;
  /** Promises not yet met, per promised moment (ISO): due once it has passed. */
  pending: { at: string; n: number }[];
}

/** Feedback promises (hear back by, decision by) of the ideas submitted in the year: how many were met, kept on time, and still open. */
export async function promises(db: Db, s: InsightScope): Promise<PromiseCounts[]> {
  const rows = await aggregate<{ kind: PromiseCounts["kind"]; at: string | Date | null; met: number; kept: number; n: number }>(
    db,
    sql`with scope as (select * from (${scopeSql(s)}) x where ${inYear(s, sql`x.submitted_at`)}),
      due as (
        select 'acknowledgement' as kind, hear_back_by as by, acknowledged_at as met_at from scope where hear_back_by is not null
        union all
        select 'decision', decision_due_by, triaged_at from scope where decision_due_by is not null)
      select kind, case when met_at is null then by end as at,
        count(*) filter (where met_at is not null)::int as met, count(*) filter (where met_at <= by)::int as kept,
        count(*) filter (where met_at is null)::int as n
      from due group by kind, 2`,
  );
  return (["acknowledgement", "decision"] as const).map((kind) => {
    const own = rows.filter((r) => r.kind === kind);
    return {
      kind,
      met: own.reduce((sum, r) => sum + r.met, 0),
      kept: own.reduce((sum, r) => sum + r.kept, 0),
      pending: own
        .filter((r) => r.at !== null)
        .map((r) => ({ at: r.at instanceof Date ? r.at.toISOString() : new Date(r.at!).toISOString(), n: r.n })),
    };
  });
}

export interface ReferralCounts {
  status: string;
  sent: number;
  /** Receipt confirmed by the date the actor was asked to answer by. */
  answeredInTime: number;
  answeredLate: number;
  /** Not confirmed yet, per date asked to answer by (YYYY-MM-DD): overdue once that date has passed. */
  unanswered: { by: string; n: number }[];
}

/** Referrals sent in the year, by their status (outcome), with how many were answered in time and which still wait. */
export async function referrals(db: Db, s: InsightScope): Promise<ReferralCounts[]> {
  const answered = sql`(r.received_at at time zone ${TIME_ZONE})::date`;
  const rows = await aggregate<{
    status: string;
    by: string | null;
    sent: number;
    answeredInTime: number;
    answeredLate: number;
    n: number;
  }>(
    db,
    sql`with scope as (${scopeSql(s)})
      select r.status, case when r.received_at is null then r.respond_by::text end as by, count(*)::int as sent,
        count(*) filter (where r.received_at is not null and ${answered} <= r.respond_by)::int as "answeredInTime",
        count(*) filter (where r.received_at is not null and ${answered} > r.respond_by)::int as "answeredLate",
        count(*) filter (where r.received_at is null)::int as n
      from referrals r join scope on scope.id = r.idea_id
      where ${inYear(s, sql`r.sent_at`)}
      group by r.status, 2`,
  );
  const byStatus = new Map<string, ReferralCounts>();
  for (const r of rows) {
    const c = byStatus.get(r.status) ?? { status: r.status, sent: 0, answeredInTime: 0, answeredLate: 0, unanswered: [] };
    c.sent += r.sent;
    c.answeredInTime += r.answeredInTime;
    c.answeredLate += r.answeredLate;
    if (r.by !== null) c.unanswered.push({ by: r.by, n: r.n });
    byStatus.set(r.status, c);
  }
  return [...byStatus.values()].sort((a, b) => (a.status < b.status ? -1 : a.status > b.status ? 1 : 0));
}

export type ReachDimension = "sector" | "municipality" | "county_part" | "target_group" | "goal";

export interface ReachCount {
  dimension: ReachDimension;
  key: string;
  label: string;
  ideas: number;
}

/** Target groups are free text: the most common ones, as written. */
const TARGET_GROUPS_SHOWN = 15;

/** Ideas submitted in the year by bearer sector, municipality, county part, target group and strategic goal. */
export async function reach(db: Db, s: InsightScope): Promise<ReachCount[]> {
  return aggregate<ReachCount>(
    db,
    sql`with scope as (select * from (${scopeSql(s)}) x where ${inYear(s, sql`x.submitted_at`)}),
      placed as (select distinct scope.id, o.id as org_id, o.name as org_name, cp.id as cp_id, cp.name as cp_name
        from scope join idea_places p on p.idea_id = scope.id
        left join organisations o on o.id = p.organisation_id and o.kind = 'municipality'
        left join county_parts cp on cp.id = coalesce(p.county_part_id, o.county_part_id))
      select 'sector' as dimension, sector as key, sector as label, count(*)::int as ideas from scope group by sector
      union all
      select 'municipality', org_id::text, org_name, count(distinct id)::int from placed where org_id is not null group by org_id, org_name
      union all
      select 'county_part', cp_id::text, cp_name, count(distinct id)::int from placed where cp_id is not null group by cp_id, cp_name
      union all
      select * from (select 'target_group', lower(btrim(target_group)), min(btrim(target_group)), count(*)::int from scope
        where btrim(target_group) <> '' group by lower(btrim(target_group)) order by 4 desc, 2 limit ${TARGET_GROUPS_SHOWN}) tg
      union all
      select 'goal', g.id::text, g.number || '. ' || g.title_sv, count(*)::int
        from scope join idea_goals ig on ig.idea_id = scope.id join strategic_goals g on g.id = ig.goal_id
        group by g.id, g.number, g.title_sv`,
  );
}

export interface OutcomeCount {
  kind: "measure" | "decision";
  /** met / not_met / inconclusive for measures; retest / pivot / advance / stop for decisions. */
  outcome: string;
  count: number;
}

/** Measures of the cycles studied or decided in the year against their targets, and the cycles' decisions. */
export async function testOutcomes(db: Db, s: InsightScope): Promise<OutcomeCount[]> {
  return aggregate<OutcomeCount>(
    db,
    sql`with scope as (${scopeSql(s)}),
      cycles as (select c.id, c.decision from test_cycles c join scope on scope.id = c.idea_id
        where c.status in ('studied', 'decided') and ${inYear(s, sql`coalesce(c.decided_at, c.studied_at)`)})
      select 'decision' as kind, decision as outcome, count(*)::int as count from cycles where decision is not null group by decision
      union all
      select 'measure', case when m.target is null or latest.value is null then 'inconclusive'
          when (m.direction = 'lower' and latest.value <= m.target) or (m.direction <> 'lower' and latest.value >= m.target) then 'met'
          else 'not_met' end, count(*)::int
      from cycles join cycle_measures m on m.cycle_id = cycles.id
      left join lateral (select value from measurements v where v.measure_id = m.id
        order by v.measured_on desc, v.created_at desc limit 1) latest on true
      group by 2`,
  );
}

export interface AdoptionCount {
  municipalityId: string;
  municipality: string;
  status: string;
  count: number;
}

export interface LadderCount {
  step: number;
  ideas: number;
}

/** Spread: adoptions per municipality and status (changed in the year), and how many ideas stand on each ladder step. */
export async function spread(db: Db, s: InsightScope): Promise<{ adoptions: AdoptionCount[]; ladder: LadderCount[] }> {
  const rows = await aggregate<{ part: "adoption" | "ladder"; id: string | null; name: string | null; status: string | null; n: number }>(
    db,
    sql`with scope as (${scopeSql(s)})
      select 'adoption' as part, o.id::text as id, o.name, a.status, count(*)::int as n
      from municipality_adoptions a join scope on scope.id = a.idea_id join organisations o on o.id = a.organisation_id
      where ${inYear(s, sql`a.updated_at`)}
      group by o.id, o.name, a.status
      union all
      select 'ladder', null, null, step::text, count(*)::int from (
        select distinct on (st.idea_id) st.idea_id, st.step from idea_scale_steps st join scope on scope.id = st.idea_id
        where ${inYear(s, sql`st.recorded_at`)}
        order by st.idea_id, st.recorded_at desc) latest
      group by step`,
  );
  return {
    adoptions: rows
      .filter((r) => r.part === "adoption")
      .map((r) => ({ municipalityId: r.id!, municipality: r.name!, status: r.status!, count: r.n }))
      .sort((a, b) => a.municipality.localeCompare(b.municipality, "sv")),
    ladder: rows
      .filter((r) => r.part === "ladder")
      .map((r) => ({ step: Number(r.status), ideas: r.n }))
      .sort((a, b) => a.step - b.step),
  };
}

export interface GuideLoad {
  guideId: string;
  /** Ideas assigned to the guide that are still being worked on. */
  openIdeas: number;
  /** All ideas assigned to the guide within the filter. */
  ideas: number;
  /** Guidance sessions held (in the year) on the guide's ideas. */
  sessions: number;
}

const OPEN_STAGES = ["submitted", "needs_info", "guidance", "development", "testing", "scaling"];

/** Guides' load: per guide, the ideas assigned and still open, and the sessions held on them. Staff only. */
export async function guidesLoad(db: Db, s: InsightScope): Promise<GuideLoad[]> {
  return aggregate<GuideLoad>(
    db,
    sql`with scope as (${scopeSql(s)}),
      sessions as (select gs.idea_id, count(*)::int as n from guidance_sessions gs join scope on scope.id = gs.idea_id
        where ${inYear(s, sql`gs.held_on::timestamp at time zone ${TIME_ZONE}`)} group by gs.idea_id)
      select ig.user_id as "guideId", count(*) filter (where scope.stage in (${stageList(OPEN_STAGES)}))::int as "openIdeas",
        count(*)::int as ideas, coalesce(sum(sessions.n), 0)::int as sessions
      from idea_guides ig join scope on scope.id = ig.idea_id
      left join sessions on sessions.idea_id = ig.idea_id
      group by ig.user_id`,
  );
}
