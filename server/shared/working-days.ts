/**
 * Swedish working days: weekdays that are not public holidays, nor the eves that are
 * de facto days off (Midsummer Eve, Christmas Eve, New Year's Eve). Computed for any year
 * (Easter by the Gregorian computus), never from a hard-coded list of dates.
 * Dates are calendar dates (UTC midnight), as promises are made in whole days.
 */

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const key = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Easter Sunday (Anonymous Gregorian algorithm). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

/** The first date from `from` (inclusive) that falls on `weekday` (0 = Sunday … 6 = Saturday). */
function firstWeekdayFrom(from: Date, weekday: number): Date {
  return addDays(from, (weekday - from.getUTCDay() + 7) % 7);
}

const cache = new Map<number, Map<string, string>>();

/** Days off in a year that are not weekends by nature, keyed by ISO date, with their Swedish names. */
export function swedishHolidays(year: number): Map<string, string> {
  const hit = cache.get(year);
  if (hit) return hit;
  const easter = easterSunday(year);
  const midsummerEve = firstWeekdayFrom(utc(year, 6, 19), 5); // Friday 19–25 June
  const allSaints = firstWeekdayFrom(utc(year, 10, 31), 6); // Saturday 31 Oct – 6 Nov
  const days: [Date, string][] = [
    [utc(year, 1, 1), "Nyårsdagen"],
    [utc(year, 1, 6), "Trettondedag jul"],
    [addDays(easter, -2), "Långfredagen"],
    [easter, "Påskdagen"],
    [addDays(easter, 1), "Annandag påsk"],
    [utc(year, 5, 1), "Första maj"],
    [addDays(easter, 39), "Kristi himmelsfärdsdag"],
    [addDays(easter, 49), "Pingstdagen"],
    [utc(year, 6, 6), "Sveriges nationaldag"],
    [midsummerEve, "Midsommarafton"],
    [addDays(midsummerEve, 1), "Midsommardagen"],
    [allSaints, "Alla helgons dag"],
    [utc(year, 12, 24), "Julafton"],
    [utc(year, 12, 25), "Juldagen"],
    [utc(year, 12, 26), "Annandag jul"],
    [utc(year, 12, 31), "Nyårsafton"],
  ];
  const map = new Map(days.map(([d, name]) => [key(d), name]));
  cache.set(year, map);
  return map;
}

/** Built once: a new Intl.DateTimeFormat costs about half a millisecond, and reads such as the dashboard ask for today each time. */
const swedishDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar date of an instant in Swedish time, as UTC midnight. */
export function swedishDate(instant: Date): Date {
  const [y, m, d] = swedishDay.format(instant).split("-").map(Number) as [number, number, number];
  return utc(y, m, d);
}

export function isWorkingDay(date: Date): boolean {
  const dow = date.getUTCDay();
  if (dow === 0 || dow === 6) return false;
  return !swedishHolidays(date.getUTCFullYear()).has(key(date));
}

/** The date `n` working days after `date` (the start day itself does not count). */
export function addWorkingDays(date: Date, n: number): Date {
  let d = utc(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: Date, to: Date): number {
  let n = 0;
  for (let d = addDays(from, 1); d.getTime() <= to.getTime(); d = addDays(d, 1)) if (isWorkingDay(d)) n++;
  return n;
}

/** The date `n` working days before `date` (the day itself does not count): when to remind ahead of it. */
export function subtractWorkingDays(date: Date, n: number): Date {
  let d = utc(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  for (let left = n; left > 0;) {
    d = addDays(d, -1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}
