import { ArgsType, Field, ID, Int, InterfaceType, ObjectType } from "type-graphql";
import type { ClassType } from "type-graphql";
import { GraphQLError } from "graphql";
import { IntRange } from "./validation.js";

/** Global ids: base64url("Type:uuid"), opaque to clients. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns null for anything that is not a well-formed global id (of the expected type). */
export function fromGlobalId(globalId: string, expectedType?: string): { type: string; id: string } | null {
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const i = decoded.indexOf(":");
  if (i < 1) return null;
  const type = decoded.slice(0, i);
  const id = decoded.slice(i + 1);
  if (!UUID.test(id)) return null;
  if (expectedType && type !== expectedType) return null;
  return { type, id };
}

@InterfaceType({
  description: "An object with a global id, refetchable through `node(id:)`.",
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: "Global id." })
  id!: string;
}

@ObjectType({ description: "Relay page information." })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;
  @Field(() => Boolean)
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true })
  startCursor!: string | null;
  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default 20).` })
  @IntRange(1, MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor after which the page starts." })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
  totalCountCapped: boolean;
}

/** Lists count their matches only up to this many; beyond it a client says "över 1 000". */
export const COUNT_CAP = 1000;

/** A count of a list's matches: exact up to COUNT_CAP; `capped` when there are more. */
export interface TotalCount {
  n: number;
  capped: boolean;
}

/** One generic factory for every `XConnection` and `XEdge` type. */
export function connectionType<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;
    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];
    @Field(() => PageInfo)
    pageInfo!: PageInfo;
    @Field(() => Int, { description: "Total number of items across all pages (at most 1,000 where totalCountCapped says so)." })
    totalCount!: number;
    @Field(() => Boolean, {
      description: 'True when counting stopped at 1,000: there are more than totalCount items (shown as "över 1 000").',
    })
    totalCountCapped!: boolean;
  }
  return ConnectionType as ClassType<Connection<T>>;
}

/**
 * What a cursor part holds: a row id, an instant or date, any text, an offset, a search rank
 * (a non-negative float), or a marker: "o" of an offset cursor, "fts" of a full-text search
 * page, "trgm" of a page of the trigram (misspelling) fallback.
 */
export type CursorPart = "uuid" | "time" | "text" | "offset" | "rank" | "o" | "fts" | "trgm";

/**
 * A date, or an instant to the microsecond as server/db/keyset.ts's timeText gives it (or as
 * PostgreSQL prints a timestamptz, or as Date#toISOString gives it). Checked field by field, so
 * that no impossible date (2030-02-30, which Date.parse accepts) reaches the database as an error.
 */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:Z|[+-](?:0\d|1[0-5])(?::?[0-5]\d){0,2})?)?$/;
function isInstant(v: string): boolean {
  const m = INSTANT.exec(v);
  if (!m) return false;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  const day = new Date(Date.UTC(y!, mo! - 1, d!));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo! - 1 && day.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
}

const PART: Record<CursorPart, (v: unknown) => boolean> = {
  uuid: (v) => typeof v === "string" && UUID.test(v),
  time: (v) => typeof v === "string" && isInstant(v),
  text: (v) => typeof v === "string",
  offset: (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0,
  rank: (v) => typeof v === "number" && Number.isFinite(v) && v >= 0,
  o: (v) => v === "o",
  fts: (v) => v === "fts",
  trgm: (v) => v === "trgm",
};

/**
 * The list and ordering a cursor belongs to (e.g. "ideas:title"), and the form of its key.
 * Two orderings of one list are two kinds: a key means a position only in its own ordering.
 */
export interface CursorKind {
  readonly list: string;
  readonly shape: readonly CursorPart[];
}
export const cursorKind = (list: string, ...shape: CursorPart[]): CursorKind => ({ list, shape });

/**
 * Offset-free keyset cursors: a cursor encodes its kind's tag and the sort key of the last row
 * seen. Callers fetch `first + 1` rows after the cursor and hand them to toConnection.
 */
export function encodeCursor(kind: CursorKind, key: (string | number)[]): string {
  return Buffer.from(JSON.stringify([kind.list, ...key]), "utf8").toString("base64url");
}

/**
 * The key a cursor encodes, or null for none. A cursor of another kind (another list or
 * ordering, edited by hand, or of an older form) is refused with BAD_USER_INPUT rather than
 * reaching the database.
 */
export function decodeCursor(cursor: string | null | undefined, ...kinds: [CursorKind, ...CursorKind[]]): (string | number)[] | null {
  if (!cursor) return null;
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    v = null;
  }
  // One list may page in more than one form (a search's full-text pages, then its misspelling fallback).
  for (const kind of kinds) {
    if (!Array.isArray(v) || v[0] !== kind.list) continue;
    const key = v.slice(1) as (string | number)[];
    if (key.length === kind.shape.length && kind.shape.every((p, i) => PART[p](key[i]))) return key;
  }
  throw new GraphQLError("Bad cursor: use one from a page of this list, in the same order.", { extensions: { code: "BAD_USER_INPUT" } });
}

export function pageSize(args: ConnectionArgs, fallback = 20): number {
  return Math.min(Math.max(args.first ?? fallback, 1), MAX_PAGE_SIZE);
}

export function toConnection<R, T>(
  rows: R[],
  size: number,
  totalCount: number | TotalCount,
  key: (row: R) => (string | number)[],
  map: (row: R) => T,
  hasPrevious: boolean,
  kind: CursorKind,
): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((r) => ({ cursor: encodeCursor(kind, key(r)), node: map(r) }));
  const total = typeof totalCount === "number" ? { n: totalCount, capped: false } : totalCount;
  return {
    edges,
    totalCount: total.n,
    totalCountCapped: total.capped,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
