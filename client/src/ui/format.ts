import { currentLanguage } from "../i18n";
import { type FormatLanguage, groupedInteger, longDate, longDateTime, longUtcDate, shortTime } from "./localeFormat";

const language = (): FormatLanguage => (currentLanguage() === "en" ? "en" : "sv");

/** 3 mars 2026 / 3 March 2026 */
export function formatDate(value: string | Date): string {
  return longDate(language(), new Date(value));
}

/** 3 mars 2026 kl. 14:32 / 3 March 2026 at 14:32 */
export function formatDateTime(value: string | Date): string {
  return longDateTime(language(), new Date(value));
}

/** 14:32 */
export function formatTime(value: string | Date): string {
  return shortTime(new Date(value));
}

/** A calendar date (YYYY-MM-DD) in words, without shifting it through a time zone. */
export function formatLocalDate(value: string): string {
  const [y, m, d] = value.split("-").map(Number);
  return longUtcDate(language(), new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

/** 12 345 / 12,345 */
export function formatCount(n: number): string {
  return groupedInteger(language(), n);
}

/** Today in the browser's calendar, YYYY-MM-DD (what a date input and the API's LocalDate use). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A moment as a datetime-local input shows it, in the browser's time zone: YYYY-MM-DDTHH:mm. */
export function toDateTimeLocal(value: string | Date): string {
  const d = new Date(value);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
