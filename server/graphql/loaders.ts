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

/** Per-request DataLoaders of every domain; built in the context, never shared between requests. */
export function createLoaders(db: Database) {
  return {
    ...createAccountLoaders(db),
    ...createPartnershipLoaders(db),
    ...createStrategyLoaders(db),
    ...createIdeaLoaders(db),
    ...createTriageLoaders(db),
    ...createSessionLoaders(db),
    ...createDiscussionLoaders(db),
    ...createSupportLoaders(db),
    ...createCycleLoaders(db),
    ...createLearningLoaders(db),
    ...createScalingLoaders(db),
    ...createResearchLoaders(db),
    ...createMeetingLoaders(db),
    ...createDecisionLoaders(db),
    ...createMatterLoaders(db),
    ...createDispatchLoaders(db),
    ...createIndicatorLoaders(db),
    ...createPlanLoaders(db),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
