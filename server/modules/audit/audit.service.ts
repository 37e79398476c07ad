import type { Tx } from "../../db/index.js";
import { events } from "./audit.tables.js";

export interface EventInput {
  arenaId: string | null;
  actorId: string | null;
  subjectType: string;
  subjectId: string;
  kind: string;
  data?: Record<string, unknown>;
}

/** Writes one event; call it inside the transaction of the change it records. */
export async function recordEvent(tx: Tx, e: EventInput): Promise<void> {
  await tx.insert(events).values({ ...e, data: e.data ?? {} });
}
