import { currentLanguage } from "../../i18n";

/** A number as typed in Swedish or English ("12,5" or "12.5"); null when empty, NaN when not a number. */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(/\s/g, "").replace(",", ".").replace("−", "-");
  if (s === "") return null;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

/** A number in the reader's language: 12,5 / 12.5; "–" for none. */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return "–";
  return new Intl.NumberFormat(currentLanguage() === "en" ? "en-GB" : "sv-SE", { maximumFractionDigits: 2 }).format(n);
}

/** A number as it goes back into an input: "12,5" in Swedish. */
export function numberInput(n: number | null | undefined): string {
  if (n === null || n === undefined) return "";
  const s = String(n);
  return currentLanguage() === "en" ? s : s.replace(".", ",");
}

/** A change with its sign: +5, −2,5. */
export function formatChange(n: number | null | undefined): string {
  if (n === null || n === undefined) return "–";
  return `${n > 0 ? "+" : n < 0 ? "−" : "±"}${formatNumber(Math.abs(n))}`;
}

/**
 * Round axis ticks covering lo..hi: about five, stepped by 1, 2, 2.5 or 5 times a power of
 * ten (0, 20, 40, 60, 80 rather than −1, 19, 39, 59); never below zero when nothing is.
 */
export function niceTicks(lo: number, hi: number): number[] {
  if (hi <= lo) return [lo - 1, lo, lo + 1];
  const rough = (hi - lo) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power) as number;
  const from = Math.floor(lo / step) * step;
  const to = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = from; v <= to + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}
