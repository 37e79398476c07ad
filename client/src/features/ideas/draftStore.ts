import type { IdeaValues } from "./ideaValues";

/**
 * The browser's copy of an idea being written. localStorage holds what is typed until the
 * server has it (a failed network or a closed tab loses nothing); sessionStorage holds the
 * client key of a new idea, so that a reload or a second click never makes two ideas.
 * Storage may be unavailable (private mode, blocked cookies): then the form still works,
 * only without the safety net.
 */

export interface StoredDraft {
  clientKey: string;
  ideaId: string | null;
  /** The version the edit is based on, when the idea exists. */
  version: number | null;
  values: IdeaValues;
  /** What the server had at `version`: the base of a three-way merge on return. */
  base: IdeaValues | null;
  savedAt: string;
}

const PREFIX = "arena.ideaDraft.";

/** The storage key of a draft: per idea once it exists, per arena before. */
export const draftKey = (slug: string, ideaId: string | null) => (ideaId ? `${PREFIX}${ideaId}` : `${PREFIX}new.${slug}`);

export function readDraft(key: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredDraft;
    return typeof parsed === "object" && parsed !== null && typeof parsed.values === "object" ? parsed : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, draft: StoredDraft): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Full or unavailable: the server copy is the only one.
  }
}

export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to do.
  }
}

const SESSION_PREFIX = "arena.newIdeaKey.";

/** A random UUID, also where crypto.randomUUID is missing (plain HTTP on a LAN is not a secure context). */
export function newClientKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The client key of the new idea being written in this tab, made once. */
export function sessionClientKey(slug: string): string {
  const key = SESSION_PREFIX + slug;
  try {
    const existing = sessionStorage.getItem(key);
    if (existing) return existing;
    const made = newClientKey();
    sessionStorage.setItem(key, made);
    return made;
  } catch {
    return newClientKey();
  }
}

export function keepSessionClientKey(slug: string, clientKey: string): void {
  try {
    sessionStorage.setItem(SESSION_PREFIX + slug, clientKey);
  } catch {
    // Unavailable.
  }
}

/** Once the idea exists, the next "new idea" in this tab is a new one. */
export function forgetSessionClientKey(slug: string): void {
  try {
    sessionStorage.removeItem(SESSION_PREFIX + slug);
  } catch {
    // Unavailable.
  }
}
