import { afterEach, describe, expect, it } from "vitest";
import { DAY_MS, advanceClock, now, resetClock, setClockForTests, swedishToday, swedishTodayIso } from "./clock.js";

afterEach(() => resetClock());

describe("the clock", () => {
  it("is set and moved by tests, runs on from there, and is real again after a reset", () => {
    setClockForTests(new Date("2026-06-19T21:30:00Z"));
    // 23:30 in Stockholm (summer time): still Midsummer Eve there.
    expect(swedishTodayIso()).toBe("2026-06-19");
    advanceClock(DAY_MS / 24);
    expect(swedishToday().toISOString()).toBe("2026-06-20T00:00:00.000Z");
    const a = now().getTime();
    expect(now().getTime()).toBeGreaterThanOrEqual(a);
    resetClock();
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it("cannot be set outside tests", () => {
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      expect(() => setClockForTests(new Date(0))).toThrow(/tests only/);
      expect(() => advanceClock(DAY_MS)).toThrow(/tests only/);
    } finally {
      process.env.NODE_ENV = env;
    }
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
