import type { Tx } from "../../db/index.js";
import type { Locale } from "./accounts.tables.js";

// What accounts needs from the floors above it, registered by them when they are loaded
// (server/modules/index.ts): mail goes out through notifications' outbox, and each module
// that keeps personal data says how to hand it out and how to erase it.

export interface AccountMail {
  to: string;
  subject: string;
  text: string;
  /** The reader's language, for the footer. */
  locale: Locale;
}
type MailSender = (tx: Tx, mail: AccountMail) => Promise<void>;
let mailSender: MailSender | undefined;

/** Notifications registers the outbox as the way account mail (reset, confirm an address) goes out. */
export const registerAccountMailer = (fn: MailSender) => void (mailSender = fn);

export async function sendAccountMail(tx: Tx, mail: AccountMail): Promise<void> {
  if (!mailSender) throw new Error("No account mailer is registered (server/modules/index.ts loads notifications' hooks)");
  await mailSender(tx, mail);
}

/**
 * A module's share of a person's data: `collect` for "Download my data" (plain JSON), `erase`
 * for "Delete my account" (erase or pseudonymise; what is a public record stays). Erasure runs
 * in the order of registration, before accounts pseudonymises the person itself.
 */
export interface PersonalDataPart {
  key: string;
  collect(tx: Tx, userId: string): Promise<unknown>;
  /** `name` is the person's name as others' records may carry it, and `neutralName` what replaces it. */
  erase(tx: Tx, user: { id: string; email: string; name: string; neutralName: string }): Promise<void>;
}
const parts: PersonalDataPart[] = [];

export const registerPersonalData = (part: PersonalDataPart) => void parts.push(part);
export const personalDataParts = (): readonly PersonalDataPart[] => parts;
