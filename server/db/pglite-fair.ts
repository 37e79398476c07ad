import type { PGlite, Transaction } from "@electric-sql/pglite";
import type { Logger } from "drizzle-orm";
import { checkDeadline } from "./deadline.js";

/** One turn of the event loop: sockets are accepted and read, timers and /healthz answered. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * PGlite runs in the server's own thread, and it hands its single connection from one query
 * to the next through promise callbacks. Once a few requests are in flight, each finished
 * statement starts the next without ever returning to the event loop: measured, it ran for
 * seconds at a time, until every request in flight was done, while new connections, /healthz
 * and timers waited. So every statement first yields one turn of the event loop.
 */
export function fairPglite(client: PGlite): PGlite {
  const wrapTx = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === "query")
          return async (...args: Parameters<Transaction["query"]>) => {
            await turn();
            return target.query(...args);
          };
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
  return new Proxy(client, {
    get(target, prop) {
      if (prop === "query")
        return async (...args: Parameters<PGlite["query"]>) => {
          await turn();
          return target.query(...args);
        };
      if (prop === "transaction")
        return async <T>(fn: (tx: Transaction) => Promise<T>) => {
          await turn();
          return target.transaction((tx) => fn(wrapTx(tx)));
        };
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The deadline guard for PGlite, which cannot cancel a running statement: a statement of a
 * request whose deadline has passed is not started. It sits in drizzle's logger because that
 * is called before every statement and outside drizzle's error wrapping, so the TIMEOUT error
 * reaches the client as itself (a failed query would be masked as an internal error). COMMIT
 * and ROLLBACK are issued by PGlite itself and pass unchecked: a late transaction still ends
 * cleanly, rolled back.
 */
export function withDeadlineGuard(inner: Logger): Logger {
  return {
    logQuery(query, params) {
      inner.logQuery(query, params);
      checkDeadline();
    },
  };
}
