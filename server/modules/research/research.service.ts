import { type SQL, and, asc, desc, eq, gt, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { hasRole } from "../../auth/sessions.js";
import { cappedCount } from "../../db/capped-count.js";
import type { Database, Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { UserErrors, apiError, fail } from "../../graphql/errors.js";
import { manyLoader, rowByIdLoader } from "../../graphql/loader-utils.js";
import { runMutation } from "../../graphql/mutation.js";
import { type Connection, cursorKind, decodeCursor, fromGlobalId, pageSize, toConnection, toGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { recordEvent } from "../audit/audit.service.js";
import { type IdeaAccess, RESEARCH_ROLE, TEAM_ROLES, accessTo, mayBeGrantedReader } from "../ideas/ideas.access.js";
import { accessToRow, lockIdea } from "../ideas/ideas.service.js";
import { type IdeaRow as ListedIdea, follows, ideaCoBearers, ideaColumns, ideaGoals, ideas } from "../ideas/ideas.tables.js";
import type { Idea, IdeaStageEnum } from "../ideas/ideas.types.js";
import { notify } from "../notifications/notifications.service.js";
import { arenas } from "../partnership/partnership.tables.js";
import { cycleById } from "../testing/cycles.service.js";
import {
  type CycleDecisionEnum,
  type TestCycle,
  type TestCycleStatusEnum,
  MeasureOutcomeEnum,
  readsCycles,
  resultOf,
  toCycle,
} from "../testing/cycles.types.js";
import { cycleMeasures, testCycles } from "../testing/testing.tables.js";
import type {
  DecideIdeaAccessInput,
  PilotFilter,
  PilotRegisterArgs,
  RecordEvaluationInput,
  RequestIdeaAccessInput,
  UpdateEvaluationInput,
} from "./research.inputs.js";
import { type AccessRequestStatus, accessRequests, evaluations } from "./research.tables.js";
import { type AccessRequest, type Evaluation, Pilot, PilotOutcomeEnum, toAccessRequest, toEvaluation } from "./research.types.js";

type IdeaRow = typeof ideas.$inferSelect;

export function createResearchLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  return {
    evaluationById: rowByIdLoader(db, evaluations),
    evaluationsByCycle: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(evaluations)
          .where(inArray(evaluations.cycleId, ids(k)))
          .orderBy(asc(evaluations.createdAt), asc(evaluations.id)),
      (r) => r.cycleId,
    ),
    accessRequestById: rowByIdLoader(db, accessRequests),
    /** All requests to each idea, the latest asked first. */
    accessRequestsByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(accessRequests)
          .where(inArray(accessRequests.ideaId, ids(k)))
          .orderBy(desc(accessRequests.createdAt), asc(accessRequests.id)),
      (r) => r.ideaId,
    ),
    /** Each measure of the cycles with its latest measurement (by date), for the register's met / not met counts. */
    measureResultsByCycle: manyLoader(
      (k: readonly string[]) =>
        db
          .select({
            cycleId: cycleMeasures.cycleId,
            baseline: cycleMeasures.baseline,
            target: cycleMeasures.target,
            direction: cycleMeasures.direction,
            // Written out with aliases: drizzle leaves columns unqualified in a one-table select.
            latestOn: sql<
              string | null
            >`(select mm.measured_on::text from measurements mm where mm.measure_id = cycle_measures.id order by mm.measured_on desc, mm.created_at desc, mm.id desc limit 1)`,
            latest: sql<
              number | null
            >`(select mm.value from measurements mm where mm.measure_id = cycle_measures.id order by mm.measured_on desc, mm.created_at desc, mm.id desc limit 1)`,
          })
          .from(cycleMeasures)
          .where(inArray(cycleMeasures.cycleId, ids(k))),
      (r) => r.cycleId,
    ),
  };
}

// ---- who may do what ----

