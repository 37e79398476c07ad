import type { Context } from "../../graphql/context.js";
import { type MatterRights, matterRights, readsInternals } from "./matters.access.js";

/** One look-up of the viewer's seats per arena and request, however many fields ask. */
const perRequest = new WeakMap<Context, Map<string, Promise<MatterRights>>>();

export function rightsIn(ctx: Context, arenaId: string): Promise<MatterRights> {
  let byArena = perRequest.get(ctx);
  if (!byArena) perRequest.set(ctx, (byArena = new Map()));
  let rights = byArena.get(arenaId);
  if (!rights) byArena.set(arenaId, (rights = matterRights(ctx.db, ctx.viewer, arenaId)));
  return rights;
}

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
