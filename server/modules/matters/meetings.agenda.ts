import type { Context } from "../../graphql/context.js";
import type { Tx } from "../../db/index.js";
import { fail } from "../../graphql/errors.js";
import type { meetings } from "./matters.tables.js";

type MeetingRow = typeof meetings.$inferSelect;

/** A matter placed with the meeting's body goes on its agenda (on_agenda). */
export async function putOnAgenda(
  ctx: Context,
  _tx: Tx,
  _meeting: MeetingRow,
  _matterGlobalId: string,
): Promise<{ id: string; title: string }> {
  return fail(ctx.locale, "input.matterId", "NOT_FOUND");
}

/** Matters taken off an agenda, or on a cancelled meeting's, wait at their body again (placed). */
export async function takeOffAgenda(_ctx: Context, _tx: Tx, _meeting: MeetingRow, _matterIds: string[]): Promise<void> {}
