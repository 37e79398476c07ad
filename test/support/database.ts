import { sql } from "drizzle-orm";
import postgres from "postgres";
import { type DatabaseHandle, openDatabase } from "../../server/db/index.js";
import { seed } from "../../server/seed/seed.js";

/*
 * One database per Vitest worker, opened once (PGlite takes seconds to start) and reset
 * between tests. With DATABASE_URL set, each worker gets its own PostgreSQL database
 * (arena_test_<worker>) on that server, created afresh and migrated once.
 */
let handle: Promise<DatabaseHandle> | undefined;

async function open(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openDatabase({});
    await db.migrate();
    return db;
  }
  const name = `arena_test_${process.env.VITEST_POOL_ID ?? "0"}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const db = await openDatabase({ url: u.toString(), poolSize: 5 });
  await db.migrate();
  return db;
}

export function testDatabase(): Promise<DatabaseHandle> {
  handle ??= open();
  return handle;
}

/**
 * Empties every table and loads the seed packs and demo accounts again. The demo ideas are
 * left out unless asked for, so that tests about ideas start from none.
 */
export async function resetDatabase(opts: { ideas?: boolean } = {}): Promise<DatabaseHandle> {
  const h = await testDatabase();
  const tables = await h.db.execute<{ tablename: string }>(sql`select tablename from pg_tables where schemaname = 'public'`);
  const rows = Array.isArray(tables) ? tables : (tables as unknown as { rows: { tablename: string }[] }).rows;
  const names = rows.map((r) => `"${r.tablename}"`).join(", ");
  if (names) await h.db.execute(sql.raw(`truncate ${names} restart identity cascade`));
  await seed(h.db, { ideas: opts.ideas ?? false });
  return h;
}
