import { and, eq } from "drizzle-orm";
import type { Tx } from "../../db/index.js";
import { now } from "../../shared/clock.js";
import { recordEvent } from "../audit/audit.service.js";
import { ideaMoved } from "./ideas.hooks.js";
import type { EventKind } from "../../shared/events.js";
import { type IdeaRow, type IdeaStage, ideaCoBearers, ideas } from "./ideas.tables.js";

// Plain data and SQL, no GraphQL: the seed moves its ideas through the same loop.

/**
 * The innovation loop (DOMAIN.md): from each stage, the stages an idea may move to. A move
 * to the same stage is listed only where it is a step of its own (asking the bearers again).
 */
const WITHDRAWN: IdeaStage[] = ["withdrawn"];
/** Stages of work in progress: a coordinator may park an idea in them, and resume it to them. */
export const PARKABLE: readonly IdeaStage[] = ["submitted", "needs_info", "guidance", "development", "testing", "scaling"];
const PARK: IdeaStage[] = ["parked"];
/** What a test cycle's decision may do to an idea it was tested in: pivot, advance or stop. */
const DECIDED: IdeaStage[] = ["development", "scaling", "closed"];
const TRIAGED: IdeaStage[] = ["guidance", "needs_info", "referred", "merged", "declined"];

export const TRANSITIONS: Readonly<Record<IdeaStage, readonly IdeaStage[]>> = {
  draft: ["submitted", ...WITHDRAWN],
  submitted: [...TRIAGED, ...PARK, ...WITHDRAWN],
  // Answered, it goes back in the queue; or it is triaged as it stands.
  needs_info: ["submitted", ...TRIAGED, ...PARK, ...WITHDRAWN],
  guidance: ["testing", ...DECIDED, ...PARK, ...WITHDRAWN],
  development: ["testing", ...DECIDED.filter((s) => s !== "development"), ...PARK, ...WITHDRAWN],
  testing: [...DECIDED, ...PARK, ...WITHDRAWN],
  // Ladder step 4 reached, it is adopted; stepping down takes it back.
  scaling: ["adopted", ...PARK, ...WITHDRAWN],
  adopted: ["scaling"],
  referred: [...WITHDRAWN],
  parked: [...PARKABLE, ...WITHDRAWN],
  merged: [],
  declined: [],
  closed: [],
  withdrawn: [],
};

/** Whether the loop allows an idea in `from` to move to `to`. */
export function canMove(from: IdeaStage, to: IdeaStage): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Columns that change together with a stage: promises and the times of decisions. */
type StageColumns = Partial<
  Pick<IdeaRow, "submittedAt" | "publicNoticeAcceptedAt" | "hearBackBy" | "decisionDueBy" | "acknowledgedAt" | "triagedAt" | "mergedIntoId">
>;

export interface Move {
  actorId: string | null;
  /** The event that records the move (or the step that left the stage as it was). */
  kind: EventKind;
  data?: Record<string, unknown>;
  /** Other columns to write with it. Given on a stay (no change of stage), the row is still written and its version bumped. */
  set?: StageColumns;
  /** When it happened: the clock's now, unless the seed writes the past. */
  at?: Date;
  /** Whether the event also keeps the new version (the idea's own events do, as edits read them for conflicts). */
  withVersion?: boolean;
}

/**
 * The one place an idea changes stage: checks the move against the loop, writes the stage
 * (and any stage time) with a new version, and records the event, whose data carries
 * fromStage/toStage when the stage changed (and, if asked, the new version).
 * Moving to the stage the idea is in, where the loop has no such step, is a stay: nothing
 * is written unless `set` is given, and the event is still recorded.
 * A move the loop forbids is a programming error; callers whose users ask for the move
 * check `canMove` first and answer with a payload error.
 */
export async function moveIdea<R extends IdeaRow>(tx: Tx, idea: R, to: IdeaStage, why: Move): Promise<R> {
  const from = idea.stage;
  const moves = canMove(from, to);
  if (!moves && from !== to) throw new Error(`An idea cannot move from ${from} to ${to}`);
  const at = why.at ?? now();
  let row = idea;
  if (moves || why.set) {
    const [updated] = await tx
      .update(ideas)
      .set({
        ...why.set,
        stage: to,
        ...(to === "submitted" && moves ? { submittedAt: why.set?.submittedAt ?? at } : {}),
        version: idea.version + 1,
        updatedAt: at,
      })
      .where(eq(ideas.id, idea.id))
      .returning();
    // The whole row comes back, so a caller's row type (with or without the search vector) holds.
    row = updated as R;
  }
  await recordEvent(tx, {
    arenaId: idea.arenaId,
    actorId: why.actorId,
    subjectType: "Idea",
    subjectId: idea.id,
    kind: why.kind,
    data: {
      ...why.data,
      ...(moves ? { fromStage: from, toStage: to } : {}),
      ...(why.withVersion && row !== idea ? { version: row.version } : {}),
    },
    // The same instant as the stage's own columns and the move's listeners.
    createdAt: at,
  });
  if (moves) await ideaMoved(tx, { ideaId: idea.id, arenaId: idea.arenaId, from, to, at });
  return row;
}

/** The bearers of an idea (its bearer and the co-bearers who accepted): who hears about decisions on it. */
export async function bearersOf(tx: Tx, idea: Pick<IdeaRow, "id" | "bearerId">): Promise<string[]> {
  const co = await tx
    .select({ userId: ideaCoBearers.userId })
    .from(ideaCoBearers)
    .where(and(eq(ideaCoBearers.ideaId, idea.id), eq(ideaCoBearers.status, "accepted")));
  return [...new Set([idea.bearerId, ...co.flatMap((c) => (c.userId ? [c.userId] : []))])];
}
