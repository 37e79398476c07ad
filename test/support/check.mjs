// `npm run check`: the type checks, lint, formatting and the schema's freshness, in two lanes
// side by side. Type-aware eslint alone takes as long as everything else together, so it has
// a lane of its own; on two cores that is the whole check in the time of eslint. Each
// command's output is printed whole when it ends, and the check fails if any command does.
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import process from "node:process";

const lanes = [
  [["eslint", "."]],
  [
    ["tsc", "--noEmit", "-p", "tsconfig.json"],
    ["tsc", "--noEmit", "-p", "client/tsconfig.json"],
    ["prettier", "--check", "."],
    ["tsx", "server/graphql/emit-schema.ts", "--check"],
  ],
];

function run([command, ...args]) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn("npx", ["--no-install", command, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      process.stdout.write(
        `\n--- ${[command, ...args].join(" ")}: ${code === 0 ? "ok" : `failed (exit ${code})`} in ${seconds} s\n${output}`,
      );
      resolve(code === 0);
    });
  });
}

const results = await Promise.all(
  lanes.map(async (lane) => {
    const ok = [];
    for (const command of lane) ok.push(await run(command));
    return ok.every(Boolean);
  }),
);
process.exit(results.every(Boolean) ? 0 : 1);
