import type { Cache } from "@urql/exchange-graphcache";
import { invalidateEntity, invalidateFields, type FeatureCache, type Keys, type MutationUpdates, noKey } from "../../app/cacheFields";

/** Research types without a global id: stored inside their parent. */
const researchKeys: Keys = {
  PilotConnection: noKey,
  PilotEdge: noKey,
  AccessRequestPayload: noKey,
  EvaluationPayload: noKey,
};

/** Query fields that depend on who may read what: refetched once access changes. */
export const RESEARCH_VIEWER_DEPENDENT = ["pilotRegister", "myAccessRequests"] as const;

const invalidateQuery = (cache: Cache, names: readonly string[]) => invalidateFields(cache, "Query", names);

/** A cycle's evaluations after one is added: refetched (the list is short). */
const refreshEvaluations = (cache: Cache, cycleId: unknown) => invalidateEntity(cache, "TestCycle", cycleId, ["evaluations"]);

/** An idea's requests after a bearer answers one: the request's new state shows at once; its access follows. */
const refreshIdeaAccess = (cache: Cache, ideaId: unknown) => invalidateEntity(cache, "Idea", ideaId, ["accessRequests"]);

const requestOf = (result: Record<string, unknown>, field: string) =>
  (result[field] as { accessRequest?: { ideaId?: unknown } | null } | null | undefined)?.accessRequest;

const researchUpdates: MutationUpdates = {
  requestIdeaAccess: (r, _a, cache) => {
    if (requestOf(r, "requestIdeaAccess")) invalidateQuery(cache, RESEARCH_VIEWER_DEPENDENT);
  },
  grantIdeaAccess: (r, _a, cache) => refreshIdeaAccess(cache, requestOf(r, "grantIdeaAccess")?.ideaId),
  refuseIdeaAccess: (r, _a, cache) => refreshIdeaAccess(cache, requestOf(r, "refuseIdeaAccess")?.ideaId),
  revokeIdeaAccess: (r, _a, cache) => refreshIdeaAccess(cache, requestOf(r, "revokeIdeaAccess")?.ideaId),
  recordEvaluation: (r, args, cache) => {
    const payload = r.recordEvaluation as { evaluation?: unknown } | null | undefined;
    const input = args.input as { cycleId?: unknown } | undefined;
    if (payload?.evaluation != null) refreshEvaluations(cache, input?.cycleId);
  },
};

export const researchCache: FeatureCache = {
  keys: researchKeys,
  viewerDependent: RESEARCH_VIEWER_DEPENDENT,
  updates: { Mutation: researchUpdates },
};
