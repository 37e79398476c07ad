/** Researchers' requests to read this idea, for its bearers to grant or refuse. Placeholder until built. */
export function IdeaAccessRequests(_props: { ideaId: string }) {
  return null;
}
