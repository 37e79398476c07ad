import { type SQL, and, asc, desc, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import { hasRole } from "../../auth/sessions.js";
import type { Database, Tx } from "../../db/index.js";
import { afterTimeAndId, timeText } from "../../db/keyset.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { UserErrors, apiError, fail } from "../../graphql/errors.js";
import { manyLoader, oneLoader } from "../../graphql/loader-utils.js";
import { runMutation } from "../../graphql/mutation.js";
import { cappedCount } from "../../db/capped-count.js";
import { type TotalCount, cursorKind, decodeCursor, fromGlobalId, pageSize, toConnection } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { recordEvent } from "../audit/audit.service.js";
import { LearningEvents } from "./learning.events.js";
import type { EventKind } from "../../shared/events.js";
import { onIdeaLeftPublic } from "../ideas/ideas.hooks.js";
import { TEAM_ROLES, atLeast } from "../ideas/ideas.access.js";
import { ideaAgendaGoals, ideaCoBearers, ideaGoals, ideas } from "../ideas/ideas.tables.js";
import { bearersOf } from "../ideas/lifecycle.js";
import type { Idea } from "../ideas/ideas.types.js";
import { arenas } from "../partnership/partnership.tables.js";
import { agenda2030Goals, strategicGoals } from "../strategy/strategy.tables.js";
import { type CycleDecision, testCycles } from "../testing/testing.tables.js";
import { onCycleDecided } from "../testing/testing.hooks.js";
import type { LearningsArgs, UpdateLearningInput } from "./learning.inputs.js";
import { learningAgendaGoals, learningColumns, learningGoals, learnings } from "./learning.tables.js";
import { type Learning, type LearningRow, toLearning } from "./learning.types.js";
import * as clock from "../../shared/clock.js";

export interface NewLearning {
  arenaId: string;
  ideaId: string;
  cycleId: string | null;
  outcome: CycleDecision;
  title: string;
  body: string;
  targetGroup: string;
  actorId: string | null;
  /** Published entries are readable by anyone, across arenas. */
  publish: boolean;
}

/** The end of a library entry's first title: " – testcykel 2". */
const cycleSuffix = (n: number) => ` – testcykel ${n}`;

/**
 * A library entry's first title: the idea's title when anyone may read the idea; otherwise
 * (a published learning reaches everyone) one that does not name it, which the team may edit.
 */
export function defaultLearningTitle(
  idea: { title: string; visibility: string; targetGroup: string },
  cycle: { number: number; targetGroup: string },
): string {
  if (idea.visibility === "public") return `${idea.title}${cycleSuffix(cycle.number)}`;
  const group = cycle.targetGroup || idea.targetGroup;
  return group ? `Lärdom från testcykel ${cycle.number} – ${group}` : `Lärdom från testcykel ${cycle.number}`;
}

/**
 * When an idea stops being public, its entries that still carry a first title naming it
 * ("<title> – testcykel N") get one that does not. Call inside the transaction of the change.
 */
export async function unnameLearnings(tx: Tx, idea: { id: string; title: string; visibility: string; targetGroup: string }) {
  const rows = await tx
    .select({ id: learnings.id, title: learnings.title, number: testCycles.number, targetGroup: testCycles.targetGroup })
    .from(learnings)
    .innerJoin(testCycles, eq(testCycles.id, learnings.cycleId))
    .where(eq(learnings.ideaId, idea.id));
  for (const r of rows) {
    if (!r.title.endsWith(cycleSuffix(r.number))) continue;
    const title = defaultLearningTitle(idea, r);
    if (title !== r.title) await tx.update(learnings).set({ title, updatedAt: clock.now() }).where(eq(learnings.id, r.id));
  }
}

/**
 * Files what a decision taught as a library entry, tagged with the idea's strategic and
 * Agenda 2030 goals. Call inside the transaction of the decision; returns the new id.
 */
export async function recordLearning(tx: Tx, l: NewLearning): Promise<string> {
  const now = clock.now();
  const [row] = await tx
    .insert(learnings)
    .values({
      arenaId: l.arenaId,
      ideaId: l.ideaId,
      cycleId: l.cycleId,
      outcome: l.outcome,
      title: l.title,
      body: l.body,
      targetGroup: l.targetGroup,
      createdBy: l.actorId,
      publishedAt: l.publish ? now : null,
      publishedBy: l.publish ? l.actorId : null,
    })
    .returning({ id: learnings.id });
  const id = row!.id;
  const goals = await tx.select({ goalId: ideaGoals.goalId }).from(ideaGoals).where(eq(ideaGoals.ideaId, l.ideaId));
  if (goals.length > 0) await tx.insert(learningGoals).values(goals.map((g) => ({ learningId: id, goalId: g.goalId })));
  const agenda = await tx.select({ n: ideaAgendaGoals.goalNumber }).from(ideaAgendaGoals).where(eq(ideaAgendaGoals.ideaId, l.ideaId));
  if (agenda.length > 0) await tx.insert(learningAgendaGoals).values(agenda.map((g) => ({ learningId: id, goalNumber: g.n })));
  await recordEvent(tx, {
    arenaId: l.arenaId,
    actorId: l.actorId,
    subjectType: "Idea",
    subjectId: l.ideaId,
    kind: LearningEvents.recorded,
    data: { learningId: id, cycleId: l.cycleId, outcome: l.outcome, published: l.publish },
  });
  return id;
}

// ---- reading ----

/** How similar a misspelt word must be to a word of a title (pg_trgm's default, 0.6, misses one dropped letter). */
const TITLE_SIMILARITY = 0.5;

/** A learning with the number of the cycle it came from. */
type LearningWithCycle = { learning: LearningRow; cycleNumber: number | null };

const withCycle = { learning: learningColumns, cycleNumber: testCycles.number };

export function createLearningLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  return {
    learningById: oneLoader(
      (k: readonly string[]) =>
        db
          .select(withCycle)
          .from(learnings)
          .leftJoin(testCycles, eq(testCycles.id, learnings.cycleId))
          .where(inArray(learnings.id, ids(k))),
      (r: LearningWithCycle) => r.learning.id,
    ),
    learningsByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select(withCycle)
          .from(learnings)
          .leftJoin(testCycles, eq(testCycles.id, learnings.cycleId))
          .where(inArray(learnings.ideaId, ids(k)))
          .orderBy(asc(learnings.createdAt), asc(learnings.id)),
      (r: LearningWithCycle) => r.learning.ideaId,
    ),
    goalsByLearning: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ learningId: learningGoals.learningId, goal: strategicGoals })
          .from(learningGoals)
          .innerJoin(strategicGoals, eq(strategicGoals.id, learningGoals.goalId))
          .where(inArray(learningGoals.learningId, ids(k)))
          .orderBy(asc(strategicGoals.number)),
      (r) => r.learningId,
    ),
    agendaGoalsByLearning: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ learningId: learningAgendaGoals.learningId, goal: agenda2030Goals })
          .from(learningAgendaGoals)
          .innerJoin(agenda2030Goals, eq(agenda2030Goals.number, learningAgendaGoals.goalNumber))
          .where(inArray(learningAgendaGoals.learningId, ids(k)))
          .orderBy(asc(agenda2030Goals.number)),
      (r) => r.learningId,
    ),
  };
}

