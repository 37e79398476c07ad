import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AxeResults } from "axe-core";
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page, chromium } from "playwright-core";

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

/**
 * Starts the real server (server/main.ts through tsx) in production mode, so that it serves
 * client/dist, on a free port with a fresh PGlite data directory that is seeded with the demo.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!fs.existsSync(path.join(repoRoot, "client/dist/index.html"))) {
    throw new Error("client/dist is missing: run `npm run build` first (npm run test:e2e does).");
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "arena-e2e-"));
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
      ARENA_SEED_DEMO: "true",
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
    await rm(dataDir, { recursive: true, force: true });
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
  return { baseUrl, output: () => log, stop };
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

/** A fresh browser context (no cookies, no storage) and a page in it. */
export async function openPage(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}): Promise<TestPage> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: "sv-SE", viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  return { context, page, problems, close: () => context.close() };
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
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
}

/** Saves a full-page screenshot to test/e2e/artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