const viewerId = (ctx: Context) => ctx.viewer?.id ?? null;
/** A researcher of the arena (the role itself, not an administrator). */
const isResearcher = (ctx: Context, arenaId: string) => mayBeGrantedReader(ctx.viewer, arenaId);
const onTeam = (ctx: Context, arenaId: string) => hasRole(ctx.viewer, arenaId, TEAM_ROLES);

/**
 * What of a cycle's evaluations the viewer reads: all of them for the arena's guidance team and
 * its researchers who read the idea; the shared ones for the bearers; none for anyone else.
 */
function evaluationView(ctx: Context, cycle: TestCycle): "all" | "shared" | "none" {
  const { arenaRawId, access } = cycle.ideaRef;
  // A bearer reads what is shared with the bearers, whatever other roles they hold.
  if (access === "bearer") return "shared";
  if (onTeam(ctx, arenaRawId)) return "all";
  if (readsCycles(access) && isResearcher(ctx, arenaRawId)) return "all";
  return "none";
}

/** Whether the viewer may evaluate the cycle: a researcher of the arena who reads the idea and does not carry it. */
export const viewerCanEvaluate = (ctx: Context, cycle: TestCycle) =>
  cycle.ideaRef.access !== "bearer" && readsCycles(cycle.ideaRef.access) && isResearcher(ctx, cycle.ideaRef.arenaRawId);

// ---- evaluations: reading ----

export async function cycleEvaluations(ctx: Context, cycle: TestCycle): Promise<Evaluation[]> {
  const view = evaluationView(ctx, cycle);
  if (view === "none") return [];
  const rows = await ctx.loaders.evaluationsByCycle.load(cycle.rawId);
  return rows.filter((r) => view === "all" || r.sharedWithBearersAt !== null).map((r) => toEvaluation(r, cycle, viewerId(ctx)));
}

export async function evaluationById(ctx: Context, rawId: string): Promise<Evaluation | null> {
  const row = await ctx.loaders.evaluationById.load(rawId);
  const cycle = row && (await cycleById(ctx, row.cycleId));
  if (!row || !cycle) return null;
  const view = evaluationView(ctx, cycle);
  if (view === "none" || (view === "shared" && row.sharedWithBearersAt === null)) return null;
  return toEvaluation(row, cycle, viewerId(ctx));
}

// ---- evaluations: writing ----

/** Inside a mutation: the cycle with its idea locked; NOT_FOUND unless the viewer reads the idea's cycles. */
async function lockCycle(ctx: Context, tx: Tx, cycleRawId: string, field: string) {
  const [peek] = await tx.select({ ideaId: testCycles.ideaId }).from(testCycles).where(eq(testCycles.id, cycleRawId));
  if (!peek) fail(ctx.locale, field, "NOT_FOUND");
  const { row: idea, access } = await lockIdea(ctx, tx, toGlobalId("Idea", peek.ideaId), field);
  if (!readsCycles(access)) fail(ctx.locale, field, "NOT_FOUND");
  const [cycle] = await tx.select().from(testCycles).where(eq(testCycles.id, cycleRawId));
  if (!cycle) fail(ctx.locale, field, "NOT_FOUND");
  const asCycle = toCycle(
    cycle,
    { rawId: idea.id, arenaRawId: idea.arenaId, stage: idea.stage, access },
    { onTeam: onTeam(ctx, idea.arenaId) },
  );
  return { idea, access, cycle: asCycle };
}

/** Inside a mutation: an evaluation the viewer wrote, locked with its cycle's idea. */
async function lockOwnEvaluation(ctx: Context, tx: Tx, globalId: string, field: string) {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  const id = inputId(ctx, globalId, "Evaluation", field);
  const [peek] = await tx.select({ cycleId: evaluations.cycleId }).from(evaluations).where(eq(evaluations.id, id));
  if (!peek) fail(ctx.locale, field, "NOT_FOUND");
  const locked = await lockCycle(ctx, tx, peek.cycleId, field);
  const [row] = await tx.select().from(evaluations).where(eq(evaluations.id, id)).for("update");
  if (!row || evaluationView(ctx, locked.cycle) !== "all") fail(ctx.locale, field, "NOT_FOUND");
  if (row.authorId !== ctx.viewer.id || !isResearcher(ctx, locked.idea.arenaId)) throw apiError("FORBIDDEN", ctx.locale);
  return { ...locked, row };
}