const isTeam = (ctx: Context, arenaId: string) => hasRole(ctx.viewer, arenaId, TEAM_ROLES);
const map = (ctx: Context, r: LearningWithCycle): Learning => toLearning(r.learning, r.cycleNumber, isTeam(ctx, r.learning.arenaId));

/** Whether the viewer carries the learning's idea (bearer or accepted co-bearer), through the per-request loaders. */
async function carriesIdea(ctx: Context, ideaId: string): Promise<boolean> {
  if (!ctx.viewer) return false;
  const [idea, co] = await Promise.all([ctx.loaders.ideaById.load(ideaId), ctx.loaders.coBearersByIdea.load(ideaId)]);
  return idea?.bearerId === ctx.viewer.id || co.some((c) => c.status === "accepted" && c.userId === ctx.viewer!.id);
}

/** A learning, when the viewer may read it: published, or internal and they are on its arena's team or carry its idea. */
export async function learningById(ctx: Context, rawId: string): Promise<Learning | null> {
  const r = await ctx.loaders.learningById.load(rawId);
  if (!r) return null;
  if (r.learning.publishedAt === null && !isTeam(ctx, r.learning.arenaId) && !(await carriesIdea(ctx, r.learning.ideaId))) return null;
  return map(ctx, r);
}

/** An idea's learnings, oldest first: published ones for whoever reads the idea, internal ones for its team and bearers. */
export async function learningsOfIdea(ctx: Context, idea: Idea): Promise<Learning[]> {
  const rows = await ctx.loaders.learningsByIdea.load(idea.rawId);
  const internal = atLeast(idea.access, "team");
  return rows.filter((r) => internal || r.learning.publishedAt !== null).map((r) => map(ctx, r));
}

