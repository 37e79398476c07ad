import type { IndicatorDirection } from "./indicators.vocabulary.js";
import { IndicatorWarningEnum } from "./indicators.vocabulary.js";

// When an indicator value should be read with care (002 chapter 4).

/**
 * Below this n a value is flagged. Not the suppression threshold (insight's 5, which is about
 * identifying people) but precision: with n < 30 a proportion's 95 % confidence interval is
 * wider than ±18 percentage points, so a change between years or a gap to the county cannot be
 * told from chance. 30 is also the usual rule of thumb below which survey results are not shown
 * broken down.
 */
export const INDICATOR_SMALL_N = 30;

/** Under half answering, those who did can differ from those who did not more than any weighting fixes. */
export const INDICATOR_LOW_RESPONSE_RATE = 50;

export function seriesWarnings(responseRate: number | null): IndicatorWarningEnum[] {
  return responseRate !== null && responseRate < INDICATOR_LOW_RESPONSE_RATE ? [IndicatorWarningEnum.LOW_RESPONSE_RATE] : [];
}

export function valueWarnings(n: number | null, responseRate: number | null): IndicatorWarningEnum[] {
  const small = n !== null && n < INDICATOR_SMALL_N ? [IndicatorWarningEnum.SMALL_N] : [];
  return [...small, ...seriesWarnings(responseRate)];
}

/**
 * Whether a value is better than the county's, honouring the indicator's direction; null when
 * the direction is neutral or the two are equal.
 */
export function betterThan(direction: IndicatorDirection, value: number, county: number): boolean | null {
  if (direction === "neutral" || value === county) return null;
  return direction === "higher_is_better" ? value > county : value < county;
}

/** Sorts best first by direction; a neutral indicator ranks by distance from the county value. */
export function rankAgainst<T extends { value: number }>(direction: IndicatorDirection, county: number | null, rows: T[]): T[] {
  const sorted = [...rows];
  if (direction === "higher_is_better") sorted.sort((a, b) => b.value - a.value);
  else if (direction === "lower_is_better") sorted.sort((a, b) => a.value - b.value);
  else sorted.sort((a, b) => Math.abs(b.value - (county ?? 0)) - Math.abs(a.value - (county ?? 0)));
  return sorted;
}

/** Kolada names a county 00XX (Gävleborg 0021); SCB names it XX. */
export function countyAreaCode(code: string): string {
  return /^00\d\d$/.test(code) ? code.slice(2) : code;
}
