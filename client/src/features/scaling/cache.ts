import type { Cache } from "@urql/exchange-graphcache";
import { type FeatureCache, TIMELINE_FIELDS, invalidateEntity, invalidateFields, noKey } from "../../app/cacheFields";

/** Recording a step or an adoption adds to the idea's timeline; a step may also change its stage and so the idea lists. */
function ideaChanged(field: string, lists: boolean) {
  return (result: Record<string, unknown>, _a: unknown, cache: Cache) => {
    const payload = result[field] as { idea?: { id?: unknown } | null } | null | undefined;
    invalidateEntity(cache, "Idea", payload?.idea?.id, TIMELINE_FIELDS);
    if (lists) invalidateFields(cache, "Query", ["ideas", "myIdeas"]);
  };
}

/** Scaling: the idea's steps on the ladder and the municipalities' adoptions. */
export const scalingCache: FeatureCache = {
  keys: {
    IdeaScaleStep: noKey,
    MunicipalityAdoption: noKey,
    AdoptionSummary: noKey,
    ScaleStepPayload: noKey,
    AdoptionPayload: noKey,
  },
  updates: {
    Mutation: {
      recordScaleStep: ideaChanged("recordScaleStep", true),
      setMunicipalityAdoption: ideaChanged("setMunicipalityAdoption", false),
    },
  },
};
