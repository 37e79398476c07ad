import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { Kind, parse } from "graphql";
import type { Database } from "../db/index.js";
import { users } from "../modules/accounts/accounts.tables.js";
import * as clock from "../shared/clock.js";
import { readTokens } from "./read-tokens.tables.js";
import { type Viewer, viewerRoles } from "./sessions.js";

/** What every read token starts with: recognisable in a leaked file and by secret scanners. */
export const READ_TOKEN_PREFIX = "arena_pat_";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
export const readTokenHash = sha256;

/** A new token: 256 random bits. Returns the raw token (shown once) and what is stored of it. */
export function newReadToken(): { token: string; hash: string; displayPrefix: string } {
  const token = `${READ_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: sha256(token), displayPrefix: token.slice(0, READ_TOKEN_PREFIX.length + 4) };
}

/** The read token of an Authorization header, or undefined when the request carries none (a session cookie's request). */
export function readTokenFrom(authorization: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  return m?.[1]?.startsWith(READ_TOKEN_PREFIX) ? m[1] : undefined;
}

/**
 * Whether a GraphQL request body only reads: every operation in its document is a query.
 * A request without a document is refused too: Apollo would otherwise run a persisted query
 * by its hash alone, and that could be a mutation someone registered with a session.
 */
export function onlyReads(body: unknown, maxTokens: number): boolean {
  const requests = Array.isArray(body) ? body : [body];
  if (requests.length === 0) return false;
  return requests.every((r) => {
    const query = (r as { query?: unknown } | null)?.query;
    if (typeof query !== "string") return false;
    try {
      return parse(query, { maxTokens }).definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION || d.operation === "query");
    } catch {
      // Apollo answers a document that does not parse; it cannot run anything either.
      return true;
    }
  });
}

/** The person a live token acts for (not revoked, not expired, account not deleted), with their roles now. */
export async function viewerOfReadToken(db: Database, token: string): Promise<{ viewer: Viewer; tokenId: string } | null> {
  const now = clock.now();
  const [row] = await db
    .select({
      tokenId: readTokens.id,
      lastUsedAt: readTokens.lastUsedAt,
      id: users.id,
      name: users.name,
      email: users.email,
      roles: viewerRoles(),
    })
    .from(readTokens)
    .innerJoin(users, eq(users.id, readTokens.userId))
    .where(
      and(eq(readTokens.tokenHash, sha256(token)), isNull(readTokens.revokedAt), gt(readTokens.expiresAt, now), isNull(users.deletedAt)),
    );
  if (!row) return null;
  // "Last used" to the minute: a script reading in a loop writes once a minute, not once a request.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000)
    await db.update(readTokens).set({ lastUsedAt: now }).where(eq(readTokens.id, row.tokenId));
  return { tokenId: row.tokenId, viewer: { id: row.id, name: row.name, email: row.email, roles: row.roles } };
}
