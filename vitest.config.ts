import { defineConfig } from "vitest/config";

// One integration suite, two databases: PGlite by default, PostgreSQL when DATABASE_URL is set.
export default defineConfig({
  test: {
    include: ["server/**/*.test.ts", "test/integration/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    // Share modules within a worker so its one database (PGlite starts slowly) is reused across files.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ["default"],
  },
});