/** The library's rule as SQL: published entries, and (when asked) the internal ones the viewer may read. */
function readable(ctx: Context, includeInternal: boolean): SQL {
  const published = isNotNull(learnings.publishedAt);
  const viewer = ctx.viewer;
  if (!includeInternal || !viewer) return published;
  const teamArenas = [...new Set(viewer.roles.filter((r) => TEAM_ROLES.includes(r.role)).map((r) => r.arenaId))];
  return or(
    published,
    teamArenas.length > 0 ? inArray(learnings.arenaId, teamArenas) : undefined,
    sql`exists (select 1 from ${ideas} where ${ideas.id} = ${learnings.ideaId} and ${ideas.bearerId} = ${viewer.id})`,
    sql`exists (select 1 from ${ideaCoBearers} where ${ideaCoBearers.ideaId} = ${learnings.ideaId} and ${ideaCoBearers.userId} = ${viewer.id} and ${ideaCoBearers.status} = 'accepted')`,
  )!;
}

const LEARNING_CURSOR = cursorKind("learnings:newest", "time", "uuid");
// A search pages by (rank, id): through the full-text matches, or, when there are none, the title misspellings.
const LEARNING_FTS_CURSOR = cursorKind("learnings:search", "fts", "rank", "uuid");
const LEARNING_TRGM_CURSOR = cursorKind("learnings:search", "trgm", "rank", "uuid");

/**
 * The learning library: entries readable by the viewer across arenas (or in one), filtered by
 * goal, Agenda 2030 goal and outcome, searched in Swedish. Newest first; by relevance when
 * searching. A constant number of statements whatever the page size.
 */
