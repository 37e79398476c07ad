import { describe, expect, it } from "vitest";
import { useTestServer } from "../../test/support/app.js";
import { ApiClient } from "../../test/support/client.js";

// PostgreSQL enforces the deadline itself with statement_timeout; on PGlite the driver checks
// it before every statement, which is what this shows.
describe.skipIf(Boolean(process.env.DATABASE_URL))("a request past its deadline on PGlite", () => {
  // A deadline of 0 ms has passed before the first statement: deterministic, with no slow query needed.
  const late = useTestServer({ requestTimeoutMs: 0 });

  it("gets no more queries and ends with TIMEOUT (503, Retry-After), in the caller's language", async () => {
    for (const [locale, text] of [
      ["en", /could not answer in time/],
      ["sv", /hann inte svara i tid/],
    ] as const) {
      const r = await new ApiClient(late.url(), locale).raw<{ ideas: { totalCount: number } }>(`{ ideas(first: 5) { totalCount } }`);
      expect(r.status).toBe(503);
      expect(r.headers.get("retry-after")).toBe("2");
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(["TIMEOUT"]);
      expect(r.errors![0]!.message).toMatch(text);
      expect(r.data?.ideas ?? null).toBeNull();
    }
    // Not a database failure: the server answers at once when nothing is asked of the database.
    expect((await fetch(`${late.url()}/healthz`)).status).toBe(200);
  });
});