export async function recordEvaluation(ctx: Context, input: RecordEvaluationInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const viewer = ctx.viewer;
    const cycleId = inputId(ctx, input.cycleId, "TestCycle", "input.cycleId");
    const { idea, cycle } = await lockCycle(ctx, tx, cycleId, "input.cycleId");
    if (!viewerCanEvaluate(ctx, cycle)) throw apiError("FORBIDDEN", ctx.locale);
    await validateInput(input, ctx.locale);
    const [row] = await tx
      .insert(evaluations)
      .values({
        cycleId,
        authorId: viewer.id,
        method: input.method,
        dataSources: input.dataSources ?? "",
        findings: input.findings,
        confidence: input.confidence,
        ethicsNotes: input.ethicsNotes ?? "",
      })
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: viewer.id,
      subjectType: "Evaluation",
      subjectId: row!.id,
      kind: "evaluation.recorded",
      data: { cycleId, ideaId: idea.id },
    });
    return toEvaluation(row!, cycle, viewer.id);
  });
}

export async function updateEvaluation(ctx: Context, input: UpdateEvaluationInput) {
  return runMutation(ctx, async (tx) => {
    const { idea, cycle, row } = await lockOwnEvaluation(ctx, tx, input.id, "input.id");
    await validateInput(input, ctx.locale);
    const patch: Partial<typeof evaluations.$inferInsert> = {};
    if (input.method != null) patch.method = input.method;
    if (input.dataSources != null) patch.dataSources = input.dataSources;
    if (input.findings != null) patch.findings = input.findings;
    if (input.confidence != null) patch.confidence = input.confidence;
    if (input.ethicsNotes != null) patch.ethicsNotes = input.ethicsNotes;
    const changed = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== row[k as keyof typeof row]);
    if (changed.length === 0) return toEvaluation(row, cycle, ctx.viewer!.id);
    const [updated] = await tx
      .update(evaluations)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(evaluations.id, row.id))
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: ctx.viewer!.id,
      subjectType: "Evaluation",
      subjectId: row.id,
      kind: "evaluation.updated",
      data: { changed },
    });
    return toEvaluation(updated!, cycle, ctx.viewer!.id);
  });
}

/** The author shares an evaluation with the idea's bearers (who are told), or takes it back. Idempotent. */
export async function shareEvaluation(ctx: Context, globalId: string, share: boolean) {
  return runMutation(ctx, async (tx) => {
    const { idea, cycle, row } = await lockOwnEvaluation(ctx, tx, globalId, "id");
    if (share === (row.sharedWithBearersAt !== null)) return toEvaluation(row, cycle, ctx.viewer!.id);
    const [updated] = await tx
      .update(evaluations)
      .set({ sharedWithBearersAt: share ? new Date() : null, updatedAt: new Date() })
      .where(eq(evaluations.id, row.id))
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: ctx.viewer!.id,
      subjectType: "Evaluation",
      subjectId: row.id,
      kind: share ? "evaluation.shared" : "evaluation.unshared",
      data: { cycleId: row.cycleId, ideaId: idea.id },
    });
    if (share) {
      const bearers = (await bearersOf(tx, idea)).filter((u) => u !== ctx.viewer!.id);
      await notify(
        tx,
        bearers.map((userId) => ({
          userId,
          arenaId: idea.arenaId,
          kind: "evaluation.shared",
          subjectType: "Idea",
          subjectId: idea.id,
          data: { title: idea.title, by: ctx.viewer!.name, cycle: String(cycle.number) },
        })),
      );
    }
    return toEvaluation(updated!, cycle, ctx.viewer!.id);
  });
}

// ---- access requests ----

