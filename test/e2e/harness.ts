import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AxeResults } from "axe-core";
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
  type Request,
  chromium,
} from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";

const require = createRequire(import.meta.url);
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const artifactsDir = path.join(repoRoot, "test/e2e/artifacts");

/** The demo accounts' password (server/seed/data/demo-accounts.ts). */
export const DEMO_PASSWORD = "arena-demo-2026";

// ---------------------------------------------------------------- server

export interface RunningServer {
  baseUrl: string;
  /** Everything the server wrote, for diagnosing a failed test. */
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
  });
}

/** Set by the suite's global setup: a stopped PGlite data directory already migrated and seeded. */
export const TEMPLATE_ENV = "ARENA_E2E_TEMPLATE";

/**
 * Starts the real server (server/main.ts through tsx) in production mode, so that it serves
 * client/dist, on a free port with a fresh PGlite data directory that holds the demo. The
 * directory is a copy of the suite's seeded template when there is one (seeding the demo takes
 * most of a start), else it is seeded here. `keepData` leaves the directory behind at stop.
 */
export async function startServer(
  env: Record<string, string> = {},
  opts: { keepData?: boolean } = {},
): Promise<RunningServer & { dataDir: string }> {
  if (!fs.existsSync(path.join(repoRoot, "client/dist/index.html"))) {
    throw new Error("client/dist is missing: run `npm run build` first (npm run test:e2e does).");
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "arena-e2e-"));
  const template = process.env[TEMPLATE_ENV];
  if (template) await cp(template, dataDir, { recursive: true });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = "";
  // Node with tsx's loader rather than the tsx CLI, so that signals reach the server directly.
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      ARENA_DATA_DIR: dataDir,
      ARENA_SEED_DEMO: template ? "false" : "true",
      DATABASE_URL: "",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Should the test process die without running its hooks, take the server with it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  child.once("exit", () => process.off("exit", killOnExit));
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      // A graceful stop (PGlite closes its files) takes several seconds.
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited(child);
      clearTimeout(timer);
    }
    if (!opts.keepData) await rm(dataDir, { recursive: true, force: true });
    // The server's lock file beside the data directory, left behind if it had to be killed.
    await rm(`${dataDir}.lock`, { force: true });
  };

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The server exited (code ${child.exitCode}) before it was ready:\n${log}`);
    }
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server was not ready within two minutes:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { baseUrl, dataDir, output: () => log, stop };
}

// ---------------------------------------------------------------- browser

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors (a CSP violation shows up here). */
  problems: string[];
  close(): Promise<void>;
}

/** Each context's requests still under way (WebSockets are not requests, so subscriptions do not count). */
const inFlight = new WeakMap<BrowserContext, Set<Request>>();

function trackRequests(context: BrowserContext) {
  const pending = new Set<Request>();
  inFlight.set(context, pending);
  context.on("request", (r) => pending.add(r));
  context.on("requestfinished", (r) => pending.delete(r));
  context.on("requestfailed", (r) => pending.delete(r));
}

/**
 * Waits until no request of the page's context has been under way for 300 ms. Unlike
 * waitForLoadState("networkidle"), which is reached once per document and so returns at once
 * after a link followed inside the app, this waits for the requests the app itself makes.
 */
export async function networkQuiet(page: Page, timeout = 15_000) {
  const pending = inFlight.get(page.context());
  if (!pending) return page.waitForLoadState("networkidle");
  const deadline = Date.now() + timeout;
  let quietSince = Date.now();
  while (Date.now() - quietSince < 300) {
    if (Date.now() > deadline)
      throw new Error(`requests still under way after ${timeout} ms: ${[...pending].map((r) => r.url()).join(", ")}`);
    await new Promise((r) => setTimeout(r, 50));
    if (pending.size > 0) quietSince = Date.now();
  }
}

/** A fresh browser context (no cookies, no storage) and a page in it. */
export async function openPage(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}): Promise<TestPage> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: "sv-SE", viewport: { width: 1280, height: 900 }, ...options });
  trackRequests(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  return { context, page, problems, close: () => context.close() };
}

// ---------------------------------------------------------------- suite

export interface BrowserSuite {
  /** The file's server (available inside its tests). */
  readonly server: RunningServer;
  /** The file's browser (available inside its tests). */
  readonly browser: Browser;
  /** A fresh context and page; closed after the test, which fails if its console had errors. */
  newTestPage(): Promise<TestPage>;
  /** The page of a newTestPage(), where the test needs neither its context nor its problems. */
  newPage(): Promise<Page>;
}

/**
 * Registers a test file's hooks: one server and one browser for all its tests, and the pages each
 * test opened checked and closed after it. Call it once, at the top of the file.
 */
export function browserSuite(): BrowserSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let open: TestPage[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(async (ctx) => {
    const pages = open;
    open = [];
    // What the pages logged during the test (not while closing); every page is closed before any check can fail.
    const problems = pages.map((tp) => [...tp.problems]);
    if (ctx.task.result?.state === "fail") await reportFailure(ctx.task.name, pages);
    await Promise.all(pages.map((tp) => tp.close()));
    // Console errors and uncaught exceptions (a CSP violation, a failed request) fail the test.
    if (ctx.task.result?.state !== "fail") for (const p of problems) expect(p, "browser console").toEqual([]);
  });

  function started<T>(what: T | undefined, name: string): T {
    if (what === undefined) throw new Error(`The ${name} is not started: use it inside a test.`);
    return what;
  }

  async function newTestPage(): Promise<TestPage> {
    const tp = await openPage(started(browser, "browser"), started(server, "server").baseUrl);
    open.push(tp);
    return tp;
  }

  return {
    get server() {
      return started(server, "server");
    },
    get browser() {
      return started(browser, "browser");
    },
    newTestPage,
    newPage: async () => (await newTestPage()).page,
  };
}

// ---------------------------------------------------------------- checks

const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/** Runs axe-core with the WCAG 2 A and AA rules on the page as it is now; returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => "axe" in globalThis);
  // Not page.addScriptTag({ content }): the server's Content-Security-Policy (script-src 'self')
  // rightly blocks inline scripts, and the tests keep CSP on. Evaluating through the
  // DevTools protocol is not subject to it.
  if (!loaded) await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const runner = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
    return runner.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
      resultTypes: ["violations"],
    });
  });
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    // The failure summary names the measured colours, so that a failure seen only in CI explains itself.
    nodes: v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary ?? ""}`),
  }));
}

