import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Config } from "../config.js";

/**
 * Rate limits for sign-in and registration (rate-limiter-flexible, in process memory:
 * one Arena process serves one installation; a shared store can replace it when scaled out).
 * Sign-in counts failures only, per IP and per account; registration counts every attempt per IP;
 * GraphQL requests by people not signed in count per IP.
 */
export class AuthLimits {
  private readonly signInIp: RateLimiterMemory;
  private readonly signInAccount: RateLimiterMemory;
  private readonly registerIp: RateLimiterMemory;
  private readonly anonymousIp: RateLimiterMemory | null;

  constructor(limits: Config["limits"]) {
    const duration = limits.windowMinutes * 60;
    this.signInIp = new RateLimiterMemory({ keyPrefix: "signin_ip", points: limits.signInPerIp, duration });
    this.signInAccount = new RateLimiterMemory({ keyPrefix: "signin_acct", points: limits.signInPerAccount, duration });
    this.registerIp = new RateLimiterMemory({ keyPrefix: "register_ip", points: limits.registerPerIp, duration });
    this.anonymousIp =
      limits.anonymousPerMinute > 0
        ? new RateLimiterMemory({ keyPrefix: "graphql_anon_ip", points: limits.anonymousPerMinute, duration: 60 })
        : null;
  }

  /** Counts a GraphQL request by someone not signed in; returns seconds to wait when over the limit, else 0. */
  async anonymousRequest(ip: string): Promise<number> {
    if (!this.anonymousIp) return 0;
    try {
      await this.anonymousIp.consume(ip);
      return 0;
    } catch (e) {
      if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      throw e;
    }
  }

  /** Minutes to wait if sign-in is blocked for this IP or account, else 0. */
  async signInBlocked(ip: string, email: string): Promise<number> {
    const [a, b] = await Promise.all([this.signInIp.get(ip), this.signInAccount.get(email.toLowerCase())]);
    return Math.max(blockedMinutes(a, this.signInIp.points), blockedMinutes(b, this.signInAccount.points));
  }

  async signInFailed(ip: string, email: string): Promise<void> {
    await Promise.all([swallow(this.signInIp.consume(ip)), swallow(this.signInAccount.consume(email.toLowerCase()))]);
  }

  async signInSucceeded(email: string): Promise<void> {
    await this.signInAccount.delete(email.toLowerCase());
  }

  /** Counts an attempt; returns minutes to wait when over the limit, else 0. */
  async register(ip: string): Promise<number> {
    try {
      await this.registerIp.consume(ip);
      return 0;
    } catch (e) {
      if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 60000));
      throw e;
    }
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
