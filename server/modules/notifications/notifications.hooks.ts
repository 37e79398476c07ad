import { eq } from "drizzle-orm";
import { jsonHoldsString, replaceString } from "../../shared/pseudonymise.js";
import { registerAccountMailer, registerPersonalData } from "../accounts/accounts.hooks.js";
import { enqueueMail } from "./notifications.service.js";
import { mailDigests, mailSettings, notifications, outbox } from "./notifications.tables.js";

// Account mail (a reset link, an address to confirm) goes out through the outbox.
registerAccountMailer((tx, mail) => enqueueMail(tx, { ...mail, arenaId: null }));

/**
 * A person's notifications and mail settings (what they chose about mail is their consent to
 * it). On erasure they go, with their digests and any mail to them not yet sent.
 */
registerPersonalData({
  key: "notifications",
  async collect(tx, userId) {
    const list = await tx
      .select({ kind: notifications.kind, data: notifications.data, createdAt: notifications.createdAt, readAt: notifications.readAt })
      .from(notifications)
      .where(eq(notifications.userId, userId));
    const [settings] = await tx
      .select({ delivery: mailSettings.delivery, mutedKinds: mailSettings.mutedKinds, since: mailSettings.updatedAt })
      .from(mailSettings)
      .where(eq(mailSettings.userId, userId));
    return { notifications: list, mailSettings: settings ?? null };
  },
  async erase(tx, user) {
    await tx.delete(notifications).where(eq(notifications.userId, user.id));
    await tx.delete(mailSettings).where(eq(mailSettings.userId, user.id));
    await tx.delete(mailDigests).where(eq(mailDigests.userId, user.id));
    await tx.delete(outbox).where(eq(outbox.toAddress, user.email));
    // Other people's notifications that name the person ("… commented by Anna") keep the fact, not the name.
    if (user.name.trim() === "") return;
    const named = await tx
      .select({ id: notifications.id, data: notifications.data })
      .from(notifications)
      .where(jsonHoldsString(notifications.data, user.name));
    for (const n of named)
      await tx
        .update(notifications)
        .set({ data: replaceString(n.data, user.name, user.neutralName) as Record<string, unknown> })
        .where(eq(notifications.id, n.id));
  },
});
