import { type SQL, and, asc, count, desc, eq, gt, inArray, ne, or, sql } from "drizzle-orm";
import type { Database, Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { UserErrors, apiError, fail, userError } from "../../graphql/errors.js";
import { manyLoader, oneLoader } from "../../graphql/loader-utils.js";
import { runMutation } from "../../graphql/mutation.js";
import { cappedCount } from "../../db/capped-count.js";
import { afterTimeAndId, timeText } from "../../db/keyset.js";
import {
  type ConnectionArgs,
  type CursorKind,
  type TotalCount,
  cursorKind,
  decodeCursor,
  fromGlobalId,
  pageSize,
  toConnection,
} from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { roleGrants, users } from "../accounts/accounts.tables.js";
import { addArenaPeople } from "../accounts/accounts.service.js";
import { events } from "../audit/audit.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import { comments } from "../discussion/discussion.tables.js";
import { notifications } from "../notifications/notifications.tables.js";
import { notify, registerSubjectReaders } from "../notifications/notifications.service.js";
import { arenas, countyParts, organisations } from "../partnership/partnership.tables.js";
import { addWorkingDays, swedishDate } from "../guidance/working-days.js";
import { agenda2030Goals, focusAreas, publicHealthTargetAreas, strategicGoals } from "../strategy/strategy.tables.js";
import { accessRequests } from "../research/research.tables.js";
import { unnameLearnings } from "../learning/learning.service.js";
import { type IdeaAccess, accessTo, mayBeGrantedReader, visibleToViewer } from "./ideas.access.js";
import { bearersOf, canMove, moveIdea } from "./lifecycle.js";
import { lockIdea, mutateIdea } from "./mutate-idea.js";
import * as clock from "../../shared/clock.js";
import type {
  CreateIdeaInput,
  IdeaFieldsInput,
  IdeasArgs,
  InviteCoBearerInput,
  RespondToInvitationInput,
  SubmitIdeaInput,
  UpdateIdeaInput,
  WithdrawIdeaInput,
} from "./ideas.inputs.js";
import {
  type IdeaRow,
  type IdeaStage,
  follows,
  ideaColumns,
  ideaAgendaGoals,
  ideaCoBearers,
  ideaFocusAreas,
  ideaGoals,
  ideaHealthAreas,
  ideaPlaces,
  ideas,
} from "./ideas.tables.js";
import { type Idea, IdeaSortEnum, toCoBearer, toIdea } from "./ideas.types.js";

/** Stages in which the bearers may still edit what they wrote. */
const EDITABLE: IdeaStage[] = ["draft", "submitted", "needs_info", "guidance", "development", "testing", "parked"];

const TEXT_FIELDS = ["title", "summary", "need", "targetGroup", "solution", "expectedBenefit", "triedBefore", "organisationName"] as const;

export function createIdeaLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  return {
    ideaById: oneLoader(
      (k: readonly string[]) =>
        db
          .select(ideaColumns)
          .from(ideas)
          .where(inArray(ideas.id, ids(k))),
      (r: IdeaRow) => r.id,
    ),
    coBearersByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(ideaCoBearers)
          .where(inArray(ideaCoBearers.ideaId, ids(k)))
          .orderBy(asc(ideaCoBearers.createdAt)),
      (r) => r.ideaId,
    ),
    /** Researchers whose access request the idea's bearers granted; loaded only for researchers of the arena. */
    grantedReadersByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ ideaId: accessRequests.ideaId, userId: accessRequests.requesterId })
          .from(accessRequests)
          .where(and(inArray(accessRequests.ideaId, ids(k)), eq(accessRequests.status, "granted"))),
      (r) => r.ideaId,
    ),
    placesByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(ideaPlaces)
          .where(inArray(ideaPlaces.ideaId, ids(k))),
      (r) => r.ideaId,
    ),
    goalsByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ ideaId: ideaGoals.ideaId, goal: strategicGoals })
          .from(ideaGoals)
          .innerJoin(strategicGoals, eq(strategicGoals.id, ideaGoals.goalId))
          .where(inArray(ideaGoals.ideaId, ids(k)))
          .orderBy(asc(strategicGoals.number)),
      (r) => r.ideaId,
    ),
    focusAreasByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ ideaId: ideaFocusAreas.ideaId, focusArea: focusAreas })
          .from(ideaFocusAreas)
          .innerJoin(focusAreas, eq(focusAreas.id, ideaFocusAreas.focusAreaId))
          .where(inArray(ideaFocusAreas.ideaId, ids(k)))
          .orderBy(asc(focusAreas.code)),
      (r) => r.ideaId,
    ),
    agendaGoalsByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ ideaId: ideaAgendaGoals.ideaId, goal: agenda2030Goals })
          .from(ideaAgendaGoals)
          .innerJoin(agenda2030Goals, eq(agenda2030Goals.number, ideaAgendaGoals.goalNumber))
          .where(inArray(ideaAgendaGoals.ideaId, ids(k)))
          .orderBy(asc(agenda2030Goals.number)),
      (r) => r.ideaId,
    ),
    healthAreasByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ ideaId: ideaHealthAreas.ideaId, area: publicHealthTargetAreas })
          .from(ideaHealthAreas)
          .innerJoin(publicHealthTargetAreas, eq(publicHealthTargetAreas.number, ideaHealthAreas.areaNumber))
          .where(inArray(ideaHealthAreas.ideaId, ids(k)))
          .orderBy(asc(publicHealthTargetAreas.number)),
      (r) => r.ideaId,
    ),
    /** Keys are "userId:ideaId": whether that user follows that idea. */
    follows: oneLoader(
      async (k: readonly string[]) => {
        const pairs = k.map((x) => x.split(":") as [string, string]);
        const rows = await db
          .select({ userId: follows.userId, ideaId: follows.ideaId })
          .from(follows)
          .where(
            and(
              inArray(follows.userId, [...new Set(pairs.map((p) => p[0]))]),
              inArray(
                follows.ideaId,
                pairs.map((p) => p[1]),
              ),
            ),
          );
        return rows.map((r) => `${r.userId}:${r.ideaId}`);
      },
      (key) => key,
    ),
    eventsByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ event: events, actorName: users.name })
          .from(events)
          .leftJoin(users, eq(users.id, events.actorId))
          .where(and(eq(events.subjectType, "Idea"), inArray(events.subjectId, ids(k))))
          .orderBy(asc(events.createdAt)),
      (r) => r.event.subjectId,
    ),
    followerCountByIdea: oneLoader(
      (k: readonly string[]) =>
        db
          .select({ ideaId: follows.ideaId, n: count() })
          .from(follows)
          .where(inArray(follows.ideaId, ids(k)))
          .groupBy(follows.ideaId),
      (r) => r.ideaId,
    ),
    publicCommentCountByIdea: oneLoader(
      (k: readonly string[]) =>
        db
          .select({ ideaId: comments.ideaId, n: count() })
          .from(comments)
          .where(
            and(
              inArray(comments.ideaId, ids(k)),
              eq(comments.thread, "public"),
              sql`${comments.hiddenAt} is null`,
              sql`${comments.removedAt} is null`,
            ),
          )
          .groupBy(comments.ideaId),
      (r) => r.ideaId,
    ),
  };
}