/**
 * Clicks a list's "Visa fler" until the item shows, and returns it. The button reads "Visa fler"
 * only while it can be used ("Laddar…" while the next page loads).
 */
export async function showMoreUntil(page: Page, item: Locator, what: string, timeout = 30_000): Promise<Locator> {
  const more = page.getByRole("button", { name: /^(Visa fler|Show more)/ });
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if ((await item.count()) > 0) return item;
    if ((await more.count()) === 1 && (await more.isEnabled())) await more.click();
    await page.waitForTimeout(200);
  }
  throw new Error(`${what} did not show within ${timeout} ms`);
}

/**
 * What each page of a failed test showed, for a run whose browser nobody can look into (CI):
 * its address, the start of its text and its console problems on the output, and a screenshot
 * in the artifacts.
 */
async function reportFailure(testName: string, pages: TestPage[]) {
  const slug = testName.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 60);
  for (const [i, tp] of pages.entries()) {
    try {
      const text = (await tp.page.locator("body").innerText({ timeout: 2_000 })).replace(/\s+/g, " ").slice(0, 1_500);
      await screenshot(tp.page, `FAILED-${slug}-${i + 1}`);
      console.error(`page ${i + 1} of the failed test at ${tp.page.url()}\n  shows: ${text}\n  problems: ${JSON.stringify(tp.problems)}`);
    } catch (e) {
      console.error(`page ${i + 1} of the failed test could not be read: ${String(e)}`);
    }
  }
}

