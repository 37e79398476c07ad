import { and, asc, desc, eq, gt, isNull, lte, sql } from "drizzle-orm";
import type { Database } from "../../db/index.js";
import * as clock from "../../shared/clock.js";
import { swedishTodayIso } from "../../shared/clock.js";
import { users } from "../accounts/accounts.tables.js";
import { ALL_KINDS, defaultDigestHour, unsubscribeHeaders, unsubscribeUrl } from "./mail-settings.js";
import { renderDigest } from "./notifications.render.js";
import { mailDigests, mailSettings, notifications, outbox } from "./notifications.tables.js";

/**
 * The daily digest: one mail a Swedish day for each person who asked for it, from the Swedish
 * hour they chose (or the installation's: a tick before it finds them not yet due), with the
 * notifications since their last one (kinds they turned off left out). A person's day is taken
 * by inserting (person, day) into mail_digests in the transaction that writes the mail: should
 * two instances (or two ticks) try at once, the primary key lets one through and the other
 * finds nothing to do. Returns the number of digests mailed.
 */
export async function sendDailyDigests(db: Database): Promise<number> {
  const day = swedishTodayIso();
  const now = clock.now();
  const due = await db
    .select({ id: users.id })
    .from(mailSettings)
    .innerJoin(users, eq(users.id, mailSettings.userId))
    .where(
      and(
        eq(mailSettings.delivery, "daily"),
        isNull(users.deletedAt),
        lte(sql`coalesce(${mailSettings.digestHour}, ${defaultDigestHour()})`, clock.swedishHour()),
      ),
    );
  let mailed = 0;
  for (const { id } of due) {
    const sent = await db.transaction(async (tx) => {
      const [previous] = await tx
        .select({ until: mailDigests.coveredUntil })
        .from(mailDigests)
        .where(eq(mailDigests.userId, id))
        .orderBy(desc(mailDigests.day))
        .limit(1);
      const taken = await tx
        .insert(mailDigests)
        .values({ userId: id, day, coveredUntil: now })
        .onConflictDoNothing()
        .returning({ day: mailDigests.day });
      if (taken.length === 0) return false;
      const [person] = await tx
        .select({ email: users.email, name: users.name, locale: users.locale, muted: mailSettings.mutedKinds })
        .from(users)
        .innerJoin(mailSettings, eq(mailSettings.userId, users.id))
        .where(eq(users.id, id));
      const since = previous?.until ?? new Date(now.getTime() - clock.DAY_MS);
      const items = (
        await tx
          .select({ kind: notifications.kind, data: notifications.data })
          .from(notifications)
          .where(and(eq(notifications.userId, id), gt(notifications.createdAt, since), lte(notifications.createdAt, now)))
          .orderBy(asc(notifications.createdAt))
      ).filter((n) => !person!.muted.includes(n.kind));
      if (items.length === 0) return false;
      const unsubscribe = unsubscribeUrl(id, ALL_KINDS);
      await tx.insert(outbox).values({
        toAddress: person!.email,
        arenaId: null,
        createdAt: new Date(),
        headers: unsubscribeHeaders(unsubscribe),
        ...renderDigest(items, person!, unsubscribe),
      });
      return true;
    });
    if (sent) mailed++;
  }
  return mailed;
}
