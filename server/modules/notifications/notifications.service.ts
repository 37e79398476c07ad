import type { Tx } from "../../db/index.js";
import { notifications } from "./notifications.tables.js";

export interface NotificationInput {
  userId: string;
  arenaId: string | null;
  kind: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
}

/** Records in-app notifications inside the transaction of what caused them. */
export async function notify(tx: Tx, list: NotificationInput[]): Promise<void> {
  if (list.length === 0) return;
  await tx.insert(notifications).values(list.map((n) => ({ ...n, data: n.data ?? {} })));
}