export async function listLearnings(ctx: Context, args: LearningsArgs) {
  await validateInput(args, ctx.locale, "args").catch((e: unknown) => {
    if (e instanceof UserErrors) throw apiError("BAD_USER_INPUT", ctx.locale);
    throw e;
  });
  const size = pageSize(args);
  const q = args.search?.trim() ?? "";
  let goalId: string | undefined;
  if (args.goalId) {
    const parsed = fromGlobalId(args.goalId, "StrategicGoal");
    if (!parsed) throw apiError("BAD_USER_INPUT", ctx.locale);
    goalId = parsed.id;
  }
  const filter = and(
    readable(ctx, args.includeInternal),
    args.arena ? inArray(learnings.arenaId, ctx.db.select({ id: arenas.id }).from(arenas).where(eq(arenas.slug, args.arena))) : undefined,
    goalId
      ? inArray(learnings.id, ctx.db.select({ id: learningGoals.learningId }).from(learningGoals).where(eq(learningGoals.goalId, goalId)))
      : undefined,
    args.agendaGoal != null
      ? inArray(
          learnings.id,
          ctx.db
            .select({ id: learningAgendaGoals.learningId })
            .from(learningAgendaGoals)
            .where(eq(learningAgendaGoals.goalNumber, args.agendaGoal)),
        )
      : undefined,
    args.outcome != null ? eq(learnings.outcome, args.outcome as CycleDecision) : undefined,
  );
  const after = q ? decodeCursor(args.after, LEARNING_FTS_CURSOR, LEARNING_TRGM_CURSOR) : decodeCursor(args.after, LEARNING_CURSOR);
  const base = (db: Database | Tx, rank: SQL) =>
    db
      .select({ ...withCycle, createdText: timeText(learnings.createdAt), rank: sql<number>`${rank}`.mapWith(Number) })
      .from(learnings)
      .leftJoin(testCycles, eq(testCycles.id, learnings.cycleId));
  type Row = LearningWithCycle & { createdText: string; rank: number };
  const count = (db: Database | Tx, match: SQL | undefined) =>
    cappedCount(
      db as Database,
      db
        .select({ one: sql`1` })
        .from(learnings)
        .where(and(filter, match))
        .$dynamic(),
    );
  let rows: Row[];
  let key: (r: Row) => (string | number)[];
  let total: TotalCount;
  let kind = LEARNING_CURSOR;
  if (q) {
    // Inflections through the Swedish dictionary (the GIN index on `search`); only when that finds
    // nothing, misspellings of a title through the trigram index. Keyset on (rank, id).
    const ranked = async (db: Database | Tx, how: { match: SQL; rank: SQL }) => {
      const afterCond =
        after && after.length === 3
          ? sql`(${how.rank} < ${String(after[1])}::real or (${how.rank} = ${String(after[1])}::real and ${learnings.id} > ${String(after[2])}))`
          : undefined;
      return base(db, how.rank)
        .where(and(filter, how.match, afterCond))
        .orderBy(desc(how.rank), asc(learnings.id))
        .limit(size + 1);
    };
    const query = sql`websearch_to_tsquery('swedish', ${q})`;
    const fts = { match: sql`${learnings.search} @@ ${query}`, rank: sql`ts_rank(${learnings.search}, ${query})` };
    const trgm = { match: sql`${q} <% ${learnings.title}`, rank: sql`word_similarity(${q}, ${learnings.title})` };
    let marker: "fts" | "trgm" = after?.[0] === "trgm" ? "trgm" : "fts";
    rows = [];
    if (marker === "fts") {
      rows = await ranked(ctx.db, fts);
      if (rows.length > 0 || after !== null) total = await count(ctx.db, fts.match);
      else marker = "trgm";
    }
    if (marker === "trgm")
      // The similarity threshold is a setting of pg_trgm, so the fallback runs in a transaction of its own.
      ({ rows, total } = await ctx.db.transaction(async (tx) => {
        await tx.execute(sql.raw(`set local pg_trgm.word_similarity_threshold = ${TITLE_SIMILARITY}`));
        return { rows: await ranked(tx, trgm), total: await count(tx, trgm.match) };
      }));
    key = (r) => [marker, r.rank, r.learning.id];
    kind = marker === "fts" ? LEARNING_FTS_CURSOR : LEARNING_TRGM_CURSOR;
  } else {
    const afterKey = afterTimeAndId(learnings.createdAt, learnings.id, after, { time: "desc", id: "asc" });
    rows = await base(ctx.db, sql`0`)
      .where(and(filter, afterKey))
      .orderBy(desc(learnings.createdAt), asc(learnings.id))
      .limit(size + 1);
    key = (r) => [r.createdText, r.learning.id];
    total = await count(ctx.db, undefined);
  }
  return toConnection(rows, size, total!, key, (r) => map(ctx, r), after !== null, kind);
}

// ---- changing (the arena's guidance team) ----

