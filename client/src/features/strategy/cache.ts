import { type FeatureCache, invalidateEntity, noKey } from "../../app/cacheFields";

/** Strategy and the frameworks: value types keyed by their number, or stored inside their parent. */
export const strategyCache: FeatureCache = {
  keys: {
    Frameworks: noKey,
    Agenda2030Goal: (g) => String(g.number),
    PublicHealthTargetArea: (a) => String(a.number),
    SkrIndicator: (i) => String(i.number),
    ScaleUpStep: (s) => String(s.step),
    FocusAreaPayload: noKey,
    StrategicGoalPayload: noKey,
  },
  updates: {
    Mutation: {
      // A goal's focus areas are a plain list: a new one is fetched with the goal's list again, a removed one leaves it.
      createFocusArea: (_r, args, cache) =>
        invalidateEntity(cache, "StrategicGoal", (args.input as { goalId?: string }).goalId, ["focusAreas"]),
      deleteFocusArea: (_r, args, cache) => cache.invalidate({ __typename: "FocusArea", id: args.id as string }),
    },
  },
};
