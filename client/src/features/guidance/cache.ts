import type { Cache } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { invalidateFields, type FeatureCache, type Keys, type MutationUpdates, noKey } from "../../app/cacheFields";

/** Guidance and support-system types without a global id: stored inside their parent. */
const guidanceKeys: Keys = {
  FeedbackPromise: noKey,
  FeedbackPromisePayload: noKey,
  QueueItem: noKey,
  QueueItemConnection: noKey,
  QueueItemEdge: noKey,
  TriagePayload: noKey,
  ReferralConnection: noKey,
  ReferralEdge: noKey,
  ReferralPayload: noKey,
  ReferIdeaPayload: noKey,
  ReferralHandOff: noKey,
  ReferralHandOffPayload: noKey,
  SupportActorConnection: noKey,
  SupportActorEdge: noKey,
  SupportActorPayload: noKey,
  CaseloadItem: noKey,
  CaseloadItemConnection: noKey,
  CaseloadItemEdge: noKey,
  NextStepConnection: noKey,
  NextStepEdge: noKey,
  GuidanceSessionPayload: noKey,
  NextStepPayload: noKey,
  SupportNeedPayload: noKey,
};

const invalidate = (cache: Cache, names: readonly string[]) => invalidateFields(cache, "Query", names);

/** Lists that a guidance change takes an idea into or out of. */
const QUEUES = ["intakeQueue", "overduePromises", "ideas", "myIdeas"];
const CASELOAD = ["myCaseload", "myNextSteps"];
const REFERRALS = ["overdueReferrals"];

const guidanceUpdates: MutationUpdates = {
  acknowledgeIdea: (_r, _a, cache) => invalidate(cache, ["intakeQueue", "overduePromises"]),
  triageIdea: (_r, _a, cache) => invalidate(cache, [...QUEUES, ...CASELOAD]),
  answerQuestion: (_r, _a, cache) => invalidate(cache, QUEUES),
  assignGuides: (_r, _a, cache) => invalidate(cache, CASELOAD),
  setFeedbackPromise: (_r, _a, cache) => invalidate(cache, ["intakeQueue", "overduePromises"]),
  referIdea: (_r, _a, cache) => invalidate(cache, REFERRALS),
  updateReferral: (_r, _a, cache) => invalidate(cache, REFERRALS),
  recordGuidanceSession: (_r, _a, cache) => invalidate(cache, CASELOAD),
  setNextStepDone: (_r, _a, cache) => invalidate(cache, CASELOAD),
  addNextStep: (_r, _a, cache) => invalidate(cache, CASELOAD),
  updateNextStep: (_r, _a, cache) => invalidate(cache, CASELOAD),
  updateGuidanceSession: (_r, _a, cache) => invalidate(cache, CASELOAD),
  // A removed session or step leaves the cache, and the lists that counted it are fetched again.
  removeGuidanceSession: (_r, a, cache) => {
    cache.invalidate({ __typename: "GuidanceSession", id: String(a.id) });
    invalidate(cache, CASELOAD);
  },
  removeNextStep: (_r, a, cache) => {
    cache.invalidate({ __typename: "NextStep", id: String(a.id) });
    invalidate(cache, CASELOAD);
  },
  // The registry's lists are sorted and filtered on the server: a new, renamed or removed actor is fetched again.
  createSupportActor: (_r, _a, cache) => invalidate(cache, ["supportActors"]),
  updateSupportActor: (_r, _a, cache) => invalidate(cache, ["supportActors"]),
  deleteSupportActor: (_r, _a, cache) => invalidate(cache, ["supportActors"]),
};

/** Paginated guidance lists, merged page by page. */
const guidanceQueryResolvers = {
  intakeQueue: relayPagination(),
  overdueReferrals: relayPagination(),
  supportActors: relayPagination(),
  myCaseload: relayPagination(),
  myNextSteps: relayPagination(),
};

export const guidanceCache: FeatureCache = {
  keys: guidanceKeys,
  resolvers: { Query: guidanceQueryResolvers },
  updates: { Mutation: guidanceUpdates },
};
