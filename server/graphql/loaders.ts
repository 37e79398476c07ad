import type { Database } from "../db/index.js";
import { createAccountLoaders } from "../modules/accounts/accounts.service.js";
import { createDiscussionLoaders } from "../modules/discussion/discussion.service.js";
import { createIdeaLoaders } from "../modules/ideas/ideas.service.js";
import { createSessionLoaders } from "../modules/guidance/sessions.service.js";
import { createTriageLoaders } from "../modules/guidance/triage.service.js";
import { createPartnershipLoaders } from "../modules/partnership/partnership.service.js";
import { createStrategyLoaders } from "../modules/strategy/strategy.service.js";
import { createSupportLoaders } from "../modules/support/support.service.js";
import { createCycleLoaders } from "../modules/testing/cycles.service.js";
import { createLearningLoaders } from "../modules/learning/learning.service.js";
import { createScalingLoaders } from "../modules/scaling/scaling.service.js";
import { createResearchLoaders } from "../modules/research/research.service.js";
import { createMeetingLoaders } from "../modules/matters/meetings.service.js";
import { createDecisionLoaders } from "../modules/matters/decisions.service.js";
import { createMatterLoaders } from "../modules/matters/matters.read.js";
import { createDispatchLoaders } from "../modules/matters/dispatch.service.js";
import { createIndicatorLoaders } from "../modules/indicators/indicators.read.js";
import { createPlanLoaders } from "../modules/plans/plans.read.js";

/** Every domain's loaders; each domain's are built on a request's first use of one of them. */
const domains = [
  createAccountLoaders,
  createPartnershipLoaders,
  createStrategyLoaders,
  createIdeaLoaders,
  createTriageLoaders,
  createSessionLoaders,
  createDiscussionLoaders,
  createSupportLoaders,
  createCycleLoaders,
  createLearningLoaders,
  createScalingLoaders,
  createResearchLoaders,
  createMeetingLoaders,
  createDecisionLoaders,
  createMatterLoaders,
  createDispatchLoaders,
  createIndicatorLoaders,
  createPlanLoaders,
] as const;

type Built<T> = T extends readonly [infer Head extends (db: Database) => unknown, ...infer Rest] ? ReturnType<Head> & Built<Rest> : unknown;
export type Loaders = Built<typeof domains>;

const state = Symbol("loaders");
interface LazyLoaders {
  [state]: { db: Database; built: Record<string, unknown>[] };
}

/**
 * A request reads a few domains' loaders of some hundred: building them all (and their
 * caches) for every request cost more than a list's own resolvers. The getters live on one
 * shared prototype; a request's object gets a domain's loaders when it first asks for one.
 * The factories only close over the database, so calling each once here learns its names.
 */
const prototype = {};
domains.forEach((create, i) => {
  for (const key of Object.keys(create(undefined as never))) {
    Object.defineProperty(prototype, key, {
      get(this: LazyLoaders) {
        const s = this[state];
        const loader = (s.built[i] ??= create(s.db) as Record<string, unknown>)[key];
        Object.defineProperty(this, key, { value: loader });
        return loader;
      },
    });
  }
});

/** Per-request DataLoaders of every domain; built in the context, never shared between requests. */
export function createLoaders(db: Database): Loaders {
  const loaders = Object.create(prototype) as LazyLoaders;
  loaders[state] = { db, built: [] };
  return loaders as unknown as Loaders;
}
