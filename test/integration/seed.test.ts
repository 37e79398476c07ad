import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "../../server/db/index.js";
import { seed } from "../../server/seed/seed.js";
import { useTestServer } from "../support/app.js";
import { demo } from "../support/client.js";
import { resetDatabase } from "../support/database.js";
import { graphql } from "../support/graphql.js";

const Ideas = graphql(`
  query SeededIdeas($arena: String, $stages: [IdeaStage!], $search: String) {
    ideas(arena: $arena, stages: $stages, search: $search, first: 100) {
      totalCount
      edges {
        node {
          id
          title
          stage
          timeline {
            kind
            toStage
          }
        }
      }
    }
  }
`);
const Mine = graphql(`
  query SeededMine {
    myIdeas(first: 50) {
      edges {
        node {
          stage
        }
      }
    }
  }
`);

const { client } = useTestServer();

async function counts(db: Database) {
  const rows = await db.execute<{ t: string; n: number }>(
    sql`select 'ideas' as t, count(*)::int as n from ideas union all select 'users', count(*)::int from users union all select 'events', count(*)::int from events union all select 'organisations', count(*)::int from organisations union all select 'focus_areas', count(*)::int from focus_areas`,
  );
  const list = Array.isArray(rows) ? rows : (rows as unknown as { rows: { t: string; n: number }[] }).rows;
  return Object.fromEntries(list.map((r) => [r.t, Number(r.n)]));
}

describe("the demo seed", () => {
  it("holds about forty ideas across both arenas in varied stages, with timelines, and is idempotent", async () => {
    const { db } = await resetDatabase({ ideas: true });
    expect((await counts(db)).ideas).toBe(40);

    const anon = client();
    const g = await anon.ok(Ideas, { arena: "gavleborg" });
    const d = await anon.ok(Ideas, { arena: "dalarna" });
    expect(g.ideas.totalCount + d.ideas.totalCount).toBeGreaterThanOrEqual(30); // public, past draft, not withdrawn
    expect(d.ideas.totalCount).toBeGreaterThanOrEqual(8);
    const stages = new Set([...g.ideas.edges, ...d.ideas.edges].map((e) => e.node.stage));
    for (const s of ["SUBMITTED", "GUIDANCE", "DEVELOPMENT", "TESTING", "SCALING", "ADOPTED", "CLOSED"]) expect(stages).toContain(s);
    const adopted = [...g.ideas.edges, ...d.ideas.edges].find((e) => e.node.stage === "ADOPTED")!.node;
    expect(adopted.timeline.map((e) => e.toStage)).toEqual([
      "DRAFT",
      "SUBMITTED",
      "GUIDANCE",
      "DEVELOPMENT",
      "TESTING",
      "SCALING",
      "ADOPTED",
    ]);

    // The demo bearer has drafts of her own to continue.
    const ida = await client().signInAs(demo.bearer);
    expect((await ida.ok(Mine)).myIdeas.edges.filter((e) => e.node.stage === "DRAFT").length).toBeGreaterThanOrEqual(1);

    // Swedish search over the demo: an inflected form.
    expect((await anon.ok(Ideas, { search: "äldre" })).ideas.totalCount).toBeGreaterThanOrEqual(2);

    const before = await counts(db);
    await seed(db);
    expect(await counts(db)).toEqual(before);
  });
});
