import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { Node, toGlobalId } from "../../graphql/relay.js";
import type { activityOrigins, activityUpdates, planActivities, planSubGoals, plans } from "./plans.tables.js";
import { ActivityOriginKindEnum, ActivityStatusEnum, PlanKindEnum, PlanStatusEnum } from "./plans.vocabulary.js";

// Rows are mapped to these classes here only; the resolvers add the related objects.

@ObjectType({
  implements: Node,
  description:
    "A plan for one year: the arena's action plan (owned by its strategic leadership) or a body's activity plan. Adopted plans are public; drafts are read by the kansli and the owning body's members.",
})
export class Plan extends Node {
  rawId!: string;
  arenaRawId!: string;
  bodyRawId!: string;
  adoptionMatterRawId!: string | null;
  adoptedByMatterRawId!: string | null;

  @Field(() => Int)
  year!: number;
  @Field(() => PlanKindEnum)
  kind!: PlanKindEnum;
  @Field(() => PlanStatusEnum)
  status!: PlanStatusEnum;
  @Field(() => String)
  title!: string;
  @Field(() => String)
  summary!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: "The day the owning body's decision adopted it." })
  adoptedOn!: string | null;
  @Field(() => Int, { description: "Pass it back when editing; a stale version gets PLAN_STALE_EDIT." })
  version!: number;
  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

@ObjectType({ implements: Node, description: "A sub-goal (delmål) of a plan, under one of the strategy's goals." })
export class PlanSubGoal extends Node {
  rawId!: string;
  planRawId!: string;
  goalRawId!: string;

  @Field(() => String)
  title!: string;
  @Field(() => String)
  description!: string;
  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: "A link that shows what an update rests on." })
export class EvidenceLink {
  @Field(() => String)
  title!: string;
  @Field(() => String, { description: "An absolute http(s) address." })
  url!: string;
}

@ObjectType({
  implements: Node,
  description: "A status update on an activity: recorded by the responsible body's members or its contact person.",
})
export class ActivityUpdate extends Node {
  rawId!: string;
  activityRawId!: string;
  authorRawId!: string | null;

  @Field(() => LocalDateResolver)
  reportedOn!: string;
  @Field(() => ActivityStatusEnum)
  status!: ActivityStatusEnum;
  @Field(() => Int, { description: "Progress in percent, 0–100." })
  progress!: number;
  @Field(() => String)
  comment!: string;
  @Field(() => [EvidenceLink])
  evidence!: EvidenceLink[];
  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

@ObjectType({ description: "What an activity came from: an idea, a pilot (test cycle), a decision or a matter. Linked, not copied." })
export class ActivityOrigin {
  targetRawId!: string;
  ideaRawId!: string | null;
  @Field(() => ActivityOriginKindEnum)
  kind!: ActivityOriginKindEnum;
}

@ObjectType({
  description:
    "Money on an activity, from its funding plan: committed and spent, in whole kronor. Null where the activity has no funding plan.",
})
export class ActivityMoney {
  @Field(() => Int)
  committed!: number;
  @Field(() => Int)
  spent!: number;
}

@ObjectType({
  implements: Node,
  description:
    "An activity of a plan: what will be done, how, who is responsible, when, how it is followed up, and which indicators show progress.",
})
export class PlanActivity extends Node {
  rawId!: string;
  arenaRawId!: string;
  planRawId!: string;
  goalRawId!: string;
  subGoalRawId!: string | null;
  responsibleBodyRawId!: string | null;
  responsibleOrganisationRawId!: string | null;
  contactPersonRawId!: string | null;

  @Field(() => String, { description: "What will be done." })
  title!: string;
  @Field(() => String)
  description!: string;
  @Field(() => String, { description: "How it will be done." })
  how!: string;
  @Field(() => String)
  resources!: string;
  @Field(() => String, { description: "Who takes part." })
  participants!: string;
  @Field(() => LocalDateResolver, { nullable: true })
  startsOn!: string | null;
  @Field(() => LocalDateResolver, { nullable: true })
  endsOn!: string | null;
  @Field(() => String)
  followUpMethod!: string;
  @Field(() => ActivityStatusEnum, { description: "What the latest update said; PLANNED before the first." })
  status!: ActivityStatusEnum;
  @Field(() => Int, { description: "Progress in percent from the latest update." })
  progress!: number;
  @Field(() => Int)
  version!: number;
  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

export const toPlan = (r: typeof plans.$inferSelect): Plan =>
  Object.assign(new Plan(), {
    __typename: "Plan",
    id: toGlobalId("Plan", r.id),
    rawId: r.id,
    arenaRawId: r.arenaId,
    bodyRawId: r.bodyId,
    adoptionMatterRawId: r.adoptionMatterId,
    adoptedByMatterRawId: r.adoptedByMatterId,
    year: r.year,
    kind: r.kind as PlanKindEnum,
    status: r.status as PlanStatusEnum,
    title: r.title,
    summary: r.summary,
    adoptedOn: r.adoptedOn,
    version: r.version,
    updatedAt: r.updatedAt,
  });

export const toSubGoal = (r: typeof planSubGoals.$inferSelect): PlanSubGoal =>
  Object.assign(new PlanSubGoal(), {
    __typename: "PlanSubGoal",
    id: toGlobalId("PlanSubGoal", r.id),
    rawId: r.id,
    planRawId: r.planId,
    goalRawId: r.goalId,
    title: r.title,
    description: r.description,
    version: r.version,
  });

export const toActivity = (r: typeof planActivities.$inferSelect): PlanActivity =>
  Object.assign(new PlanActivity(), {
    __typename: "PlanActivity",
    id: toGlobalId("PlanActivity", r.id),
    rawId: r.id,
    arenaRawId: r.arenaId,
    planRawId: r.planId,
    goalRawId: r.goalId,
    subGoalRawId: r.subGoalId,
    responsibleBodyRawId: r.responsibleBodyId,
    responsibleOrganisationRawId: r.responsibleOrganisationId,
    contactPersonRawId: r.contactPersonId,
    title: r.title,
    description: r.description,
    how: r.how,
    resources: r.resources,
    participants: r.participants,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    followUpMethod: r.followUpMethod,
    status: r.status as ActivityStatusEnum,
    progress: r.progress,
    version: r.version,
    updatedAt: r.updatedAt,
  });

export const toUpdate = (r: typeof activityUpdates.$inferSelect): ActivityUpdate =>
  Object.assign(new ActivityUpdate(), {
    __typename: "ActivityUpdate",
    id: toGlobalId("ActivityUpdate", r.id),
    rawId: r.id,
    activityRawId: r.activityId,
    authorRawId: r.authorId,
    reportedOn: r.reportedOn,
    status: r.status as ActivityStatusEnum,
    progress: r.progress,
    comment: r.comment,
    evidence: r.evidence.map((e) => Object.assign(new EvidenceLink(), e)),
    createdAt: r.createdAt,
  });

export const toOrigin = (r: typeof activityOrigins.$inferSelect): ActivityOrigin =>
  Object.assign(new ActivityOrigin(), { targetRawId: r.targetId, ideaRawId: r.ideaId, kind: r.kind as ActivityOriginKindEnum });

@ObjectType()
export class PlanPayload {
  @Field(() => Plan, { nullable: true })
  plan!: Plan | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class PlanSubGoalPayload {
  @Field(() => PlanSubGoal, { nullable: true })
  subGoal!: PlanSubGoal | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class PlanActivityPayload {
  @Field(() => PlanActivity, { nullable: true })
  activity!: PlanActivity | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
