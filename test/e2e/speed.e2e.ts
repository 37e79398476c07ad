import http from "node:http";
import { brotliDecompressSync } from "node:zlib";
import type { APIRequestContext } from "playwright-core";
import { describe, expect, test } from "vitest";
import { browserSuite, gql, h1, networkQuiet, openPage, shows, signIn } from "./harness.js";

// What makes the public pages fast on a phone, checked as a browser meets it: how the app's
// files are sent and cached, how much script the first page needs, and that nothing on screen
// moves while a page loads. The scores themselves are measured by `npm run bench:lighthouse`.
const suite = browserSuite();

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET as sent, without decoding the body (fetch would undo the compression this checks). */
function get(path: string, acceptEncoding: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(`${suite.server.baseUrl}${path}`, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

/** The scripts index.html loads at once: the entry and its modulepreloads. */
async function firstScripts(): Promise<string[]> {
  const html = (await get("/", "identity")).body.toString("utf8");
  return [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
}

describe("delivery: how the app's files travel", () => {
  test("the page is revalidated on every visit; hashed scripts are cached for a year and come brotli-compressed to browsers that take it", async () => {
    const page = await get("/a/gavleborg/ideas", "gzip, deflate, br");
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.headers["cache-control"]).toBe("no-cache");

    const scripts = await firstScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const entry = scripts[0]!;
    const identity = await get(entry, "identity");
    expect(identity.headers["content-encoding"]).toBeUndefined();

    const br = await get(entry, "gzip, deflate, br, zstd");
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(br.body).equals(identity.body)).toBe(true);

    // Without brotli, the compression on the way still applies.
    const gzip = await get(entry, "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.headers["cache-control"]).toBe("public, max-age=31536000, immutable");

    expect((await get("/assets/no-such-file.js", "br")).status).toBe(404);
  });

  test("an ideas list's and an idea's document name their page's code and strings, so that they load beside the main script", async () => {
    const preloads = async (path: string) =>
      [
        ...(await get(path, "identity")).body
          .toString("utf8")
          .matchAll(/<link rel="(?:modulepreload|preload)"[^>]*\bhref="(\/assets\/[^"]+)"/g),
      ].map((m) => m[1]!);
    const list = await preloads("/a/gavleborg/ideas");
    expect(list.some((src) => /\/IdeasPage-[^/]+\.js$/.test(src))).toBe(true);
    const idea = await preloads("/a/gavleborg/ideas/any-id");
    expect(idea.some((src) => /\/IdeaPage-[^/]+\.js$/.test(src))).toBe(true);
    // And the strings of the namespaces it reads, which load beside it too.
    expect(idea.some((src) => /\/strings-ideas-[^/]+\.js$/.test(src))).toBe(true);
    for (const src of [...list, ...idea]) expect((await get(src, "br")).status).toBe(200);
    // The landing page needs neither.
    expect((await preloads("/")).some((src) => /Idea/.test(src))).toBe(false);
  });

  test("the landing page's first scripts weigh at most 150 kB compressed", async () => {
    let total = 0;
    for (const src of await firstScripts()) total += (await get(src, "gzip, deflate, br")).body.length;
    expect(total).toBeGreaterThan(50_000);
    expect(total).toBeLessThanOrEqual(150_000);
  });
});

type ShiftWindow = { __layoutShift: number };

/** Gävleborg's first public idea, the one the checks below open. */
async function firstIdea(request: APIRequestContext) {
  const { ideas } = await gql<{ ideas: { edges: { node: { id: string; title: string } }[] } }>(
    request,
    `{ ideas(arena: "gavleborg", first: 1) { edges { node { id title } } } }`,
  );
  return ideas.edges[0]!.node;
}

describe("layout shift: nothing moves while a public page loads on a phone", () => {
  test("the landing page, an arena's ideas and an idea keep their place while their data comes slowly", async () => {
    const tp = await openPage(suite.browser, suite.server.baseUrl, {
      viewport: { width: 412, height: 823 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const { page } = tp;
      const idea = await firstIdea(page.request);
      // Every shift not caused by input, added up (stricter than Lighthouse's worst window).
      await page.addInitScript(() => {
        const w = globalThis as unknown as ShiftWindow;
        w.__layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!e.hadRecentInput) w.__layoutShift += e.value;
          // Node's types know only Node's entry types; the browser's include layout-shift.
        }).observe({ type: "layout-shift" as "mark", buffered: true });
      });
      // Slow answers, so that each page is seen loading before its data arrives.
      await page.route("**/graphql", async (route) => {
        await new Promise((r) => setTimeout(r, 700));
        await route.continue();
      });
      const pages: [string, string][] = [
        ["/", "Idéer som gör skillnad, prövade tillsammans"],
        ["/a/gavleborg/ideas", "Idéer"],
        [`/a/gavleborg/ideas/${idea.id}`, idea.title],
      ];
      for (const [path, heading] of pages) {
        await page.goto(path);
        await shows(h1(page, heading));
        await page.locator(".loading").first().waitFor({ state: "hidden" });
        await networkQuiet(page);
        const shift = await page.evaluate(() => (globalThis as unknown as ShiftWindow).__layoutShift);
        // Lighthouse's bar is 0.1; with space held for what loads, nothing should move at all (a
        // header that grows when the shell's query answers, about 0.06, fails this).
        expect(shift, `layout shift on ${path}`).toBeLessThan(0.01);
      }
      expect(tp.problems).toEqual([]);
    } finally {
      await tp.close();
    }
  });
});

describe("what a page loads: its own code and strings, not every feature's", () => {
  test("a visitor's idea page loads the ideas' strings but neither the guidance nor the testing panel, which a coordinator sees", async () => {
    const tp = await openPage(suite.browser, suite.server.baseUrl);
    try {
      const { page } = tp;
      const idea = await firstIdea(page.request);
      let scripts: string[] = [];
      page.on("request", (r) => {
        if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
      });
      const visit = async (path: string, heading: string) => {
        scripts = [];
        await page.goto(path);
        await shows(h1(page, heading));
        await networkQuiet(page);
        return scripts;
      };
      const named = (loaded: string[], name: string) => loaded.some((src) => src.startsWith(`/assets/${name}-`));

      const landing = await visit("/", "Idéer som gör skillnad, prövade tillsammans");
      expect(landing.filter((src) => src.startsWith("/assets/strings-"))).toEqual([]);

      const visitor = await visit(`/a/gavleborg/ideas/${idea.id}`, idea.title);
      expect(named(visitor, "strings-ideas")).toBe(true);
      for (const name of ["GuidancePanel", "TestCyclesSection", "strings-guidance", "strings-testing"])
        expect(named(visitor, name), name).toBe(false);
      await expect(page.getByRole("region", { name: "Lotsning" }).count()).resolves.toBe(0);

      // The coordinator's page is the same page with the staff's panels, from the same query.
      await signIn(page, "koordinator@arena.example");
      const coordinator = await visit(`/a/gavleborg/ideas/${idea.id}`, idea.title);
      expect(named(coordinator, "GuidancePanel")).toBe(true);
      await shows(page.getByRole("region", { name: "Lotsning" }));
      expect(tp.problems).toEqual([]);
    } finally {
      await tp.close();
    }
  });
});
