import { and, eq } from "drizzle-orm";
import type { Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { fail } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { now } from "../../shared/clock.js";
import { recordEvent } from "../audit/audit.service.js";
import { type NotificationInput, notify } from "../notifications/notifications.service.js";
import { accessRequests } from "../research/research.tables.js";
import { type IdeaAccess, accessTo, mayBeGrantedReader } from "./ideas.access.js";
import { type IdeaRow, type IdeaStage, ideaCoBearers, ideas } from "./ideas.tables.js";

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
  kind: string;
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
    ...(why.at ? { createdAt: why.at } : {}),
  });
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

/** Inside a mutation: the idea locked for update, with the viewer's access; NOT_FOUND when they may not see it. */
export async function lockIdea(ctx: Context, tx: Tx, globalId: string, field: string): Promise<{ row: LockedIdea; access: IdeaAccess }> {
  const id = inputId(ctx, globalId, "Idea", field);
  const [row] = await tx.select().from(ideas).where(eq(ideas.id, id)).for("update");
  if (!row) fail(ctx.locale, field, "NOT_FOUND");
  const co = await tx
    .select({ userId: ideaCoBearers.userId })
    .from(ideaCoBearers)
    .where(and(eq(ideaCoBearers.ideaId, id), eq(ideaCoBearers.status, "accepted")));
  const granted = mayBeGrantedReader(ctx.viewer, row.arenaId)
    ? await tx
        .select({ userId: accessRequests.requesterId })
        .from(accessRequests)
        .where(and(eq(accessRequests.ideaId, id), eq(accessRequests.status, "granted")))
    : [];
  const access = accessTo(
    ctx.viewer,
    row,
    co.flatMap((c) => (c.userId ? [c.userId] : [])),
    granted.map((g) => g.userId),
  );
  if (access === "none") fail(ctx.locale, field, "NOT_FOUND");
  return { row, access };
}

/** A row read whole, as a lock reads it. */
export type LockedIdea = typeof ideas.$inferSelect;

export interface IdeaTarget {
  /** The idea's global id, and the input field that carries it (for NOT_FOUND). */
  id: string;
  field: string;
  /** Who may do it: throws (FORBIDDEN) or fails; returns the acting user's id. */
  may: (locked: { row: LockedIdea; access: IdeaAccess }) => string;
  /** The version the change was based on; a stale one is refused with STALE_EDIT and nothing changes. */
  expectedVersion?: { value: number; field: string };
}

export interface IdeaChange<T> {
  value: T;
  /** Who hears of it; queued in the transaction, told once it commits. */
  notify?: NotificationInput[];
}

/**
 * One mutation on one idea, in the shape of partnership's mutateStructure: lock the idea,
 * check who may and the version, do the work (which moves the idea with moveIdea or records
 * its own event), then notify; all in one transaction, live updates and mail after commit.
 */
export function mutateIdea<T>(
  ctx: Context,
  target: IdeaTarget,
  work: (tx: Tx, locked: { row: LockedIdea; access: IdeaAccess; actorId: string }) => Promise<IdeaChange<T>>,
) {
  return runMutation(ctx, async (tx) => {
    const locked = await lockIdea(ctx, tx, target.id, target.field);
    const actorId = target.may(locked);
    if (target.expectedVersion && target.expectedVersion.value !== locked.row.version)
      fail(ctx.locale, target.expectedVersion.field, "STALE_EDIT");
    const out = await work(tx, { ...locked, actorId });
    if (out.notify && out.notify.length > 0) await notify(tx, out.notify);
    return out.value;
  });
}
