import { describe, expect, it } from "vitest";
import { addWorkingDays, easterSunday, isWorkingDay, swedishDate, swedishHolidays, workingDaysBetween } from "./working-days.js";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (x: Date) => x.toISOString().slice(0, 10);

describe("Swedish working days", () => {
  it("computes Easter for years near and far", () => {
    expect(iso(easterSunday(2024))).toBe("2024-03-31");
    expect(iso(easterSunday(2025))).toBe("2025-04-20");
    expect(iso(easterSunday(2026))).toBe("2026-04-05");
    expect(iso(easterSunday(2027))).toBe("2027-03-28");
    expect(iso(easterSunday(2038))).toBe("2038-04-25");
    expect(iso(easterSunday(2000))).toBe("2000-04-23");
  });

  it("knows the moving holidays of 2026", () => {
    const h = swedishHolidays(2026);
    expect(h.get("2026-04-03")).toBe("Långfredagen");
    expect(h.get("2026-04-06")).toBe("Annandag påsk");
    expect(h.get("2026-05-14")).toBe("Kristi himmelsfärdsdag");
    expect(h.get("2026-06-19")).toBe("Midsommarafton");
    expect(h.get("2026-06-20")).toBe("Midsommardagen");
    expect(h.get("2026-10-31")).toBe("Alla helgons dag");
  });

  it("skips Easter: from Maundy Thursday 2026, five working days is the Friday after", () => {
    // Thu 2 Apr → (Fri 3 Good Friday, Sat, Sun, Mon 6 Easter Monday) → Tue 7, Wed 8, Thu 9, Fri 10, Mon 13
    expect(iso(addWorkingDays(d("2026-04-02"), 5))).toBe("2026-04-13");
    expect(isWorkingDay(d("2026-04-03"))).toBe(false);
    expect(isWorkingDay(d("2026-04-07"))).toBe(true);
  });

  it("skips Midsummer: from Thursday 18 June 2026, one working day is Monday 22 June", () => {
    expect(iso(addWorkingDays(d("2026-06-18"), 1))).toBe("2026-06-22");
    // 2027: Midsummer Eve is Friday 25 June.
    expect(swedishHolidays(2027).get("2027-06-25")).toBe("Midsommarafton");
    expect(iso(addWorkingDays(d("2027-06-24"), 1))).toBe("2027-06-28");
  });

  it("skips Christmas and New Year: from Wednesday 23 December 2026, 5 working days is 5 January 2027", () => {
    // Thu 24, Fri 25, Sat, Sun, Mon 28 ✓1, Tue 29 ✓2, Wed 30 ✓3, Thu 31 (Nyårsafton), Fri 1 Jan, Sat, Sun, Mon 4 ✓4, Tue 5 ✓5
    expect(iso(addWorkingDays(d("2026-12-23"), 5))).toBe("2027-01-05");
    // Epiphany, 6 January, is a holiday too.
    expect(iso(addWorkingDays(d("2027-01-05"), 1))).toBe("2027-01-07");
  });

  it("counts working days between two dates", () => {
    expect(workingDaysBetween(d("2026-04-02"), d("2026-04-13"))).toBe(5);
    expect(workingDaysBetween(d("2026-11-23"), d("2026-11-23"))).toBe(0);
    expect(workingDaysBetween(d("2026-11-20"), d("2026-11-23"))).toBe(1); // Fri → Mon
  });

  it("takes the Swedish calendar date of an instant", () => {
    // 23:30 UTC on 31 Dec is already New Year's Day in Stockholm.
    expect(iso(swedishDate(new Date("2026-12-31T23:30:00Z")))).toBe("2027-01-01");
    expect(iso(swedishDate(new Date("2026-06-30T21:59:00Z")))).toBe("2026-06-30");
  });
});
