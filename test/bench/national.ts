// The national-dataset part of `npm run bench` (BENCH_NATIONAL_URL: a database loaded by
// `npm run bench:dataset`): latencies p50/p95 of the hot lists at 1 and 20 concurrent clients,
// and the idea list of 50 against the raw baseline (throughput ratio, Node CPU per request).
// The servers run in a child process (servers.ts), so the load generator's own work is not
// counted. Loopback only; every phase is bounded in requests and in time.
import "reflect-metadata";
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { ApiClient, demo } from "../support/client.js";
import { THINGS } from "./words.js";

const here = path.dirname(fileURLToPath(import.meta.url));

interface Servers {
  graphql: string;
  raw: string;
  stop(): Promise<void>;
}

async function startServers(databaseUrl: string, env: Record<string, string> = {}): Promise<Servers> {
  // With the young generation `npm start` gives the server: a GraphQL response allocates much short-lived garbage.
  const child = spawn(process.execPath, ["--max-semi-space-size=64", "--import", "tsx", path.join(here, "servers.ts")], {
    env: { ...process.env, DATABASE_URL: databaseUrl, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const urls = await new Promise<{ graphql: string; raw: string }>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve(JSON.parse(line) as { graphql: string; raw: string });
    });
    child.on("exit", (code) => reject(new Error(`bench servers exited (${code})`)));
  });
  return {
    ...urls,
    stop: () =>
      new Promise<void>((resolve) => {
        child.on("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

const IDEA_CARD = `id title summary stage sector organisationName submittedAt createdAt followerCount commentCount
  arena { id slug } bearer { id name } countyParts { id name } municipalities { id name }`;
const SEARCH = "hembesök";
/** A word in most ideas, so that a page 5,000 hits deep exists. */
const COMMON = "äldre";

const COUNT = "{ value suppressed }";
/** Every figure set of the dashboard (/a/:slug/insight), as its page asks for them. */
export function insightQuery(arenaId: string, year: number | null) {
  return `{ node(id: "${arenaId}") { ... on Arena { insight(filter: { year: ${year ?? "null"} }) { viewerIsStaff
    funnel { period submitted ${COUNT} accepted ${COUNT} tested ${COUNT} advanced ${COUNT} adopted ${COUNT} }
    stageTimes { stage stays ${COUNT} medianDays p90Days }
    promises { kind due ${COUNT} kept ${COUNT} keptPercent }
    referrals { status sent ${COUNT} answeredInTime ${COUNT} answeredLate ${COUNT} overdue ${COUNT} }
    reach { dimension key label ideas ${COUNT} }
    testOutcomes { met ${COUNT} notMet ${COUNT} inconclusive ${COUNT} retest ${COUNT} pivot ${COUNT} advance ${COUNT} stop ${COUNT} }
    spread { adoptions { municipality planned ${COUNT} testing ${COUNT} adopted ${COUNT} declined ${COUNT} } ladder { step ideas ${COUNT} } }
    guidesLoad { guide openIdeas ideas sessions } } } } }`;
}

/** `vary` gives each request its own variables (the n-th request of a run), as many visitors asking different things. */
type Op = { client: ApiClient; query: string; variables?: Record<string, unknown>; vary?: (n: number) => Record<string, unknown> };

/** Runs `clients` loops of the operation until `perClient` requests each or the time budget; latencies in ms. */
async function load(op: Op, clients: number, perClient: number, budgetMs: number) {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + budgetMs;
  let sent = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < perClient && performance.now() < until; i++) {
        const t = performance.now();
        const r = await op.client.raw(op.query, op.vary ? op.vary(sent++) : op.variables);
        latencies.push(performance.now() - t);
        if (r.errors) errors++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  return { n: latencies.length, p50: at(0.5), p95: at(0.95), errors };
}

/** The cursor of the 5,000th hit of the national search, found by paging as a client would. */
async function deepCursor(client: ApiClient): Promise<string | null> {
  const q = `query($after: String) { ideas(search: "${COMMON}", first: 100, after: $after) { pageInfo { endCursor hasNextPage } } }`;
  let after: string | null = null;
  for (let seen = 0; seen < 5000; seen += 100) {
    const r: { data: { ideas: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } } | null; errors?: unknown } =
      await client.raw<{ ideas: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } }>(q, { after });
    if (r.errors !== undefined || !r.data) throw new Error(JSON.stringify(r.errors));
    after = r.data.ideas.pageInfo.endCursor;
    if (!r.data.ideas.pageInfo.hasNextPage) return null;
  }
  return after;
}

export async function nationalBench(databaseUrl: string) {
  // Every request computed: the public read cache off, so that these rows measure the work itself.
  const servers = await startServers(databaseUrl, { PUBLIC_CACHE_MS: "0" });
  try {
    const anonymous = new ApiClient(servers.graphql);
    const coordinator = await new ApiClient(servers.graphql).signInAs(demo.coordinator);
    const researcher = await new ApiClient(servers.graphql).signInAs(demo.researcher);
    const arenas = await anonymous.raw<{ arenas: { id: string; slug: string }[] }>(`{ arenas { id slug } }`);
    const gavleborg = arenas.data!.arenas.find((a) => a.slug === "gavleborg")!.id;
    // The municipality page of Gävleborg's municipality with the most ideas located in it.
    const places = await anonymous.raw<{ arena: { municipalities: { municipality: { key: string }; ideaCount: number }[] } }>(
      `{ arena(slug: "gavleborg") { municipalities { municipality { key } ideaCount } } }`,
    );
    const busiest = [...places.data!.arena.municipalities].sort((a, b) => b.ideaCount - a.ideaCount)[0]!.municipality.key;
    const deep = process.env.BENCH_ONLY && !process.env.BENCH_ONLY.includes("deepSearch") ? null : await deepCursor(anonymous);
    const ops: Record<string, Op> = {
      search: {
        client: anonymous,
        query: `{ ideas(search: "${SEARCH}", first: 12) { totalCount edges { cursor node { ${IDEA_CARD} } } pageInfo { hasNextPage endCursor } } }`,
      },
      // A word in most ideas: ranking every match of it was the slow search (ideas.relevance.ts ranks the newest 1,000).
      searchCommon: {
        client: anonymous,
        query: `{ ideas(search: "${COMMON}", first: 12) { totalCount edges { cursor node { ${IDEA_CARD} } } pageInfo { hasNextPage endCursor } } }`,
      },
      browse50: {
        client: anonymous,
        query: `{ ideas(arena: "gavleborg", first: 50) { totalCount edges { cursor node { ${IDEA_CARD} } } pageInfo { hasNextPage endCursor } } }`,
      },
      deepSearch: {
        client: anonymous,
        query: `query($after: String) { ideas(search: "${COMMON}", first: 12, after: $after) { totalCount edges { cursor node { ${IDEA_CARD} } } pageInfo { hasNextPage endCursor } } }`,
        variables: { after: deep },
      },
      intakeQueue: {
        client: coordinator,
        query: `{ intakeQueue(arenaId: "${gavleborg}", first: 20) { totalCount edges { node { waitingWorkingDays acknowledgementOverdue decisionOverdue idea { id title stage submittedAt bearer { name } } } } } }`,
      },
      pilotRegister: {
        client: researcher,
        query: `{ pilotRegister(first: 20) { totalCount edges { node { id title stage outcome cycleCount latestCycleNumber measureCount measuresMet arena { slug } viewerCanRequestAccess viewerAccessRequest { status } } } } }`,
      },
      municipalityPage: {
        client: anonymous,
        query: `{ municipalityPage(arena: "gavleborg", municipality: "${busiest}") { municipality { name } ideas { id title summary stage }
          adoptions { idea { id title } status updatedAt } goodExamples { id title funding results link } } }`,
      },
      // The dashboard page's figures as the coordinator loads them (every set, whole history), and a filtered year.
      insight: { client: coordinator, query: insightQuery(gavleborg, null) },
      insightYear: { client: anonymous, query: insightQuery(gavleborg, new Date().getFullYear() - 1) },
      learnings: {
        client: anonymous,
        query: `{ learnings(first: 20, search: "${SEARCH}") { totalCount edges { node { id title outcome ideaTitle arena { slug } goals { number } } } } }`,
      },
    };
    // The harness's baseline, `{ __typename }` (HTTP, Apollo, the session, no SQL), is measured just before each
    // operation at the same concurrency, so that a ratio compares two runs under the same machine load.
    const baselineOp: Op = { client: anonymous, query: "{ __typename }" };
    console.log(`\nnational dataset: latencies in ms (p50 / p95), loopback, server in a child process;`);
    console.log(`× base: the operation's p95 over the p95 of { __typename } measured just before it at the same concurrency`);
    console.log(`cpu: the server process's CPU per request over the 20-client run (load-independent, unlike latency)`);
    console.log(
      "operation         1 client p50    p95  × base   20 clients p50    p95  × base   base p95 1/20   cpu ms/req (base)  statements",
    );
    const cpu = async () => {
      const c = (await (await fetch(`${servers.raw}/cpu`)).json()) as { user: number; system: number };
      return (c.user + c.system) / 1000;
    };
    const only = process.env.BENCH_ONLY?.split(",");
    for (const [name, op] of Object.entries(ops)) {
      if (only && !only.includes(name)) continue;
      const probe = await op.client.raw(op.query, op.variables);
      if (probe.errors) throw new Error(`${name}: ${JSON.stringify(probe.errors)}`);
      await load(op, 1, 3, 30_000); // warm-up
      const base1 = await load(baselineOp, 1, 30, 10_000);
      const one = await load(op, 1, 30, 30_000);
      let c0 = await cpu();
      const base20 = await load(baselineOp, 20, 10, 20_000);
      const baseCpu = ((await cpu()) - c0) / base20.n;
      c0 = await cpu();
      const twenty = await load(op, 20, 10, 60_000);
      const opCpu = ((await cpu()) - c0) / twenty.n;
      const f = (x: number) => x.toFixed(1).padStart(7);
      const ratio = (x: number, base: number) => `${(x / base).toFixed(1)}×`.padStart(7);
      console.log(
        `${name.padEnd(16)} ${f(one.p50)} ${f(one.p95)} ${ratio(one.p95, base1.p95)}        ${f(twenty.p50)} ${f(twenty.p95)} ${ratio(twenty.p95, base20.p95)}  ` +
          `${base1.p95.toFixed(1).padStart(6)} ${base20.p95.toFixed(1).padStart(6)}   ${opCpu.toFixed(2).padStart(6)} (${baseCpu.toFixed(2)})` +
          `   ${String(probe.extensions?.sqlStatements).padStart(5)}` +
          (one.errors + twenty.errors > 0 ? `  (${one.errors + twenty.errors} errors)` : "") +
          (twenty.n < 200 ? `  (20 clients: ${twenty.n} requests in the time budget)` : ""),
      );
    }
    if (!only || only.includes("raw")) await rawBaseline(servers, anonymous);
  } finally {
    await servers.stop();
  }
  if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY.includes("visitors")) await visitorsBench(databaseUrl);
}

/** Searches a visitor might type: the dataset's own words (test/bench/dataset.ts), some of them rare. */
const SEARCHES = [...THINGS.slice(0, 15), "äldre", "nyanlända", "unga", "barnfamiljer", "demens"];

/**
 * Twenty visitors at once, each request a different question drawn from a set (a search among
 * 20 words in all arenas or one; the same with a long tail of questions asked once; an arena's
 * list of 50 among 21 arenas; a municipality's page),
 * against the server with its public read cache off and as deployed (PUBLIC_CACHE_MS 10000, the default).
 * The hit ratio says how much of the answer the cache gave; every mutation would also clear it.
 */
async function visitorsBench(databaseUrl: string) {
  console.log(`\nvisitors (20 clients, every request its own question from a set): p50 / p95 ms, server CPU per request, cache hits`);
  console.log("mix              cache      p50     p95   cpu ms/req   hits");
  for (const cacheMs of ["0", "10000"]) {
    const servers = await startServers(databaseUrl, { PUBLIC_CACHE_MS: cacheMs });
    try {
      const anonymous = new ApiClient(servers.graphql);
      const slugs = (await anonymous.raw<{ arenas: { slug: string }[] }>(`{ arenas { slug } }`)).data!.arenas.map((a) => a.slug);
      const places = await anonymous.raw<{ arena: { municipalities: { municipality: { key: string } }[] } }>(
        `{ arena(slug: "gavleborg") { municipalities { municipality { key } } } }`,
      );
      const municipalities = places.data!.arena.municipalities.map((m) => m.municipality.key);
      // A fixed sequence of picks, the same in both runs.
      let state = 7;
      const pick = <T>(xs: T[]) => xs[(state = (state * 48271) % 2147483647) % xs.length]!;
      const mixes: Record<string, Op> = {
        searchMix: {
          client: anonymous,
          query: `query($q: String!, $arena: String) { ideas(search: $q, arena: $arena, first: 12) { totalCount edges { cursor node { ${IDEA_CARD} } } pageInfo { hasNextPage endCursor } } }`,
          vary: () => ({ q: pick(SEARCHES), arena: pick([null, "gavleborg"]) }),
        },
        // Most visitors ask what others ask; four in ten ask something of their own (two words, maybe one arena).
        searchTail: {
          client: anonymous,
          query: `query($q: String!, $arena: String) { ideas(search: $q, arena: $arena, first: 12) { totalCount edges { cursor node { ${IDEA_CARD} } } pageInfo { hasNextPage endCursor } } }`,
          vary: () =>
            pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) < 6
              ? { q: pick(SEARCHES.slice(0, 10)), arena: null }
              : { q: `${pick(SEARCHES)} ${pick(SEARCHES)}`, arena: pick([null, ...slugs]) },
        },
        browseMix: {
          client: anonymous,
          query: `query($arena: String) { ideas(arena: $arena, first: 50) { totalCount edges { cursor node { ${IDEA_CARD} } } pageInfo { hasNextPage endCursor } } }`,
          vary: () => ({ arena: pick(slugs) }),
        },
        municipalityMix: {
          client: anonymous,
          query: `query($m: String!) { municipalityPage(arena: "gavleborg", municipality: $m) { municipality { name } ideas { id title summary stage }
            adoptions { idea { id title } status updatedAt } goodExamples { id title funding results link } } }`,
          vary: () => ({ m: pick(municipalities) }),
        },
      };
      const stats = async () => (await (await fetch(`${servers.raw}/cache`)).json()) as { hits: number; misses: number; shared: number };
      const cpu = async () => {
        const c = (await (await fetch(`${servers.raw}/cpu`)).json()) as { user: number; system: number };
        return (c.user + c.system) / 1000;
      };
      for (const [name, op] of Object.entries(mixes)) {
        // Warm-up: about three asks of each question of the set, as a server that has been up a while has seen.
        await load(op, 4, 30, 60_000);
        const s0 = await stats();
        const c0 = await cpu();
        const run = await load(op, 20, 25, 90_000);
        const opCpu = ((await cpu()) - c0) / run.n;
        const s1 = await stats();
        const served = s1.hits + s1.shared - s0.hits - s0.shared;
        console.log(
          `${name.padEnd(16)} ${(cacheMs === "0" ? "off" : `${cacheMs} ms`).padEnd(8)} ${run.p50.toFixed(1).padStart(6)} ${run.p95.toFixed(1).padStart(7)}` +
            `   ${opCpu.toFixed(2).padStart(9)}   ${cacheMs === "0" ? "-" : `${Math.round((100 * served) / run.n)} %`}` +
            (run.errors > 0 ? `  (${run.errors} errors)` : "") +
            (run.n < 500 ? `  (${run.n} requests in the time budget)` : ""),
        );
      }
    } finally {
      await servers.stop();
    }
  }
}

