import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { hasRole } from "../../auth/sessions.js";
import type { Context } from "../../graphql/context.js";
import { fail } from "../../graphql/errors.js";
import { afterCommit, runMutation } from "../../graphql/mutation.js";
import { fromGlobalId } from "../../graphql/relay.js";
import { recordEvent } from "../audit/audit.service.js";
import { NotificationEvents } from "./notifications.events.js";
import { outbox } from "./notifications.tables.js";
import { toOutboxMail } from "./notifications.types.js";

/**
 * An administrator sends an unsent mail again now, typically one the mailer gave up on after
 * an outage longer than its retries: its attempts start over. It keeps its Message-ID, so a
 * receiver that did get an earlier copy can collapse the two. Only the admins of the mail's
 * arena may; to anyone else it does not exist.
 */
export async function resendMail(ctx: Context, id: string) {
  return runMutation(ctx, async (tx) => {
    const raw = fromGlobalId(id, "OutboxMail")?.id;
    if (!raw) fail(ctx.locale, "id", "NOT_FOUND");
    const [mail] = await tx.select().from(outbox).where(eq(outbox.id, raw)).for("update");
    if (!mail?.arenaId || !hasRole(ctx.viewer, mail.arenaId, ["admin"])) fail(ctx.locale, "id", "NOT_FOUND");
    if (mail.sentAt) fail(ctx.locale, "id", "ALREADY_SENT");
    // An instance holding the mail may be handing it to the SMTP server right now.
    const [row] = await tx
      .update(outbox)
      .set({ attempts: 0, nextAttemptAt: sql`now()`, claimedUntil: null })
      .where(and(eq(outbox.id, mail.id), or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, sql`now()`))))
      .returning();
    if (!row) fail(ctx.locale, "id", "MAIL_BEING_SENT");
    await recordEvent(tx, {
      arenaId: mail.arenaId,
      actorId: ctx.viewer!.id,
      subjectType: "OutboxMail",
      subjectId: mail.id,
      kind: NotificationEvents.mailResent,
      data: { attemptsBefore: mail.attempts, lastError: mail.lastError },
    });
    afterCommit(tx, (c) => c.mailer.kick());
    return toOutboxMail(row);
  });
}
