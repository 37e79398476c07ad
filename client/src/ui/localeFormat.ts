/**
 * Dates and counts in Swedish and British English, and Swedish alphabetical order, done by hand
 * instead of through Intl. A page's first Intl date or number format, or its first Swedish
 * collation, loads ICU data: one task that cannot be split, 20-70 ms on a phone (up to 280 ms
 * at Lighthouse's 4x slowdown), on every public page that shows a date or sorts names. The
 * results are Intl's own (sv-SE and en-GB, dateStyle "long", timeStyle "short", the sv
 * collator), which test/integration/locale-format.test.ts checks against Intl.
 */
export type FormatLanguage = "sv" | "en";

const MONTHS: Record<FormatLanguage, readonly string[]> = {
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** The parts of a moment in the browser's time zone, or in UTC for a calendar date. */
interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const local = (d: Date): Parts => ({
  year: d.getFullYear(),
  month: d.getMonth(),
  day: d.getDate(),
  hour: d.getHours(),
  minute: d.getMinutes(),
});
const utc = (d: Date): Parts => ({
  year: d.getUTCFullYear(),
  month: d.getUTCMonth(),
  day: d.getUTCDate(),
  hour: d.getUTCHours(),
  minute: d.getUTCMinutes(),
});

const two = (n: number) => String(n).padStart(2, "0");
const dateOf = (lang: FormatLanguage, p: Parts) => `${p.day} ${MONTHS[lang][p.month]} ${p.year}`;
const timeOf = (p: Parts) => `${two(p.hour)}:${two(p.minute)}`;

/** 3 mars 2026 / 3 March 2026, in the browser's time zone. */
export const longDate = (lang: FormatLanguage, d: Date) => dateOf(lang, local(d));

/** 3 mars 2026 kl. 14:32 / 3 March 2026 at 14:32, in the browser's time zone. */
export const longDateTime = (lang: FormatLanguage, d: Date) => {
  const p = local(d);
  return `${dateOf(lang, p)} ${lang === "sv" ? "kl." : "at"} ${timeOf(p)}`;
};

/** 14:32, in the browser's time zone. */
export const shortTime = (d: Date) => timeOf(local(d));

/** 3 mars 2026 for the calendar date of a UTC midnight (no shift through a time zone). */
export const longUtcDate = (lang: FormatLanguage, d: Date) => dateOf(lang, utc(d));

/** 12 345 (no-break space) / 12,345: a whole number with its thousands grouped. */
export function groupedInteger(lang: FormatLanguage, n: number): string {
  const digits = String(Math.abs(Math.trunc(n)));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  const sign = n < 0 && Math.trunc(n) !== 0 ? (lang === "sv" ? "\u2212" : "-") : "";
  return sign + groups.join(lang === "sv" ? "\u00a0" : ",");
}

// Swedish order: å, ä, ö are letters after z (æ and ø as ä and ö, ü as y); other accents do not
// count (é as e); case does not count. Punctuation and spaces come before letters, as in ICU.
const LAST_LETTERS: Record<string, string> = { å: "{", ä: "|", æ: "|", ö: "}", ø: "}", ü: "y" };
const sortKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/[åäæöøü]/g, (c) => LAST_LETTERS[c] ?? c)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");

/** Compares two names in Swedish alphabetical order, for Array.prototype.sort. */
export function swedishCompare(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? 1 : a > b ? -1 : 0;
}
