// `npm run bench`: times API operations against a baseline measured side by side in the same
// process (a bare /healthz round trip), and reports ratios, which survive a slower machine.
// Also reports SQL statements per operation. Loopback only, bounded iterations.
import { performance } from "node:perf_hooks";
import { startServer } from "../support/app.js";
import { ApiClient, demo } from "../support/client.js";
import { resetDatabase } from "../support/database.js";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);

const operations: Record<string, string> = {
  structure: `{ arenas { id name countyParts { name organisations { name } } organisations { name countyPart { name } }
    bodies { name parent { name } children { name } memberships { role organisation { name } person { name } } } } }`,
  strategy: `{ arenas { strategies { name agenda2030Goals { number title } areas { name goals { number title focusAreas { code title } } } } } }`,
  frameworks: `{ frameworks { agenda2030Goals { number title } publicHealthTargetAreas { title } skrIndicators { title } scaleUpLadder { title } } }`,
  me: `{ me { id name email roles { role arena { slug } } } }`,
};

async function time(n: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(20, n); i++) await fn(); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return (performance.now() - t0) / n;
}

await resetDatabase();
const server = await startServer();
try {
  const client = await new ApiClient(server.url).signInAs(demo.bodyMember);
  const baseline = await time(ITERATIONS, () => fetch(`${server.url}/healthz`).then((r) => r.text()));
  console.log(`baseline /healthz: ${baseline.toFixed(3)} ms per request (${ITERATIONS} iterations)`);
  console.log("operation        ms/op   × baseline   SQL statements");
  for (const [name, query] of Object.entries(operations)) {
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
process.exit(0);
