import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { projectRoot } from "../paths.js";
import { lockDataDir } from "./lock.js";
import { fairPglite, withDeadlineGuard } from "./pglite-fair.js";
import * as schema from "./schema.js";
import { countingLogger } from "./statement-counter.js";

export type Schema = typeof schema;
/** One type for both drivers: the code above this module never knows which it runs on. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database: services accept either. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export const migrationsFolder = path.join(projectRoot, "drizzle");

export interface DatabaseHandle {
  db: Database;
  driver: "pglite" | "postgres";
  /**
   * The postgres.js client when on PostgreSQL (LISTEN/NOTIFY, advisory locks: what lets
   * several instances share one database); undefined on PGlite, where one process owns the data.
   */
  postgres?: postgres.Sql;
  /** Throws when the database cannot answer, within PING_TIMEOUT_MS whatever the load or outage. */
  ping(): Promise<void>;
  /**
   * Brings the schema up to date; `then` (the demo seed) runs right after, under the same
   * PostgreSQL advisory lock, so instances starting together neither migrate nor seed twice.
   */
  migrate(then?: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL; when absent, embedded PGlite is used. */
  url?: string;
  /** PGlite data directory; undefined means in memory (tests). */
  dataDir?: string;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
  /** PostgreSQL: every statement's deadline (statement_timeout) in ms; 0 or absent means none. */
  statementTimeoutMs?: number;
}

/** Advisory lock keys of the install (one namespace, so that they cannot collide with each other). */
export const ADVISORY_LOCKS = { migrate: 720_001, reminders: 720_002, digests: 720_003, wheel: 720_004 } as const;

/**
 * Instances that start together on an empty database would otherwise both create the same
 * tables, and one would crash. The first to take the lock migrates; the others wait on it and
 * then find nothing left to do. Held on one reserved connection, so the pool stays free for
 * the migration itself.
 */
async function migrateUnderLock(client: postgres.Sql, migrate: () => Promise<void>): Promise<void> {
  const conn = await client.reserve();
  try {
    await conn`select pg_advisory_lock(${ADVISORY_LOCKS.migrate})`;
    try {
      await migrate();
    } finally {
      await conn`select pg_advisory_unlock(${ADVISORY_LOCKS.migrate})`;
    }
  } finally {
    conn.release();
  }
}

/**
 * Drizzle sends its statements unnamed (prepare: false): postgres.js then describes each one
 * in a round trip of its own before binding it, and PostgreSQL parses it anew every time.
 * Named, a statement's text is parsed and described once per connection (postgres.js keeps
 * them, and prepares again if a migration invalidates one), and a query is one round trip.
 * Transactions and savepoints hand their own client to drizzle, so they are wrapped too.
 * A statement with a list of values (`in ($1, $2, …)`, a loader's batch) stays unnamed: each
 * length is a new text, and a connection would keep one prepared statement per length for good.
 */
/** Lists of up to three values are few shapes; longer ones vary with every batch. */
const VALUE_LIST = /\bin \(\$\d+(?:, \$\d+){3,}\)/i;

/** Whether a statement's text is one of a bounded set, worth preparing once per connection. */
export function preparable(query: string): boolean {
  return !VALUE_LIST.test(query);
}

/**
 * Errors that say the connection died under a statement, not that the statement was wrong:
 * postgres.js's own, the socket's, and the server's "terminating connection" family.
 */
const CONNECTION_LOST = new Set(["CONNECTION_CLOSED", "ECONNRESET", "EPIPE", "57P01", "57P02", "08000", "08003", "08006"]);
export function connectionLost(e: unknown): boolean {
  return errorCodes(e).some((code) => CONNECTION_LOST.has(code));
}

/** The codes of an error and of its causes, outermost first (drizzle wraps the driver's error). */
export function errorCodes(e: unknown): string[] {
  const codes: string[] = [];
  for (let cur: unknown = e; typeof cur === "object" && cur !== null; cur = (cur as { cause?: unknown }).cause) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
  }
  return codes;
}

