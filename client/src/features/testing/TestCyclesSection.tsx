/** The idea's test cycles (PDSA): plan, measurements, results, decisions. Placeholder until built. */
export function TestCyclesSection(_props: { ideaId: string }) {
  return null;
}
