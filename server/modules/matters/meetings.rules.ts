import type { Context } from "../../graphql/context.js";
import { readsInternals } from "./matters.access.js";
import { rightsIn } from "./matters.read.js";

/** Whether the viewer reads the arena's matters in full (minutes before publishing, meeting links). */
export async function viewerReadsInternals(ctx: Context, arenaId: string): Promise<boolean> {
  return readsInternals(await rightsIn(ctx, arenaId));
}

const swedishTime = {
  sv: new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", dateStyle: "long", timeStyle: "short" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Stockholm", dateStyle: "long", timeStyle: "short" }),
} as const;

/** A meeting's time as people in Sweden read it, in both languages (the notice stores both). */
export const meetingTime = (at: Date) => ({ sv: swedishTime.sv.format(at), en: swedishTime.en.format(at) });
