import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/** A copy of a JSON value with every string equal to `from` replaced by `to`, at any depth. */
export function replaceString(value: unknown, from: string, to: string): unknown {
  if (value === from) return to;
  if (Array.isArray(value)) return value.map((v) => replaceString(v, from, to));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceString(v, from, to)]));
  return value;
}

/**
 * Whether a jsonb column holds the string anywhere. Events and notifications carry the names
 * of the people they mention (`by`, `actor`, …) as written at the time, so a deleted person's
 * name is found by value, not by key.
 */
export const jsonHoldsString = (column: AnyPgColumn, text: string): SQL<boolean> =>
  sql<boolean>`jsonb_path_exists(${column}, '$.** ? (@ == $n)', jsonb_build_object('n', ${text}::text))`;
