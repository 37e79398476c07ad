import { createHash, randomBytes } from "node:crypto";
import { parse as parseCookie, serialize } from "cookie";
import { and, eq, gt, lt, ne, sql } from "drizzle-orm";
import type { Request, Response } from "express";
import type { Config } from "../config.js";
import type { Database, Tx } from "../db/index.js";
import { type Role, roleGrants, sessions, users } from "../modules/accounts/accounts.tables.js";

export const SESSION_COOKIE = "arena_session";

export interface Viewer {
  id: string;
  name: string;
  email: string;
  roles: { arenaId: string; role: Role }[];
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** What names a session everywhere but the browser (its row, its sockets): the token's hash. */
export const sessionKey = (token: string) => sha256(token);

/** A viewer's roles as one JSON column of a select over users: the session's and the read token's lookups share it. */
export const viewerRoles = () =>
  sql<
    { arenaId: string; role: Role }[]
  >`coalesce((select json_agg(json_build_object('arenaId', ${roleGrants.arenaId}, 'role', ${roleGrants.role})) from ${roleGrants} where ${roleGrants.userId} = ${users.id}), '[]'::json)`;

/** Whether a viewer holds any of the roles in an arena. Admins of an arena hold every role there. */
export function hasRole(viewer: Viewer | null, arenaId: string, roles: readonly Role[]): boolean {
  if (!viewer) return false;
  return viewer.roles.some((r) => r.arenaId === arenaId && (r.role === "admin" || roles.includes(r.role)));
}

export function isAdminAnywhere(viewer: Viewer | null): boolean {
  return !!viewer?.roles.some((r) => r.role === "admin");
}

export class SessionStore {
  constructor(
    private readonly db: Database,
    private readonly cfg: Config["session"],
    private readonly secureCookies: (req: Request) => boolean,
    /** Told of every session ended here, so that its open sockets can be closed on every instance. */
    private readonly onEnded: (sessionKey: string) => void = () => {},
  ) {}

  /** A new random session id at every sign-in (no fixation); returns the raw token. */
  async create(tx: Tx, userId: string): Promise<string> {
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(Date.now() + this.cfg.absoluteHours * 3600_000);
    await tx.insert(sessions).values({ tokenHash: sha256(token), userId, expiresAt });
    // Housekeeping: this user's expired sessions.
    await tx.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, new Date())));
    return token;
  }

  setCookie(req: Request, res: Response, token: string) {
    res.append(
      "Set-Cookie",
      serialize(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: "lax",
        secure: this.secureCookies(req),
        path: "/",
        maxAge: this.cfg.absoluteHours * 3600,
      }),
    );
  }

  clearCookie(req: Request, res: Response) {
    res.append(
      "Set-Cookie",
      serialize(SESSION_COOKIE, "", { httpOnly: true, sameSite: "lax", secure: this.secureCookies(req), path: "/", maxAge: 0 }),
    );
  }

  tokenFrom(cookieHeader: string | undefined): string | undefined {
    if (!cookieHeader) return undefined;
    return parseCookie(cookieHeader)[SESSION_COOKIE] || undefined;
  }

  /** The viewer of a session token, or null when absent, expired or idle too long. */
  async resolve(token: string | undefined): Promise<Viewer | null> {
    if (!token) return null;
    const hash = sha256(token);
    const now = new Date();
    const idleCutoff = new Date(now.getTime() - this.cfg.idleMinutes * 60_000);
    const [row] = await this.db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        lastSeenAt: sessions.lastSeenAt,
        roles: viewerRoles(),
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, hash), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleCutoff)));
    if (!row) return null;
    // Sliding idle timeout, written at most once a minute.
    if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
      await this.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, hash));
    }
    return { id: row.id, name: row.name, email: row.email, roles: row.roles };
  }

  /** Ends a session; inside a transaction pass it as `via` (PGlite has one connection: the outer handle would wait for it). */
  async destroy(token: string | undefined, via: Tx | Database = this.db): Promise<void> {
    if (!token) return;
    await via.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
    this.onEnded(sha256(token));
  }

  /**
   * Ends every session of a person (but `keep`, the caller's own, when given) inside the caller's
   * transaction; returns their keys, to announce once it commits (announceEnded).
   */
  async endAllOf(tx: Tx, userId: string, keep?: string): Promise<string[]> {
    const keepHash = keep ? sha256(keep) : undefined;
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, userId), keepHash ? ne(sessions.tokenHash, keepHash) : undefined))
      .returning({ key: sessions.tokenHash });
    return ended.map((s) => s.key);
  }

  /** Tells every instance that these sessions ended, so that their open sockets close. */
  announceEnded(keys: readonly string[]): void {
    for (const k of keys) this.onEnded(k);
  }

  /**
   * Whether a session still holds (not signed out, expired or idle), checked before each event
   * of a subscription is delivered. Unlike resolve(), it does not count as activity: an open
   * tab that only listens does not keep its session alive.
   */
  async isLive(token: string | undefined): Promise<boolean> {
    if (!token) return false;
    const now = new Date();
    const [row] = await this.db
      .select({ one: sql<number>`1` })
      .from(sessions)
      .where(
        and(
          eq(sessions.tokenHash, sha256(token)),
          gt(sessions.expiresAt, now),
          gt(sessions.lastSeenAt, new Date(now.getTime() - this.cfg.idleMinutes * 60_000)),
        ),
      );
    return row !== undefined;
  }

  /** The viewer for a user inside the transaction that just signed them in. */
  async viewerFor(tx: Tx, user: { id: string; name: string; email: string }): Promise<Viewer> {
    const roles = await tx
      .select({ arenaId: roleGrants.arenaId, role: roleGrants.role })
      .from(roleGrants)
      .where(eq(roleGrants.userId, user.id));
    return { id: user.id, name: user.name, email: user.email, roles };
  }
}
