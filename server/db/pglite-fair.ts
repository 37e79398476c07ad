import type { PGlite, Transaction } from "@electric-sql/pglite";
import { checkDeadline } from "./deadline.js";

/** One turn of the event loop: sockets are accepted and read, timers and /healthz answered. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * PGlite runs in the server's own thread, and it hands its single connection from one query
 * to the next through promise callbacks. Once a few requests are in flight, each finished
 * statement starts the next without ever returning to the event loop: measured, it ran for
 * seconds at a time, until every request in flight was done, while new connections, /healthz
 * and timers waited. So every statement first yields one turn of the event loop, and stops
 * there if its request's deadline has passed (PGlite cannot cancel a running statement).
 * COMMIT and ROLLBACK are issued by PGlite itself and pass unchecked, so a late transaction
 * still ends cleanly.
 */
export function fairPglite(client: PGlite): PGlite {
  const before = async () => {
    await turn();
    checkDeadline();
  };
  const wrapTx = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === "query")
          return async (...args: Parameters<Transaction["query"]>) => {
            await before();
            return target.query(...args);
          };
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
  return new Proxy(client, {
    get(target, prop) {
      if (prop === "query")
        return async (...args: Parameters<PGlite["query"]>) => {
          await before();
          return target.query(...args);
        };
      if (prop === "transaction")
        return async <T>(fn: (tx: Transaction) => Promise<T>) => {
          await before();
          return target.transaction((tx) => fn(wrapTx(tx)));
        };
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
