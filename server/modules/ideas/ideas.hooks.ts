import type { Tx } from "../../db/index.js";
import type { Context } from "../../graphql/context.js";
import type { IdeaRow, IdeaStage } from "./ideas.tables.js";

// What ideas tells the modules built on it, inside the transaction of the change. Ideas does
// not know who listens: they register here when they are loaded (server/modules/index.ts).

type LeftPublic = (tx: Tx, idea: IdeaRow) => Promise<void>;

const leftPublic: LeftPublic[] = [];

/** Hears of an idea that stops being public (its bearers narrowed who may read it). */
export const onIdeaLeftPublic = (fn: LeftPublic) => void leftPublic.push(fn);

export async function ideaLeftPublic(tx: Tx, idea: IdeaRow): Promise<void> {
  for (const fn of leftPublic) await fn(tx, idea);
}

type Moved = (tx: Tx, move: { ideaId: string; arenaId: string; from: IdeaStage; to: IdeaStage; at: Date }) => Promise<void>;

const moved: Moved[] = [];

/** Hears of every move of stage (lifecycle.ts's moveIdea), in its transaction: insight keeps its rollup of stays. */
export const onIdeaMoved = (fn: Moved) => void moved.push(fn);

export async function ideaMoved(tx: Tx, move: Parameters<Moved>[1]): Promise<void> {
  for (const fn of moved) await fn(tx, move);
}

// ---- a referral, asked for by a lower or sibling module (triage's REFER) ----

/**
 * Sends a referral of the idea to a support actor inside the caller's transaction and returns
 * the actor's personal link. Support provides it; triage, on the same floor, may not import
 * support, so it asks through here.
 */
type Refer = (ctx: Context, tx: Tx, idea: IdeaRow, actorGlobalId: string, message: string) => Promise<string>;

let refer: Refer | null = null;

export const provideReferral = (fn: Refer) => void (refer = fn);

export function referIdeaTo(ctx: Context, tx: Tx, idea: IdeaRow, actorGlobalId: string, message: string): Promise<string> {
  if (!refer) throw new Error("No module provides referrals: server/modules/index.ts loads support");
  return refer(ctx, tx, idea, actorGlobalId, message);
}