// ---- reading ----

/** The user ids of a list of co-bearers who have accepted. */
const acceptedIds = (rows: { status: string; userId: string | null }[]) =>
  rows.flatMap((c) => (c.status === "accepted" && c.userId !== null ? [c.userId] : []));

/** Granted readers of an idea, when they could matter to the viewer (else none, and no query). */
async function grantedReaders(ctx: Context, row: IdeaRow): Promise<string[]> {
  if (!mayBeGrantedReader(ctx.viewer, row.arenaId)) return [];
  return (await ctx.loaders.grantedReadersByIdea.load(row.id)).map((r) => r.userId);
}

/** The viewer's access to an idea row, through the per-request loaders (co-bearers, granted readers). */
export async function accessToRow(ctx: Context, row: IdeaRow): Promise<IdeaAccess> {
  const [co, granted] = await Promise.all([ctx.loaders.coBearersByIdea.load(row.id), grantedReaders(ctx, row)]);
  return accessTo(ctx.viewer, row, acceptedIds(co), granted);
}

async function withAccess(ctx: Context, row: IdeaRow): Promise<Idea | null> {
  const access = await accessToRow(ctx, row);
  return access === "none" ? null : toIdea(row, access);
}

/** An idea the viewer may see, or null (whether it does not exist or is hidden from them). */
export async function ideaById(ctx: Context, rawId: string): Promise<Idea | null> {
  const row = await ctx.loaders.ideaById.load(rawId);
  return row ? withAccess(ctx, row) : null;
}

export async function ideaByGlobalId(ctx: Context, globalId: string): Promise<Idea | null> {
  const parsed = fromGlobalId(globalId, "Idea");
  return parsed ? ideaById(ctx, parsed.id) : null;
}

export { lockIdea };

function requireBearer(ctx: Context, access: IdeaAccess) {
  if (access !== "bearer") throw apiError("FORBIDDEN", ctx.locale);
}

const ideaOrder = (sort: IdeaSortEnum) => {
  switch (sort) {
    case IdeaSortEnum.OLDEST:
      return [asc(ideas.submittedAt), asc(ideas.id)];
    case IdeaSortEnum.TITLE:
      return [asc(ideas.title), asc(ideas.id)];
    default:
      return [desc(ideas.submittedAt), asc(ideas.id)];
  }
};

/** The forms of a cursor of the ideas list in this order. */
/** One cursor kind per ordering: a key is a position only in the ordering that gave it out. */
const IDEA_CURSORS: Record<Exclude<IdeaSortEnum, IdeaSortEnum.RELEVANCE>, CursorKind> = {
  [IdeaSortEnum.NEWEST]: cursorKind("ideas:newest", "time", "uuid"),
  [IdeaSortEnum.OLDEST]: cursorKind("ideas:oldest", "time", "uuid"),
  [IdeaSortEnum.TITLE]: cursorKind("ideas:title", "text", "uuid"),
};
/** A search pages by (rank, id): through the full-text matches, or, when there are none, the title misspellings. */
const SEARCH_CURSORS = {
  fts: cursorKind("ideas:relevance", "fts", "rank", "uuid"),
  trgm: cursorKind("ideas:relevance", "trgm", "rank", "uuid"),
} as const;

