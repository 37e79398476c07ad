import { type RateLimiterAbstract, RateLimiterDrizzle, RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Config } from "../config.js";
import type { DatabaseHandle } from "../db/index.js";
import { rateLimits } from "./rate-limit.tables.js";

/** The one place that decides where counters live; every limiter is made through it. */
export type LimiterFactory = (keyPrefix: string, points: number, durationSeconds: number) => RateLimiterAbstract;

/**
 * On PostgreSQL the counters are rows (rate-limiter-flexible's Drizzle store: one atomic
 * upsert per count), so every instance sharing the database counts against the same limit.
 * They are written on the pool, outside the caller's transaction, so a rolled-back sign-in
 * still counts. PGlite has one process and one connection, which a transaction holds: there
 * the counters stay in memory.
 */
export function limiterFactory(database: Pick<DatabaseHandle, "db" | "driver">): LimiterFactory {
  if (database.driver === "postgres")
    return (keyPrefix, points, duration) =>
      new RateLimiterDrizzle({ storeClient: database.db, schema: rateLimits, keyPrefix, points, duration });
  return (keyPrefix, points, duration) => new RateLimiterMemory({ keyPrefix, points, duration });
}

/**
 * Rate limits for sign-in and registration (rate-limiter-flexible). Sign-in counts failures
 * only: per account and source together (the account+IP key), so that a stranger's wrong
 * guesses from elsewhere cannot lock a person out, and per IP across accounts (looser), so that
 * guessing from one place stays slow. Registration and password-reset requests count every
 * attempt per IP; GraphQL requests by people not signed in count per IP.
 */
export class AuthLimits {
  private readonly signInIp: RateLimiterAbstract;
  private readonly signInAccount: RateLimiterAbstract;
  private readonly registerIp: RateLimiterAbstract;
  private readonly resetIp: RateLimiterAbstract;
  private readonly anonymousIp: RateLimiterAbstract | null;
  private readonly readToken: RateLimiterAbstract;

  constructor(limits: Config["limits"], limiter: LimiterFactory) {
    const duration = limits.windowMinutes * 60;
    this.signInIp = limiter("signin_ip", limits.signInPerIp, duration);
    this.signInAccount = limiter("signin_acct_ip", limits.signInPerAccount, duration);
    this.registerIp = limiter("register_ip", limits.registerPerIp, duration);
    this.resetIp = limiter("reset_ip", limits.passwordResetPerIp, duration);
    this.anonymousIp = limits.anonymousPerMinute > 0 ? limiter("graphql_anon_ip", limits.anonymousPerMinute, 60) : null;
    this.readToken = limiter("graphql_read_token", limits.readTokenPerMinute, 60);
  }

  /** Counts a GraphQL request made with a read token; returns seconds to wait when over the limit, else 0. */
  readTokenRequest(tokenId: string): Promise<number> {
    return consumeSeconds(this.readToken, tokenId);
  }

  /** Counts a GraphQL request by someone not signed in; returns seconds to wait when over the limit, else 0. */
  async anonymousRequest(ip: string): Promise<number> {
    return this.anonymousIp ? consumeSeconds(this.anonymousIp, ip) : 0;
  }

  /** Minutes to wait if sign-in is blocked for this IP, or for this account from this IP, else 0. */
  async signInBlocked(ip: string, email: string): Promise<number> {
    const [a, b] = await Promise.all([this.signInIp.get(ip), this.signInAccount.get(accountAndSource(email, ip))]);
    return Math.max(blockedMinutes(a, this.signInIp.points), blockedMinutes(b, this.signInAccount.points));
  }

  async signInFailed(ip: string, email: string): Promise<void> {
    await Promise.all([swallow(this.signInIp.consume(ip)), swallow(this.signInAccount.consume(accountAndSource(email, ip)))]);
  }

  async signInSucceeded(ip: string, email: string): Promise<void> {
    await this.signInAccount.delete(accountAndSource(email, ip));
  }

  /** Counts an attempt; returns minutes to wait when over the limit, else 0. */
  register(ip: string): Promise<number> {
    return consumeMinutes(this.registerIp, ip);
  }

  /** Counts a request for a password-reset mail; returns minutes to wait when over the limit, else 0. */
  passwordReset(ip: string): Promise<number> {
    return consumeMinutes(this.resetIp, ip);
  }
}

const accountAndSource = (email: string, ip: string) => `${email.toLowerCase()}|${ip}`;

async function consumeSeconds(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}

async function consumeMinutes(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 60000));
    throw e;
  }
}

function blockedMinutes(res: RateLimiterRes | null, points: number): number {
  if (!res || res.consumedPoints < points) return 0;
  return Math.max(1, Math.ceil(res.msBeforeNext / 60000));
}

async function swallow(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
  }
}
