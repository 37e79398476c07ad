import { defineConfig } from "drizzle-kit";

// Migrations are generated from the tables beside each domain and committed in drizzle/.
export default defineConfig({
  dialect: "postgresql",
  schema: "./server/db/schema.ts",
  out: "./drizzle",
});