/** Inside a mutation: the learning locked for update; NOT_FOUND when the viewer may not read it, FORBIDDEN unless on its team. */
async function lockLearning(ctx: Context, tx: Tx, globalId: string, field: string): Promise<LearningWithCycle> {
  const id = inputId(ctx, globalId, "Learning", field);
  const [row] = await tx.select().from(learnings).where(eq(learnings.id, id)).for("update");
  if (!row) fail(ctx.locale, field, "NOT_FOUND");
  if (!isTeam(ctx, row.arenaId)) {
    const viewerId = ctx.viewer?.id ?? "";
    const [idea] = await tx.select({ bearerId: ideas.bearerId }).from(ideas).where(eq(ideas.id, row.ideaId));
    const carries = idea ? (await bearersOf(tx, { id: row.ideaId, bearerId: idea.bearerId })).includes(viewerId) : false;
    if (row.publishedAt === null && !carries) fail(ctx.locale, field, "NOT_FOUND");
    throw apiError("FORBIDDEN", ctx.locale);
  }
  const [cycle] = row.cycleId ? await tx.select({ number: testCycles.number }).from(testCycles).where(eq(testCycles.id, row.cycleId)) : [];
  return { learning: row, cycleNumber: cycle?.number ?? null };
}

const event = (tx: Tx, ctx: Context, row: LearningRow, kind: EventKind, data: Record<string, unknown> = {}) =>
  recordEvent(tx, {
    arenaId: row.arenaId,
    actorId: ctx.viewer!.id,
    subjectType: "Idea",
    subjectId: row.ideaId,
    kind,
    data: { learningId: row.id, ...data },
  });

/** The team edits an entry's title, text or target group; fields left out are kept. */
export async function updateLearning(ctx: Context, input: UpdateLearningInput) {
  return runMutation(ctx, async (tx) => {
    const { learning: row, cycleNumber } = await lockLearning(ctx, tx, input.id, "input.id");
    await validateInput(input, ctx.locale);
    const patch: Partial<Pick<LearningRow, "title" | "body" | "targetGroup">> = {};
    for (const f of ["title", "body", "targetGroup"] as const) if (input[f] != null && input[f] !== row[f]) patch[f] = input[f];
    const changed = Object.keys(patch);
    if (changed.length === 0) return toLearning(row, cycleNumber, true);
    const [updated] = await tx
      .update(learnings)
      .set({ ...patch, updatedAt: clock.now() })
      .where(eq(learnings.id, row.id))
      .returning();
    await event(tx, ctx, row, LearningEvents.updated, { changed });
    return toLearning(updated!, cycleNumber, true);
  });
}

/** The team publishes an entry to the library (readable by anyone, across arenas) or takes it back. Idempotent. */
export async function setLearningPublished(ctx: Context, globalId: string, publish: boolean) {
  return runMutation(ctx, async (tx) => {
    const { learning: row, cycleNumber } = await lockLearning(ctx, tx, globalId, "id");
    if ((row.publishedAt !== null) === publish) return toLearning(row, cycleNumber, true);
    const now = clock.now();
    const [updated] = await tx
      .update(learnings)
      .set({ publishedAt: publish ? now : null, publishedBy: publish ? ctx.viewer!.id : null, updatedAt: now })
      .where(eq(learnings.id, row.id))
      .returning();
    await event(tx, ctx, row, publish ? LearningEvents.published : LearningEvents.unpublished);
    return toLearning(updated!, cycleNumber, true);
  });
}

// What a decision taught is filed in the library as testing decides the cycle.
onCycleDecided(async (e) => ({
  learningId: await recordLearning(e.tx, {
    arenaId: e.idea.arenaId,
    ideaId: e.idea.id,
    cycleId: e.cycle.id,
    outcome: e.decision,
    title: defaultLearningTitle(e.idea, e.cycle),
    body: e.learnings,
    targetGroup: e.cycle.targetGroup || e.idea.targetGroup,
    actorId: e.actorId,
    publish: e.publishLearning,
  }),
}));

// An entry's first title names its idea: when the idea stops being public, the name goes.
onIdeaLeftPublic(unnameLearnings);
