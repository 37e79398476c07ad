import { type FeatureCache, noKey } from "../../app/cacheFields";

/** Dispatching decisions: the hand-off and the payloads have no id of their own and live inside their parent. */
export const dispatchCache: FeatureCache = {
  keys: {
    DispatchHandOff: noKey,
    DispatchHandOffPayload: noKey,
    DispatchDecisionPayload: noKey,
    CloseMatterPayload: noKey,
    MatterDispatchRights: noKey,
  },
};
