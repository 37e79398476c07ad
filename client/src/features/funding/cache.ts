import { type FeatureCache, noKey } from "../../app/cacheFields";

/** Co-funding: per-party sums, shares and payloads have no id of their own and live inside their parent. */
export const fundingCache: FeatureCache = {
  keys: {
    FundingParty: noKey,
    DistributionShare: noKey,
    FundingYear: noKey,
    DistributionKeyPayload: noKey,
    FundingPlanPayload: noKey,
  },
};
