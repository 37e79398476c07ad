import DataLoader from "dataloader";
import { type InferSelectModel, inArray } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../db/index.js";

/** A loader of one row per key, from one `where key in (...)` statement per tick. */
export function oneLoader<K, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K) {
  return new DataLoader<K, R | null>(async (keys) => {
    const rows = await fetch(keys);
    const map = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => map.get(k) ?? null);
  });
}

/** A loader of many rows per key (children of a parent), one statement per tick. */
export function manyLoader<K, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K) {
  return new DataLoader<K, R[]>(async (keys) => {
    const rows = await fetch(keys);
    const map = new Map<K, R[]>();
    for (const r of rows) {
      const k = keyOf(r);
      const list = map.get(k);
      if (list) list.push(r);
      else map.set(k, [r]);
    }
    return keys.map((k) => map.get(k) ?? []);
  });
}

/** A loader of a table's rows by their `id`: `select * from table where id in (...)`, one statement per tick. */
export function rowByIdLoader<T extends PgTable & { id: PgColumn }>(db: Database, table: T) {
  type Row = InferSelectModel<T> & { id: string };
  return oneLoader(
    (k: readonly string[]) =>
      db
        .select()
        .from(table as PgTable)
        .where(inArray(table.id, [...k])) as unknown as Promise<Row[]>,
    (r) => r.id,
  );
}
