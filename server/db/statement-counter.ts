import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "drizzle-orm";

/** Counts SQL statements per operation, so list queries can be asserted N+1 free. */
export interface StatementTally {
  count: number;
}

const storage = new AsyncLocalStorage<StatementTally>();

export function withStatementTally<T>(tally: StatementTally, fn: () => T): T {
  return storage.run(tally, fn);
}

export function currentTally(): StatementTally | undefined {
  return storage.getStore();
}

/** Drizzle logger that adds every statement to the tally of the operation it runs in. */
export const countingLogger: Logger = {
  logQuery() {
    const tally = storage.getStore();
    if (tally) tally.count++;
  },
};
