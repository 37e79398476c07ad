import type { Cache } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { type FeatureCache, invalidateFields, noKey } from "../../app/cacheFields";

/** The library's lists after an entry is published or taken back (who may see it changes). */
const libraryChanged = (_r: unknown, _a: unknown, cache: Cache) => invalidateFields(cache, "Query", ["learnings"]);

/** The learning library: its types without a global id are stored inside their parent. */
export const learningCache: FeatureCache = {
  keys: { LearningConnection: noKey, LearningEdge: noKey, LearningPayload: noKey },
  resolvers: { Query: { learnings: relayPagination() } },
  updates: {
    Mutation: {
      publishLearning: libraryChanged,
      unpublishLearning: libraryChanged,
    },
  },
};
