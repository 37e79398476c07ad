import { type FeatureCache, noKey } from "../../app/cacheFields";

/** The annual wheel: payloads have no id of their own. */
export const wheelCache: FeatureCache = {
  keys: { WheelMilestonePayload: noKey },
};
