import { and, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDatabase } from "../../test/support/database.js";
import { ideas } from "../modules/ideas/ideas.tables.js";
import { preparable } from "./index.js";

/** Tells this test's statements from those the worker's other tests left prepared on the same connection. */
const MARK = sql`'prepare-test' <> ''`;

describe("which statements a connection keeps prepared", () => {
  it("keeps fixed texts, not lists of values whose length varies", () => {
    expect(preparable(`select "id" from "ideas" where "ideas"."id" = $1`)).toBe(true);
    expect(preparable(`select "id" from "ideas" where "ideas"."id" in ($1, $2, $3)`)).toBe(true);
    expect(preparable(`select "id" from "ideas" where "ideas"."id" in ($1, $2, $3, $4)`)).toBe(false);
    expect(preparable(`select "id" from "ideas" where "stage" in ($1, $2, $3, $4, $5) and "arena_id" = $6`)).toBe(false);
  });

  // PGlite has no named statements to keep; PostgreSQL lists a session's in pg_prepared_statements.
  it.runIf(process.env.DATABASE_URL)("does not grow by one per length of a loader's batch", async () => {
    const { db } = await testDatabase();
    const kept = await db.transaction(async (tx) => {
      // One connection: a transaction's.
      for (let n = 4; n <= 12; n++) {
        const ids = Array.from({ length: n }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`);
        await tx
          .select({ id: ideas.id })
          .from(ideas)
          .where(and(inArray(ideas.id, ids), MARK));
      }
      await tx
        .select({ id: ideas.id })
        .from(ideas)
        .where(and(inArray(ideas.id, ["00000000-0000-0000-0000-000000000001"]), MARK));
      // postgres.js answers execute() with the rows themselves.
      const rows = (await tx.execute(sql`select statement from pg_prepared_statements`)) as unknown as { statement: string }[];
      return rows.map((r) => r.statement).filter((s) => s.includes("prepare-test"));
    });
    // The one-value list is a fixed text and stays; none of the nine longer ones does.
    expect(kept).toHaveLength(1);
  });
});