function keysetAfter(sort: IdeaSortEnum, after: (string | number)[] | null): SQL | undefined {
  switch (sort) {
    case IdeaSortEnum.TITLE: {
      if (!after || after.length !== 2) return undefined;
      const [k, id] = [String(after[0]), String(after[1])];
      return or(gt(ideas.title, k), and(eq(ideas.title, k), gt(ideas.id, id)));
    }
    case IdeaSortEnum.OLDEST:
      return afterTimeAndId(ideas.submittedAt, ideas.id, after, { time: "asc", id: "asc" });
    default:
      return afterTimeAndId(ideas.submittedAt, ideas.id, after, { time: "desc", id: "asc" });
  }
}

/** The time of an idea in the newest and oldest orders, as its cursor holds it (microseconds). */
const listedAt = timeText(sql`coalesce(${ideas.submittedAt}, ${ideas.createdAt})`);

function rawIds(list: string[] | null | undefined, type: string): string[] | undefined {
  if (!list || list.length === 0) return undefined;
  return list.map((g) => fromGlobalId(g, type)?.id).filter((x): x is string => x !== undefined);
}

/** Swedish full text: served by the GIN index on the stored `search` vector (inflections, stems). */
const fullText = (q: string) => {
  const query = sql`websearch_to_tsquery('swedish', ${q})`;
  return { match: sql`${ideas.search} @@ ${query}`, rank: sql`ts_rank(${ideas.search}, ${query})` };
};
/** Misspellings: word similarity to the title, served by the trigram GIN index on the title (`<%`). */
const trigram = (q: string) => ({ match: sql`${q} <% ${ideas.title}`, rank: sql`word_similarity(${q}, ${ideas.title})` });
/** No arena has it: an unknown arena slug lists nothing. */
const NO_ARENA = "00000000-0000-0000-0000-000000000000";
/** How similar a misspelt word must be to a word of the title (pg_trgm's default, 0.6, misses one dropped letter). */
const WORD_SIMILARITY = 0.4;

/**
 * One page ranked by relevance, with a keyset on (rank, id) so a deep page costs what the
 * first does. The rank is PostgreSQL's `real`; the cursor carries it as printed, which reads
 * back as the same `real`.
 */
async function rankedPage(
  db: Database | Tx,
  filter: SQL | undefined,
  how: { match: SQL; rank: SQL },
  after: (string | number)[] | null,
  size: number,
) {
  const afterCond =
    after && after.length === 3
      ? sql`(${how.rank} < ${String(after[1])}::real or (${how.rank} = ${String(after[1])}::real and ${ideas.id} > ${String(after[2])}))`
      : undefined;
  const rows = await db
    .select({ idea: ideaColumns, rank: sql<number>`${how.rank}`.mapWith(Number) })
    .from(ideas)
    .where(and(filter, how.match, afterCond))
    .orderBy(desc(how.rank), asc(ideas.id))
    .limit(size + 1);
  const count = () =>
    cappedCount(
      db as Database,
      db
        .select({ one: sql`1` })
        .from(ideas)
        .where(and(filter, how.match))
        .$dynamic(),
    );
  return { rows, count };
}

/**
 * Public browsing and search: ideas past draft that the viewer may see, filtered, sorted and
 * paginated. A search is matched by the full-text index alone; only when that finds nothing
 * (a misspelling) does a second query look for similar words in the titles. Counts stop at
 * COUNT_CAP.
 */
