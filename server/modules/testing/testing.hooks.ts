import type { Tx } from "../../db/index.js";
import type { ideas } from "../ideas/ideas.tables.js";
import type { CycleDecision, testCycles } from "./testing.tables.js";

// What testing tells the modules built on it (learning, scaling), inside the transaction of the
// change. Testing does not know who listens: they register here when they are loaded
// (server/modules/index.ts loads them, in this order, for every entry point).

type IdeaRow = typeof ideas.$inferSelect;
type CycleRow = typeof testCycles.$inferSelect;

export interface CyclePlanned {
  tx: Tx;
  idea: IdeaRow;
  cycle: CycleRow;
  actorId: string;
}

export interface CycleDecided {
  tx: Tx;
  idea: IdeaRow;
  cycle: CycleRow;
  decision: CycleDecision;
  rationale: string;
  learnings: string;
  publishLearning: boolean;
  actorId: string;
  /** The cycle's measured results, in words (read on demand: only some listeners need them). */
  resultsInWords: () => Promise<string>;
}

/** What a listener adds to the notification of the decision (e.g. the learning it filed). */
export type DecisionFacts = Record<string, unknown>;

const planned: ((e: CyclePlanned) => Promise<void>)[] = [];
const decided: ((e: CycleDecided) => Promise<DecisionFacts | void>)[] = [];

export const onCyclePlanned = (fn: (e: CyclePlanned) => Promise<void>) => void planned.push(fn);
export const onCycleDecided = (fn: (e: CycleDecided) => Promise<DecisionFacts | void>) => void decided.push(fn);

/** Runs the listeners one after another, in the order they registered. */
export async function cyclePlanned(e: CyclePlanned): Promise<void> {
  for (const fn of planned) await fn(e);
}

export async function cycleDecided(e: CycleDecided): Promise<DecisionFacts> {
  const facts: DecisionFacts = {};
  for (const fn of decided) Object.assign(facts, await fn(e));
  return facts;
}
