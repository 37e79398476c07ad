import { type SQL, and, asc, desc, eq, gt, gte, isNotNull, lt, lte, or, sql } from "drizzle-orm";
import type { Database, Tx } from "../../db/index.js";
import { cappedCount } from "../../db/capped-count.js";
import { afterTimeAndId, timeText } from "../../db/keyset.js";
import { COUNT_CAP, type CursorKind, type TotalCount, cursorKind } from "../../graphql/relay.js";
import { type IdeaRow, ideaColumns, ideas } from "./ideas.tables.js";

/**
 * What relevance means at national scale. A broad word ("äldre") matches tens of thousands of
 * ideas, and ranking them all reads every matching row: hundreds of milliseconds. So only the
 * COUNT_CAP newest matches are ranked (by ts_rank: a title match above a summary match above a
 * passing mention), the same rows the count reads anyway; the older matches follow them, newest
 * first. A search with at most COUNT_CAP matches ranks them all, as before.
 *
 * The line between the two parts is the key (submitted_at, id) of the first match left out,
 * fixed by the first page and carried in every later cursor: an idea submitted while someone
 * pages moves nothing across it, so paging has no repeats and no gaps.
 */
export const RELEVANCE_CURSORS = {
  /** Every match ranked (the first page found no more than COUNT_CAP): rank, id. */
  all: cursorKind("ideas:relevance", "fts", "rank", "uuid"),
  /** Among the matches newer than the line: the line's time and id, then rank, id. */
  ranked: cursorKind("ideas:relevance", "fts", "time", "uuid", "rank", "uuid"),
  /** The matches from the line on, newest first: the line's time and id, then time, id. */
  older: cursorKind("ideas:relevance", "fts", "time", "uuid", "time", "uuid"),
} as const;

/** A page after the first ranks the matches newer than its cursor's line again; this bounds what a forged line costs. */
const GUARD = 4 * COUNT_CAP;

interface Line {
  at: string;
  id: string;
}

const at = (l: Line) => sql`${l.at}::timestamptz`;
/** Newer than the line in the newest-first order; the plain bound on the time lets the index seek to it. */
const newerThan = (l: Line) =>
  and(gte(ideas.submittedAt, at(l)), or(gt(ideas.submittedAt, at(l)), and(eq(ideas.submittedAt, at(l)), lt(ideas.id, l.id))));
const fromLineOn = (l: Line) =>
  and(lte(ideas.submittedAt, at(l)), or(lt(ideas.submittedAt, at(l)), and(eq(ideas.submittedAt, at(l)), gte(ideas.id, l.id))));

export interface RelevancePage {
  rows: IdeaRow[];
  key: (r: IdeaRow) => (string | number)[];
  kind: CursorKind;
  total: TotalCount;
}

/** Which of RELEVANCE_CURSORS a decoded key is (their shapes differ in length and in the type of the fourth part). */
function readCursor(after: (string | number)[] | null) {
  if (!after) return { line: undefined, rank: null, older: null };
  if (after.length === 3) return { line: null, rank: { rank: after[1]!, id: String(after[2]) }, older: null };
  const line = { at: String(after[1]), id: String(after[2]) };
  if (typeof after[3] === "number") return { line, rank: { rank: after[3], id: String(after[4]) }, older: null };
  return { line, rank: null, older: [after[3]!, after[4]!] };
}

/**
 * One page of a full-text search by relevance, and its count, in one statement (two where a
 * page reaches past the ranked matches into the older ones). `filter` is who may see what and
 * the list's filters; null when nothing matches on a first page (the caller then tries the
 * misspelling fallback).
 */