export async function listIdeas(ctx: Context, args: IdeasArgs) {
  await validateInput(args, ctx.locale, "args").catch((e: unknown) => {
    if (e instanceof UserErrors) throw apiError("BAD_USER_INPUT", ctx.locale);
    throw e;
  });
  const size = pageSize(args);
  const q = args.search?.trim() ?? "";
  const sort =
    args.sort === IdeaSortEnum.RELEVANCE && q === ""
      ? IdeaSortEnum.NEWEST
      : (args.sort ?? (q ? IdeaSortEnum.RELEVANCE : IdeaSortEnum.NEWEST));
  const goalIds = rawIds(args.goalIds, "StrategicGoal");
  const municipalityIds = rawIds(args.municipalityIds, "Organisation");
  const arenaId = args.arena
    ? ((await ctx.db.select({ id: arenas.id }).from(arenas).where(eq(arenas.slug, args.arena)))[0]?.id ?? null)
    : undefined;
  const filter = and(
    visibleToViewer(ctx.viewer),
    ne(ideas.stage, "draft"),
    // The arena's id as a value, not a subquery: the planner then walks that arena's newest-first index.
    arenaId !== undefined ? eq(ideas.arenaId, arenaId ?? NO_ARENA) : undefined,
    args.stages && args.stages.length > 0 ? inArray(ideas.stage, args.stages as IdeaStage[]) : undefined,
    args.sectors && args.sectors.length > 0 ? inArray(ideas.sector, args.sectors) : undefined,
    goalIds
      ? inArray(ideas.id, ctx.db.select({ id: ideaGoals.ideaId }).from(ideaGoals).where(inArray(ideaGoals.goalId, goalIds)))
      : undefined,
    municipalityIds
      ? inArray(
          ideas.id,
          ctx.db.select({ id: ideaPlaces.ideaId }).from(ideaPlaces).where(inArray(ideaPlaces.organisationId, municipalityIds)),
        )
      : undefined,
  );
  const after =
    sort === IdeaSortEnum.RELEVANCE
      ? decodeCursor(args.after, SEARCH_CURSORS.fts, SEARCH_CURSORS.trgm)
      : decodeCursor(args.after, IDEA_CURSORS[sort]);
  let rows: IdeaRow[];
  let key: (r: IdeaRow, i: number) => (string | number)[];
  let total: TotalCount;
  let kind: CursorKind;
  if (sort === IdeaSortEnum.RELEVANCE) {
    let ranked: { idea: IdeaRow; rank: number }[] = [];
    let marker: "fts" | "trgm" = after?.[0] === "trgm" ? "trgm" : "fts";
    if (marker === "fts") {
      const page = await rankedPage(ctx.db, filter, fullText(q), after, size);
      ranked = page.rows;
      if (ranked.length > 0 || after !== null) total = await page.count();
      else marker = "trgm";
    }
    if (marker === "trgm") {
      // The similarity threshold is a setting of pg_trgm, so the fallback runs in a transaction of its own.
      ({ ranked, total } = await ctx.db.transaction(async (tx) => {
        await tx.execute(sql.raw(`set local pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY}`));
        const page = await rankedPage(tx, filter, trigram(q), after, size);
        return { ranked: page.rows, total: await page.count() };
      }));
    }
    const ranks = new Map(ranked.map((r) => [r.idea, r.rank]));
    rows = ranked.map((r) => r.idea);
    key = (r) => [marker, ranks.get(r)!, r.id];
    kind = SEARCH_CURSORS[marker];
  } else {
    const matches = q ? fullText(q).match : undefined;
    const page = await ctx.db
      .select({ ...ideaColumns, listedAt })
      .from(ideas)
      .where(and(filter, matches, keysetAfter(sort, after)))
      .orderBy(...ideaOrder(sort))
      .limit(size + 1);
    const times = new Map<IdeaRow, string>();
    rows = page.map(({ listedAt: at, ...r }) => (times.set(r, at), r));
    key = (r) => (sort === IdeaSortEnum.TITLE ? [r.title, r.id] : [times.get(r)!, r.id]);
    kind = IDEA_CURSORS[sort];
    total = await cappedCount(
      ctx.db,
      ctx.db
        .select({ one: sql`1` })
        .from(ideas)
        .where(and(filter, matches))
        .$dynamic(),
    );
  }
  await primeAccess(ctx, rows);
  const indexed = rows.map((r, i) => ({ r, i }));
  return toConnection(
    indexed,
    size,
    total!,
    ({ r, i }) => key(r, i),
    ({ r }) => toIdea(r, accessFromPrimed(ctx, r)),
    after !== null,
    kind,
  );
}

/** Loads co-bearers of a page of ideas in one statement, so that access is decided without N+1. */
async function primeAccess(ctx: Context, rows: IdeaRow[]) {
  for (const r of rows) ctx.loaders.ideaById.prime(r.id, r);
  const loaded = await Promise.all(rows.map((r) => Promise.all([ctx.loaders.coBearersByIdea.load(r.id), grantedReaders(ctx, r)])));
  rows.forEach((r, i) => primed.set(r, { co: acceptedIds(loaded[i]![0]), granted: loaded[i]![1] }));
}
const primed = new WeakMap<IdeaRow, { co: string[]; granted: string[] }>();
const accessFromPrimed = (ctx: Context, r: IdeaRow): IdeaAccess => {
  const p = primed.get(r);
  const a = accessTo(ctx.viewer, r, p?.co ?? [], p?.granted ?? []);
  return a === "none" ? "public" : a;
};

const MY_IDEAS_CURSOR = cursorKind("my-ideas:changed", "time", "uuid");

/** The viewer's own ideas (as bearer or accepted co-bearer), drafts included, last changed first. */
export async function myIdeas(ctx: Context, args: ConnectionArgs) {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  const size = pageSize(args);
  const mine = or(
    eq(ideas.bearerId, ctx.viewer.id),
    inArray(
      ideas.id,
      ctx.db
        .select({ id: ideaCoBearers.ideaId })
        .from(ideaCoBearers)
        .where(and(eq(ideaCoBearers.userId, ctx.viewer.id), eq(ideaCoBearers.status, "accepted"))),
    ),
  );
  const after = decodeCursor(args.after, MY_IDEAS_CURSOR);
  const page = await ctx.db
    .select({ idea: ideas, changedAt: timeText(ideas.updatedAt) })
    .from(ideas)
    .where(and(mine, afterTimeAndId(ideas.updatedAt, ideas.id, after, { time: "desc", id: "asc" })))
    .orderBy(desc(ideas.updatedAt), asc(ideas.id))
    .limit(size + 1);
  const [total] = await ctx.db.select({ n: count() }).from(ideas).where(mine);
  const times = new Map(page.map((r) => [r.idea, r.changedAt]));
  const rows = page.map((r) => r.idea);
  for (const r of rows) ctx.loaders.ideaById.prime(r.id, r);
  return toConnection(
    rows,
    size,
    total?.n ?? 0,
    (r) => [times.get(r)!, r.id],
    (r) => toIdea(r, "bearer"),
    after !== null,
    MY_IDEAS_CURSOR,
  );
}

