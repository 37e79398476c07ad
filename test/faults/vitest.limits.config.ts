import { defineConfig } from "vitest/config";

// Only for running the aliases fault test on its own, until test/faults/vitest.config.ts (npm run test:faults) takes it in.
export default defineConfig({
  test: {
    include: ["test/faults/aliases.fault.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
