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

/** Texts of the statements sent while a recording is open (tests: which columns a read path selects). */
const recordings = new Set<string[]>();

/** Starts recording the text of every statement this process sends; stop() returns them. */
export function recordStatements(): { stop(): string[] } {
  const texts: string[] = [];
  recordings.add(texts);
  return {
    stop() {
      recordings.delete(texts);
      return texts;
    },
  };
}

/** Drizzle logger that adds every statement to the tally of the operation it runs in (and to open recordings). */
export const countingLogger: Logger = {
  logQuery(query) {
    const tally = storage.getStore();
    if (tally) tally.count++;
    for (const r of recordings) r.push(query);
  },
};
