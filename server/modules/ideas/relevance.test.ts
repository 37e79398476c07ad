// Search by relevance at national size (ideas.relevance.ts): the 1,000 newest matches are
// ranked, older matches follow newest first, and a cursor keeps the line between the two.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import type { ApiClient } from "../../../test/support/client.js";
import { demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { graphql } from "../../../test/support/graphql.js";
import { submittedIdea } from "../../../test/support/ideas.js";

const { client } = useTestServer();

const Search = graphql(`
  query RelevanceSearch($search: String, $first: Int, $after: String) {
    ideas(search: $search, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          submittedAt
        }
      }
    }
  }
`);

type Node = { id: string; title: string; submittedAt: string | null };

/** Every match of a search in the order the pages give them; `between` runs after each page. */
async function everyPage(c: ApiClient, search: string, between: (page: number) => Promise<void> = async () => {}) {
  const seen: Node[] = [];
  const counts: { totalCount: number; totalCountCapped: boolean }[] = [];
  let after: string | null = null;
  for (let page = 0; page < 30; page++) {
    const r: {
      ideas: {
        totalCount: number;
        totalCountCapped: boolean;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: Node }[];
      };
    } = await c.ok(Search, { search, first: 100, after });
    seen.push(...r.ideas.edges.map((e) => e.node));
    counts.push({ totalCount: r.ideas.totalCount, totalCountCapped: r.ideas.totalCountCapped });
    if (!r.ideas.pageInfo.hasNextPage) return { seen, counts };
    after = r.ideas.pageInfo.endCursor;
    await between(page);
  }
  throw new Error("the search did not end within 30 pages");
}

describe("search by relevance beyond 1,000 matches", () => {
  it("ranks the newest 1,000 matches, then lists the older ones newest first, and pages without repeats or gaps", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const newest = await submittedIdea(bearer, { title: "Hembesök hos äldre", summary: "Hembesök varje vecka." });
    // 1,003 older passing mentions, a minute apart, and one title match older than all of them.
    const { db } = await testDatabase();
    await db.execute(sql`insert into ideas (arena_id, bearer_id, client_key, stage, title, summary, sector, visibility, submitted_at)
      select arena_id, bearer_id, 'mention-' || g, stage, 'Trygghet nummer ' || g, 'Vi gör ibland hembesök hos dem som bor ensamma.',
        sector, visibility, timestamptz '2024-06-01 12:00:00+00' - g * interval '1 minute'
      from ideas cross join generate_series(1, 1003) g where title = 'Hembesök hos äldre'`);
    await db.execute(sql`insert into ideas (arena_id, bearer_id, client_key, stage, title, summary, sector, visibility, submitted_at)
      select arena_id, bearer_id, 'old-title-match', stage, 'Hembesök för alla', 'Hembesök.', sector, visibility, timestamptz '2020-01-01 00:00:00+00'
      from ideas where title = 'Hembesök hos äldre'`);
    // The oldest ranked match ranks high, on the first page: were the line not kept, a later idea would push it past the line and list it twice.
    await db.execute(sql`update ideas set summary = 'Hembesök, hembesök, hembesök.' where title = 'Trygghet nummer 999'`);
    const anon = client();
    let late: string | null = null;
    const { seen, counts } = await everyPage(anon, "hembesök", async (page) => {
      // Submitted while someone pages: it is newer than the line, so it moves no older match across it.
      if (page === 2) late = (await submittedIdea(bearer, { title: "Trygghet sent", summary: "Ett hembesök till." })).id;
    });
    expect(counts[0]).toEqual({ totalCount: 1000, totalCountCapped: true });
    expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length); // no repeats
    const ids = seen.map((n) => n.id).filter((id) => id !== late);
    expect(ids).toHaveLength(1005); // no gaps: every match of the first page's time
    // The best match of the ranked part first; the title match older than the line only in the part after it.
    expect(seen[0]!.id).toBe(newest.id);
    expect(seen[1]!.title).toBe("Trygghet nummer 999");
    const ranked = seen.slice(0, seen.length - 5);
    expect(ranked.filter((n) => n.title === "Hembesök för alla")).toEqual([]);
    const older = seen.filter((n) => n.title === "Hembesök för alla" || /^Trygghet nummer (999|100[0-3])$/.test(n.title));
    expect(older.map((n) => n.title)).toEqual([
      "Trygghet nummer 999",
      "Trygghet nummer 1000",
      "Trygghet nummer 1001",
      "Trygghet nummer 1002",
      "Trygghet nummer 1003",
      "Hembesök för alla",
    ]);
    expect(seen.slice(-5).map((n) => n.title)).toEqual(older.slice(1).map((n) => n.title));
  });

  it("ranks every match, as before, while there are no more than 1,000", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const title = await submittedIdea(bearer, { title: "Digitala hembesök", summary: "Samtal med video." });
    const passing = await submittedIdea(bearer, { title: "Trygghet i vardagen", summary: "Ibland ett hembesök." });
    const { seen, counts } = await everyPage(client(), "hembesök");
    expect(counts).toEqual([{ totalCount: 2, totalCountCapped: false }]);
    expect(seen.map((n) => n.id)).toEqual([title.id, passing.id]); // the older title match above the newer passing mention
  });
});
