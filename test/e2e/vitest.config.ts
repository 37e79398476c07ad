import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Browser journeys against the built client and a real server, two files at a time (each file
// starts its own server on its own port and data directory, and its own browser), with
// generous timeouts. One file at a time left a core idle: 103 s against 80 s for four files.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    environment: "node",
    include: ["test/e2e/**/*.e2e.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
