import { defineConfig } from "vitest/config";

// One integration suite, two databases: PGlite by default, PostgreSQL when DATABASE_URL is set.
export default defineConfig({
  test: {
    include: ["server/**/*.test.ts", "test/integration/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    // Vitest's default leaves one core idle on a two-core CI machine; each worker has its own database.
    maxWorkers: 2,
    // Share modules within a worker so its one database (PGlite starts slowly) is reused across files.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ["default"],
  },
});
