const KEY = "arena.lastArena";

/** Remember the arena last visited, so that signing in returns a person to it. */
export function rememberArena(slug: string): void {
  try {
    localStorage.setItem(KEY, slug);
  } catch {
    // Only a convenience.
  }
}

export function lastArena(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
