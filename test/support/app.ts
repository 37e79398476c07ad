import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import type { Logger } from "pino";
import { type App, createApp } from "../../server/app.js";
import "../../server/modules/events.js";
import { type Config, configFromEnv } from "../../server/config.js";
import { openDatabase } from "../../server/db/index.js";
import { createLogger } from "../../server/log.js";
import { resetClock } from "../../server/shared/clock.js";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { ApiClient } from "./client.js";
import { resetDatabase, testDatabase } from "./database.js";

export interface TestServer {
  url: string;
  app: App;
  close(): Promise<void>;
}

export type ServerOverrides = Partial<Omit<Config, "limits">> & { limits?: Partial<Config["limits"]> };

/** The real server on a loopback port, over the worker's test database. */
export async function startServer(overrides: ServerOverrides = {}): Promise<TestServer> {
  const base = configFromEnv({ NODE_ENV: "test" });
  const config: Config = {
    ...base,
    logLevel: process.env.TEST_LOG_LEVEL ?? "silent",
    exposeStatementCount: true,
    ...overrides,
    // Generous by default so suites that register many people are not throttled; the rate-limit tests lower them.
    limits: { ...base.limits, signInPerIp: 1000, registerPerIp: 1000, ...overrides.limits },
  };
  const database = await testDatabase();
  const app = await createApp(config, database, createLogger(config.logLevel));
  await app.listen(0, "127.0.0.1");
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    close: async () => {
      await app.close();
    },
  };
}

/**
 * The usual suite setup: one server per file over the worker's database, which is reset
 * to the seed before every test, with the clock real again (a test may have moved it). Returns a factory of fresh clients (own cookie jar each).
 * Overrides may be a function, run when the server starts (e.g. once a fake SMTP server
 * has a port).
 */
export function useTestServer(overrides: ServerOverrides | (() => ServerOverrides | Promise<ServerOverrides>) = {}) {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer(typeof overrides === "function" ? await overrides() : overrides);
  });
  afterAll(() => server?.close());
  beforeEach(async () => {
    resetClock();
    await resetDatabase();
  });
  return {
    client: (locale: "sv" | "en" = "sv") => new ApiClient(server!.url, locale),
    url: () => server!.url,
    /** The server's mailer: `await mailer().flush()` sends what is in the outbox. */
    mailer: () => server!.app.mailer,
  };
}

/** A logger whose lines a test can read. */
export function capturedLogger(level = "info"): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const log = createLogger(
    level,
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        lines.push(chunk.toString());
        cb();
      },
    }),
  );
  return { log, lines };
}

/** The real server over a database that has gone away under it (opened, then closed). */
export async function startServerOnClosedDatabase(log: Logger): Promise<TestServer> {
  const broken = await openDatabase({});
  await broken.close();
  const app = await createApp({ ...configFromEnv({ NODE_ENV: "test" }), logLevel: "error" }, broken, log);
  await app.listen(0, "127.0.0.1");
  return { url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, app, close: () => app.close() };
}