/** The idea list of 50 through the GraphQL stack and through the raw baseline, side by side. */
async function rawBaseline(servers: Servers, anonymous: ApiClient) {
  const query = `{ ideas(arena: "gavleborg", first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${IDEA_CARD} } } } }`;
  const cpu = async () => (await (await fetch(`${servers.raw}/cpu`)).json()) as { user: number; system: number };
  const CLIENTS = 8;
  const SECONDS = Number(process.env.BENCH_RAW_SECONDS ?? 8);
  async function run(fn: () => Promise<unknown>) {
    for (let i = 0; i < 20; i++) await fn();
    const c0 = await cpu();
    const t0 = performance.now();
    let n = 0;
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (performance.now() - t0 < SECONDS * 1000) {
          await fn();
          n++;
        }
      }),
    );
    const secs = (performance.now() - t0) / 1000;
    const c1 = await cpu();
    return { rps: n / secs, cpuMs: (c1.user - c0.user + c1.system - c0.system) / 1000 / n };
  }
  const rawList = () => fetch(`${servers.raw}/ideas?arena=gavleborg&first=50`).then((r) => r.json());
  const stack = await run(() => anonymous.raw(query));
  const raw = await run(rawList);
  console.log(`\nidea list of 50 (${CLIENTS} clients, ${SECONDS} s each): GraphQL stack vs raw baseline (postgres.js + node:http)`);
  console.log(`  GraphQL stack: ${stack.rps.toFixed(1)} req/s, ${stack.cpuMs.toFixed(2)} ms Node CPU per request`);
  console.log(`  raw baseline:  ${raw.rps.toFixed(1)} req/s, ${raw.cpuMs.toFixed(2)} ms Node CPU per request`);
  console.log(`  throughput ratio: ${(stack.rps / raw.rps).toFixed(2)}× the raw baseline (target ≥ 0.5×)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const url = process.env.BENCH_NATIONAL_URL;
  if (!url) throw new Error("Set BENCH_NATIONAL_URL to a database loaded by npm run bench:dataset");
  await nationalBench(url);
  process.exit(0);
}
