import { and, eq } from "drizzle-orm";
import type { Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { fail } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { type NotificationInput, notify } from "../notifications/notifications.service.js";
import { type IdeaAccess, accessTo, grantedReadersOf, mayBeGrantedReader } from "./ideas.access.js";
import { ideaCoBearers, ideas } from "./ideas.tables.js";

/** Inside a mutation: the idea locked for update, with the viewer's access; NOT_FOUND when they may not see it. */
export async function lockIdea(ctx: Context, tx: Tx, globalId: string, field: string): Promise<{ row: LockedIdea; access: IdeaAccess }> {
  const id = inputId(ctx, globalId, "Idea", field);
  const [row] = await tx.select().from(ideas).where(eq(ideas.id, id)).for("update");
  if (!row) fail(ctx.locale, field, "NOT_FOUND");
  const co = await tx
    .select({ userId: ideaCoBearers.userId })
    .from(ideaCoBearers)
    .where(and(eq(ideaCoBearers.ideaId, id), eq(ideaCoBearers.status, "accepted")));
  const granted = mayBeGrantedReader(ctx.viewer, row.arenaId) ? await grantedReadersOf(tx, [id]) : [];
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
