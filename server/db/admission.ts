import type { NextFunction, Request, Response } from "express";
import type { Locale } from "../modules/accounts/accounts.tables.js";
import { message } from "../graphql/messages.js";
import { type RequestDeadline, RETRY_AFTER_SECONDS, withDeadline } from "./deadline.js";

export interface AdmissionOptions {
  /** Requests served at once; the rest wait in line. */
  concurrency: number;
  /** Requests that may wait; one more is refused at once with 503. */
  maxQueue: number;
}

interface Waiter {
  admit: () => void;
}

/**
 * First come, first served admission to the database for GraphQL requests. Without it every
 * request in flight takes turns statement by statement, so each is only done when nearly all
 * are (and on PGlite, with one connection, nobody new is ever done under steady load). With
 * it a few requests run at a time and the others wait in line, in order, up to a bound.
 */
export class AdmissionGate {
  private active = 0;
  private readonly queue: Waiter[] = [];

  constructor(readonly opts: AdmissionOptions) {}

  get waiting(): number {
    return this.queue.length;
  }

  get running(): number {
    return this.active;
  }

  /**
   * Resolves with a release function once admitted; "full" when the line is full, "expired"
   * when `signal` aborts (deadline passed, or the client left) before the turn came.
   */
  enter(signal: AbortSignal): Promise<(() => void) | "full" | "expired"> {
    if (this.active < this.opts.concurrency && this.queue.length === 0) {
      this.active++;
      return Promise.resolve(this.releaser());
    }
    if (this.queue.length >= this.opts.maxQueue) return Promise.resolve("full");
    return new Promise((resolve) => {
      const waiter: Waiter = {
        admit: () => {
          signal.removeEventListener("abort", leave);
          resolve(this.releaser());
        },
      };
      const leave = () => {
        const i = this.queue.indexOf(waiter);
        if (i >= 0) this.queue.splice(i, 1);
        resolve("expired");
      };
      if (signal.aborted) return resolve("expired");
      signal.addEventListener("abort", leave, { once: true });
      this.queue.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.next();
    };
  }

  private next() {
    while (this.active < this.opts.concurrency && this.queue.length > 0) {
      const w = this.queue.shift()!;
      this.active++;
      // Admit on a later turn of the event loop: resolving in a promise chain would let one
      // request's end start the next without ever letting sockets be read in between.
      setImmediate(w.admit);
    }
  }
}

function refuse(res: Response, locale: Locale, code: "SERVER_BUSY" | "TIMEOUT") {
  if (res.headersSent) return;
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
  // Do not keep the connection: the body of this request was not read.
  res.setHeader("Connection", "close");
  res.status(503).json({
    errors: [{ message: message(code, locale), extensions: { code, retryAfterSeconds: RETRY_AFTER_SECONDS } }],
  });
}

const deadlines = new WeakMap<Request, RequestDeadline>();

/**
 * Express middleware in front of /graphql: gives each request its deadline, waits for its
 * turn at the gate (503 SERVER_BUSY at once when the line is full, 503 TIMEOUT when half
 * the deadline passes in line) and holds the turn until the response is done or abandoned.
 * `deadlineScope()` must follow the body parser, to make the deadline current for the work.
 */
export function admission(gate: AdmissionGate, opts: { timeoutMs: number; localeOf: (req: Request) => Locale }) {
  return (req: Request, res: Response, next: NextFunction) => {
    const locale = opts.localeOf(req);
    const deadline = { at: Date.now() + opts.timeoutMs, locale };
    const abort = new AbortController();
    // At most half the deadline in line: a request let in at the last moment would be cut off
    // midway, its work wasted while others wait (measured with 200 clients: half the throughput).
    const timer = setTimeout(() => abort.abort(), opts.timeoutMs / 2);
    timer.unref();
    const gone = () => abort.abort();
    res.once("close", gone);
    void gate.enter(abort.signal).then((turn) => {
      clearTimeout(timer);
      res.off("close", gone);
      if (turn === "full") return refuse(res, locale, "SERVER_BUSY");
      if (turn === "expired") return refuse(res, locale, "TIMEOUT");
      res.once("close", turn);
      deadlines.set(req, deadline);
      next();
    });
  };
}

/**
 * Makes the request's deadline current (AsyncLocalStorage) for what follows. Placed after the
 * body parser: the body is read in the socket's async context, which would lose it.
 */
export function deadlineScope() {
  return (req: Request, _res: Response, next: NextFunction) => {
    const deadline = deadlines.get(req);
    if (!deadline) return next();
    withDeadline(deadline, () => next());
  };
}