/** Saves a full-page screenshot to test/e2e/artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Waits until the page is at rest: no request under way, nothing showing "Laddar…", no CSS
 * transition running (a button that was under the mouse fades back over 0.15 s) and two frames
 * painted since.
 */
async function atRest(page: Page) {
  await networkQuiet(page);
  await page.locator(".loading").first().waitFor({ state: "hidden" });
  // The tests are type-checked without the DOM library, hence the casts; not strings, which CSP refuses to evaluate.
  type Anim = { playState: string; transitionProperty?: string };
  await page.waitForFunction(() =>
    (globalThis as unknown as { document: { getAnimations(): Anim[] } }).document
      .getAnimations()
      .every((a) => a.transitionProperty === undefined || a.playState !== "running"),
  );
  await page.evaluate(() => {
    const frame = (globalThis as unknown as { requestAnimationFrame(f: () => void): void }).requestAnimationFrame;
    return new Promise<void>((done) => frame(() => frame(done)));
  });
}

/**
 * Checks the page with axe once it is at rest and photographs it; any violation fails the test.
 * A violation is checked again half a second later, so that a frame caught mid-render is not
 * taken for the page: what a person could see stays, and the first reading goes to the log.
 */
export async function accessible(page: Page, name: string) {
  await atRest(page);
  let violations = await axe(page);
  if (violations.length > 0) {
    console.warn(`axe on ${name}, first reading:`, JSON.stringify(violations));
    await page.waitForTimeout(500);
    await atRest(page);
    violations = await axe(page);
  }
  await screenshot(page, name);
  expect(violations, `axe violations on ${name}`).toEqual([]);
}

// ---------------------------------------------------------------- page helpers

/** The page's level-1 heading; a string name must match it exactly. */
export const h1 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name, exact: typeof name === "string" });
export const banner = (page: Page) => page.getByRole("banner");
/** The main menu, in either language. */
export const mainNav = (page: Page) => page.getByRole("navigation", { name: /^(Huvudmeny|Main menu)$/ });

/**
 * Follows a link of the main menu by its name, opening the group ("Partnerskapet", "Mitt arbete")
 * that holds it first when it is inside one, as a person would.
 */
export async function navigate(page: Page, name: string) {
  const nav = mainNav(page);
  const link = nav.getByRole("link", { name, exact: true });
  // The groups for a role show once the viewer is known.
  await nav.getByRole("link", { name, exact: true, includeHidden: true }).waitFor({ state: "attached" });
  if (!(await link.isVisible())) {
    const groups = await nav.locator(".nav-menu").all();
    for (const group of groups) {
      if ((await group.getByRole("link", { name, exact: true, includeHidden: true }).count()) === 0) continue;
      await group.getByRole("button").click();
      break;
    }
  }
  await link.click();
}

/** Waits until the first element the locator finds is visible. */
export async function shows(locator: Locator) {
  await locator.first().waitFor({ state: "visible" });
}

/** An attribute of the element that has focus (a string expression: the tests compile without the DOM lib). */
export const focused = (page: Page, attribute: string) =>
  page.evaluate(`document.activeElement && document.activeElement.getAttribute(${JSON.stringify(attribute)})`);

/** Signs in through the form (a demo account unless a password is given) and waits for the arena's start page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL(/\/a\/[a-z]+$/);
}

/** Switches the language with the header's button and waits until the page has switched. */
export async function switchLanguage(page: Page, to: "English" | "Svenska") {
  await banner(page).getByRole("button", { name: to }).click();
  // A function, not a string: English loads on demand, so the wait may poll, and CSP refuses to evaluate strings.
  await page.waitForFunction(
    (lang) => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang === lang,
    to === "English" ? "en" : "sv",
  );
}

/** A GraphQL request with the cookies of the given context (set-up steps that other suites walk in the browser). */
export async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await request.post("/graphql", { data: { query, variables }, headers: { "Accept-Language": "sv" } });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as T;
}
