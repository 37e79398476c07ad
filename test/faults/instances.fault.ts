import { createClient } from "graphql-ws";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { ApiClient, demo } from "../support/client.js";
import { comment } from "../support/discussion.js";
import { submittedIdea } from "../support/ideas.js";
import { type FakeSmtp, startSmtp } from "../support/mail.js";
import { cleanup, type PgCluster, type ServerProcess, sleep, startPostgres, startServer, waitFor } from "./harness.js";

/*
 * Two real Arena processes on one PostgreSQL database, started at the same moment on an empty
 * database, with a real SMTP server receiving their mail. What one instance does must be seen
 * on the other: live notifications, the outbox (each mail sent once) and the rate limits.
 * The cluster is the suite's own (initdb in a temp dir), so the test runs without DATABASE_URL.
 */

const APP_HOST = "arena.test";

function subscribeNotifications(url: string, c: ApiClient) {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: c.cookie ? { cookie: c.cookie } : {} });
    }
  }
  const received: string[] = [];
  const errors: unknown[] = [];
  let acknowledged = false;
  let closeCode: number | null = null;
  const ws = createClient({
    url: `${url.replace("http", "ws")}/graphql`,
    webSocketImpl: CookieWebSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => {}, // the close is observed through closeCode
    on: { connected: () => (acknowledged = true), closed: (e) => (closeCode = (e as { code: number }).code) },
  });
  ws.subscribe<{ notificationAdded: { message: string } }>(
    { query: `subscription { notificationAdded { message } }` },
    {
      next: (v) => {
        if (v.errors) errors.push(...v.errors);
        else received.push(v.data!.notificationAdded.message);
      },
      error: (e) => errors.push(e),
      complete: () => {},
    },
  );
  return { ws, received, errors, connected: () => acknowledged, closeCode: () => closeCode };
}