export async function relevancePage(
  db: Database,
  filter: SQL | undefined,
  q: string,
  after: (string | number)[] | null,
  size: number,
): Promise<RelevancePage | null> {
  const query = sql`websearch_to_tsquery('swedish', ${q})`;
  // Every listed idea has been submitted; the bound lets the newest-first index start past the drafts.
  const matches = and(filter, sql`${ideas.search} @@ ${query}`, isNotNull(ideas.submittedAt));
  const cursor = readCursor(after);
  const ranks = new Map<IdeaRow, number>();
  const times = new Map<IdeaRow, string>();
  let rows: IdeaRow[] = [];
  let line = cursor.line;
  let total: TotalCount = { n: COUNT_CAP, capped: true };

  if (!cursor.older) {
    const first = line === undefined;
    const candidates = db.$with("candidates").as(
      db
        .select({
          id: sql<string>`${ideas.id}`.as("candidate_id"),
          at: sql<string>`${ideas.submittedAt}`.as("candidate_at"),
          rank: sql<number>`ts_rank(${ideas.search}, ${query})`.as("candidate_rank"),
          pos: sql<number>`row_number() over (order by ${ideas.submittedAt} desc, ${ideas.id})`.as("candidate_pos"),
        })
        .from(ideas)
        .where(and(matches, line ? newerThan(line) : undefined))
        .orderBy(desc(ideas.submittedAt), asc(ideas.id))
        .limit(first ? COUNT_CAP + 1 : GUARD),
    );
    const afterRank = cursor.rank
      ? sql`(${candidates.rank} < ${String(cursor.rank.rank)}::real or (${candidates.rank} = ${String(cursor.rank.rank)}::real and ${candidates.id} > ${cursor.rank.id}))`
      : undefined;
    // The page picked from the candidates before their ideas are read: 13 rows joined, not 1,000.
    const page = db.$with("page").as(
      db
        .select({ id: candidates.id, rank: candidates.rank })
        .from(candidates)
        .where(and(first ? lte(candidates.pos, COUNT_CAP) : undefined, afterRank))
        .orderBy(desc(candidates.rank), asc(candidates.id))
        .limit(size + 1),
    );
    const found = await db
      .with(candidates, page)
      .select({
        idea: ideaColumns,
        rank: sql<number>`${page.rank}`.mapWith(Number),
        // Named apart from the candidates' columns: ORDER BY reads a bare name as an output column first.
        n: sql<number>`(select count(*) from ${candidates})`.mapWith(Number).as("candidate_count"),
        lineAt: sql<
          string | null
        >`(select ${timeText(sql`c.candidate_at`)} from ${candidates} c where c.candidate_pos = ${COUNT_CAP + 1})`.as("line_at"),
        lineId: sql<string | null>`(select c.candidate_id from ${candidates} c where c.candidate_pos = ${COUNT_CAP + 1})`.as("line_id"),
      })
      .from(page)
      .innerJoin(ideas, eq(ideas.id, page.id))
      .orderBy(desc(page.rank), asc(page.id));
    if (first && found.length === 0) return null;
    rows = found.map((f) => (ranks.set(f.idea, f.rank), f.idea));
    const n = found[0]?.n;
    if (first) line = found[0]!.lineAt !== null ? { at: found[0]!.lineAt, id: found[0]!.lineId! } : null;
    if (!line) total = n !== undefined ? { n: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP } : await countIdeas(db, matches);
  }
  if (line && rows.length <= size) {
    // The ranked matches ran out on this page: it goes on with the older matches, newest first.
    const older = await db
      .select({ idea: ideaColumns, at: timeText(ideas.submittedAt) })
      .from(ideas)
      .where(
        and(
          matches,
          fromLineOn(line),
          // The plain bound lets the index seek to the cursor rather than walk there from the line.
          cursor.older ? lte(ideas.submittedAt, sql`${String(cursor.older[0])}::timestamptz`) : undefined,
          afterTimeAndId(ideas.submittedAt, ideas.id, cursor.older, { time: "desc", id: "asc" }),
        ),
      )
      .orderBy(desc(ideas.submittedAt), asc(ideas.id))
      .limit(size + 1 - rows.length);
    rows.push(...older.map((o) => (times.set(o.idea, o.at), o.idea)));
  }
  const l = line;
  return {
    rows,
    // The three forms share their list's name, which is all a cursor's kind writes; each key carries its own form.
    kind: RELEVANCE_CURSORS.all,
    total,
    key: (r) => {
      const rank = ranks.get(r);
      if (!l) return ["fts", rank!, r.id];
      return rank !== undefined ? ["fts", l.at, l.id, rank, r.id] : ["fts", l.at, l.id, times.get(r)!, r.id];
    },
  };
}

/** How many ideas match, up to COUNT_CAP: a list's or a search's count. */
export const countIdeas = (db: Database | Tx, where: SQL | undefined) =>
  cappedCount(
    db as Database,
    db
      .select({ one: sql`1` })
      .from(ideas)
      .where(where)
      .$dynamic(),
  );
