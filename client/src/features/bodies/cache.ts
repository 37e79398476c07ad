import type { Cache } from "@urql/exchange-graphcache";
import { type FeatureCache, invalidateFields, noKey } from "../../app/cacheFields";

/** A new meeting, or a decision, changes what bodies and matters list: they are fetched again. */
const bodiesChanged = (_r: unknown, _a: unknown, cache: Cache) => invalidateFields(cache, "Query", ["arena", "meeting"]);

/** Meetings, agendas and decisions: payloads and the start page are stored inside their parent. */
export const bodiesCache: FeatureCache = {
  keys: { MeetingPayload: noKey, DecisionPayload: noKey, AssignmentPayload: noKey, MemberHome: noKey },
  updates: {
    Mutation: {
      createMeeting: bodiesChanged,
      recordMatterDecision: bodiesChanged,
      reportOnAssignment: bodiesChanged,
    },
  },
  viewerDependent: ["meeting"],
};
