import { and, count, desc, eq, inArray, lt, max, notInArray, sql } from "drizzle-orm";
import { apiError, fail, UserErrors } from "../../graphql/errors.js";
import type { Context } from "../../graphql/context.js";
import type { Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import { runMutation } from "../../graphql/mutation.js";
import { cursorKind, decodeCursor, fromGlobalId, pageSize, toConnection } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { now } from "../../shared/clock.js";
import type { Idea } from "../ideas/ideas.types.js";
import { ideas } from "../ideas/ideas.tables.js";
import { learnings } from "../learning/learning.tables.js";
import { arenas } from "../partnership/partnership.tables.js";
import { evaluations } from "../research/research.tables.js";
import { testCycles } from "../testing/testing.tables.js";
import { matterRights, readsInternals } from "./matters.access.js";
import { MatterEvents } from "./matters.events.js";
import type { CreateMatterInput, MatterOriginInput, MattersArgs } from "./matters.inputs.js";
import { type MatterRow, OPEN_STAGES, recordMatterEvent } from "./matters.lifecycle.js";
import { type ReadMatterRow, matterAccess, matterColumns, overdueSql, readableIn, rightsIn } from "./matters.read.js";
import { matterLinks, matters } from "./matters.tables.js";
import { type Matter, toMatter } from "./matters.types.js";
import type { MatterKind, MatterLinkKind, MatterStage } from "./matters.vocabulary.js";

// ---- origins ----

/** The global id type of each kind of link target. */
export const TARGET_TYPE: Record<MatterLinkKind, string> = {
  idea: "Idea",
  cycle: "TestCycle",
  learning: "Learning",
  evaluation: "Evaluation",
};

export interface Target {
  kind: MatterLinkKind;
  targetId: string;
  /** The idea it belongs to: where the matter's steps show. */
  ideaId: string;
  arenaId: string;
  title: string;
}

/**
 * What a link points at, checked to exist: its idea and arena, and a title for a matter made
 * from it. A draft idea (and what hangs on one) is no one's to take to the partnership.
 */
export async function resolveTarget(ctx: Context, tx: Tx, t: MatterOriginInput, field: string): Promise<Target> {
  const targetId = inputId(ctx, t.id, TARGET_TYPE[t.kind], `${field}.id`);
  const idea = { ideaId: ideas.id, arenaId: ideas.arenaId, title: ideas.title, stage: ideas.stage };
  const [row] =
    t.kind === "idea"
      ? await tx.select(idea).from(ideas).where(eq(ideas.id, targetId))
      : t.kind === "cycle"
        ? await tx.select(idea).from(testCycles).innerJoin(ideas, eq(ideas.id, testCycles.ideaId)).where(eq(testCycles.id, targetId))
        : t.kind === "learning"
          ? await tx
              .select({ ...idea, title: learnings.title })
              .from(learnings)
              .innerJoin(ideas, eq(ideas.id, learnings.ideaId))
              .where(eq(learnings.id, targetId))
          : await tx
              .select(idea)
              .from(evaluations)
              .innerJoin(testCycles, eq(testCycles.id, evaluations.cycleId))
              .innerJoin(ideas, eq(ideas.id, testCycles.ideaId))
              .where(eq(evaluations.id, targetId));
  if (!row || row.stage === "draft") fail(ctx.locale, `${field}.id`, "NOT_FOUND");
  return { kind: t.kind, targetId, ideaId: row.ideaId, arenaId: row.arenaId, title: row.title };
}

// ---- creating ----

/** The next number in the arena, under a lock of the arena's row, so that two instances never hand out the same one. */
async function nextNumber(tx: Tx, arenaId: string): Promise<number> {
  await tx.select({ id: arenas.id }).from(arenas).where(eq(arenas.id, arenaId)).for("update");
  const [row] = await tx
    .select({ n: max(matters.number) })
    .from(matters)
    .where(eq(matters.arenaId, arenaId));
  return (row?.n ?? 0) + 1;
}

export interface NewMatter {
  arenaId: string;
  kind: MatterKind;
  title: string;
  summary?: string;
  origin?: Omit<Target, "arenaId" | "title"> | null;
  createdBy: string | null;
  at?: Date;
}

/** Writes a matter with its number and its origin link, and records its creation (on its idea's timeline too). Plain data: the seed uses it. */
export async function insertMatter(tx: Tx, m: NewMatter): Promise<MatterRow> {
  const at = m.at ?? now();
  const number = await nextNumber(tx, m.arenaId);
  const [row] = await tx
    .insert(matters)
    .values({
      arenaId: m.arenaId,
      number,
      kind: m.kind,
      title: m.title,
      summary: m.summary ?? "",
      createdBy: m.createdBy,
      createdAt: at,
      updatedAt: at,
      stageSince: at,
    })
    .returning();
  if (m.origin)
    await tx.insert(matterLinks).values({
      matterId: row!.id,
      kind: m.origin.kind,
      targetId: m.origin.targetId,
      ideaId: m.origin.ideaId,
      isOrigin: true,
      createdAt: at,
    });
  await recordMatterEvent(tx, row!, MatterEvents.created, {
    actorId: m.createdBy,
    at: m.at,
    data: m.origin ? { origin: m.origin.kind } : {},
  });
  return row!;
}

/** A matter row as readers see it, read back inside the transaction that changed it. */
export async function readBack(tx: Tx, id: string): Promise<ReadMatterRow> {
  const [row] = await tx.select(matterColumns()).from(matters).where(eq(matters.id, id));
  return row!;
}

/**
 * The kansli turns an idea, a test cycle (and its decision), a learning or an evaluation into a
 * matter with one action; the kansli or a member of one of the arena's bodies writes one from scratch.
 */
export async function createMatter(ctx: Context, input: CreateMatterInput) {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  const viewer = ctx.viewer;
  return runMutation(ctx, async (tx): Promise<Matter> => {
    const arenaId = inputId(ctx, input.arenaId, "Arena", "input.arenaId");
    const rights = await matterRights(tx, viewer, arenaId);
    if (!rights.kansli && (input.origin || rights.bodyIds.size === 0)) throw apiError("FORBIDDEN", ctx.locale);
    await validateInput(input, ctx.locale);
    let origin: Target | null = null;
    if (input.origin) {
      origin = await resolveTarget(ctx, tx, input.origin, "input.origin");
      if (origin.arenaId !== arenaId) fail(ctx.locale, "input.origin.id", "NOT_FOUND");
      const [open] = await tx
        .select({ id: matters.id })
        .from(matterLinks)
        .innerJoin(matters, eq(matters.id, matterLinks.matterId))
        .where(
          and(
            eq(matterLinks.isOrigin, true),
            eq(matterLinks.kind, origin.kind),
            eq(matterLinks.targetId, origin.targetId),
            notInArray(matters.stage, ["closed", "withdrawn"] satisfies MatterStage[]),
          ),
        );
      if (open) fail(ctx.locale, "input.origin.id", "MATTER_ORIGIN_TAKEN");
    }
    const title = input.title?.trim() || origin?.title.trim();
    if (!title) fail(ctx.locale, "input.title", "REQUIRED");
    const row = await insertMatter(tx, {
      arenaId,
      kind: input.kind,
      title,
      summary: input.summary?.trim() ?? "",
      origin,
      createdBy: viewer.id,
    });
    return toMatter(await readBack(tx, row.id), "internal");
  });
}

// ---- reading ----

async function withAccess(ctx: Context, row: ReadMatterRow | null): Promise<Matter | null> {
  if (!row) return null;
  const access = await matterAccess(ctx, row);
  return access ? toMatter(row, access) : null;
}

export async function matterById(ctx: Context, rawId: string): Promise<Matter | null> {
  return withAccess(ctx, await ctx.loaders.matterById.load(rawId));
}

export async function matterByNumber(ctx: Context, arenaSlug: string, number: number): Promise<Matter | null> {
  const [row] = await ctx.db
    .select(matterColumns())
    .from(matters)
    .innerJoin(arenas, eq(arenas.id, matters.arenaId))
    .where(and(eq(arenas.slug, arenaSlug), eq(matters.number, number)));
  return withAccess(ctx, row ?? null);
}

const MATTER_CURSOR = cursorKind("matters:number", "offset");

/**
 * An arena's matters the viewer may read, newest first (by number), filtered by stage, body,
 * kind and overdue: one statement for the page, one for the count, whatever the page's size.
 */
export async function arenaMatters(ctx: Context, arenaId: string, args: MattersArgs) {
  await validateInput(args, ctx.locale, "args").catch((e: unknown) => {
    if (e instanceof UserErrors) throw apiError("BAD_USER_INPUT", ctx.locale);
    throw e;
  });
  const size = pageSize(args);
  let bodyId: string | undefined;
  if (args.bodyId) {
    const parsed = fromGlobalId(args.bodyId, "Body");
    if (!parsed) throw apiError("BAD_USER_INPUT", ctx.locale);
    bodyId = parsed.id;
  }
  const rights = await rightsIn(ctx, arenaId);
  const filter = and(
    readableIn(rights),
    args.stages && args.stages.length > 0 ? inArray(matters.stage, args.stages as MatterStage[]) : undefined,
    bodyId ? eq(matters.bodyId, bodyId) : undefined,
    args.kind != null ? eq(matters.kind, args.kind as MatterKind) : undefined,
    args.overdue == null ? undefined : args.overdue ? overdueSql() : sql`not ${overdueSql()}`,
  );
  const after = decodeCursor(args.after, MATTER_CURSOR);
  const rows = await ctx.db
    .select(matterColumns())
    .from(matters)
    .where(and(filter, after ? lt(matters.number, after[0] as number) : undefined))
    .orderBy(desc(matters.number))
    .limit(size + 1);
  const [total] = await ctx.db.select({ n: count() }).from(matters).where(filter);
  const access = readsInternals(rights) ? "internal" : null;
  // Outside the arena's staff, a page holds the viewer's ideas' matters and the public ones; each is graded as it would be alone.
  const graded = await Promise.all(rows.map(async (r) => ({ r, a: access ?? (await matterAccess(ctx, r)) ?? "public" })));
  const byId = new Map(graded.map((g) => [g.r.id, g.a]));
  return toConnection(
    rows,
    size,
    total?.n ?? 0,
    (r) => [r.number],
    (r) => toMatter(r, byId.get(r.id)!),
    after !== null,
    MATTER_CURSOR,
  );
}

/** The matters of an idea the viewer may read, oldest first: the idea page's "Ärenden och beslut". */
export async function ideaMatters(ctx: Context, idea: Idea): Promise<Matter[]> {
  const rows = (await ctx.loaders.mattersByIdea.load(idea.rawId)).map((r) => r.matter);
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
  const out = await Promise.all(unique.map((r) => withAccess(ctx, r)));
  return out.filter((m): m is Matter => m !== null);
}

/** Whether the matter is still being worked on (it may be withdrawn). */
export const isOpen = (stage: MatterStage) => OPEN_STAGES.includes(stage);
