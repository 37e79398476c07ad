import { currentLanguage } from "../../i18n";

/** Today in the browser's calendar, YYYY-MM-DD (what a date input and the API's LocalDate use). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A calendar date (YYYY-MM-DD) in words, without shifting it through a time zone. */
export function formatLocalDate(value: string): string {
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(currentLanguage() === "en" ? "en-GB" : "sv-SE", { dateStyle: "long", timeZone: "UTC" }).format(date);
}
