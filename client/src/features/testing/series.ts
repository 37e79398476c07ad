import type { FragmentOf } from "../../graphql";
import { readFragment } from "../../graphql";
import { CycleCardFragment, MeasureFragment } from "./fragments";

export type Outcome = "MET" | "NOT_MET" | "INCONCLUSIVE";

export interface SeriesCycle {
  cycleId: string;
  number: number;
  baseline: number | null;
  target: number | null;
  value: number | null;
  change: number | null;
  outcome: Outcome;
  measurements: { id: string; measuredOn: string; value: number; note: string }[];
}

/** One measure followed across an idea's cycles (its copies in retests share the series id). */
export interface Series {
  id: string;
  name: string;
  unit: string;
  direction: "HIGHER" | "LOWER";
  cycles: SeriesCycle[];
}

/** The idea's measures as series across its cycles, cycle 1 first; names and units from the latest cycle. */
export function seriesOf(refs: readonly FragmentOf<typeof CycleCardFragment>[]): Series[] {
  const cycles = readFragment(CycleCardFragment, refs)
    .slice()
    .sort((a, b) => a.number - b.number);
  const byId = new Map<string, Series>();
  for (const c of cycles)
    for (const m of readFragment(MeasureFragment, c.measures)) {
      const s = byId.get(m.seriesId) ?? { id: m.seriesId, name: m.name, unit: m.unit, direction: m.direction, cycles: [] };
      Object.assign(s, { name: m.name, unit: m.unit, direction: m.direction });
      s.cycles.push({
        cycleId: c.id,
        number: c.number,
        baseline: m.baseline,
        target: m.target,
        value: m.result.value,
        change: m.result.change,
        outcome: m.result.outcome,
        measurements: m.measurements.map((x) => ({ ...x })),
      });
      byId.set(m.seriesId, s);
    }
  return [...byId.values()];
}
