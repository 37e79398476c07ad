import { type FeatureCache, type Keys, noKey } from "../../app/cacheFields";

/** The dashboard's figure sets have no ids: each is stored inside the arena's insight for its filter. */
const insightKeys: Keys = {
  Insight: noKey,
  InsightCount: noKey,
  FunnelRow: noKey,
  StageTimeRow: noKey,
  PromiseRow: noKey,
  ReferralRow: noKey,
  ReachRow: noKey,
  TestOutcomesFigure: noKey,
  SpreadFigure: noKey,
  AdoptionRow: noKey,
  LadderRow: noKey,
  GuideLoadRow: noKey,
};

/** Who sees small counts and guides' load depends on the viewer: refetched when they sign in or out. */
export const insightCache: FeatureCache = { keys: insightKeys, viewerDependent: ["arena"] };
