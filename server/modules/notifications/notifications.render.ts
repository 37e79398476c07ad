import { type EventData, eventDeclaration, eventDeclarations, fillText } from "../../shared/events.js";
import type { Locale } from "../accounts/accounts.tables.js";

/**
 * What a notification says, rendered from its kind and data in the reader's language: in the
 * app in the caller's locale, by mail in the recipient's (users.locale). Data are stored, not
 * text, so that a notification reads in whichever language it is opened. The texts are
 * declared with the kinds, by the modules that notify (see server/shared/events.ts).
 */
const fallback = { sv: "Något nytt har hänt i Arena", en: "Something new happened in Arena" } as const;

const untitled = { sv: "utan titel", en: "untitled" } as const;

const mail = {
  greeting: { sv: "Hej {name}!", en: "Hello {name}," },
  quote: { sv: "{by} skrev:", en: "{by} wrote:" },
  footer: {
    sv: "Logga in i Arena för att läsa mer och svara.\n\nDu får det här mejlet för att du har ett konto i Arena.",
    en: "Sign in to Arena to read more and reply.\n\nYou receive this email because you have an account in Arena.",
  },
} as const satisfies Record<string, Record<Locale, string>>;

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** Kinds whose message does not name what it is about (a refused access request names no idea). */
export const unnamedSubjectKinds = (): string[] =>
  eventDeclarations().flatMap((d) => {
    const text = d.notification?.text;
    return text && typeof text !== "function" && !text.sv.includes("{title}") ? [d.kind] : [];
  });

/** One line saying what happened, e.g. Ny kommentar på din idé ”Läxhjälp”. */
export function renderNotification(kind: string, data: EventData, locale: Locale): string {
  const template = eventDeclaration(kind)?.notification;
  const text = typeof template?.text === "function" ? template.text(data) : template?.text;
  return fillText((text ?? fallback)[locale], {
    title: str(data.title).trim() || untitled[locale],
    by: str(data.by),
    other: str(data.other),
    actor: str(data.actor),
    step: str(data.step),
    due: str(data.dueOn),
    ...template?.params?.(data, locale),
  });
}

/** The mail of a notification, in the recipient's language. */
export function renderMail(
  kind: string,
  data: Record<string, unknown>,
  recipient: { name: string; locale: Locale },
): { subject: string; text: string } {
  const l = recipient.locale;
  const subject = renderNotification(kind, data, l);
  const excerpt = str(data.excerpt);
  const parts = [fillText(mail.greeting[l], { name: recipient.name }), `${subject}.`];
  const body = eventDeclaration(kind)?.notification?.mailBody?.(data, l);
  if (body) parts.push(body);
  if (excerpt) {
    const quoted = excerpt
      .split("\n")
      .map((line) => `> ${line}`)
      .join("\n");
    parts.push(`${fillText(mail.quote[l], { by: str(data.by) })}\n${quoted}`);
  }
  parts.push(mail.footer[l]);
  return { subject, text: `${parts.join("\n\n")}\n` };
}