/** Invitations to co-carry ideas that wait for the viewer's answer. */
export async function myInvitations(ctx: Context) {
  if (!ctx.viewer) return [];
  const rows = await ctx.db
    .select({ co: ideaCoBearers, idea: ideas })
    .from(ideaCoBearers)
    .innerJoin(ideas, eq(ideas.id, ideaCoBearers.ideaId))
    .where(and(sql`lower(${ideaCoBearers.email}) = ${ctx.viewer.email.toLowerCase()}`, eq(ideaCoBearers.status, "invited")))
    .orderBy(desc(ideaCoBearers.createdAt));
  return rows.map((r) => ({ invitation: toCoBearer(r.co, ctx.viewer!.name), idea: toIdea(r.idea, "public") }));
}

// ---- writing ----

/** Checks that every linked id belongs to the idea's arena; returns raw ids per list. */
async function resolveLinks(ctx: Context, tx: Tx, arenaId: string, input: IdeaFieldsInput) {
  const check = async (
    list: string[] | null | undefined,
    type: string,
    field: string,
    table: typeof countyParts | typeof organisations | typeof strategicGoals | typeof focusAreas,
  ) => {
    if (list == null) return undefined;
    const raw = list.map((g) => {
      const p = fromGlobalId(g, type);
      if (!p) fail(ctx.locale, field, "NOT_FOUND");
      return p.id;
    });
    const unique = [...new Set(raw)];
    if (unique.length === 0) return [];
    const found = await tx.select({ id: table.id, arenaId: table.arenaId }).from(table).where(inArray(table.id, unique));
    if (found.length !== unique.length) fail(ctx.locale, field, "NOT_FOUND");
    if (found.some((f) => f.arenaId !== arenaId)) fail(ctx.locale, field, "WRONG_ARENA");
    return unique;
  };
  const numbers = (list: number[] | null | undefined, max: number, field: string) => {
    if (list == null) return undefined;
    if (list.some((n) => !Number.isInteger(n) || n < 1 || n > max)) fail(ctx.locale, field, "OUT_OF_RANGE", { min: 1, max });
    return [...new Set(list)];
  };
  return {
    countyPartIds: await check(input.countyPartIds, "CountyPart", "input.countyPartIds", countyParts),
    municipalityIds: await check(input.municipalityIds, "Organisation", "input.municipalityIds", organisations),
    goalIds: await check(input.goalIds, "StrategicGoal", "input.goalIds", strategicGoals),
    focusAreaIds: await check(input.focusAreaIds, "FocusArea", "input.focusAreaIds", focusAreas),
    agenda2030Goals: numbers(input.agenda2030Goals, 17, "input.agenda2030Goals"),
    publicHealthTargetAreas: numbers(input.publicHealthTargetAreas, 8, "input.publicHealthTargetAreas"),
  };
}

async function writeLinks(tx: Tx, ideaId: string, links: Awaited<ReturnType<typeof resolveLinks>>) {
  const changed: string[] = [];
  if (links.countyPartIds || links.municipalityIds) {
    if (links.countyPartIds) {
      await tx.delete(ideaPlaces).where(and(eq(ideaPlaces.ideaId, ideaId), sql`${ideaPlaces.countyPartId} is not null`));
      if (links.countyPartIds.length > 0)
        await tx.insert(ideaPlaces).values(links.countyPartIds.map((countyPartId) => ({ ideaId, countyPartId })));
      changed.push("countyPartIds");
    }
    if (links.municipalityIds) {
      await tx.delete(ideaPlaces).where(and(eq(ideaPlaces.ideaId, ideaId), sql`${ideaPlaces.organisationId} is not null`));
      if (links.municipalityIds.length > 0)
        await tx.insert(ideaPlaces).values(links.municipalityIds.map((organisationId) => ({ ideaId, organisationId })));
      changed.push("municipalityIds");
    }
  }
  if (links.goalIds) {
    await tx.delete(ideaGoals).where(eq(ideaGoals.ideaId, ideaId));
    if (links.goalIds.length > 0) await tx.insert(ideaGoals).values(links.goalIds.map((goalId) => ({ ideaId, goalId })));
    changed.push("goalIds");
  }
  if (links.focusAreaIds) {
    await tx.delete(ideaFocusAreas).where(eq(ideaFocusAreas.ideaId, ideaId));
    if (links.focusAreaIds.length > 0)
      await tx.insert(ideaFocusAreas).values(links.focusAreaIds.map((focusAreaId) => ({ ideaId, focusAreaId })));
    changed.push("focusAreaIds");
  }
  if (links.agenda2030Goals) {
    await tx.delete(ideaAgendaGoals).where(eq(ideaAgendaGoals.ideaId, ideaId));
    if (links.agenda2030Goals.length > 0)
      await tx.insert(ideaAgendaGoals).values(links.agenda2030Goals.map((goalNumber) => ({ ideaId, goalNumber })));
    changed.push("agenda2030Goals");
  }
  if (links.publicHealthTargetAreas) {
    await tx.delete(ideaHealthAreas).where(eq(ideaHealthAreas.ideaId, ideaId));
    if (links.publicHealthTargetAreas.length > 0)
      await tx.insert(ideaHealthAreas).values(links.publicHealthTargetAreas.map((areaNumber) => ({ ideaId, areaNumber })));
    changed.push("publicHealthTargetAreas");
  }
  return changed;
}

