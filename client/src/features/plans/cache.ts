import type { Cache } from "@urql/exchange-graphcache";
import { type FeatureCache, noKey } from "../../app/cacheFields";

/** After a change to a plan: the plan page, the report and the idea's panel read lists under the arena and the idea. */
const planChanged = (_result: Record<string, unknown>, _a: unknown, cache: Cache) => {
  for (const f of cache.inspectFields("Query"))
    if (f.fieldName === "arena" || f.fieldName === "idea" || f.fieldName === "node" || f.fieldName === "matter")
      cache.invalidate("Query", f.fieldName, f.arguments ?? undefined);
};

/** Plans: the types without a global id are stored inside their parent. */
export const plansCache: FeatureCache = {
  keys: {
    PlanPayload: noKey,
    PlanSubGoalPayload: noKey,
    PlanActivityPayload: noKey,
    PlanReport: noKey,
    ActivityOrigin: noKey,
    ActivityMoney: noKey,
    EvidenceLink: noKey,
  },
  updates: {
    Mutation: {
      createPlan: planChanged,
      updatePlan: planChanged,
      proposePlanForAdoption: planChanged,
      createPlanSubGoal: planChanged,
      updatePlanSubGoal: planChanged,
      createPlanActivity: planChanged,
      updatePlanActivity: planChanged,
      createActivityFromDecision: planChanged,
      recordActivityUpdate: planChanged,
    },
  },
};
