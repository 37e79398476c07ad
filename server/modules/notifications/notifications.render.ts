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
    sv: "Logga in i Arena för att läsa mer och svara.\n\nDu får det här mejlet för att du har ett konto i Arena. Vill du inte längre få sådana mejl? Avsluta med ett klick, utan att logga in:\n{unsubscribe}\nAllt om e-post ställer du in under Mitt konto.",
    en: "Sign in to Arena to read more and reply.\n\nYou receive this email because you have an account in Arena. No longer want mail like this? Unsubscribe in one click, without signing in:\n{unsubscribe}\nAll your email settings are under My account.",
  },
  digestSubject: { sv: "Dagens sammanfattning från Arena ({count})", en: "Today's summary from Arena ({count})" },
  digestIntro: { sv: "Det här har hänt sedan förra sammanfattningen:", en: "This has happened since the last summary:" },
  digestFooter: {
    sv: "Logga in i Arena för att läsa mer.\n\nDu får en sammanfattning om dagen för att du har valt det under Mitt konto. Sluta få e-post från Arena med ett klick, utan att logga in:\n{unsubscribe}",
    en: "Sign in to Arena to read more.\n\nYou receive one summary a day because you chose it under My account. Stop all mail from Arena in one click, without signing in:\n{unsubscribe}",
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
  unsubscribe: string,
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
  parts.push(fillText(mail.footer[l], { unsubscribe }));
  return { subject, text: `${parts.join("\n\n")}\n` };
}

/** One mail for a day's notifications, in the recipient's language. */
export function renderDigest(
  items: { kind: string; data: Record<string, unknown> }[],
  recipient: { name: string; locale: Locale },
  unsubscribe: string,
): { subject: string; text: string } {
  const l = recipient.locale;
  const lines = items.map((n) => `- ${renderNotification(n.kind, n.data, l)}`);
  const text = [
    fillText(mail.greeting[l], { name: recipient.name }),
    `${mail.digestIntro[l]}\n\n${lines.join("\n")}`,
    fillText(mail.digestFooter[l], { unsubscribe }),
  ].join("\n\n");
  return { subject: fillText(mail.digestSubject[l], { count: String(items.length) }), text: `${text}\n` };
}
