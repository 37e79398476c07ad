import type { Cache } from "@urql/exchange-graphcache";
import { type FeatureCache, invalidateFields, noKey } from "../../app/cacheFields";

/** A new meeting, or a decision, changes what bodies and matters list: they are fetched again. */
const bodiesChanged = (_r: unknown, _a: unknown, cache: Cache) => invalidateFields(cache, "Query", ["arena", "meeting"]);

/** The arenas the cache holds (what Query.arena links to): dropping those links alone leaves their fields in place. */
const cachedArenas = (cache: Cache) =>
  cache.inspectFields("Query").flatMap((f) => {
    const key = f.fieldName === "arena" ? cache.resolve("Query", f.fieldName, f.arguments ?? undefined) : null;
    return typeof key === "string" ? [key] : [];
  });

/**
 * A meeting booked, moved or cancelled: its body's lists of meetings and the members' next meetings
 * are read again (another page's query would otherwise find them whole in the cache).
 */
function meetingsChanged(cache: Cache, bodyKey: unknown, also: readonly string[] = []) {
  if (typeof bodyKey === "string")
    for (const f of cache.inspectFields(bodyKey))
      if (f.fieldName === "meetings") cache.invalidate(bodyKey, f.fieldName, f.arguments ?? undefined);
  for (const arena of cachedArenas(cache))
    for (const f of cache.inspectFields(arena))
      if (f.fieldName === "memberHome" || also.includes(f.fieldName)) cache.invalidate(arena, f.fieldName, f.arguments ?? undefined);
}

type MeetingArgs = { input: { id: string } };
const bodyOfMeeting = (cache: Cache, args: MeetingArgs) => cache.resolve({ __typename: "Meeting", id: args.input.id }, "body");

/** Meetings, agendas and decisions: payloads and the start page are stored inside their parent. */
export const bodiesCache: FeatureCache = {
  keys: { MeetingPayload: noKey, DecisionPayload: noKey, AssignmentPayload: noKey, MemberHome: noKey },
  updates: {
    Mutation: {
      createMeeting: (r, args, cache) => {
        bodiesChanged(r, args, cache);
        const { bodyId } = (args as { input: { bodyId: string } }).input;
        meetingsChanged(cache, cache.keyOfEntity({ __typename: "Body", id: bodyId }));
      },
      updateMeeting: (_r, args, cache) => meetingsChanged(cache, bodyOfMeeting(cache, args as MeetingArgs)),
      // Cancelling takes the meeting's matters off its agenda: the body's placed matters and the matters' own pages change.
      cancelMeeting: (_r, args, cache) => {
        meetingsChanged(cache, bodyOfMeeting(cache, args as MeetingArgs), ["matters"]);
        invalidateFields(cache, "Query", ["matter", "idea"]);
      },
      recordMatterDecision: bodiesChanged,
      reportOnAssignment: bodiesChanged,
    },
  },
  viewerDependent: ["meeting"],
};
