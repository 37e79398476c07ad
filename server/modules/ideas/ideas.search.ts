import { type SQL, and, asc, desc, eq, gt, inArray, isNotNull, ne, or, sql } from "drizzle-orm";
import type { Database, Tx } from "../../db/index.js";
import type { Context } from "../../graphql/context.js";
import { UserErrors, apiError } from "../../graphql/errors.js";
import { afterTimeAndId, timeText } from "../../db/keyset.js";
import { type CursorKind, type TotalCount, cursorKind, decodeCursor, fromGlobalId, pageSize, toConnection } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { arenas } from "../partnership/partnership.tables.js";
import { type IdeaAccess, accessTo, visibleToViewer } from "./ideas.access.js";
import type { IdeasArgs } from "./ideas.inputs.js";
import { type IdeaRow, type IdeaStage, ideaColumns, ideaGoals, ideaPlaces, ideas } from "./ideas.tables.js";
import { IdeaSortEnum, toIdea } from "./ideas.types.js";
import { acceptedIds, grantedReaders } from "./ideas.service.js";
import { RELEVANCE_CURSORS, countIdeas, relevancePage } from "./ideas.relevance.js";

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
/** A search pages through the full-text matches (ideas.relevance.ts), or, when there are none, the title misspellings by (rank, id). */
const TRGM_CURSOR = cursorKind("ideas:relevance", "trgm", "rank", "uuid");

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
const fullText = (q: string) => sql`${ideas.search} @@ websearch_to_tsquery('swedish', ${q})`;
/** Misspellings: word similarity to the title, served by the trigram GIN index on the title (`<%`). */
const trigram = (q: string) => ({ match: sql`${q} <% ${ideas.title}`, rank: sql`word_similarity(${q}, ${ideas.title})` });
/** No arena has it: an unknown arena slug lists nothing. */
const NO_ARENA = "00000000-0000-0000-0000-000000000000";
/** How similar a misspelt word must be to a word of the title (pg_trgm's default, 0.6, misses one dropped letter). */
const WORD_SIMILARITY = 0.4;

/**
 * One page of the misspelling fallback ranked by similarity, with a keyset on (rank, id). The
 * rank is PostgreSQL's `real`; the cursor carries it as printed, which reads back as the same
 * `real`. Its matches are titles alone, so ranking them all stays cheap.
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
  const count = () => countIdeas(db, and(filter, how.match));
  const rows = await db
    .select({ idea: ideaColumns, rank: sql<number>`${how.rank}`.mapWith(Number) })
    .from(ideas)
    .where(and(filter, how.match, afterCond))
    .orderBy(desc(how.rank), asc(ideas.id))
    .limit(size + 1);
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
      ? decodeCursor(args.after, RELEVANCE_CURSORS.all, RELEVANCE_CURSORS.ranked, RELEVANCE_CURSORS.older, TRGM_CURSOR)
      : decodeCursor(args.after, IDEA_CURSORS[sort]);
  let rows: IdeaRow[];
  let key: (r: IdeaRow, i: number) => (string | number)[];
  let total: TotalCount;
  let kind: CursorKind;
  const fts = sort === IdeaSortEnum.RELEVANCE && after?.[0] !== "trgm" ? await relevancePage(ctx.db, filter, q, after, size) : null;
  if (fts) {
    ({ rows, key, kind, total } = fts);
  } else if (sort === IdeaSortEnum.RELEVANCE) {
    // The similarity threshold is a setting of pg_trgm, so the fallback runs in a transaction of its own.
    const ranked = await ctx.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY}`));
      const page = await rankedPage(tx, filter, trigram(q), after, size);
      return { rows: page.rows, total: await page.count() };
    });
    total = ranked.total;
    const ranks = new Map(ranked.rows.map((r) => [r.idea, r.rank]));
    rows = ranked.rows.map((r) => r.idea);
    key = (r) => ["trgm", ranks.get(r)!, r.id];
    kind = TRGM_CURSOR;
  } else {
    // Every idea past draft has been submitted. Drafts (no submission time) come first in the
    // newest-first indexes, and only the row tells a draft: the bound lets the index start past them.
    const matches = and(q ? fullText(q) : undefined, isNotNull(ideas.submittedAt));
    // The page and its count, side by side on two connections.
    const [page, counted] = await Promise.all([
      ctx.db
        .select({ ...ideaColumns, listedAt })
        .from(ideas)
        .where(and(filter, matches, keysetAfter(sort, after)))
        .orderBy(...ideaOrder(sort))
        .limit(size + 1),
      countIdeas(ctx.db, and(filter, matches)),
    ]);
    const times = new Map<IdeaRow, string>();
    rows = page.map(({ listedAt: at, ...r }) => (times.set(r, at), r));
    key = (r) => (sort === IdeaSortEnum.TITLE ? [r.title, r.id] : [times.get(r)!, r.id]);
    kind = IDEA_CURSORS[sort];
    total = counted;
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
  // No one reading anonymously carries or was granted an idea: the public's access needs no more rows.
  if (!ctx.viewer) return;
  const loaded = await Promise.all(rows.map((r) => Promise.all([ctx.loaders.coBearersByIdea.load(r.id), grantedReaders(ctx, r)])));
  rows.forEach((r, i) => primed.set(r, { co: acceptedIds(loaded[i]![0]), granted: loaded[i]![1] }));
}
const primed = new WeakMap<IdeaRow, { co: string[]; granted: string[] }>();
const accessFromPrimed = (ctx: Context, r: IdeaRow): IdeaAccess => {
  const p = primed.get(r);
  const a = accessTo(ctx.viewer, r, p?.co ?? [], p?.granted ?? []);
  return a === "none" ? "public" : a;
};
