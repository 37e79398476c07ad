import { desc, eq } from "drizzle-orm";
import { outbox } from "../../server/modules/notifications/notifications.tables.js";
import { testDatabase } from "./database.js";

/** The newest mail to an address, from the outbox. */
export async function lastMailTo(address: string) {
  const { db } = await testDatabase();
  const [row] = await db.select().from(outbox).where(eq(outbox.toAddress, address)).orderBy(desc(outbox.createdAt)).limit(1);
  return row;
}

/** The token of the first link to `path` (e.g. "/reset-password/") in a mail's text. */
export function linkToken(text: string, path: string): string {
  const m = new RegExp(`${path}([A-Za-z0-9_.-]+)`).exec(text);
  if (!m) throw new Error(`No ${path} link in:\n${text}`);
  return m[1]!;
}
