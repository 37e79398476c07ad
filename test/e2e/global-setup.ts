import { rm } from "node:fs/promises";
import { TEMPLATE_ENV, startServer } from "./harness.js";

// Seeds the demo once for the whole browser suite: every file's server starts from a copy of this
// stopped data directory instead of migrating and seeding its own (most of a start's time).
export default async function setup(): Promise<() => Promise<void>> {
  const server = await startServer({}, { keepData: true });
  await server.stop();
  process.env[TEMPLATE_ENV] = server.dataDir;
  return async () => {
    delete process.env[TEMPLATE_ENV];
    await rm(server.dataDir, { recursive: true, force: true });
  };
}
