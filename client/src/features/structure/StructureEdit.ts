import { createContext, useContext } from "react";

/** What the editing controls of the structure page need to know; null when the viewer may not edit. */
export interface StructureEditing {
  arenaId: string;
  slug: string;
  /** Admins also grant and revoke roles. */
  isAdmin: boolean;
  bodies: readonly { id: string; name: string }[];
  countyParts: readonly { id: string; name: string }[];
  organisations: readonly { id: string; name: string }[];
  /** Refetch the page after a change (the subscription does too, but not for the one who made it). */
  refresh: () => void;
}

export const StructureEditContext = createContext<StructureEditing | null>(null);

export function useStructureEditing(): StructureEditing | null {
  return useContext(StructureEditContext);
}

/** Reads a form field as trimmed-by-the-server text. */
export const textOf = (form: FormData, name: string) => String(form.get(name) ?? "");

/** One of the allowed values, or the fallback (the server refuses anything else anyway). */
export const oneOf = <T extends string>(values: readonly T[], v: string, fallback: T): T =>
  (values as readonly string[]).includes(v) ? (v as T) : fallback;
