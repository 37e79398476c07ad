/** The scale-up ladder and adoption per municipality of one idea. Placeholder until built. */
export function ScalingPanel(_props: { ideaId: string }) {
  return null;
}
