import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The two-instance fault test alone: real server processes on one PostgreSQL (DATABASE_URL).
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    environment: "node",
    include: ["test/faults/instances.fault.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
