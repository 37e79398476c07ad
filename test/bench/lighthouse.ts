// `npm run bench:lighthouse` (after `npm run build`): Lighthouse's mobile preset, simulated
// throttling, on the landing page, an arena's ideas list and a public idea page, against the
// built app as `npm start` runs it (dist/server/main.js, production, a fresh demo database).
// Prints the median of each figure over the runs, and the machine's load, since a busy CPU
// lowers the score: figures are comparable only between quiet runs.
//
//   --runs N   runs per page (default 3)
//   --json F   also writes every run's figures to F
//   --shifts   also prints the elements that moved (Lighthouse's layout-shifts audit)
//   --reports D  also writes each run's whole Lighthouse report to D (for bootup-time,
//                long-tasks, unused-javascript, the LCP element and the like)
//   --baseline R  also measures the build in checkout R (another worktree, after its own
//                `npm run build`), each run beside this one's, alternating: on a shared machine
//                the two tables are comparable with each other even when neither is with an
//                earlier run's
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    json: { type: "string" },
    shifts: { type: "boolean", default: false },
    reports: { type: "string" },
    baseline: { type: "string" },
  },
});
const RUNS = Number(args.runs);

const checkouts: Record<string, string> = { this: repoRoot };
if (args.baseline) checkouts.baseline = path.resolve(args.baseline);
for (const root of Object.values(checkouts))
  for (const built of ["dist/server/main.js", "client/dist/index.html"]) {
    if (!fs.existsSync(path.join(root, built))) throw new Error(`${path.join(root, built)} is missing: run \`npm run build\` there first.`);
  }

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
  });
}

async function startBuiltServer(root: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "arena-lighthouse-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let out = "";
  const child = spawn(process.execPath, ["dist/server/main.js"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      APP_URL: url,
      ARENA_DATA_DIR: dataDir,
      ARENA_SEED_DEMO: "true",
      DATABASE_URL: "",
      LOG_LEVEL: "warn",
      // Every request of the bench comes from 127.0.0.1.
      LIMIT_ANONYMOUS_PER_MINUTE: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const onExit = () => child.kill("SIGKILL");
  process.once("exit", onExit);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const t = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited(child);
      clearTimeout(t);
    }
    process.off("exit", onExit);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}.lock`, { force: true });
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The server exited (code ${child.exitCode}) before it was ready:\n${out}`);
    }
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server was not ready within two minutes:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, stop };
}

