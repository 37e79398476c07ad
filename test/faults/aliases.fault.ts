import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanup, startServer, tempDir } from "./harness.js";

const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ideas(search: "hembesök") { totalCount }`).join(" ")} }`;

let url: string;

beforeAll(async () => {
  ({ url } = await startServer({ dataDir: path.join(tempDir("aliases"), "data") }));
});

afterAll(cleanup);

describe("a hostile aliased search against a real server process", () => {
  it("is refused, every time, while /healthz keeps answering", async () => {
    // Small enough to be parsed: the alias and repeat rules refuse it.
    const parsed = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: aliased(300) }),
      signal: AbortSignal.timeout(30_000),
    });
    expect(parsed.status).toBe(400);
    expect(JSON.stringify(await parsed.json())).toMatch(/300 aliases; at most/);

    const hostile = Array.from({ length: 20 }, () =>
      fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: aliased(2500) }),
        signal: AbortSignal.timeout(60_000),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { errors?: { message: string }[] } })),
    );
    // Asked while the hostile requests are in flight; bounded so a stalled server fails the test instead of hanging it.
    const health = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(15_000) });
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });

    for (const r of await Promise.all(hostile)) {
      // Refused for its size (tokens) before parsing, or else by the alias and repeat rules.
      expect(r.status).toBe(400);
      expect(r.body.errors?.map((e) => e.message).join("\n")).toMatch(/\d+ tokens|aliases; at most|may appear at most/);
    }
    // The server still does real work afterwards.
    const after = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ ideas(search: "hembesök", first: 1) { totalCount } }` }),
      signal: AbortSignal.timeout(15_000),
    });
    expect(after.status).toBe(200);
    expect(((await after.json()) as { errors?: unknown }).errors).toBeUndefined();
  });
});
