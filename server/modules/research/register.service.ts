import { type SQL, and, asc, desc, eq, gt, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { cappedCount } from "../../db/capped-count.js";
import type { Database } from "../../db/index.js";
import type { Context } from "../../graphql/context.js";
import { UserErrors, apiError } from "../../graphql/errors.js";
import { type Connection, cursorKind, decodeCursor, fromGlobalId, pageSize, toConnection, toGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { type IdeaAccess, RESEARCH_ROLE, TEAM_ROLES } from "../ideas/ideas.access.js";
import { accessToRow } from "../ideas/ideas.service.js";
import { type IdeaRow as ListedIdea, ideaColumns, ideaGoals, ideas } from "../ideas/ideas.tables.js";
import type { IdeaStageEnum } from "../ideas/ideas.types.js";
import { arenas } from "../partnership/partnership.tables.js";
import { type CycleDecisionEnum, type TestCycleStatusEnum, MeasureOutcomeEnum, resultOf } from "../testing/cycles.types.js";
import { testCycles } from "../testing/testing.tables.js";
import type { PilotFilter, PilotRegisterArgs } from "./research.inputs.js";
import { Pilot, PilotOutcomeEnum } from "./research.types.js";
import { isResearcher } from "./research.service.js";
import { viewerAccessRequest } from "./access-requests.service.js";

// ---- the pilot register ----

/** Arenas where the viewer is a researcher or on the guidance team; FORBIDDEN if none. */
function registerArenas(ctx: Context): string[] {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  const list = [...new Set(ctx.viewer.roles.filter((r) => r.role === RESEARCH_ROLE || TEAM_ROLES.includes(r.role)).map((r) => r.arenaId))];
  if (list.length === 0) throw apiError("FORBIDDEN", ctx.locale);
  return list;
}

/** A cycle's period, in Swedish dates: its plan's dates, else when it was started (or planned) and decided. */
const cycleStarts = sql`coalesce(${testCycles.startsOn}, (coalesce(${testCycles.startedAt}, ${testCycles.createdAt}) at time zone 'Europe/Stockholm')::date)`;
const cycleEnds = sql`coalesce(${testCycles.endsOn}, (${testCycles.decidedAt} at time zone 'Europe/Stockholm')::date)`;

/** Cycle aggregates of the ideas of the viewer's register arenas only: not of every cycle in the installation. */
function pilotSources(db: Database, arenaIds: string[]) {
  const inArenas = inArray(testCycles.ideaId, db.select({ id: ideas.id }).from(ideas).where(inArray(ideas.arenaId, arenaIds)));
  const stats = db
    .select({
      ideaId: testCycles.ideaId,
      cycleCount: sql<number>`count(*)::int`.as("cycle_count"),
      firstStartsOn: sql<string>`min(${cycleStarts})::text`.as("first_starts_on"),
    })
    .from(testCycles)
    .where(inArenas)
    .groupBy(testCycles.ideaId)
    .as("pilot_stats");
  const latest = db
    .selectDistinctOn([testCycles.ideaId], {
      ideaId: sql<string>`${testCycles.ideaId}`.as("latest_idea_id"),
      cycleId: sql<string>`${testCycles.id}`.as("latest_cycle_id"),
      number: sql<number>`${testCycles.number}`.as("latest_number"),
      status: sql<string>`${testCycles.status}`.as("latest_status"),
      decision: sql<string | null>`${testCycles.decision}`.as("latest_decision"),
      endsOn: sql<string | null>`(${cycleEnds})::text`.as("latest_ends_on"),
    })
    .from(testCycles)
    .where(inArenas)
    .orderBy(testCycles.ideaId, desc(testCycles.number))
    .as("pilot_latest");
  return { stats, latest };
}

function filterSql(
  ctx: Context,
  arenaIds: string[],
  filter: PilotFilter | null | undefined,
  latest: { decision: SQL.Aliased<string | null> },
): SQL {
  const f = filter ?? {};
  let goalId: string | undefined;
  if (f.goalId) {
    const parsed = fromGlobalId(f.goalId, "StrategicGoal");
    if (!parsed) throw apiError("BAD_USER_INPUT", ctx.locale);
    goalId = parsed.id;
  }
  const overlaps = and(
    f.to ? sql`${cycleStarts} <= ${f.to}::date` : undefined,
    f.from ? sql`(${cycleEnds} is null or ${cycleEnds} >= ${f.from}::date)` : undefined,
  );
  return and(
    inArray(ideas.arenaId, arenaIds),
    ne(ideas.stage, "draft"),
    ne(ideas.stage, "withdrawn"),
    f.arena ? inArray(ideas.arenaId, ctx.db.select({ id: arenas.id }).from(arenas).where(eq(arenas.slug, f.arena))) : undefined,
    f.stage != null ? eq(ideas.stage, f.stage) : undefined,
    goalId ? inArray(ideas.id, ctx.db.select({ id: ideaGoals.ideaId }).from(ideaGoals).where(eq(ideaGoals.goalId, goalId))) : undefined,
    f.outcome === PilotOutcomeEnum.ONGOING
      ? isNull(latest.decision)
      : f.outcome != null
        ? sql`${latest.decision} = ${f.outcome}`
        : undefined,
    overlaps ? inArray(ideas.id, ctx.db.select({ id: testCycles.ideaId }).from(testCycles).where(overlaps)) : undefined,
  )!;
}

async function validFilter(ctx: Context, args: PilotRegisterArgs) {
  try {
    await validateInput(args, ctx.locale, "args");
    if (args.filter) await validateInput(args.filter, ctx.locale, "args.filter");
  } catch (e) {
    if (e instanceof UserErrors) throw apiError("BAD_USER_INPUT", ctx.locale);
    throw e;
  }
  const f = args.filter;
  if (f?.from && f.to && f.from > f.to) throw apiError("BAD_USER_INPUT", ctx.locale);
}

type PilotRow = {
  idea: ListedIdea;
  cycleCount: number;
  firstStartsOn: string;
  latestCycleId: string;
  latestNumber: number;
  latestStatus: string;
  latestDecision: string | null;
  latestEndsOn: string | null;
};

async function toPilots(ctx: Context, rows: PilotRow[]): Promise<Map<PilotRow, Pilot>> {
  for (const r of rows) ctx.loaders.ideaById.prime(r.idea.id, r.idea);
  const [accesses, results] = await Promise.all([
    Promise.all(rows.map((r) => accessToRow(ctx, r.idea))),
    Promise.all(rows.map((r) => ctx.loaders.measureResultsByCycle.load(r.latestCycleId))),
  ]);
  return new Map(
    rows.map((r, i) => {
      const access: IdeaAccess = accesses[i]!;
      const outcomes = results[i]!.map(
        (m) => resultOf(m, m.latest === null ? [] : [{ measuredOn: m.latestOn ?? "", value: m.latest }]).outcome,
      );
      const canRead = access !== "none";
      const pilot = Object.assign(new Pilot(), {
        __typename: "Pilot",
        id: toGlobalId("Pilot", r.idea.id),
        ideaRawId: r.idea.id,
        arenaRawId: r.idea.arenaId,
        latestCycleRawId: r.latestCycleId,
        ideaId: toGlobalId("Idea", r.idea.id),
        canRead,
        title: canRead ? r.idea.title : null,
        stage: r.idea.stage as IdeaStageEnum,
        cycleCount: r.cycleCount,
        firstStartsOn: r.firstStartsOn,
        lastEndsOn: r.latestEndsOn,
        latestCycleNumber: r.latestNumber,
        latestCycleStatus: r.latestStatus as TestCycleStatusEnum,
        latestDecision: r.latestDecision as CycleDecisionEnum | null,
        outcome: (r.latestDecision ?? PilotOutcomeEnum.ONGOING) as PilotOutcomeEnum,
        measureCount: outcomes.length,
        measuresMet: outcomes.filter((o) => o === MeasureOutcomeEnum.MET).length,
        measuresNotMet: outcomes.filter((o) => o === MeasureOutcomeEnum.NOT_MET).length,
      });
      return [r, pilot];
    }),
  );
}

function pilotSelect(ctx: Context, extra: SQL | undefined, arenaIds: string[], filter: PilotFilter | null | undefined) {
  const { stats, latest } = pilotSources(ctx.db, arenaIds);
  const where = and(filterSql(ctx, arenaIds, filter, latest), extra);
  const query = ctx.db
    .select({
      idea: ideaColumns,
      cycleCount: stats.cycleCount,
      firstStartsOn: stats.firstStartsOn,
      latestCycleId: latest.cycleId,
      latestNumber: latest.number,
      latestStatus: latest.status,
      latestDecision: latest.decision,
      latestEndsOn: latest.endsOn,
    })
    .from(ideas)
    .innerJoin(stats, eq(stats.ideaId, ideas.id))
    .innerJoin(latest, sql`${latest.ideaId} = ${ideas.id}`);
  const total = ctx.db
    .select({ one: sql`1` })
    .from(ideas)
    .innerJoin(stats, eq(stats.ideaId, ideas.id))
    .innerJoin(latest, sql`${latest.ideaId} = ${ideas.id}`)
    .where(where)
    .$dynamic();
  return { query, total, where, stats };
}

const PILOT_CURSOR = cursorKind("pilots", "time", "uuid");

/**
 * The pilot register: ideas with at least one test cycle in the arenas where the viewer is a
 * researcher or on the guidance team, the latest started first. A fixed number of statements
 * whatever the page size: the page, its count, and one batch per loader.
 */
export async function pilotRegister(ctx: Context, args: PilotRegisterArgs): Promise<Connection<Pilot>> {
  const arenaIds = registerArenas(ctx);
  await validFilter(ctx, args);
  const size = pageSize(args);
  const after = decodeCursor(args.after, PILOT_CURSOR);
  const { query, total, where, stats } = pilotSelect(ctx, undefined, arenaIds, args.filter);
  const afterCond =
    after && after.length === 2
      ? or(
          sql`${stats.firstStartsOn} < ${String(after[0])}`,
          and(sql`${stats.firstStartsOn} = ${String(after[0])}`, gt(ideas.id, String(after[1]))),
        )
      : undefined;
  const rows = (await query
    .where(and(where, afterCond))
    .orderBy(desc(stats.firstStartsOn), asc(ideas.id))
    .limit(size + 1)) as PilotRow[];
  const n = await cappedCount(ctx.db, total);
  const pilots = await toPilots(ctx, rows.slice(0, size));
  return toConnection(
    rows,
    size,
    n,
    (r) => [r.firstStartsOn, r.idea.id],
    (r) => pilots.get(r)!,
    after !== null,
    PILOT_CURSOR,
  );
}

/** For node(id:): a pilot of the viewer's register. */
export async function pilotById(ctx: Context, ideaRawId: string): Promise<Pilot | null> {
  if (!ctx.viewer) return null;
  let arenaIds: string[];
  try {
    arenaIds = registerArenas(ctx);
  } catch {
    return null;
  }
  const { query, where } = pilotSelect(ctx, eq(ideas.id, ideaRawId), arenaIds, null);
  const rows = (await query.where(where)) as PilotRow[];
  const pilots = await toPilots(ctx, rows);
  return rows[0] ? pilots.get(rows[0])! : null;
}

/** Whether the viewer may ask for access to the pilot's idea now. */
export async function viewerCanRequestAccess(ctx: Context, pilot: Pilot): Promise<boolean> {
  if (pilot.canRead || !isResearcher(ctx, pilot.arenaRawId)) return false;
  const mine = await viewerAccessRequest(ctx, pilot.ideaRawId);
  return mine === null || mine.status !== "pending";
}
