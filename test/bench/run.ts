// `npm run bench`: times API operations against a baseline measured side by side in the same
// process (a bare /healthz round trip), and reports ratios, which survive a slower machine.
// Also reports SQL statements per operation. Loopback only, bounded iterations. With
// BENCH_NATIONAL_URL, also the national-dataset latencies and the raw baseline (national.ts).
import { performance } from "node:perf_hooks";
import { startServer } from "../support/app.js";
import { ApiClient, demo } from "../support/client.js";
import { resetDatabase } from "../support/database.js";
import { nationalBench } from "./national.js";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);

type Who = "bodyMember" | "researcher" | "anonymous";

/** Each operation, run as a body member unless another reader is named. */
const operations: Record<string, string | { as: Who; query: string }> = {
  structure: `{ arenas { id name countyParts { name organisations { name } } organisations { name countyPart { name } }
    bodies { name parent { name } children { name } memberships { role organisation { name } person { name } } } } }`,
  strategy: `{ arenas { strategies { name agenda2030Goals { number title } areas { name goals { number title focusAreas { code title } } } } } }`,
  frameworks: `{ frameworks { agenda2030Goals { number title } publicHealthTargetAreas { title } skrIndicators { title } scaleUpLadder { title } } }`,
  me: `{ me { id name email roles { role arena { slug } } } }`,
  ideas: `{ ideas(first: 20) { totalCount edges { node { id title stage arena { slug } bearer { name } goals { number } latestEvent { kind } } } } }`,
  pilotRegister: {
    as: "researcher",
    query: `{ pilotRegister(first: 20) { totalCount edges { node { id title stage outcome cycleCount latestCycleNumber
      measureCount measuresMet arena { slug } viewerCanRequestAccess viewerAccessRequest { status } } } } }`,
  },
  municipalityPage: {
    as: "anonymous",
    query: `{ municipalityPage(arena: "gavleborg", municipality: "hofors-kommun") { municipality { name }
      ideas { id title summary stage } adoptions { idea { id title } status updatedAt } goodExamples { id title funding results link } } }`,
  },
  learnings: {
    as: "anonymous",
    query: `{ learnings(first: 20, search: "hembesök") { totalCount edges { node { id title outcome ideaTitle arena { slug } goals { number } } } } }`,
  },
};

async function time(n: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(20, n); i++) await fn(); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return (performance.now() - t0) / n;
}

await resetDatabase({ ideas: true });
const server = await startServer();
try {
  const clients: Record<Who, ApiClient> = {
    bodyMember: await new ApiClient(server.url).signInAs(demo.bodyMember),
    researcher: await new ApiClient(server.url).signInAs(demo.researcher),
    anonymous: new ApiClient(server.url),
  };
  // The pilot with the most cycles, read as the idea page reads its cycles.
  const pilots = await clients.researcher.raw(`{ pilotRegister(first: 100) { edges { node { ideaId cycleCount canRead } } } }`);
  const pilot = (
    pilots.data as { pilotRegister: { edges: { node: { ideaId: string; cycleCount: number; canRead: boolean } }[] } }
  ).pilotRegister.edges
    .map((e) => e.node)
    .filter((p) => p.canRead)
    .sort((a, b) => b.cycleCount - a.cycleCount)[0]!;
  operations.ideaCycles = {
    as: "researcher",
    query: `{ idea(id: "${pilot.ideaId}") { id testCycles { number status measures { name baseline target
      measurements { measuredOn value } result { value outcome } } evaluations { findings } } scaleStep { step } adoptions { status } } }`,
  };
  const baseline = await time(ITERATIONS, () => fetch(`${server.url}/healthz`).then((r) => r.text()));
  console.log(`baseline /healthz: ${baseline.toFixed(3)} ms per request (${ITERATIONS} iterations)`);
  console.log("operation        ms/op   × baseline   SQL statements");
  for (const [name, op] of Object.entries(operations)) {
    const { as, query } = typeof op === "string" ? { as: "bodyMember" as Who, query: op } : op;
    const client = clients[as];
    const probe = await client.raw(query);
    if (probe.errors) throw new Error(`${name}: ${JSON.stringify(probe.errors)}`);
    const ms = await time(ITERATIONS, () => client.raw(query));
    console.log(
      `${name.padEnd(14)} ${ms.toFixed(3).padStart(7)} ${(ms / baseline).toFixed(1).padStart(11)} ${String(probe.extensions?.sqlStatements).padStart(16)}`,
    );
  }
} finally {
  await server.close();
}
// On a database loaded by `npm run bench:dataset`: national latencies and the raw baseline.
if (process.env.BENCH_NATIONAL_URL) await nationalBench(process.env.BENCH_NATIONAL_URL);
else console.log("\n(set BENCH_NATIONAL_URL to a database loaded by `npm run bench:dataset` for national latencies and the raw baseline)");
process.exit(0);
