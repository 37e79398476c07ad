import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestServer, capturedLogger, startServer, startServerOnClosedDatabase } from "../support/app.js";
import { ApiClient, demo } from "../support/client.js";
import { resetDatabase } from "../support/database.js";

let server: TestServer;
beforeAll(async () => {
  await resetDatabase();
  server = await startServer({ limits: { maxCost: 200, maxDepth: 6 } as never });
});
afterAll(() => server.close());

describe("health and readiness", () => {
  it("answers /healthz and /readyz, with a request id on every response", async () => {
    const h = await fetch(`${server.url}/healthz`);
    expect(h.status).toBe(200);
    expect(await h.json()).toEqual({ status: "ok" });
    const r = await fetch(`${server.url}/readyz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: "ready", database: process.env.DATABASE_URL ? "postgres" : "pglite" });
    expect(r.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("limits", () => {
  it("refuses queries nested too deep", async () => {
    const r = await new ApiClient(server.url).raw(
      `{ arenas { bodies { children { children { children { children { children { name } } } } } } } }`,
    );
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(r.errors?.[0]?.message).toMatch(/depth/i);
  });

  it("refuses queries that cost too much before running them, saying so in the caller's language", async () => {
    const admin = await new ApiClient(server.url, "en").signInAs(demo.admin);
    const r = await admin.raw<{ users: unknown }>(`{ users(first: 100) { edges { node { name organisation } } } }`);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(r.errors?.[0]?.message).toMatch(/^The query is too large \(\d+ of at most 200\)/);
    const small = await admin.raw<{ users: { edges: unknown[] } }>(`{ users(first: 5) { edges { node { name } } } }`);
    expect(small.errors).toBeUndefined();
    expect(small.data!.users.edges).toHaveLength(5);
  });

  it("refuses page sizes over the cap", async () => {
    const admin = await new ApiClient(server.url).signInAs(demo.admin);
    const r = await admin.raw(`{ users(first: 1000) { totalCount } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a hand-made page cursor before it reaches the database", async () => {
    const cursor = (key: unknown) => Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
    const anon = new ApiClient(server.url);
    for (const [list, after] of [
      ["ideas", cursor(["not a date", "x"])],
      ["ideas", cursor(["2026-01-01T00:00:00.000Z", "not-a-uuid"])],
      ["learnings", cursor(["o", -5])],
      ["learnings", cursor(["o", "1; drop table ideas"])],
      ["ideas", "not base64 json"],
    ] as const) {
      const r = await anon.raw(`query($after: String) { ${list}(after: $after) { totalCount } }`, { after });
      expect(
        r.errors?.map((e) => e.extensions?.code),
        `${list} ${after}`,
      ).toEqual(["BAD_USER_INPUT"]);
    }
    // A cursor the server gave out still works.
    const admin = await new ApiClient(server.url).signInAs(demo.admin);
    const first = await admin.raw<{ users: { pageInfo: { endCursor: string } } }>(`{ users(first: 1) { pageInfo { endCursor } } }`);
    const next = await admin.raw<{ users: { edges: unknown[] } }>(
      `query($after: String) { users(first: 1, after: $after) { edges { cursor } } }`,
      {
        after: first.data!.users.pageInfo.endCursor,
      },
    );
    expect(next.errors).toBeUndefined();
    expect(next.data!.users.edges).toHaveLength(1);
  });

  it("refuses simple cross-site requests (CSRF prevention)", async () => {
    const r = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ me { id } }" }),
    });
    expect(r.status).toBe(400);
  });
});

describe("unexpected errors", () => {
  it("are masked with a correlation id that is also in the log, and /readyz reports the database down", async () => {
    const { log, lines } = capturedLogger("error");
    // A database that has gone away under a running server.
    const app = await startServerOnClosedDatabase(log);
    try {
      const url = app.url;
      const r = await new ApiClient(url, "en").raw(`{ arenas { id } }`);
      const err = r.errors![0]!;
      expect(err.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      const ref = err.extensions!.correlationId as string;
      expect(ref).toMatch(/^[0-9a-f-]{36}$/);
      expect(err.message).toContain(ref);
      expect(err.message).toMatch(/^Something went wrong on our side/);
      expect(JSON.stringify(r)).not.toMatch(/PGlite|closed|stack/i);
      expect(lines.some((l) => l.includes(ref))).toBe(true);

      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(503);
    } finally {
      await app.close();
    }
  });
});
