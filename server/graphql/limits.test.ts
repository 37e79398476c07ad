import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.js";
import { configFromEnv } from "../config.js";
import { openDatabase } from "../db/index.js";
import { users } from "../modules/accounts/accounts.tables.js";
import { type TestServer, capturedLogger, startServer, startServerOnClosedDatabase } from "../../test/support/app.js";
import { ApiClient, demo } from "../../test/support/client.js";
import { resetDatabase, testDatabase } from "../../test/support/database.js";
import { COUNT_COST, SEARCH_COST } from "./apollo-plugins.js";

/** A logger whose JSON lines the test reads. */
const aliased = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`;

let server: TestServer;
beforeAll(async () => {
  await resetDatabase();
  server = await startServer();
});
afterAll(() => server.close());

describe("hostile queries", () => {
  it("refuses one search repeated under 2,500 aliases before it is even parsed", async () => {
    const r = await new ApiClient(server.url, "en").raw(aliased(2500, `ideas(search: "hembesök") { totalCount }`));
    expect(r.status).toBe(400);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(["GRAPHQL_PARSE_FAILED"]);
    expect(r.errors?.[0]?.message).toMatch(/contains more th.. 5000 tokens/);
  });

  it("refuses more aliases than allowed, and the same search repeated, before anything runs", async () => {
    const anon = new ApiClient(server.url, "en");
    const aliases = await anon.raw(aliased(21, `arenas { id }`));
    expect(aliases.status).toBe(400);
    expect(aliases.errors?.map((e) => e.message)).toEqual(["'' uses 21 aliases; at most 20 are allowed"]);
    const searches = await anon.raw(aliased(6, `ideas(search: "hembesök") { totalCount }`));
    expect(searches.status).toBe(400);
    expect(searches.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(searches.errors?.[0]?.message).toMatch(/Query\.ideas 6 times; a field with arguments may appear at most 5 times/);
  });

  it("allows a field with arguments a few times, not more, counting fragments where they are spread", async () => {
    const anon = new ApiClient(server.url);
    const five = await anon.raw<Record<string, { totalCount: number }>>(aliased(5, `ideas(first: 1) { totalCount }`));
    expect(five.errors).toBeUndefined();
    expect(Object.keys(five.data!)).toHaveLength(5);

    // Three fields in a fragment spread twice: six times Query.ideas, without one alias in the operation itself.
    const viaFragments = await anon.raw(
      `query { ...Three arenas { id } ...Three }
       fragment Three on Query { x: ideas(first: 1) { totalCount } y: ideas(first: 2) { totalCount } z: ideas(first: 3) { totalCount } }`,
    );
    expect(viaFragments.status).toBe(400);
    expect(viaFragments.errors?.[0]?.message).toMatch(/Query\.ideas 6 times; a field with arguments may appear at most 5 times/);
  });

  it("refuses fragment cycles with a validation error (400), not a crash (500)", async () => {
    const r = await new ApiClient(server.url).raw(
      `query Cyclic { arenas { bodies { ...A } } }
       fragment A on Body { children { ...B } }
       fragment B on Body { parent { ...A } }`,
    );
    expect(r.status).toBe(400);
    expect(r.errors?.map((e) => e.extensions?.code)).toContain("GRAPHQL_VALIDATION_FAILED");
    expect(r.errors?.map((e) => e.message).join("\n")).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it("still refuses nesting too deep when it hides in fragments", async () => {
    const r = await new ApiClient(server.url).raw(
      `query Deep { arenas { bodies { ...C } } }
       fragment C on Body { children { children { children { ...D } } } }
       fragment D on Body { children { children { children { children { children { children { children { children { name } } } } } } } } }`,
    );
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/'Deep' exceeds maximum operation depth of 12/);
    // One level less is within the limit.
    const within = await new ApiClient(server.url).raw(
      `query NotTooDeep { arenas { bodies { ...C } } }
       fragment C on Body { children { children { children { ...D } } } }
       fragment D on Body { children { children { children { children { children { children { children { name } } } } } } } }`,
    );
    expect(within.errors).toBeUndefined();
  });
});

describe("what a query costs", () => {
  let costly: TestServer;
  // Every operation costs more than 1, so each answer reports its cost.
  beforeAll(async () => {
    costly = await startServer({ limits: { maxCost: 1 } });
  });
  afterAll(() => costly.close());

  const cost = async (query: string) => {
    const r = await new ApiClient(costly.url).raw(query);
    expect(r.errors?.[0]?.extensions?.code, query).toBe("QUERY_TOO_COMPLEX");
    return r.errors![0]!.extensions!.cost as number;
  };

  it("charges a search and a count what the database pays for them, once per list", async () => {
    const plain = await cost(`{ ideas(first: 10) { edges { node { id title } } } }`);
    expect(await cost(`{ ideas(first: 10, search: "hembesök") { edges { node { id title } } } }`)).toBe(plain + SEARCH_COST);
    expect(await cost(`{ ideas(first: 10) { totalCount edges { node { id title } } } }`)).toBe(plain + COUNT_COST);
    // From a variable, and from a fragment on the connection, alike.
    expect(
      await new ApiClient(costly.url)
        .raw(
          `query($q: String) { ideas(first: 10, search: $q) { ...Count edges { node { id title } } } } fragment Count on IdeaConnection { totalCount }`,
          {
            q: "hembesök",
          },
        )
        .then((r) => r.errors?.[0]?.extensions?.cost),
    ).toBe(plain + SEARCH_COST + COUNT_COST);
    // A blank search is the plain list.
    expect(await cost(`{ ideas(first: 10, search: "  ") { edges { node { id title } } } }`)).toBe(plain);
    // A list without `first` costs its default page of 20, not one row.
    expect(await cost(`{ ideas { edges { node { id title } } } }`)).toBe(1 + (20 * (plain - 1)) / 10);
  });
});

describe("anonymous rate limit", () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startServer({ limits: { anonymousPerMinute: 3 } });
  });
  afterAll(() => limited.close());

  it("answers 429 with Retry-After once someone not signed in asks too often; signed-in people are not limited", async () => {
    const admin = await new ApiClient(limited.url).signInAs(demo.admin); // one anonymous request: the sign-in
    for (let i = 0; i < 5; i++) expect((await admin.raw(`{ me { id } }`)).errors).toBeUndefined();

    const anon = new ApiClient(limited.url, "en");
    for (let i = 0; i < 2; i++) expect((await anon.raw(`{ arenas { id } }`)).status).toBe(200);
    const refused = await anon.raw(`{ arenas { id } }`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(refused.errors?.[0]?.message).toMatch(/^Too many requests from here\. Wait \d+ seconds/);
    const sv = await new ApiClient(limited.url, "sv").raw(`{ arenas { id } }`);
    expect(sv.errors?.[0]?.message).toMatch(/^För många förfrågningar/);

    expect((await admin.raw(`{ me { id } }`)).errors).toBeUndefined();
  });
});

describe.skipIf(!process.env.DATABASE_URL)("request deadline (PostgreSQL statement_timeout)", () => {
  it("stops a statement at its deadline and says so with the TIMEOUT code, not as an internal error", async () => {
    await testDatabase();
    // The worker's test database (see test/support/database.ts), migrated and seeded.
    const u = new URL(process.env.DATABASE_URL!);
    u.pathname = `/arena_test_${process.env.VITEST_POOL_ID ?? "0"}`;
    const url = u.toString();
    const database = await openDatabase({ url, statementTimeoutMs: 300 });
    const { log, lines } = capturedLogger("warn");
    const app = await createApp({ ...configFromEnv({ NODE_ENV: "test" }) }, database, log);
    await app.listen(0, "127.0.0.1");
    // Another connection holds the ideas table, so the request's statement waits past its deadline.
    const holder = await openDatabase({ url, poolSize: 1 });
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holding = holder.db.transaction(async (tx) => {
      await tx.execute("lock table ideas in access exclusive mode");
      locked();
      await released;
    });
    try {
      await Promise.race([isLocked, holding]);
      const r = await new ApiClient(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, "en").raw(
        `{ ideas(first: 1) { edges { node { id } } } }`,
      );
      expect(r.errors?.[0]?.extensions?.code).toBe("TIMEOUT");
      expect(r.errors?.[0]?.message).toMatch(/^The server could not answer in time and stopped the request/);
      const ref = r.errors![0]!.extensions!.correlationId as string;
      expect(lines.some((l) => l.includes(ref) && l.includes("deadline"))).toBe(true);
    } finally {
      release();
      await holding;
      await holder.close();
      await app.close();
      await database.close();
    }
  });
});

describe("production hygiene", () => {
  let prod: TestServer;
  beforeAll(async () => {
    prod = await startServer({ production: true, introspection: false, trustProxy: true });
  });
  afterAll(() => prod.close());

  it("hides the schema from strangers in production: no introspection, no 'did you mean'", async () => {
    const anon = new ApiClient(prod.url);
    const intro = await anon.raw(`{ __schema { types { name } } }`);
    expect(intro.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const typo = await anon.raw(`{ arenas { nmae } }`);
    expect(typo.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(typo.errors?.[0]?.message).not.toMatch(/did you mean/i);
    // Where introspection is on (development), the hint helps.
    const dev = await new ApiClient(server.url).raw(`{ arenas { nmae } }`);
    expect(dev.errors?.[0]?.message).toMatch(/Did you mean "name"/);
  });

  it("compresses answers with brotli where the client accepts it, else gzip", async () => {
    const ask = (encodings: string) =>
      fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "accept-encoding": encodings },
        body: JSON.stringify({ query: `{ __schema { types { name description } } }` }),
      });
    const br = await ask("br, gzip");
    expect(br.status).toBe(200);
    expect(br.headers.get("content-encoding")).toBe("br");
    const body = (await br.json()) as { data: { __schema: { types: unknown[] } } };
    expect(body.data.__schema.types.length).toBeGreaterThan(50);
    expect((await ask("gzip")).headers.get("content-encoding")).toBe("gzip");
  });

  it("does not force HTTPS on a plain-HTTP install, and does behind TLS", async () => {
    const plain = await fetch(`${prod.url}/healthz`);
    const csp = plain.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/upgrade-insecure-requests/);
    const tls = await fetch(`${prod.url}/healthz`, { headers: { "x-forwarded-proto": "https" } });
    expect(tls.headers.get("content-security-policy")).toMatch(/upgrade-insecure-requests/);
  });
});

describe("logs", () => {
  it("log each request by method, path, id and address, without headers or query string", async () => {
    const database = await testDatabase();
    const { log, lines } = capturedLogger("info");
    const app = await createApp({ ...configFromEnv({ NODE_ENV: "test" }), logLevel: "info" }, database, log);
    await app.listen(0, "127.0.0.1");
    try {
      const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      const res = await fetch(`${url}/graphql?token=secret-in-link`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: "arena_session=not-a-real-token", authorization: "Bearer xyz" },
        body: JSON.stringify({ query: "{ arenas { id } }" }),
      });
      expect(res.status).toBe(200);
      const id = res.headers.get("x-request-id");
      const line = lines.map((l) => JSON.parse(l) as { req?: Record<string, unknown>; msg: string }).find((l) => l.req?.id === id);
      expect(line?.req).toEqual({ id, method: "POST", url: "/graphql", remoteAddress: "127.0.0.1", userAgent: "node" });
      const all = lines.join("\n");
      for (const secret of ["not-a-real-token", "Bearer xyz", "secret-in-link", "headers"]) expect(all).not.toContain(secret);
    } finally {
      await app.close();
    }
  });

  it("keep the SQL of a failed statement but never its values", async () => {
    const database = await testDatabase();
    const { log, lines } = capturedLogger("error");
    const hash = "$argon2id$v=19$m=65536,t=3,p=4$c2VjcmV0c2FsdA$notarealhashbutsecret";
    // NUL is not valid in PostgreSQL text: the insert fails with its values in hand.
    const failure = await database.db
      .insert(users)
      .values({ email: "hemlig@example.se", name: "a\u0000b", passwordHash: hash, sector: "public" })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(failure).toBeInstanceOf(Error);
    log.error({ err: failure }, "failed");
    const logged = lines.join("\n");
    expect(logged).toMatch(/insert into \\"users\\"/);
    expect(logged).toContain("params: [redacted]");
    for (const value of [hash, "hemlig@example.se", "argon2id"]) expect(logged).not.toContain(value);
  });

  it("log the correlation id shown to the client even when the request fails before its operation (session lookup, database down)", async () => {
    const { log, lines } = capturedLogger("error");
    const app = await startServerOnClosedDatabase(log);
    try {
      const client = new ApiClient(app.url, "en");
      client.cookie = "arena_session=some-session-token";
      const r = await client.raw(`{ me { id } }`);
      const err = r.errors![0]!;
      expect(err.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      const ref = err.extensions!.correlationId as string;
      expect(ref).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines.some((l) => l.includes(ref))).toBe(true);
    } finally {
      await app.close();
    }
  });
});
