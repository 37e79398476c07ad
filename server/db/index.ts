import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { lockDataDir } from "./lock.js";
import { fairPglite, withDeadlineGuard } from "./pglite-fair.js";
import * as schema from "./schema.js";
import { countingLogger } from "./statement-counter.js";

export type Schema = typeof schema;
/** One type for both drivers: the code above this module never knows which it runs on. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database: services accept either. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../drizzle");

export interface DatabaseHandle {
  db: Database;
  driver: "pglite" | "postgres";
  /** Throws when the database cannot answer. */
  ping(): Promise<void>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL; when absent, embedded PGlite is used. */
  url?: string;
  /** PGlite data directory; undefined means in memory (tests). */
  dataDir?: string;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

export async function openDatabase(opts: DatabaseOptions): Promise<DatabaseHandle> {
  if (opts.url) {
    const client = postgres(opts.url, { max: opts.poolSize ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema, logger: countingLogger }) as unknown as Database;
    return {
      db,
      driver: "postgres",
      ping: async () => {
        await client`select 1`;
      },
      migrate: () => migratePostgres(db as never, { migrationsFolder }),
      close: () => client.end({ timeout: 5 }),
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
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: async () => {
      await client.close();
      release();
    },
  };
}
