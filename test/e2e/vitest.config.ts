import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Browser journeys against the built client and a real server: one file at a time, in one
// process, with generous timeouts (each file starts a server and a browser).
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    environment: "node",
    include: ["test/e2e/**/*.e2e.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