describe("two instances on one PostgreSQL", () => {
  let pg: PgCluster;
  let smtp: FakeSmtp;
  let a: ServerProcess;
  let b: ServerProcess;

  const startInstance = () =>
    startServer({
      databaseUrl: pg.url,
      env: {
        APP_URL: `http://${APP_HOST}`,
        SMTP_HOST: "127.0.0.1",
        SMTP_PORT: String(smtp.port),
        MAIL_FROM: "Arena <arena@arena.test>",
        LIMIT_SIGNIN_PER_ACCOUNT: "3",
      },
    });

  beforeAll(async () => {
    pg = await startPostgres();
    smtp = await startSmtp();
  });

  afterAll(async () => {
    await cleanup();
    await smtp?.close();
  });

  it("both come up on an empty database, migrating and seeding it once", async () => {
    // The same moment, on an empty database: both migrate and seed at once unless they take turns.
    [a, b] = await Promise.all([startInstance(), startInstance()]);
    expect(a.alive()).toBe(true);
    expect(b.alive()).toBe(true);
    const db = postgres(pg.url, { max: 1, onnotice: () => {} });
    try {
      const [migrations] = await db<{ n: number }[]>`select count(*)::int as n from drizzle.__drizzle_migrations`;
      const [distinct] = await db<{ n: number }[]>`select count(distinct hash)::int as n from drizzle.__drizzle_migrations`;
      expect(migrations!.n).toBe(distinct!.n);
      const [users] = await db<{ n: number }[]>`select count(*)::int as n from users where email = ${demo.admin}`;
      expect(users!.n).toBe(1);
      // The reminders run on one instance: the one holding their advisory lock.
      const reminderLocks = async () =>
        (await db<{ n: number }[]>`select count(*)::int as n from pg_locks where locktype = 'advisory' and objid = 720002 and granted`)[0]!
          .n;
      await waitFor("the reminders' advisory lock", async () => (await reminderLocks()) > 0, 20_000, 50);
      expect(await reminderLocks()).toBe(1);
    } finally {
      await db.end();
    }
  });

  it("delivers a notification created through B to a subscriber on A", async () => {
    const bearerOnA = await new ApiClient(a.url).signInAs(demo.bearer);
    const idea = await submittedIdea(bearerOnA, { title: "Bygdegården som kontor" });
    const live = subscribeNotifications(a.url, bearerOnA);
    await waitFor("the subscription to connect", () => live.connected(), 20_000, 50);
    await sleep(300); // let the subscription register

    const guideOnB = await new ApiClient(b.url).signInAs(demo.guide);
    await comment(guideOnB, idea.id, "Hej från instans B");
    await waitFor("the notification", () => live.received.length > 0, 20_000, 50);
    await sleep(300); // a second delivery would have come by now
    expect(live.received).toEqual(["Ny kommentar på din idé ”Bygdegården som kontor”"]);
    expect(live.errors).toEqual([]);

    // Signing out through B closes the session's socket on A.
    const sameBrowserOnB = new ApiClient(b.url);
    sameBrowserOnB.cookie = bearerOnA.cookie;
    await sameBrowserOnB.raw(`mutation { signOut { signedOut } }`);
    await waitFor("the socket to close", () => live.closeCode() !== null, 20_000, 50);
    expect(live.closeCode()).toBe(4403);
    await live.ws.dispose();
  });

  it("shows a visitor on A a change committed through B at once, though A keeps visitors' answers", async () => {
    const newest = `query Newest { ideas(arena: "gavleborg", first: 1) { edges { node { id title } } } }`;
    type Newest = { ideas: { edges: { node: { id: string; title: string } }[] } };
    const bearerOnB = await new ApiClient(b.url).signInAs(demo.bearer);
    const idea = await submittedIdea(bearerOnB, { title: "Cykelkök i Ockelbo" });
    const visitor = () => new ApiClient(a.url);
    expect((await visitor().raw<Newest>(newest)).data!.ideas.edges[0]!.node.id).toBe(idea.id);
    // Kept on A (PUBLIC_CACHE_MS, 10 s by default in production), once the NOTIFY of B's own submission has passed.
    await waitFor("A to keep its answer", async () => (await visitor().raw(newest)).headers.get("x-arena-cache") === "hit", 3_000, 50);

    const withdrawn = await bearerOnB.raw<{ withdrawIdea: { errors: unknown[] } }>(
      `mutation W($input: WithdrawIdeaInput!) { withdrawIdea(input: $input) { errors { code } } }`,
      { input: { id: idea.id } },
    );
    expect(withdrawn.data!.withdrawIdea.errors).toEqual([]);
    // Well within the cache's 10 s: the NOTIFY from B, not time, clears A's answer.
    const t0 = Date.now();
    await waitFor(
      "A to answer without the withdrawn idea",
      async () => (await visitor().raw<Newest>(newest)).data!.ideas.edges[0]?.node.id !== idea.id,
      3_000,
      50,
    );
    expect(Date.now() - t0).toBeLessThan(3_000);
  });

  it("sends each of many mails exactly once, though both mailers run", async () => {
    const bearer = await new ApiClient(b.url).signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Delade verktyg i byn" });
    const guideOnA = await new ApiClient(a.url).signInAs(demo.guide);
    const guideOnB = await new ApiClient(b.url).signInAs(demo.guide);
    // Comments through both at once: each commit wakes its own instance's mailer, so they flush side by side.
    const N = 40;
    await Promise.all(
      Array.from({ length: N / 2 }, async (_, i) => {
        await comment(guideOnA, idea.id, `Kommentar A${i}`);
        await comment(guideOnB, idea.id, `Kommentar B${i}`);
      }),
    );
    const db = postgres(pg.url, { max: 1, onnotice: () => {} });
    try {
      const unsent = async () => (await db<{ n: number }[]>`select count(*)::int as n from outbox where sent_at is null`)[0]!.n;
      await waitFor("the outbox to empty", async () => (await unsent()) === 0, 60_000, 50);
      expect(await unsent()).toBe(0);
      await sleep(1000); // a duplicate still on its way would arrive now
      const rows = await db<{ id: string }[]>`select id from outbox`;
      const ids = smtp.received.map((m) => m.headers.get("message-id"));
      expect(rows.length).toBeGreaterThanOrEqual(N);
      // Exactly once each: as many received as written, no Message-ID twice.
      expect(ids).toHaveLength(rows.length);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(ids)).toEqual(new Set(rows.map((r) => `<${r.id}@${APP_HOST}>`)));
    } finally {
      await db.end();
    }
  });

  it("counts a rate limit across both instances", async () => {
    const signIn = (c: ApiClient, password: string) =>
      c.raw<{ signIn: { user: { id: string } | null; errors: { code: string }[] } }>(
        `mutation($input: SignInInput!) { signIn(input: $input) { user { id } errors { code } } }`,
        { input: { email: demo.coordinator, password } },
      );
    const onA = new ApiClient(a.url);
    const onB = new ApiClient(b.url);
    // Three failures, two on A and one on B: the limit of three is reached only if they are counted together.
    for (const c of [onA, onB, onA])
      expect((await signIn(c, "fel lösenord")).data!.signIn.errors.map((e) => e.code)).toEqual(["WRONG_CREDENTIALS"]);
    const blocked = await signIn(onB, "fel lösenord igen");
    expect(blocked.data!.signIn.errors.map((e) => e.code)).toEqual(["RATE_LIMITED"]);
  });
});
