import type { Tx } from "../../db/index.js";
import type { IdeaRow } from "./ideas.tables.js";

// What ideas tells the modules built on it, inside the transaction of the change. Ideas does
// not know who listens: they register here when they are loaded (server/modules/index.ts).

type LeftPublic = (tx: Tx, idea: IdeaRow) => Promise<void>;

const leftPublic: LeftPublic[] = [];

/** Hears of an idea that stops being public (its bearers narrowed who may read it). */
export const onIdeaLeftPublic = (fn: LeftPublic) => void leftPublic.push(fn);

export async function ideaLeftPublic(tx: Tx, idea: IdeaRow): Promise<void> {
  for (const fn of leftPublic) await fn(tx, idea);
}