function scalarPatch(input: IdeaFieldsInput) {
  const patch: Partial<Pick<IdeaRow, (typeof TEXT_FIELDS)[number] | "sector" | "visibility" | "consentToContact">> = {};
  for (const f of TEXT_FIELDS) if (input[f] != null) patch[f] = input[f];
  if (input.sector != null) patch.sector = input.sector;
  if (input.visibility != null) patch.visibility = input.visibility as IdeaRow["visibility"];
  if (input.consentToContact != null) patch.consentToContact = input.consentToContact;
  return patch;
}

/** Starts a draft; idempotent per (bearer, clientKey), so a retried save never makes two ideas. */
export async function createIdea(ctx: Context, input: CreateIdeaInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const viewer = ctx.viewer;
    await validateInput(input, ctx.locale);
    const arenaId = inputId(ctx, input.arenaId, "Arena", "input.arenaId");
    const [arena] = await tx.select({ id: arenas.id }).from(arenas).where(eq(arenas.id, arenaId));
    if (!arena) fail(ctx.locale, "input.arenaId", "NOT_FOUND");
    const [existing] = await tx
      .select()
      .from(ideas)
      .where(and(eq(ideas.bearerId, viewer.id), eq(ideas.clientKey, input.clientKey)));
    if (existing) return toIdea(existing, "bearer");
    const links = await resolveLinks(ctx, tx, arenaId, input);
    const [me] = await tx.select({ organisation: users.organisation, sector: users.sector }).from(users).where(eq(users.id, viewer.id));
    const inserted = await tx
      .insert(ideas)
      .values({
        arenaId,
        bearerId: viewer.id,
        clientKey: input.clientKey,
        organisationName: me!.organisation,
        sector: me!.sector,
        ...scalarPatch(input),
      })
      .onConflictDoNothing()
      .returning();
    // A concurrent retry won the race: return what it made.
    const row =
      inserted[0] ??
      (
        await tx
          .select()
          .from(ideas)
          .where(and(eq(ideas.bearerId, viewer.id), eq(ideas.clientKey, input.clientKey)))
      )[0]!;
    if (inserted[0]) {
      await writeLinks(tx, row.id, links);
      await recordEvent(tx, {
        arenaId,
        actorId: viewer.id,
        subjectType: "Idea",
        subjectId: row.id,
        kind: "idea.created",
        data: { toStage: "draft" },
      });
    }
    return toIdea(row, "bearer");
  });
}

/** Saves the bearer's edit if it is based on the current version; otherwise returns a conflict and saves nothing. */
export async function updateIdea(ctx: Context, input: UpdateIdeaInput) {
  let conflict: { current: Idea; changedFields: string[] } | null = null;
  const res = await runMutation(ctx, async (tx) => {
    const { row, access } = await lockIdea(ctx, tx, input.id, "input.id");
    requireBearer(ctx, access);
    await validateInput(input, ctx.locale);
    if (!EDITABLE.includes(row.stage)) fail(ctx.locale, "input.id", "WRONG_STAGE");
    if (row.version !== input.expectedVersion) {
      const since = await tx
        .select({ data: events.data })
        .from(events)
        .where(
          and(
            eq(events.subjectType, "Idea"),
            eq(events.subjectId, row.id),
            eq(events.kind, "idea.updated"),
            sql`(${events.data}->>'version')::int > ${input.expectedVersion}`,
          ),
        );
      const changedFields = [...new Set(since.flatMap((e) => (e.data.changed as string[] | undefined) ?? []))];
      conflict = { current: toIdea(row, access), changedFields };
      fail(ctx.locale, null, "STALE_EDIT");
    }
    const links = await resolveLinks(ctx, tx, row.arenaId, input);
    const patch = scalarPatch(input);
    const changed = [
      ...Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== row[k as keyof IdeaRow]),
      ...(await writeLinks(tx, row.id, links)),
    ];
    if (changed.length === 0) return toIdea(row, access);
    const [updated] = await tx
      .update(ideas)
      .set({ ...patch, version: row.version + 1, updatedAt: clock.now() })
      .where(eq(ideas.id, row.id))
      .returning();
    await recordEvent(tx, {
      arenaId: row.arenaId,
      actorId: ctx.viewer!.id,
      subjectType: "Idea",
      subjectId: row.id,
      kind: "idea.updated",
      data: { changed, version: updated!.version },
    });
    if (row.visibility === "public" && updated!.visibility !== "public") await unnameLearnings(tx, updated!);
    return toIdea(updated!, access);
  });
  return { ...res, conflict: conflict as { current: Idea; changedFields: string[] } | null };
}

const REQUIRED_TO_SUBMIT = [
  ["title", 3],
  ["summary", 10],
  ["need", 10],
  ["solution", 10],
] as const;

