/**
 * The one clock of the domain: every instant or date with a meaning to the arena (stage
 * changes, promises and their due dates, reminders, overdue referrals, events) is read here,
 * so that tests can move time forward instead of editing timestamps in rows.
 * Infrastructure timing (rate limits, leases, timeouts, logs) stays on the real clock.
 *
 * Tests move the clock by an offset, so time keeps running after a jump: two changes made
 * one after the other still get increasing timestamps.
 */

let offsetMs = 0;

function testsOnly(what: string): void {
  if (process.env.NODE_ENV !== "test") throw new Error(`${what} is for tests only (NODE_ENV=test)`);
}

/** The domain's current instant. */
export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

const stockholmDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's calendar date in Sweden (Europe/Stockholm), as UTC midnight: promises are made in whole Swedish days. */
export function swedishToday(): Date {
  const [y, m, d] = stockholmDate.format(now()).split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

const stockholmHour = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Stockholm", hour: "2-digit", hourCycle: "h23" });

/** The hour of the day in Sweden now, 0–23: a daily mail goes out at a Swedish hour. */
export function swedishHour(): number {
  return Number.parseInt(stockholmHour.format(now()), 10);
}

/** Today's date in Sweden as YYYY-MM-DD. */
export function swedishTodayIso(): string {
  return swedishToday().toISOString().slice(0, 10);
}

/** Tests: the clock reads `at` now, and runs on from there. */
export function setClockForTests(at: Date): void {
  testsOnly("setClockForTests");
  offsetMs = at.getTime() - Date.now();
}

/** Tests: moves the clock forward (or back, with a negative amount) by `ms`. */
export function advanceClock(ms: number): void {
  testsOnly("advanceClock");
  offsetMs += ms;
}

/** Tests: the clock is the real one again. */
export function resetClock(): void {
  offsetMs = 0;
}

export const DAY_MS = 86_400_000;
