/** Researchers' evaluations of one test cycle. Placeholder until built. */
export function CycleEvaluations(_props: { cycleId: string }) {
  return null;
}