/** Submits a draft. Idempotent: submitting an idea that is already submitted returns it unchanged. */
export async function submitIdea(ctx: Context, input: SubmitIdeaInput) {
  return runMutation(ctx, async (tx) => {
    const { row, access } = await lockIdea(ctx, tx, input.id, "input.id");
    requireBearer(ctx, access);
    if (row.stage !== "draft") {
      if (row.stage === "withdrawn") fail(ctx.locale, "input.id", "WRONG_STAGE");
      return toIdea(row, access);
    }
    const errors = [];
    for (const [field, min] of REQUIRED_TO_SUBMIT) {
      const v = row[field].trim();
      if (v.length === 0) errors.push(userError(ctx.locale, `input.${field}`, "REQUIRED"));
      else if (v.length < min) errors.push(userError(ctx.locale, `input.${field}`, "TOO_SHORT", { min }));
    }
    if (!input.acceptPublicNotice) errors.push(userError(ctx.locale, "input.acceptPublicNotice", "NOTICE_REQUIRED"));
    if (errors.length > 0) throw new UserErrors(errors);
    const now = clock.now();
    const [arena] = await tx
      .select({ ackWorkingDays: arenas.ackWorkingDays, decisionWorkingDays: arenas.decisionWorkingDays })
      .from(arenas)
      .where(eq(arenas.id, row.arenaId));
    const today = swedishDate(now);
    const updated = await moveIdea(tx, row, "submitted", {
      actorId: ctx.viewer!.id,
      kind: "idea.submitted",
      withVersion: true,
      set: {
        submittedAt: now,
        publicNoticeAcceptedAt: now,
        // The arena's feedback promise: the bearer hears back within its working days.
        hearBackBy: addWorkingDays(today, arena!.ackWorkingDays),
        decisionDueBy: addWorkingDays(today, arena!.decisionWorkingDays),
      },
      at: now,
    });
    // The arena's coordinators triage what comes in.
    const coordinators = await tx
      .selectDistinct({ userId: roleGrants.userId })
      .from(roleGrants)
      .where(and(eq(roleGrants.arenaId, row.arenaId), inArray(roleGrants.role, ["coordinator"])));
    await notify(
      tx,
      coordinators.map((c) => ({
        userId: c.userId,
        arenaId: row.arenaId,
        kind: "idea.submitted",
        subjectType: "Idea",
        subjectId: row.id,
        data: { title: row.title },
      })),
    );
    return toIdea(updated, access);
  });
}

export async function withdrawIdea(ctx: Context, input: WithdrawIdeaInput) {
  return mutateIdea(
    ctx,
    { id: input.id, field: "input.id", may: ({ access }) => (requireBearer(ctx, access), ctx.viewer!.id) },
    async (tx, { row, access, actorId }) => {
      await validateInput(input, ctx.locale);
      if (!canMove(row.stage, "withdrawn")) fail(ctx.locale, "input.id", "WRONG_STAGE");
      const updated = await moveIdea(tx, row, "withdrawn", {
        actorId,
        kind: "idea.withdrawn",
        withVersion: true,
        data: { reason: input.reason ?? "" },
      });
      // Co-bearers hear of it (followers, who can no longer read it, are left out by notify); whoever withdrew it knows.
      const audience = (await ideaAudience(tx, row.id)).filter((userId) => userId !== actorId);
      return {
        value: toIdea(updated, access),
        notify: audience.map((userId) => ({
          userId,
          arenaId: row.arenaId,
          kind: "idea.withdrawn",
          subjectType: "Idea",
          subjectId: row.id,
          data: { title: row.title, by: ctx.viewer!.name, fromStage: row.stage, toStage: "withdrawn" },
        })),
      };
    },
  );
}

export async function inviteCoBearer(ctx: Context, input: InviteCoBearerInput) {
  return runMutation(ctx, async (tx) => {
    const { row, access } = await lockIdea(ctx, tx, input.ideaId, "input.ideaId");
    requireBearer(ctx, access);
    await validateInput(input, ctx.locale);
    const email = input.email.toLowerCase();
    if (email === ctx.viewer!.email.toLowerCase()) fail(ctx.locale, "input.email", "SELF_INVITE");
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email));
    if (user?.id === row.bearerId) fail(ctx.locale, "input.email", "SELF_INVITE");
    const inserted = await tx
      .insert(ideaCoBearers)
      .values({ ideaId: row.id, email: input.email, userId: user?.id ?? null, invitedBy: ctx.viewer!.id })
      .onConflictDoNothing()
      .returning();
    if (!inserted[0]) fail(ctx.locale, "input.email", "ALREADY_INVITED");
    await recordEvent(tx, {
      arenaId: row.arenaId,
      actorId: ctx.viewer!.id,
      subjectType: "Idea",
      subjectId: row.id,
      kind: "co_bearer.invited",
      data: {},
    });
    if (user)
      await notify(tx, [
        {
          userId: user.id,
          arenaId: row.arenaId,
          kind: "co_bearer.invited",
          subjectType: "Idea",
          subjectId: row.id,
          data: { title: row.title, by: ctx.viewer!.name },
        },
      ]);
    return { coBearer: toCoBearer(inserted[0], null), idea: toIdea(row, access) };
  });
}

export async function respondToInvitation(ctx: Context, input: RespondToInvitationInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const id = inputId(ctx, input.id, "CoBearer", "input.id");
    const [inv] = await tx.select().from(ideaCoBearers).where(eq(ideaCoBearers.id, id)).for("update");
    if (!inv || inv.email.toLowerCase() !== ctx.viewer.email.toLowerCase()) fail(ctx.locale, "input.id", "NOT_FOUND");
    if (inv.status !== "invited") fail(ctx.locale, "input.id", "ALREADY_ANSWERED");
    const status = input.accept ? "accepted" : "declined";
    const [updated] = await tx
      .update(ideaCoBearers)
      .set({ status, userId: ctx.viewer.id, respondedAt: clock.now() })
      .where(eq(ideaCoBearers.id, id))
      .returning();
    const [idea] = await tx.select().from(ideas).where(eq(ideas.id, inv.ideaId));
    await recordEvent(tx, {
      arenaId: idea!.arenaId,
      actorId: ctx.viewer.id,
      subjectType: "Idea",
      subjectId: idea!.id,
      kind: `co_bearer.${status}`,
      data: {},
    });
    await notify(tx, [
      {
        userId: idea!.bearerId,
        arenaId: idea!.arenaId,
        kind: `co_bearer.${status}`,
        subjectType: "Idea",
        subjectId: idea!.id,
        data: { title: idea!.title, by: ctx.viewer.name },
      },
    ]);
    return { coBearer: toCoBearer(updated!, ctx.viewer.name), idea: toIdea(idea!, input.accept ? "bearer" : "public") };
  });
}

