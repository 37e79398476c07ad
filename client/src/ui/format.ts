import { currentLanguage } from "../i18n";

const locale = () => (currentLanguage() === "en" ? "en-GB" : "sv-SE");

/** 3 mars 2026 / 3 March 2026 */
export function formatDate(value: string | Date): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: "long" }).format(new Date(value));
}

/** 3 mars 2026 14:32 */
export function formatDateTime(value: string | Date): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: "long", timeStyle: "short" }).format(new Date(value));
}

/** 14:32 */
export function formatTime(value: string | Date): string {
  return new Intl.DateTimeFormat(locale(), { hour: "2-digit", minute: "2-digit" }).format(new Date(value));
}
