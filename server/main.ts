import type { App } from "./app.js";
import { createApp } from "./app.js";
import { configFromEnv } from "./config.js";
import { type DatabaseHandle, openDatabase } from "./db/index.js";
import { DataDirLockedError } from "./db/lock.js";
import { isEmpty, seed } from "./seed/seed.js";
import { createLogger } from "./log.js";

const config = configFromEnv();
const log = createLogger(config.logLevel);

/** A shutdown that has not finished by then is cut short: an orchestrator's kill comes soon after. */
const SHUTDOWN_DEADLINE_MS = 9_000;

let app: App | undefined;
let database: DatabaseHandle | undefined;
let shuttingDown = false;

/**
 * The one shutdown path (Apollo's own signal handlers are off): stop accepting, drain
 * in-flight requests, close sockets, timers and the mailer, close the database (which
 * releases the data directory's lock), exit 0. A second signal, or a shutdown still running
 * at the deadline, exits at once; the lock is released by its exit hook either way.
 */
function shutdown(signal: NodeJS.Signals) {
  if (shuttingDown) {
    log.warn({ signal }, "second signal during shutdown: exiting now");
    process.exit(1);
  }
  shuttingDown = true;
  log.info({ signal }, "shutting down");
  setTimeout(() => {
    log.error({ deadlineMs: SHUTDOWN_DEADLINE_MS }, "shutdown did not finish in time: exiting now");
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  void (async () => {
    try {
      await app?.close();
    } catch (err) {
      log.error({ err }, "error while closing the server");
    }
    try {
      await database?.close();
    } catch (err) {
      log.error({ err }, "error while closing the database");
    }
    log.info("stopped");
    process.exit(0);
  })();
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);

// A database outage surfaces as rejected promises in places no request awaits (a pool's
// reconnect, a background job): log them, do not die of them.
process.on("unhandledRejection", (reason) => {
  log.error({ err: reason }, "unhandled promise rejection");
});

async function main() {
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, statementTimeoutMs: config.requestTimeoutMs });
  database = handle;
  log.info({ driver: handle.driver, dataDir: handle.driver === "pglite" ? config.dataDir : undefined }, "database open");
  await handle.migrate(async () => {
    if (config.seedDemo && (await isEmpty(handle.db))) {
      log.info("empty database: seeding the demo (set ARENA_SEED_DEMO=false to skip)");
      await seed(handle.db);
    }
  });
  if (shuttingDown) return;
  app = await createApp(config, handle, log);
  const url = await app.listen(config.port, config.host);
  log.info({ url }, `Arena is running at ${url}`);
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