/** The idea's bearer and accepted co-bearers. */
async function bearersOf(tx: Tx, idea: IdeaRow): Promise<string[]> {
  const co = await tx
    .select({ userId: ideaCoBearers.userId })
    .from(ideaCoBearers)
    .where(and(eq(ideaCoBearers.ideaId, idea.id), eq(ideaCoBearers.status, "accepted")));
  return [...new Set([idea.bearerId, ...co.flatMap((c) => (c.userId ? [c.userId] : []))])];
}

const isBearer = async (ctx: Context, ideaRawId: string) => {
  const row = await ctx.loaders.ideaById.load(ideaRawId);
  return row !== null && (await accessToRow(ctx, row)) === "bearer";
};

/** Requests to an idea: all for its bearers, their own for a researcher who asked, none for others. */
export async function ideaAccessRequests(ctx: Context, idea: Idea): Promise<AccessRequest[]> {
  if (!ctx.viewer) return [];
  const rows = await ctx.loaders.accessRequestsByIdea.load(idea.rawId);
  if (idea.access === "bearer") return rows.map((r) => toAccessRequest(r, true));
  return rows.filter((r) => r.requesterId === ctx.viewer!.id).map((r) => toAccessRequest(r, false));
}

/** The viewer's own requests, the latest asked first. */
export async function myAccessRequests(ctx: Context): Promise<AccessRequest[]> {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  const rows = await ctx.db
    .select()
    .from(accessRequests)
    .where(eq(accessRequests.requesterId, ctx.viewer.id))
    .orderBy(desc(accessRequests.createdAt), asc(accessRequests.id))
    .limit(200);
  for (const r of rows) ctx.loaders.accessRequestById.prime(r.id, r);
  return rows.map((r) => toAccessRequest(r, false));
}

export async function accessRequestById(ctx: Context, rawId: string): Promise<AccessRequest | null> {
  const row = await ctx.loaders.accessRequestById.load(rawId);
  if (!row || !ctx.viewer) return null;
  if (row.requesterId === ctx.viewer.id) return toAccessRequest(row, await isBearer(ctx, row.ideaId));
  return (await isBearer(ctx, row.ideaId)) ? toAccessRequest(row, true) : null;
}

/** The viewer's own request to an idea, if any. */
export async function viewerAccessRequest(ctx: Context, ideaRawId: string): Promise<AccessRequest | null> {
  if (!ctx.viewer) return null;
  const row = (await ctx.loaders.accessRequestsByIdea.load(ideaRawId)).find((r) => r.requesterId === ctx.viewer!.id);
  return row ? toAccessRequest(row, false) : null;
}

/**
 * A researcher of the idea's arena asks to read an idea they may not read (visible to the
 * guidance team only). Asking again after a refusal or a revocation reopens the request.
 */
export async function requestIdeaAccess(ctx: Context, input: RequestIdeaAccessInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const viewer = ctx.viewer;
    const id = inputId(ctx, input.ideaId, "Idea", "input.ideaId");
    const [idea] = await tx.select().from(ideas).where(eq(ideas.id, id)).for("update");
    // To anyone but a researcher of its arena, an idea they cannot read does not exist.
    if (!idea || idea.stage === "draft" || idea.stage === "withdrawn") fail(ctx.locale, "input.ideaId", "NOT_FOUND");
    const bearers = await bearersOf(tx, idea);
    const granted = await tx
      .select({ userId: accessRequests.requesterId })
      .from(accessRequests)
      .where(and(eq(accessRequests.ideaId, id), eq(accessRequests.status, "granted")));
    const access = accessTo(
      viewer,
      idea,
      bearers.filter((b) => b !== idea.bearerId),
      granted.map((g) => g.userId),
    );
    if (access !== "none") fail(ctx.locale, "input.ideaId", "ACCESS_NOT_NEEDED");
    if (!isResearcher(ctx, idea.arenaId)) fail(ctx.locale, "input.ideaId", "NOT_FOUND");
    await validateInput(input, ctx.locale);
    const [existing] = await tx
      .select()
      .from(accessRequests)
      .where(and(eq(accessRequests.ideaId, id), eq(accessRequests.requesterId, viewer.id)))
      .for("update");
    if (existing?.status === "pending") fail(ctx.locale, "input.ideaId", "ACCESS_REQUEST_PENDING");
    const now = new Date();
    const fields = { reason: input.reason, status: "pending" as const, response: "", decidedBy: null, decidedAt: null };
    const [row] = existing
      ? await tx
          .update(accessRequests)
          .set({ ...fields, createdAt: now, updatedAt: now })
          .where(eq(accessRequests.id, existing.id))
          .returning()
      : await tx
          .insert(accessRequests)
          .values({ ideaId: id, requesterId: viewer.id, ...fields, createdAt: now, updatedAt: now })
          .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: viewer.id,
      subjectType: "AccessRequest",
      subjectId: row!.id,
      kind: "access_request.requested",
      data: { ideaId: id, again: existing !== undefined },
    });
    await notify(
      tx,
      bearers.map((userId) => ({
        userId,
        arenaId: idea.arenaId,
        kind: "access_request.requested",
        subjectType: "Idea",
        subjectId: id,
        data: { title: idea.title, by: viewer.name },
      })),
    );
    return toAccessRequest(row!, false);
  });
}

