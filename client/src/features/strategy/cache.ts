import { type FeatureCache, noKey } from "../../app/cacheFields";

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
};
