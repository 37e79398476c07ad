import { eq } from "drizzle-orm";
import type { Database } from "../../db/index.js";
import type { Context } from "../../graphql/context.js";
import { apiError, fail, userError } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { validateInput } from "../../graphql/validation.js";
import { users } from "../accounts/accounts.tables.js";
import type { Locale } from "../accounts/accounts.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import {
  ALL_KINDS,
  DEFAULT_PREFERENCE,
  type MailPreference,
  defaultDigestHour,
  isNotificationKind,
  muteKind,
  notificationKinds,
  preferencesOf,
  readUnsubscribeToken,
  saveSettings,
} from "./mail-settings.js";
import { type MailDeliveryEnum, MailSettings, type MailSettingsInput } from "./mail-settings.types.js";
import { NotificationEvents } from "./notifications.events.js";

function requireViewer(ctx: Context) {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  return ctx.viewer;
}

function toSettings(p: MailPreference, locale: Locale): MailSettings {
  return Object.assign(new MailSettings(), {
    delivery: p.delivery as MailDeliveryEnum,
    kinds: notificationKinds(locale).map((k) => ({ ...k, byMail: !p.mutedKinds.includes(k.kind) })),
    digestHour: p.digestHour,
    defaultDigestHour: defaultDigestHour(),
  });
}

export async function mySettings(ctx: Context): Promise<MailSettings> {
  const viewer = requireViewer(ctx);
  const p = (await preferencesOf(ctx.db, [viewer.id])).get(viewer.id) ?? DEFAULT_PREFERENCE;
  return toSettings(p, ctx.locale);
}

export async function updateMySettings(ctx: Context, input: MailSettingsInput) {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, async (tx) => {
    await validateInput(input, ctx.locale);
    const muted = [...new Set(input.mutedKinds)];
    if (muted.some((k) => !isNotificationKind(k))) fail(ctx.locale, "input.mutedKinds", "UNKNOWN_KIND");
    const p: MailPreference = { delivery: input.delivery, mutedKinds: muted, digestHour: input.digestHour ?? null };
    await saveSettings(tx, viewer.id, p);
    await recordEvent(tx, {
      arenaId: null,
      actorId: viewer.id,
      subjectType: "User",
      subjectId: viewer.id,
      kind: NotificationEvents.mailSettingsChanged,
      data: { delivery: p.delivery, mutedKinds: muted, digestHour: p.digestHour },
    });
    return toSettings(p, ctx.locale);
  });
}

/** What an unsubscribe token stops, named in the reader's language. */
function stoppedLabel(kind: string, locale: Locale) {
  if (kind === ALL_KINDS) return locale === "sv" ? "All e-post från Arena" : "All mail from Arena";
  return notificationKinds(locale).find((k) => k.kind === kind)?.label ?? kind;
}

/**
 * Follows an unsubscribe link (the page's button, or a mail client's one-click POST): that kind
 * of mail, or all of it, stops. Idempotent; the person need not be signed in.
 */
export async function unsubscribeWith(db: Database, token: string): Promise<{ kind: string } | null> {
  const claim = readUnsubscribeToken(token);
  if (!claim || (claim.kind !== ALL_KINDS && !isNotificationKind(claim.kind))) return null;
  return db.transaction(async (tx) => {
    const [person] = await tx.select({ id: users.id, deletedAt: users.deletedAt }).from(users).where(eq(users.id, claim.userId));
    if (!person || person.deletedAt) return null;
    if (await muteKind(tx, person.id, claim.kind))
      await recordEvent(tx, {
        arenaId: null,
        actorId: person.id,
        subjectType: "User",
        subjectId: person.id,
        kind: NotificationEvents.unsubscribed,
        data: { kind: claim.kind },
      });
    return { kind: claim.kind };
  });
}

export async function unsubscribe(ctx: Context, token: string) {
  const done = await unsubscribeWith(ctx.db, token);
  if (!done) return { stopped: null, errors: [userError(ctx.locale, "token", "UNSUBSCRIBE_INVALID")] };
  return { stopped: stoppedLabel(done.kind, ctx.locale), errors: [] };
}
