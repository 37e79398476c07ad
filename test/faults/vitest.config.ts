import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Faults against real processes: one file at a time in one worker (each starts servers and
// perhaps a PostgreSQL cluster of its own), with generous timeouts.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    environment: "node",
    include: ["test/faults/**/*.fault.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 300_000,
    hookTimeout: 240_000,
  },
});