type Decision = "granted" | "refused" | "revoked";
/** From which states each answer may be given. */
const FROM: Record<Decision, AccessRequestStatus[]> = {
  granted: ["pending", "refused", "revoked"],
  refused: ["pending"],
  revoked: ["granted"],
};
const WRONG_STATE = {
  granted: "ACCESS_REQUEST_GRANTED",
  refused: "ACCESS_REQUEST_NOT_PENDING",
  revoked: "ACCESS_REQUEST_NOT_GRANTED",
} as const;

/** A bearer grants, refuses or revokes a request to their idea; the researcher is told. */
export async function decideIdeaAccess(ctx: Context, input: DecideIdeaAccessInput, to: Decision) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const viewer = ctx.viewer;
    const id = inputId(ctx, input.id, "AccessRequest", "input.id");
    const [peek] = await tx.select({ ideaId: accessRequests.ideaId }).from(accessRequests).where(eq(accessRequests.id, id));
    if (!peek) fail(ctx.locale, "input.id", "NOT_FOUND");
    const { row: idea, access } = await lockIdea(ctx, tx, toGlobalId("Idea", peek.ideaId), "input.id");
    if (access !== "bearer") throw apiError("FORBIDDEN", ctx.locale);
    await validateInput(input, ctx.locale);
    const [req] = await tx.select().from(accessRequests).where(eq(accessRequests.id, id)).for("update");
    if (!req) fail(ctx.locale, "input.id", "NOT_FOUND");
    if (!FROM[to].includes(req.status)) fail(ctx.locale, "input.id", WRONG_STATE[to]);
    const now = new Date();
    const [updated] = await tx
      .update(accessRequests)
      .set({ status: to, response: input.response ?? req.response, decidedBy: viewer.id, decidedAt: now, updatedAt: now })
      .where(eq(accessRequests.id, id))
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: viewer.id,
      subjectType: "AccessRequest",
      subjectId: id,
      kind: `access_request.${to}`,
      data: { ideaId: idea.id, fromStatus: req.status },
    });
    // Revoked from an idea only its bearers and team read: the researcher no longer follows it either.
    if (to === "revoked" && idea.visibility === "guidance")
      await tx.delete(follows).where(and(eq(follows.ideaId, idea.id), eq(follows.userId, req.requesterId)));
    await notify(tx, [
      {
        userId: req.requesterId,
        arenaId: idea.arenaId,
        kind: `access_request.${to}`,
        subjectType: "Idea",
        subjectId: idea.id,
        // Only a granted researcher may learn which idea it was.
        data: to === "granted" ? { title: idea.title, by: viewer.name } : { by: viewer.name },
      },
    ]);
    return toAccessRequest(updated!, true);
  });
}

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