function preparing<T extends postgres.Sql | postgres.TransactionSql>(client: T): T {
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === "unsafe")
        return (query: string, params?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, params, { ...options, prepare: preparable(query) });
      if (prop === "savepoint")
        return (...args: unknown[]) => {
          const fn = args.pop() as (tx: postgres.TransactionSql) => unknown;
          const method = Reflect.get(target, prop, receiver) as (...a: unknown[]) => unknown;
          return method.call(target, ...args, (tx: postgres.TransactionSql) => fn(preparing(tx)));
        };
      if (prop === "begin")
        return async (...args: unknown[]) => {
          const fn = args.pop() as (tx: postgres.TransactionSql) => unknown;
          const method = Reflect.get(target, prop, receiver) as (...a: unknown[]) => Promise<unknown>;
          for (let attempt = 1; ; attempt++) {
            let started = false;
            try {
              return await method.call(target, ...args, (tx: postgres.TransactionSql) => {
                started = true;
                return fn(preparing(tx));
              });
            } catch (e) {
              // Nothing of the transaction ran when its BEGIN found the connection gone (a pooled
              // connection the server closed in a restart): once more, on a connection that works.
              if (started || attempt > 1 || !connectionLost(e)) throw e;
            }
          }
        };
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

/** A readiness probe's budget: a load balancer wants an answer, even "no", within a second. */
export const PING_TIMEOUT_MS = 500;

/**
 * Bounds a probe in time and runs at most one at a time: while one is under way, later
 * callers share it rather than queue behind it on a stalled connection, and once it has
 * outlived the budget they are told "no" at once.
 */
function boundedPing(probe: () => Promise<unknown>): () => Promise<void> {
  let inFlight: Promise<unknown> | undefined;
  let since = 0;
  return async () => {
    if (inFlight && performance.now() - since > PING_TIMEOUT_MS) throw new Error("the database has not answered the last probe");
    if (!inFlight) since = performance.now();
    const current = (inFlight ??= probe().finally(() => {
      inFlight = undefined;
    }));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the database did not answer within ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS);
    });
    try {
      await Promise.race([current, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}

export async function openDatabase(opts: DatabaseOptions): Promise<DatabaseHandle> {
  if (opts.url) {
    const url = opts.url;
    const client = postgres(url, {
      max: opts.poolSize ?? 10,
      onnotice: () => {},
      // Sent at connect, so no statement (however hostile the query behind it) holds a connection for longer.
      connection: {
        // Statements are prepared (see preparing) but still planned for their parameters, as unnamed ones were:
        // a generic plan could serve one arena's or one search word's list with another's plan.
        plan_cache_mode: "force_custom_plan",
        ...((opts.statementTimeoutMs ?? 0) > 0 ? { statement_timeout: opts.statementTimeoutMs } : {}),
      },
    });
    // Readiness has a connection of its own, so that a pool busy with slow requests does not
    // make it wait; connect_timeout is short because an unreachable server is the question.
    const probe = postgres(url, { max: 1, connect_timeout: 2, idle_timeout: 60, onnotice: () => {} });
    const db = drizzlePostgres(preparing(client), { schema, logger: countingLogger }) as unknown as Database;
    return {
      db,
      driver: "postgres",
      ping: boundedPing(() => probe`select 1`),
      postgres: client,
      migrate: (then) =>
        migrateUnderLock(client, async () => {
          // On a connection without the request deadline: building an index over a national dataset may take longer.
          const own = postgres(url, { max: 1, onnotice: () => {} });
          try {
            await migratePostgres(drizzlePostgres(own, { schema }) as never, { migrationsFolder });
          } finally {
            await own.end({ timeout: 5 });
          }
          await then?.();
        }),
      close: async () => {
        await Promise.all([client.end({ timeout: 5 }), probe.end({ timeout: 1 })]);
      },
    };
  }
  const release = opts.dataDir ? lockDataDir(opts.dataDir) : () => {};
  let client: PGlite;
  try {
    client = await PGlite.create(opts.dataDir ? path.resolve(opts.dataDir) : undefined, { extensions: { pg_trgm } });
  } catch (e) {
    release();
    throw e;
  }
  const db = drizzlePglite(fairPglite(client), { schema, logger: withDeadlineGuard(countingLogger) }) as unknown as Database;
  return {
    db,
    driver: "pglite",
    ping: boundedPing(() => db.execute(sql`select 1`)),
    migrate: async (then) => {
      await migratePglite(db as never, { migrationsFolder });
      await then?.();
    },
    close: async () => {
      await client.close();
      release();
    },
  };
}
