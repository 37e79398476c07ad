import { eq, inArray, sql } from "drizzle-orm";
import type { Database, Tx } from "../../db/index.js";
import { signToken, verifyToken } from "../../auth/signed-token.js";
import { eventDeclarations } from "../../shared/events.js";
import type { Locale } from "../accounts/accounts.tables.js";
import { renderNotification } from "./notifications.render.js";
import { type MailDelivery, mailSettings } from "./notifications.tables.js";

/**
 * Who gets what by mail, and the one-click unsubscribe link every notification mail carries
 * (RFC 8058: List-Unsubscribe with an https URL, List-Unsubscribe-Post, and the same link in the
 * body). The link is a signed token naming the person and the kind (or "*": all mail), so that
 * it works without signing in and needs no row.
 */

let appUrl = "http://localhost:4000";

/** The address links in mail point to (the server's APP_URL); set once at start. */
export function configureMailLinks(url: string): void {
  appUrl = url;
}

const TRANSACTIONAL_FOOTER: Record<Locale, string> = {
  sv: "Det här är ett servicemeddelande från Arena: det skickas bara när något du eller din organisation gör behöver det, och går därför inte att avregistrera sig från.",
  en: "This is a service message from Arena: it is sent only when something you or your organisation is doing needs it, so there is no unsubscribing from it.",
};

/** The footer of a transactional mail, in the reader's language (both when it is not known). */
export const transactionalFooter = (locale?: Locale): string =>
  `-- \n${locale ? TRANSACTIONAL_FOOTER[locale] : `${TRANSACTIONAL_FOOTER.sv}\n\n${TRANSACTIONAL_FOOTER.en}`}`;

let installationDigestHour = 7;

/** The Swedish hour daily digests go out for people who chose none (MAIL_DIGEST_HOUR); set once at start. */
export function configureDigestHour(hour: number): void {
  installationDigestHour = hour;
}
export const defaultDigestHour = () => installationDigestHour;

/** "Every kind": what a digest's link unsubscribes from. */
export const ALL_KINDS = "*";

export function unsubscribeUrl(userId: string, kind: string): string {
  return `${appUrl}/unsubscribe/${signToken(`${userId}:${kind}`)}`;
}

export function unsubscribeHeaders(url: string): Record<string, string> {
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

/** The person and kind of an unsubscribe token this install signed, or null. */
export function readUnsubscribeToken(token: string): { userId: string; kind: string } | null {
  const payload = verifyToken(token);
  const m = payload ? /^([0-9a-f-]{36}):(.+)$/.exec(payload) : null;
  return m ? { userId: m[1]!, kind: m[2]! } : null;
}

export interface MailPreference {
  delivery: MailDelivery;
  mutedKinds: string[];
  /** The Swedish hour of the daily digest; null: the installation's. */
  digestHour: number | null;
}
export const DEFAULT_PREFERENCE: MailPreference = { delivery: "immediate", mutedKinds: [], digestHour: null };

export async function preferencesOf(tx: Tx | Database, userIds: string[]): Promise<Map<string, MailPreference>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx.select().from(mailSettings).where(inArray(mailSettings.userId, userIds));
  return new Map(rows.map((r) => [r.userId, { delivery: r.delivery, mutedKinds: r.mutedKinds, digestHour: r.digestHour }]));
}

/** Whether a notification of this kind goes out by mail at once. */
export const mailsAtOnce = (p: MailPreference, kind: string) => p.delivery === "immediate" && !p.mutedKinds.includes(kind);

/** The kinds a person may be notified of, with a label that names them in the reader's language. */
export function notificationKinds(locale: Locale): { kind: string; label: string }[] {
  const sample = { title: "…", by: "…", other: "…", actor: "…", step: "…" };
  return eventDeclarations().flatMap((d) => {
    const template = d.notification?.text;
    if (!template) return [];
    // A kind whose text depends on its data says nothing for the sample: its timeline name does.
    const says = typeof template === "function" ? template(sample) : template;
    return [{ kind: d.kind, label: says ? renderNotification(d.kind, sample, locale) : (d.label?.[locale] ?? d.kind) }];
  });
}

export const isNotificationKind = (kind: string) => eventDeclarations().some((d) => d.kind === kind && d.notification !== undefined);

/** Turns a kind's mail off (or all mail, for ALL_KINDS); returns whether anything changed. */
export async function muteKind(tx: Tx, userId: string, kind: string): Promise<boolean> {
  const [before] = await tx.select().from(mailSettings).where(eq(mailSettings.userId, userId)).for("update");
  const p = before ?? DEFAULT_PREFERENCE;
  if (kind === ALL_KINDS ? p.delivery === "none" : p.mutedKinds.includes(kind)) return false;
  const next =
    kind === ALL_KINDS
      ? { delivery: "none" as const, mutedKinds: p.mutedKinds }
      : { delivery: p.delivery, mutedKinds: [...p.mutedKinds, kind] };
  await tx
    .insert(mailSettings)
    .values({ userId, ...next, updatedAt: new Date() })
    .onConflictDoUpdate({ target: mailSettings.userId, set: { ...next, updatedAt: sql`now()` } });
  return true;
}

export async function saveSettings(tx: Tx, userId: string, p: MailPreference): Promise<void> {
  await tx
    .insert(mailSettings)
    .values({ userId, ...p, updatedAt: new Date() })
    .onConflictDoUpdate({ target: mailSettings.userId, set: { ...p, updatedAt: sql`now()` } });
}
