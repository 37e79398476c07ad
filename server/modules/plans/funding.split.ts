/**
 * Splits `total` whole kronor in proportion to integer `weights` by the largest-remainder method
 * (Hamilton): everyone gets the floor of their exact quota, and the kronor left over go one each
 * to the largest remainders, so the parts sum to exactly `total`. Ties go to the earlier weight,
 * so the same input always gives the same split. Exact: BigInt, no floating point.
 */
export function splitByLargestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a whole, non-negative number: ${total}`);
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new RangeError("weights must be whole, non-negative numbers");
  const sum = weights.reduce((a, w) => a + BigInt(w), 0n);
  if (sum === 0n) {
    if (total === 0) return weights.map(() => 0);
    throw new RangeError("cannot split a non-zero total over weights that sum to zero");
  }
  const t = BigInt(total);
  const parts = weights.map((w, i) => ({ i, floor: (t * BigInt(w)) / sum, rest: (t * BigInt(w)) % sum }));
  let left = t - parts.reduce((a, p) => a + p.floor, 0n);
  const byRest = [...parts].sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const p of byRest) {
    if (left === 0n) break;
    p.floor += 1n;
    left -= 1n;
  }
  return parts.map((p) => Number(p.floor));
}

export interface FundingSplit {
  region: number;
  municipalities: number;
  /** Each municipality's amount, in the order of the key's shares. */
  parts: number[];
}

/** A plan's total: the region's share (basis points) first, the rest over the key's shares (basis points). */
export function splitFunding(total: number, regionBasisPoints: number, keyBasisPoints: readonly number[]): FundingSplit {
  const [region, municipalities] = splitByLargestRemainder(total, [regionBasisPoints, 10_000 - regionBasisPoints]) as [number, number];
  return { region, municipalities, parts: splitByLargestRemainder(municipalities, keyBasisPoints) };
}
