import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { Body, Organisation } from "../partnership/partnership.types.js";
import { Meeting } from "./meetings.types.js";
import type { assignments, matterDecisions } from "./matters.tables.js";
import { AssignmentStatusEnum, DecisionOutcomeEnum } from "./matters.vocabulary.js";

@ObjectType({ implements: Node, description: "An assignment (uppdrag) a decision gave to a body or a party, due with a report-back." })
export class Assignment extends Node {
  rawId!: string;
  arenaRawId!: string;
  decisionRawId!: string;
  assigneeBodyRawId!: string | null;
  assigneeOrganisationRawId!: string | null;

  @Field(() => String)
  description!: string;

  @Field(() => LocalDateResolver)
  dueOn!: string;

  @Field(() => AssignmentStatusEnum)
  status!: AssignmentStatusEnum;

  @Field(() => Boolean, { description: "Open past its due date." })
  overdue!: boolean;

  @Field(() => String, { description: "The report, once reported back; empty until then." })
  report!: string;

  @Field(() => DateTimeResolver, { nullable: true })
  reportedAt!: Date | null;

  @Field(() => Body, { nullable: true })
  assigneeBody?: Body | null;

  @Field(() => Organisation, { nullable: true })
  assigneeOrganisation?: Organisation | null;

  @Field(() => MatterDecision, { description: "The decision that gave it." })
  decision?: MatterDecision;
}

@ObjectType({
  implements: Node,
  description: "A body's decision on a matter, recorded in the minutes of a meeting or by the kansli on its behalf.",
})
export class MatterDecision extends Node {
  rawId!: string;
  matterRawId!: string;
  bodyRawId!: string;
  meetingRawId!: string | null;
  recordedByRawId!: string | null;

  @Field(() => DecisionOutcomeEnum)
  outcome!: DecisionOutcomeEnum;

  @Field(() => String, { description: "The decision as minuted." })
  text!: string;

  @Field(() => LocalDateResolver)
  decidedOn!: string;

  @Field(() => Boolean, { description: "Recorded by the kansli on the body's behalf rather than by one of its members." })
  onBehalfOfBody!: boolean;

  @Field(() => Int, { description: "The number of the matter decided (“ärende 12”)." })
  matterNumber?: number;

  @Field(() => String, { description: "The title of the matter decided." })
  matterTitle?: string;

  @Field(() => Body)
  body?: Body;

  @Field(() => Meeting, { nullable: true })
  meeting?: Meeting | null;

  @Field(() => [Assignment])
  assignments?: Assignment[];
}

export function toDecision(row: typeof matterDecisions.$inferSelect): MatterDecision {
  return Object.assign(new MatterDecision(), {
    __typename: "MatterDecision",
    id: toGlobalId("MatterDecision", row.id),
    rawId: row.id,
    matterRawId: row.matterId,
    bodyRawId: row.bodyId,
    meetingRawId: row.meetingId,
    recordedByRawId: row.recordedBy,
    outcome: row.outcome as DecisionOutcomeEnum,
    text: row.text,
    decidedOn: row.decidedOn,
    onBehalfOfBody: row.onBehalfOfBody,
  });
}

export function toAssignment(row: typeof assignments.$inferSelect, today: string): Assignment {
  return Object.assign(new Assignment(), {
    __typename: "Assignment",
    id: toGlobalId("Assignment", row.id),
    rawId: row.id,
    arenaRawId: row.arenaId,
    decisionRawId: row.decisionId,
    assigneeBodyRawId: row.assigneeBodyId,
    assigneeOrganisationRawId: row.assigneeOrganisationId,
    description: row.description,
    dueOn: row.dueOn,
    status: row.status as AssignmentStatusEnum,
    overdue: row.status === "open" && row.dueOn < today,
    report: row.report,
    reportedAt: row.reportedAt,
  });
}

@ObjectType()
export class DecisionPayload {
  @Field(() => MatterDecision, { nullable: true })
  decision!: MatterDecision | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class AssignmentPayload {
  @Field(() => Assignment, { nullable: true })
  assignment!: Assignment | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
