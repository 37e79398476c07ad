import type { Request, Response } from "express";
import type { Logger } from "pino";
import type { AuthLimits } from "../auth/rate-limit.js";
import type { SessionStore, Viewer } from "../auth/sessions.js";
import type { Config } from "../config.js";
import type { Database } from "../db/index.js";
import type { Locale } from "../modules/accounts/accounts.tables.js";
import type { Mailer } from "../modules/notifications/notifications.mailer.js";
import type { Loaders } from "./loaders.js";
import type { ArenaPubSub } from "./pubsub.js";

/** Per-request context: built fresh for every HTTP request and WebSocket operation. */
export interface Context {
  db: Database;
  config: Config;
  locale: Locale;
  requestId: string;
  log: Logger;
  viewer: Viewer | null;
  /** Raw session token, for sign-out. */
  sessionToken?: string;
  loaders: Loaders;
  pubSub: ArenaPubSub;
  /** Sends the outbox after commit; one per server. */
  mailer: Mailer;
  sessions: SessionStore;
  limits: AuthLimits;
  ip: string;
  /** A mutation committed: public answers kept for visitors are stale (runMutation calls it). */
  publicChanged: () => void;
  /** Absent on WebSocket operations. */
  req?: Request;
  res?: Response;
}
