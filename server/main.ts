import { createApp } from "./app.js";
import { configFromEnv } from "./config.js";
import { openDatabase } from "./db/index.js";
import { DataDirLockedError } from "./db/lock.js";
import { isEmpty, seed } from "./seed/seed.js";
import { createLogger } from "./log.js";

const config = configFromEnv();
const log = createLogger(config.logLevel);

async function main() {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, statementTimeoutMs: config.requestTimeoutMs });
  log.info({ driver: database.driver, dataDir: database.driver === "pglite" ? config.dataDir : undefined }, "database open");
  await database.migrate();
  if (config.seedDemo && (await isEmpty(database.db))) {
    log.info("empty database: seeding the demo (set ARENA_SEED_DEMO=false to skip)");
    await seed(database.db);
  }
  const app = await createApp(config, database, log);
  const url = await app.listen(config.port, config.host);
  log.info({ url }, `Arena is running at ${url}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((err: unknown) => {
  if (err instanceof DataDirLockedError) {
    // Said plainly, without a stack: this is an operator's mistake, not a crash.
    console.error(`\nArena did not start: ${err.message}\n`);
    process.exit(1);
  }
  log.fatal({ err }, "Arena failed to start");
  process.exit(1);
});
