import "reflect-metadata";
import "../modules/events.js";
import "../modules/index.js";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { RoleGrantResolver, UserResolver } from "../modules/accounts/accounts.resolver.js";
import { AccountSelfServiceResolver } from "../modules/accounts/self-service.resolver.js";
import {
  ArenaResolver,
  BodyMembershipResolver,
  BodyResolver,
  CountyPartResolver,
  OrganisationResolver,
} from "../modules/partnership/partnership.resolver.js";
import { StrategicGoalResolver, StrategyAreaResolver, StrategyResolver } from "../modules/strategy/strategy.resolver.js";
import { IdeaResolver } from "../modules/ideas/ideas.resolver.js";
import { ParkingResolver } from "../modules/ideas/parking.resolver.js";
import { ArenaGuidanceResolver, TriageResolver } from "../modules/guidance/triage.resolver.js";
import {
  CaseloadResolver,
  GuidanceSessionResolver,
  IdeaGuidanceResolver,
  NextStepResolver,
  SupportNeedResolver,
} from "../modules/guidance/sessions.resolver.js";
import { CommentReportResolver, CommentResolver, IdeaDiscussionResolver } from "../modules/discussion/discussion.resolver.js";
import { NotificationResolver } from "../modules/notifications/notifications.resolver.js";
import { MailSettingsResolver } from "../modules/notifications/mail-settings.resolver.js";
import { FeedbackResolver } from "../modules/notifications/feedback.resolver.js";
import { IdeaReferralsResolver, ReferralResolver, SupportActorResolver } from "../modules/support/support.resolver.js";
import { CycleMeasureResolver, IdeaTestingResolver, MeasurementResolver, TestCycleResolver } from "../modules/testing/cycles.resolver.js";
import { IdeaLearningResolver, LearningResolver } from "../modules/learning/learning.resolver.js";
import { IdeaScaleStepResolver, IdeaScalingResolver, ScalingMutationResolver } from "../modules/scaling/scaling.resolver.js";
import {
  AccessRequestResolver,
  EvaluationResolver,
  IdeaResearchResolver,
  PilotResolver,
  TestCycleResearchResolver,
} from "../modules/research/research.resolver.js";
import { AgendaItemResolver, ArenaMeetingsResolver, BodyMeetingsResolver, MeetingResolver } from "../modules/matters/meetings.resolver.js";
import {
  AgendaItemDecisionResolver,
  AssignmentResolver,
  BodyDecisionsResolver,
  MatterDecisionResolver,
  MatterDecisionsResolver,
} from "../modules/matters/decisions.resolver.js";
import { ArenaMattersResolver, IdeaMattersResolver, MatterLinkResolver, MatterResolver } from "../modules/matters/matters.resolver.js";
import { DispatchResolver, MatterDispatchResolver } from "../modules/matters/dispatch.resolver.js";
import { ArenaIndicatorsResolver, IndicatorResolver } from "../modules/indicators/indicators.resolver.js";
import { ReadTokenResolver } from "../modules/accounts/read-tokens.resolver.js";
import { ArenaMunicipalitiesResolver, MunicipalityPageResolver } from "../modules/insight/places.resolver.js";
import { ArenaInsightResolver, InsightResolver } from "../modules/insight/insight.resolver.js";
import { ArenaWheelResolver, WheelMilestoneResolver } from "../modules/plans/wheel.resolver.js";
import {
  ArenaFundingResolver,
  DistributionShareResolver,
  FundingEntryResolver,
  FundingPartyResolver,
  FundingPlanResolver,
  MatterFundingResolver,
  PlanActivityFundingResolver,
} from "../modules/plans/funding.resolver.js";
import {
  ActivityOriginResolver,
  ActivityUpdateResolver,
  ArenaPlansResolver,
  IdeaActivitiesResolver,
  PlanActivityResolver,
  PlanResolver,
  PlanSubGoalResolver,
} from "../modules/plans/plans.resolver.js";
import { authChecker } from "./auth-checker.js";
import { refuseControlCharacters } from "./validation.js";
import { NodeResolver } from "./node.resolver.js";
import type { ArenaPubSub } from "./pubsub.js";
import { createArenaPubSub } from "./pubsub.js";

export const resolvers = [
  FeedbackResolver,
  NodeResolver,
  UserResolver,
  RoleGrantResolver,
  AccountSelfServiceResolver,
  ArenaResolver,
  CountyPartResolver,
  OrganisationResolver,
  BodyResolver,
  BodyMembershipResolver,
  StrategyResolver,
  StrategyAreaResolver,
  StrategicGoalResolver,
  IdeaResolver,
  ParkingResolver,
  TriageResolver,
  ArenaGuidanceResolver,
  IdeaGuidanceResolver,
  GuidanceSessionResolver,
  NextStepResolver,
  SupportNeedResolver,
  CaseloadResolver,
  IdeaDiscussionResolver,
  CommentResolver,
  CommentReportResolver,
  NotificationResolver,
  MailSettingsResolver,
  SupportActorResolver,
  ReferralResolver,
  IdeaReferralsResolver,
  IdeaTestingResolver,
  TestCycleResolver,
  CycleMeasureResolver,
  MeasurementResolver,
  LearningResolver,
  IdeaLearningResolver,
  IdeaScalingResolver,
  IdeaScaleStepResolver,
  ScalingMutationResolver,
  IdeaResearchResolver,
  TestCycleResearchResolver,
  EvaluationResolver,
  AccessRequestResolver,
  PilotResolver,
  MeetingResolver,
  AgendaItemResolver,
  BodyMeetingsResolver,
  ArenaMeetingsResolver,
  MatterDecisionResolver,
  AssignmentResolver,
  MatterDecisionsResolver,
  AgendaItemDecisionResolver,
  BodyDecisionsResolver,
  MatterResolver,
  MatterLinkResolver,
  ArenaMattersResolver,
  IdeaMattersResolver,
  DispatchResolver,
  MatterDispatchResolver,
  ArenaIndicatorsResolver,
  IndicatorResolver,
  ReadTokenResolver,
  MunicipalityPageResolver,
  ArenaMunicipalitiesResolver,
  ArenaInsightResolver,
  InsightResolver,
  ArenaPlansResolver,
  IdeaActivitiesResolver,
  PlanResolver,
  PlanSubGoalResolver,
  PlanActivityResolver,
  ActivityUpdateResolver,
  ActivityOriginResolver,
  WheelMilestoneResolver,
  ArenaWheelResolver,
  FundingPartyResolver,
  DistributionShareResolver,
  FundingEntryResolver,
  FundingPlanResolver,
  ArenaFundingResolver,
  MatterFundingResolver,
  PlanActivityFundingResolver,
] as const;

export async function createSchema(pubSub: ArenaPubSub = createArenaPubSub()): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    authMode: "null",
    // Inputs are validated in services, so that failures come back as localised payload errors.
    validate: false,
    pubSub: pubSub as never,
  });
  // Control characters are refused once, for every argument, before any resolver runs.
  return refuseControlCharacters(schema);
}
