import { type FeatureCache, noKey } from "../../app/cacheFields";

/** Values, gap rows and reports are values of their indicator; an import refetches what shows values. */
export const indicatorsCache: FeatureCache = {
  keys: {
    IndicatorValue: noKey,
    IndicatorGap: noKey,
    IndicatorGapRow: noKey,
    IndicatorComparison: noKey,
    IndicatorImportReport: noKey,
    ImportRefusal: noKey,
    IndicatorPayload: noKey,
    IndicatorSeriesPayload: noKey,
    IndicatorValuePayload: noKey,
    IndicatorImportPayload: noKey,
  },
  updates: {
    Mutation: {
      importIndicatorValues: (_r, _args, cache) => {
        for (const f of cache.inspectFields("Query"))
          if (f.fieldName === "node" || f.fieldName === "arena") cache.invalidate("Query", f.fieldKey);
      },
    },
  },
};
