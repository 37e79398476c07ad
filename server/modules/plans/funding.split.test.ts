import { describe, expect, it } from "vitest";
import { splitByLargestRemainder, splitFunding } from "./funding.split.js";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("largest-remainder split", () => {
  it("splits over three equal thirds with the odd krona to the first", () => {
    expect(splitByLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitByLargestRemainder(101, [1, 1, 1])).toEqual([34, 34, 33]);
    expect(splitByLargestRemainder(100_001, [3333, 3333, 3334])).toEqual([33_330, 33_330, 33_341]);
  });

  it("gives the left-over kronor to the largest remainders, not the largest shares", () => {
    // Quotas 0.6, 0.3, 9.1 of 10: floors 0, 0, 9; the one left goes to the 0.6.
    expect(splitByLargestRemainder(10, [6, 3, 91])).toEqual([1, 0, 9]);
  });

  it("sums exactly for odd totals over awkward keys", () => {
    const keys = [
      [3333, 3333, 3334],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 9955],
      [3583, 1377, 1304, 926, 893, 660, 400, 327, 327, 203],
      [7, 0, 13],
    ];
    for (const key of keys)
      for (const total of [0, 1, 7, 999, 1_000_001, 123_456_789, 1_999_999_999]) {
        const parts = splitByLargestRemainder(total, key);
        expect(sum(parts)).toBe(total);
        // Nobody is more than one krona from their exact quota.
        const w = sum(key);
        parts.forEach((p, i) => expect(Math.abs(p - (total * key[i]!) / w)).toBeLessThan(1));
      }
  });

  it("gives nothing to a zero share and refuses what cannot be split", () => {
    expect(splitByLargestRemainder(5, [0, 1])).toEqual([0, 5]);
    expect(splitByLargestRemainder(0, [0, 0])).toEqual([0, 0]);
    expect(() => splitByLargestRemainder(5, [0, 0])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(-1, [1])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(1.5, [1])).toThrow(RangeError);
  });
});

describe("a funding plan's split", () => {
  it("gives the region half and the municipalities the rest, exactly, by the key", () => {
    const s = splitFunding(1_000_001, 5000, [3333, 3333, 3334]);
    expect(s.region).toBe(500_001);
    expect(s.municipalities).toBe(500_000);
    expect(s.parts).toEqual([166_650, 166_650, 166_700]);
    expect(s.region + sum(s.parts)).toBe(1_000_001);
  });

  it("honours another region share", () => {
    const s = splitFunding(999, 2500, [5000, 5000]);
    expect(s).toEqual({ region: 250, municipalities: 749, parts: [375, 374] });
  });
});
