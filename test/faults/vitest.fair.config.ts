import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The PGlite fairness fault test alone (the fault suite's own config runs it with the rest):
// real server processes under bounded loopback load, one at a time, generous timeouts.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    environment: "node",
    include: ["test/faults/pglite-fairness.fault.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
