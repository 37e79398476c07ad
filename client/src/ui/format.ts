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

/** A calendar date (YYYY-MM-DD) in words, without shifting it through a time zone. */
export function formatLocalDate(value: string): string {
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(locale(), { dateStyle: "long", timeZone: "UTC" }).format(date);
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
