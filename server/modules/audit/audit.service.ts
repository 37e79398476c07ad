import type { Tx } from "../../db/index.js";
import { now } from "../../shared/clock.js";
import { events } from "./audit.tables.js";
import type { EventKind } from "../../shared/events.js";

export interface EventInput {
  arenaId: string | null;
  actorId: string | null;
  subjectType: string;
  subjectId: string;
  /** Declared by the module that records it (see server/shared/events.ts). */
  kind: EventKind;
  data?: Record<string, unknown>;
  /** When it happened: the clock's now, unless the seed writes the past. */
  createdAt?: Date;
}

/** Writes one event; call it inside the transaction of the change it records. Its time is the clock's, which tests can move. */
export async function recordEvent(tx: Tx, e: EventInput): Promise<void> {
  await tx.insert(events).values({ ...e, data: e.data ?? {}, createdAt: e.createdAt ?? now() });
}
