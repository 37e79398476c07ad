/** The learning library. Placeholder until built. */
export function LearningLibraryPage() {
  return null;
}
