import { now as clockNow } from "./clock.js";
import { swedishDate } from "./working-days.js";

// ---- dates: calendar dates as YYYY-MM-DD, in Swedish time ----

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export const plusDays = (date: string, n: number) => isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000));
/** Today's date in Sweden, by the domain's clock unless an instant is given. */
export const swedishToday = (now: Date = clockNow()) => isoDate(swedishDate(now));
