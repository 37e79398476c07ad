// Keyset cursors of lists ordered by a time: the columns hold microseconds, and a cursor that
// kept only milliseconds skipped (newest first) or repeated (oldest first) a row saved within
// the same millisecond as the last row of a page.
import { useTestServer } from "../../../test/support/app.js";
import { sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/client.js";
import { demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { comment, registered } from "../../../test/support/discussion.js";
import { draftIdea, submittedIdea } from "../../../test/support/ideas.js";
import { fromGlobalId } from "../../graphql/relay.js";

const server = useTestServer();

/** Two instants a few hundred microseconds apart, within one millisecond. */
const EARLIER = "00:00:00.123100+00";
const LATER = "00:00:00.123456+00";

const raw = (globalId: string) => fromGlobalId(globalId)!.id;

async function setTimes(column: SQL, table: SQL, day: string, earlierId: string, laterId: string) {
  const db = (await testDatabase()).db;
  await db.execute(sql`update ${table} set ${column} = ${`${day} ${EARLIER}`}::timestamptz where id = ${raw(earlierId)}`);
  await db.execute(sql`update ${table} set ${column} = ${`${day} ${LATER}`}::timestamptz where id = ${raw(laterId)}`);
}

interface Page {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
type Data = { myIdeas: Page; ideas: Page; myNotifications: Page; idea: { comments: Page } };

/** Every node id of a list, one per page, following endCursor; `path` picks the connection out of data. */
async function pageByOne(c: ApiClient, query: string, variables: Record<string, unknown>, path: (data: Data) => Page) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const r = await c.raw<Data>(query, { ...variables, after });
    expect(r.errors).toBeUndefined();
    const conn = path(r.data!);
    ids.push(...conn.edges.map((e) => e.node.id));
    if (!conn.pageInfo.hasNextPage) return ids;
    after = conn.pageInfo.endCursor;
  }
  throw new Error("the list did not end within 50 pages");
}

describe("time-ordered lists page at the columns' precision", () => {
  it("myIdeas lists an idea changed within the same millisecond as the last of a page", async () => {
    const c = await server.client("en").signInAs(demo.bearer);
    const a = await draftIdea(c, { title: "A" });
    const b = await draftIdea(c, { title: "B" });
    await setTimes(sql`updated_at`, sql`ideas`, "2090-01-01", b.id, a.id);
    const ids = await pageByOne(
      c,
      `query($after: String) { myIdeas(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      {},
      (d) => d.myIdeas,
    );
    expect(ids.slice(0, 2)).toEqual([a.id, b.id]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("the idea list, newest and oldest first, neither skips nor repeats ideas submitted within one millisecond", async () => {
    const c = await server.client("en").signInAs(demo.bearer);
    const a = await submittedIdea(c, { title: "Idea A" });
    const b = await submittedIdea(c, { title: "Idea B" });
    const list = `query($after: String, $sort: IdeaSort) {
      ideas(arena: "gavleborg", sort: $sort, first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
    }`;
    const anon = server.client("en");

    await setTimes(sql`submitted_at`, sql`ideas`, "2090-01-01", b.id, a.id);
    const newest = await pageByOne(anon, list, { sort: "NEWEST" }, (d) => d.ideas);
    expect(newest.slice(0, 2)).toEqual([a.id, b.id]);
    expect(new Set(newest).size).toBe(newest.length);

    await setTimes(sql`submitted_at`, sql`ideas`, "1990-01-01", b.id, a.id);
    const oldest = await pageByOne(anon, list, { sort: "OLDEST" }, (d) => d.ideas);
    expect(oldest.slice(0, 2)).toEqual([b.id, a.id]);
    expect(new Set(oldest).size).toBe(oldest.length);
    expect(new Set(oldest)).toEqual(new Set(newest));
  });

  it("an idea's comments, oldest first, neither skip nor repeat comments written within one millisecond", async () => {
    const c = await server.client("en").signInAs(demo.bearer);
    const idea = await submittedIdea(c);
    const x = await comment(c, idea.id, "First");
    const y = await comment(c, idea.id, "Second");
    const z = await comment(c, idea.id, "Third");
    await setTimes(sql`created_at`, sql`comments`, "1990-01-01", x.id, y.id);
    const ids = await pageByOne(
      c,
      `query($id: ID!, $after: String) { idea(id: $id) { comments(thread: PUBLIC, first: 1, after: $after) {
        edges { node { id } } pageInfo { hasNextPage endCursor } } } }`,
      { id: idea.id },
      (d) => d.idea.comments,
    );
    expect(ids).toEqual([x.id, y.id, z.id]);
  });

  it("myNotifications, newest first, lists a notification made within the same millisecond as the last of a page", async () => {
    const c = await server.client("en").signInAs(demo.bearer);
    const idea = await submittedIdea(c);
    const other = await registered(server.client("en"));
    await comment(other.client, idea.id, "One");
    await comment(other.client, idea.id, "Two");
    const all = await pageByOne(
      c,
      `query($after: String) { myNotifications(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      {},
      (d) => d.myNotifications,
    );
    expect(all.length).toBeGreaterThanOrEqual(2);
    const [later, earlier] = all as [string, string];
    await setTimes(sql`created_at`, sql`notifications`, "2090-01-01", earlier, later);
    const ids = await pageByOne(
      c,
      `query($after: String) { myNotifications(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      {},
      (d) => d.myNotifications,
    );
    expect(ids.slice(0, 2)).toEqual([later, earlier]);
    expect(ids.length).toBe(all.length);
  });

  it("refuses a cursor naming an impossible day as bad input, before the database", async () => {
    const c = await server.client("en").signInAs(demo.bearer);
    const cursor = (t: string) =>
      Buffer.from(JSON.stringify(["my-ideas:changed", t, "00000000-0000-4000-8000-000000000000"])).toString("base64url");
    const q = `query($after: String) { myIdeas(first: 1, after: $after) { edges { node { id } } } }`;
    for (const bad of ["2030-02-30T00:00:00.000000Z", "2030-01-01T24:00:00Z", "2030-01-01 00:00:00+99", "yesterday"]) {
      const r = await c.raw(q, { after: cursor(bad) });
      expect(r.errors?.[0]?.extensions?.code, bad).toBe("BAD_USER_INPUT");
    }
    for (const good of ["2030-01-01T00:00:00.123456Z", "2030-01-01 01:00:00.123456+01", "2030-01-01T00:00:00.123Z"]) {
      const r = await c.raw(q, { after: cursor(good) });
      expect(r.errors, good).toBeUndefined();
    }
  });
});
