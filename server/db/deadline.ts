import { AsyncLocalStorage } from "node:async_hooks";
import { GraphQLError } from "graphql";
import type { Locale } from "../modules/accounts/accounts.tables.js";
import { message } from "../graphql/messages.js";

/**
 * The deadline of the request being served. PostgreSQL enforces its own with
 * statement_timeout; PGlite has no such timer (a statement cannot be interrupted there), so
 * the embedded driver checks this before every statement instead: a request past its
 * deadline gets no more queries and ends with TIMEOUT instead of occupying the one connection.
 */
export interface RequestDeadline {
  /** Epoch milliseconds. */
  at: number;
  locale: Locale;
}

const storage = new AsyncLocalStorage<RequestDeadline>();

export function withDeadline<T>(deadline: RequestDeadline, fn: () => T): T {
  return storage.run(deadline, fn);
}

export function currentDeadline(): RequestDeadline | undefined {
  return storage.getStore();
}

/** Seconds a client should wait before trying again after a TIMEOUT or SERVER_BUSY answer. */
export const RETRY_AFTER_SECONDS = 2;

export class DeadlineExceededError extends GraphQLError {
  constructor(locale: Locale) {
    super(message("TIMEOUT", locale), {
      extensions: {
        code: "TIMEOUT",
        http: { status: 503, headers: new Map([["retry-after", String(RETRY_AFTER_SECONDS)]]) },
      },
    });
  }
}

/** Throws TIMEOUT when the current request's deadline has passed; outside a request (jobs, seeds) it never does. */
export function checkDeadline(now = Date.now()): void {
  const d = storage.getStore();
  if (d && now >= d.at) throw new DeadlineExceededError(d.locale);
}