async function anonymous<T>(url: string, query: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-language": "sv" },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.data === undefined || (body.errors ?? []).length > 0) throw new Error(`Query failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

interface Figures {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
  jsBytes: number;
  /** Lighthouse's measure of the machine's speed at the time (higher is faster; a quiet desktop is about 1000-2000). */
  benchmarkIndex: number;
}

interface NetworkRequest {
  resourceType?: string;
  transferSize?: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const servers: Record<string, Awaited<ReturnType<typeof startBuiltServer>>> = {};
for (const [name, root] of Object.entries(checkouts)) servers[name] = await startBuiltServer(root);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  // chrome-launcher makes a fresh --user-data-dir of its own and removes it on kill().
  chromeFlags: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
/** Lighthouse's figures of each run, by checkout ("this", "baseline") and page. */
const results: Record<string, Record<string, Figures[]>> = {};

async function pagesOf(url: string): Promise<Record<string, string>> {
  const { ideas } = await anonymous<{ ideas: { edges: { node: { id: string; arena: { slug: string } } }[] } }>(
    url,
    `{ ideas(first: 1) { edges { node { id arena { slug } } } } }`,
  );
  const first = ideas.edges[0]?.node;
  if (!first) throw new Error("The demo has no public idea.");
  return {
    landing: "/",
    "ideas list": `/a/${first.arena.slug}/ideas`,
    "idea page": `/a/${first.arena.slug}/ideas/${first.id}`,
  };
}

async function measure(checkout: string, url: string, name: string, pagePath: string, run: number): Promise<Figures> {
  const result = await lighthouse(`${url}${pagePath}`, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance"],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${pagePath}`);
  const { lhr } = result;
  if (args.reports) {
    fs.mkdirSync(args.reports, { recursive: true });
    const prefix = checkout === "this" ? "" : `${checkout}-`;
    fs.writeFileSync(path.join(args.reports, `${prefix}${name.replace(/\W+/g, "-")}-${run + 1}.json`), JSON.stringify(lhr));
  }
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${pagePath}: ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const requests = ((lhr.audits["network-requests"]?.details as { items?: NetworkRequest[] } | undefined)?.items ?? []).filter(
    (r) => r.resourceType === "Script",
  );
  const figures: Figures = {
    score: lhr.categories.performance?.score ?? Number.NaN,
    fcpMs: audit("first-contentful-paint"),
    lcpMs: audit("largest-contentful-paint"),
    tbtMs: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    totalBytes: audit("total-byte-weight"),
    jsBytes: requests.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
  if (args.shifts) {
    const shifts = (
      lhr.audits["layout-shifts"]?.details as { items?: { score?: number; node?: { selector?: string; snippet?: string } }[] } | undefined
    )?.items;
    for (const s of shifts ?? []) console.error(`  shift ${s.score?.toFixed(3)}: ${s.node?.selector ?? "?"} ${s.node?.snippet ?? ""}`);
  }
  const who = checkout === "this" ? "" : ` (${checkout})`;
  console.error(
    `${name}${who} run ${run + 1}: score ${figures.score}, LCP ${Math.round(figures.lcpMs)} ms, TBT ${Math.round(figures.tbtMs)} ms, CLS ${figures.cls.toFixed(3)}`,
  );
  return figures;
}

try {
  const pages: Record<string, Record<string, string>> = {};
  for (const [checkout, server] of Object.entries(servers)) {
    pages[checkout] = await pagesOf(server.url);
    results[checkout] = {};
  }
  for (const name of Object.keys(pages.this!)) {
    for (let run = 0; run < RUNS; run++) {
      // Alternating, so that a busy spell of the machine falls on both checkouts alike.
      for (const [checkout, server] of Object.entries(servers)) {
        (results[checkout]![name] ??= []).push(await measure(checkout, server.url, name, pages[checkout]![name]!, run));
      }
    }
  }
} finally {
  chrome.kill();
  for (const server of Object.values(servers)) await server.stop();
}

const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const ms = (v: number) => `${(v / 1000).toFixed(2)} s`;
const load = os.loadavg().map((l) => l.toFixed(2));
console.log(
  `\nLighthouse ${RUNS > 1 ? `median of ${RUNS} runs` : "one run"}, mobile preset, simulated throttling; load average ${load.join(" ")} on ${os.cpus().length} CPUs`,
);
for (const [checkout, byPage] of Object.entries(results)) {
  if (args.baseline) console.log(`\n${checkout === "this" ? `this checkout (${repoRoot})` : `baseline (${checkouts[checkout]})`}`);
  console.log("\n| page | score | FCP | LCP | TBT | CLS | total bytes | JS bytes (compressed) | benchmark index |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const [name, runs] of Object.entries(byPage)) {
    const m = (k: keyof Figures) => median(runs.map((r) => r[k]));
    console.log(
      `| ${name} | ${m("score").toFixed(2)} | ${ms(m("fcpMs"))} | ${ms(m("lcpMs"))} | ${Math.round(m("tbtMs"))} ms | ${m("cls").toFixed(3)} | ${kB(m("totalBytes"))} | ${kB(m("jsBytes"))} | ${Math.round(m("benchmarkIndex"))} |`,
    );
  }
}
if (args.json)
  fs.writeFileSync(args.json, JSON.stringify({ loadAverage: os.loadavg(), results: args.baseline ? results : results.this }, null, 2));
