import { afterEach, describe, expect, it } from "vitest";
import { type TestServer, startServer, useTestServer } from "../../test/support/app.js";
import { ApiClient, demo } from "../../test/support/client.js";
import { submittedIdea } from "../../test/support/ideas.js";

/** The newest idea of Gävleborg's public list; each test names its own operation, so that tests share no answer. */
const newest = (name: string) => `query ${name} { ideas(arena: "gavleborg", first: 1) { edges { node { id title } } } }`;
type Newest = { ideas: { edges: { node: { id: string; title: string } }[] } };
const WITHDRAW = `mutation W($input: WithdrawIdeaInput!) { withdrawIdea(input: $input) { errors { code } } }`;

const cached = (r: { headers: Headers }) => r.headers.get("x-arena-cache") === "hit";

describe("answers kept for visitors (public read cache)", () => {
  // A long life, so that only a change (not time) can make an answer fresh in these tests.
  const { client, url } = useTestServer({ publicCacheMs: 60_000 });

  it("answers a visitor's repeated query without running it again, and never a signed-in person", async () => {
    // Signed in and holding a read token first: those are mutations, which clear the cache.
    const coordinator = await client().signInAs(demo.coordinator);
    const researcher = await client().signInAs(demo.researcher);
    const made = await researcher.raw<{ createReadToken: { token: string } }>(
      `mutation T { createReadToken(input: { name: "Cache", expiresInDays: 1 }) { token } }`,
    );
    const withToken = new ApiClient(url());
    withToken.headers.authorization = `Bearer ${made.data!.createReadToken.token}`;

    const first = await client().raw<Newest>(newest("Repeat"));
    expect(cached(first)).toBe(false);
    expect(first.extensions?.sqlStatements).toBeGreaterThan(0);
    const again = await client().raw<Newest>(newest("Repeat"));
    expect(cached(again)).toBe(true);
    expect(again.data).toEqual(first.data);

    // A longer answer is kept compressed as well, and sent so.
    const list = `query Goals { arenas { id name strategies { areas { goals { id number title } } } } }`;
    const whole = await client().raw(list);
    expect(JSON.stringify(whole.data).length).toBeGreaterThan(1500);
    const compressed = await client().raw(list);
    expect(cached(compressed)).toBe(true);
    expect(compressed.headers.get("content-encoding")).toMatch(/^(br|gzip)$/);
    expect(compressed.data).toEqual(whole.data);

    for (const person of [coordinator, withToken]) {
      const own = await person.raw<Newest>(newest("Repeat"));
      expect(cached(own)).toBe(false);
      expect(own.extensions?.sqlStatements).toBeGreaterThan(0);
      expect(own.data).toEqual(first.data);
    }
  });

  it("shows a visitor a committed change at once, and keeps what a refused change left alone", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Idé som syns i cachen" });
    const before = await client().raw<Newest>(newest("Change"));
    expect(before.data!.ideas.edges[0]!.node.title).toBe("Idé som syns i cachen");
    expect(cached(await client().raw(newest("Change")))).toBe(true);

    // Refused (a reason over its limit): nothing changed, the kept answer still serves.
    const refused = await bearer.raw<{ withdrawIdea: { errors: { code: string }[] } }>(WITHDRAW, {
      input: { id: idea.id, reason: "x".repeat(5000) },
    });
    expect(refused.data!.withdrawIdea.errors.length).toBeGreaterThan(0);
    expect(cached(await client().raw(newest("Change")))).toBe(true);

    const done = await bearer.raw<{ withdrawIdea: { errors: { code: string }[] } }>(WITHDRAW, { input: { id: idea.id } });
    expect(done.data!.withdrawIdea.errors).toEqual([]);
    const after = await client().raw<Newest>(newest("Change"));
    expect(cached(after)).toBe(false);
    expect(after.data!.ideas.edges.map((e) => e.node.id)).not.toContain(idea.id);
  });

  it("keeps neither errors nor mutations, and answers each language apart", async () => {
    // A cursor of no list of ours: a resolver's error, in a 200 answer.
    const broken = `query Broken { ideas(arena: "gavleborg", first: 1, after: "not-a-cursor") { edges { node { id } } } }`;
    const refused = await client().raw(broken);
    expect(refused.status).toBe(200);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(cached(await client().raw(broken))).toBe(false);

    const signIn = `mutation S { signIn(input: { email: "ingen@arena.example", password: "fel-lösenord-123" }) { errors { code } } }`;
    expect((await client().raw(signIn)).status).toBe(200);
    expect(cached(await client().raw(signIn))).toBe(false);

    const labels = `query Labels { arena(slug: "gavleborg") { name } }`;
    await client("sv").raw(labels);
    expect(cached(await client("sv").raw(labels))).toBe(true);
    expect(cached(await client("en").raw(labels))).toBe(false);
    expect(cached(await client("en").raw(labels))).toBe(true);
  });
});

describe("the cache's time limit and other instances", () => {
  const servers: TestServer[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
  });

  it("forgets an answer after its time", async () => {
    const server = await startServer({ publicCacheMs: 150 });
    servers.push(server);
    const visitor = () => new ApiClient(server.url);
    await visitor().raw(newest("Ttl"));
    expect(cached(await visitor().raw(newest("Ttl")))).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(cached(await visitor().raw(newest("Ttl")))).toBe(false);
  });

  // Instances hear each other through PostgreSQL's LISTEN/NOTIFY; the embedded database has one instance.
  it.runIf(process.env.DATABASE_URL)("forgets its answers when a change commits on another instance", async () => {
    const a = await startServer({ publicCacheMs: 60_000 });
    const b = await startServer({ publicCacheMs: 60_000 });
    servers.push(a, b);
    const onA = () => new ApiClient(a.url);
    const bearer = await new ApiClient(b.url).signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Idé från instans B" });
    expect((await onA().raw<Newest>(newest("Across"))).data!.ideas.edges[0]!.node.id).toBe(idea.id);
    // B's notices of its own submission may still be on their way to A and clear what A just kept:
    // wait until A keeps its answer, so that the clearing seen below is the withdrawal's.
    let kept = false;
    for (let i = 0; i < 40 && !kept; i++) {
      await onA().raw(newest("Across"));
      kept = cached(await onA().raw(newest("Across")));
      if (!kept) await new Promise((res) => setTimeout(res, 50));
    }
    expect(kept).toBe(true);

    expect(
      (await bearer.raw<{ withdrawIdea: { errors: unknown[] } }>(WITHDRAW, { input: { id: idea.id } })).data!.withdrawIdea.errors,
    ).toEqual([]);
    let seen: Newest | null = null;
    for (let i = 0; i < 40 && !seen; i++) {
      const r = await onA().raw<Newest>(newest("Across"));
      if (!cached(r)) seen = r.data;
      else await new Promise((res) => setTimeout(res, 50));
    }
    expect(seen).not.toBeNull();
    expect(seen!.ideas.edges.map((e) => e.node.id)).not.toContain(idea.id);
  });
});
