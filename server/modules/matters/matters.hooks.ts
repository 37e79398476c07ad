import type { Tx } from "../../db/index.js";
import type { DecisionOutcome } from "./matters.vocabulary.js";

// What matters tell the modules built on them (plans), inside the transaction of the decision.
// Matters do not know who listens: listeners register here when they are loaded
// (server/modules/index.ts loads them for every entry point).

export interface MatterDecided {
  tx: Tx;
  matterId: string;
  arenaId: string;
  decisionId: string;
  /** The deciding body. */
  bodyId: string;
  outcome: DecisionOutcome;
  /** The day it was decided, YYYY-MM-DD. */
  decidedOn: string;
  actorId: string | null;
  /** When it was recorded: the clock's now, unless the seed writes the past. */
  at?: Date;
}

const decided: ((e: MatterDecided) => Promise<void>)[] = [];

export const onMatterDecided = (fn: (e: MatterDecided) => Promise<void>) => void decided.push(fn);

/** Runs the listeners one after another, in the order they registered. */
export async function matterDecided(e: MatterDecided): Promise<void> {
  for (const fn of decided) await fn(e);
}