export async function setFollowing(ctx: Context, ideaGlobalId: string, follow: boolean) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const { row, access } = await lockIdea(ctx, tx, ideaGlobalId, "ideaId");
    if (follow) {
      const added = await tx.insert(follows).values({ userId: ctx.viewer.id, ideaId: row.id }).onConflictDoNothing().returning();
      if (added.length > 0)
        await recordEvent(tx, {
          arenaId: row.arenaId,
          actorId: ctx.viewer.id,
          subjectType: "Follow",
          subjectId: row.id,
          kind: "idea.followed",
        });
    } else {
      const removed = await tx
        .delete(follows)
        .where(and(eq(follows.userId, ctx.viewer.id), eq(follows.ideaId, row.id)))
        .returning();
      if (removed.length > 0)
        await recordEvent(tx, {
          arenaId: row.arenaId,
          actorId: ctx.viewer.id,
          subjectType: "Follow",
          subjectId: row.id,
          kind: "idea.unfollowed",
        });
    }
    return toIdea(row, access);
  });
}

// The people of an arena, for its administrators' list of accounts, include those who carry its ideas.
addArenaPeople(
  sql`select ${ideas.bearerId}, ${ideas.arenaId} from ${ideas} where ${ideas.stage} <> 'draft' union select ${ideaCoBearers.userId}, ${ideas.arenaId} from ${ideaCoBearers} join ${ideas} on ${ideas.id} = ${ideaCoBearers.ideaId} where ${ideaCoBearers.status} = 'accepted' and ${ideas.stage} <> 'draft'`,
);

/**
 * Notifications about an idea go to, and stay with, those who may read it now (accessTo), and
 * those invited to carry it while they consider the invitation.
 */
registerSubjectReaders("Idea", {
  async mayRead(tx, pairs) {
    const ideaIds = [...new Set(pairs.map((p) => p.subjectId))];
    const userIds = [...new Set(pairs.map((p) => p.userId))];
    const [rows, co, granted, grants] = await Promise.all([
      tx
        .select({ id: ideas.id, arenaId: ideas.arenaId, bearerId: ideas.bearerId, stage: ideas.stage, visibility: ideas.visibility })
        .from(ideas)
        .where(inArray(ideas.id, ideaIds)),
      tx
        .select({ ideaId: ideaCoBearers.ideaId, userId: ideaCoBearers.userId, status: ideaCoBearers.status })
        .from(ideaCoBearers)
        .where(inArray(ideaCoBearers.ideaId, ideaIds)),
      tx
        .select({ ideaId: accessRequests.ideaId, userId: accessRequests.requesterId })
        .from(accessRequests)
        .where(and(inArray(accessRequests.ideaId, ideaIds), eq(accessRequests.status, "granted"))),
      tx
        .select({ userId: roleGrants.userId, arenaId: roleGrants.arenaId, role: roleGrants.role })
        .from(roleGrants)
        .where(inArray(roleGrants.userId, userIds)),
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ok = new Set<string>();
    for (const { userId, subjectId } of pairs) {
      const idea = byId.get(subjectId);
      if (!idea) continue;
      const of = co.filter((c) => c.ideaId === subjectId);
      const accepted = of.flatMap((c) => (c.status === "accepted" && c.userId ? [c.userId] : []));
      const invited = of.some((c) => c.status === "invited" && c.userId === userId);
      const viewer = { id: userId, name: "", email: "", roles: grants.filter((g) => g.userId === userId) };
      const readers = granted.filter((g) => g.ideaId === subjectId).map((g) => g.userId);
      if (invited || accessTo(viewer, idea, accepted, readers) !== "none") ok.add(`${userId}:${subjectId}`);
    }
    return ok;
  },
  readable: (viewer) =>
    sql`exists (select 1 from ${ideas} where ${ideas.id} = ${notifications.subjectId} and (${visibleToViewer(viewer)} or exists (select 1 from ${ideaCoBearers} where ${ideaCoBearers.ideaId} = ${ideas.id} and ${ideaCoBearers.userId} = ${viewer.id} and ${ideaCoBearers.status} = 'invited')))`,
});

/** Who should hear about something that happens to an idea: bearers, co-bearers and followers. */
export async function ideaAudience(tx: Tx, ideaId: string): Promise<string[]> {
  const [idea] = await tx.select({ bearerId: ideas.bearerId }).from(ideas).where(eq(ideas.id, ideaId));
  const bearers = idea ? await bearersOf(tx, { id: ideaId, bearerId: idea.bearerId }) : [];
  const f = await tx.select({ userId: follows.userId }).from(follows).where(eq(follows.ideaId, ideaId));
  return [...new Set([...bearers, ...f.map((x) => x.userId)])];
}
