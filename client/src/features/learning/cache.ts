import type { Cache, CacheExchangeOpts } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { TIMELINE_FIELDS, invalidateEntity, invalidateFields } from "../../app/cacheFields";

type Keys = NonNullable<CacheExchangeOpts["keys"]>;
type MutationUpdates = NonNullable<NonNullable<CacheExchangeOpts["updates"]>["Mutation"]>;
type QueryResolvers = NonNullable<NonNullable<CacheExchangeOpts["resolvers"]>["Query"]>;

const noKey = () => null;

/** Learning-library and scaling types without a global id: stored inside their parent. */
export const learningKeys: Keys = {
  LearningConnection: noKey,
  LearningEdge: noKey,
  LearningPayload: noKey,
  IdeaScaleStep: noKey,
  MunicipalityAdoption: noKey,
  AdoptionSummary: noKey,
  ScaleStepPayload: noKey,
  AdoptionPayload: noKey,
};

export const learningQueryResolvers: QueryResolvers = {
  learnings: relayPagination(),
};

/** The library's lists after an entry is published or taken back (who may see it changes). */
const libraryChanged = (_r: unknown, _a: unknown, cache: Cache) => invalidateFields(cache, "Query", ["learnings"]);

/** Recording a step or an adoption adds to the idea's timeline; a step may also change its stage and so the idea lists. */
function ideaChanged(field: string, lists: boolean) {
  return (result: Record<string, unknown>, _a: unknown, cache: Cache) => {
    const payload = result[field] as { idea?: { id?: unknown } | null } | null | undefined;
    invalidateEntity(cache, "Idea", payload?.idea?.id, TIMELINE_FIELDS);
    if (lists) invalidateFields(cache, "Query", ["ideas", "myIdeas"]);
  };
}

export const learningUpdates: MutationUpdates = {
  publishLearning: libraryChanged,
  unpublishLearning: libraryChanged,
  recordScaleStep: ideaChanged("recordScaleStep", true),
  setMunicipalityAdoption: ideaChanged("setMunicipalityAdoption", false),
};
