import { and, eq, inArray } from "drizzle-orm";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { runMutation } from "../../graphql/mutation.js";
import { validateInput } from "../../graphql/validation.js";
import { roleGrants } from "../accounts/accounts.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import { arenas } from "../partnership/partnership.tables.js";
import { fail } from "../../graphql/errors.js";
import type { SendFeedbackInput } from "./feedback.inputs.js";
import { NotificationEvents } from "./notifications.events.js";
import { notify } from "./notifications.service.js";

/**
 * Feedback from the accessibility statement's form reaches the arena's admins as a
 * notification and a mail (notify writes both), with an event on the arena's audit trail.
 * Anyone may send it, signed in or not: the law asks for a way to report a problem, not an account.
 */
export function sendFeedback(ctx: Context, input: SendFeedbackInput) {
  return runMutation(ctx, async (tx) => {
    await validateInput(input, ctx.locale);
    const arenaId = input.arenaId ? inputId(ctx, input.arenaId, "Arena", "input.arenaId") : null;
    if (arenaId) {
      const [arena] = await tx.select({ id: arenas.id }).from(arenas).where(eq(arenas.id, arenaId));
      if (!arena) fail(ctx.locale, "input.arenaId", "NOT_FOUND");
    }
    const admins = await tx
      .selectDistinct({ userId: roleGrants.userId, arenaId: roleGrants.arenaId })
      .from(roleGrants)
      .where(and(eq(roleGrants.role, "admin"), arenaId ? inArray(roleGrants.arenaId, [arenaId]) : undefined));
    const by = ctx.viewer ? `${ctx.viewer.name} (${ctx.viewer.email})` : input.email || (ctx.locale === "sv" ? "en besökare" : "a visitor");
    const data = { by, excerpt: input.message, page: input.page, email: input.email || ctx.viewer?.email || "" };
    const targets = arenaId ? [arenaId] : [...new Set(admins.map((a) => a.arenaId))];
    for (const target of targets)
      await recordEvent(tx, {
        arenaId: target,
        actorId: ctx.viewer?.id ?? null,
        subjectType: "Arena",
        subjectId: target,
        kind: NotificationEvents.feedback,
        data: { page: input.page, length: input.message.length },
      });
    // One notification per admin, in the first arena they administer among those concerned.
    const seen = new Set<string>();
    await notify(
      tx,
      admins.flatMap((a) => {
        if (seen.has(a.userId)) return [];
        seen.add(a.userId);
        return [
          { userId: a.userId, arenaId: a.arenaId, kind: NotificationEvents.feedback, subjectType: "Arena", subjectId: a.arenaId, data },
        ];
      }),
    );
    return true;
  });
}
