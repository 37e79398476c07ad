import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { Node, connectionType, toGlobalId } from "../../graphql/relay.js";
import { IdeaStageEnum } from "../ideas/ideas.types.js";
import { CycleDecisionEnum, TestCycle, TestCycleStatusEnum } from "../testing/cycles.types.js";
import type { accessRequests, evaluations } from "./research.tables.js";

type EvaluationRow = typeof evaluations.$inferSelect;
type AccessRequestRow = typeof accessRequests.$inferSelect;

export enum EvaluationConfidenceEnum {
  LOW = "low",
  MEDIUM = "medium",
  HIGH = "high",
}
registerEnumType(EvaluationConfidenceEnum, {
  name: "EvaluationConfidence",
  description: "How far the evaluator trusts the findings, given the method and the data: LOW, MEDIUM or HIGH.",
});

export enum AccessRequestStatusEnum {
  PENDING = "pending",
  GRANTED = "granted",
  REFUSED = "refused",
  REVOKED = "revoked",
}
registerEnumType(AccessRequestStatusEnum, {
  name: "AccessRequestStatus",
  description:
    "PENDING: waiting for the bearers; GRANTED: the researcher reads the idea as a member of the arena; REFUSED: closed (the researcher may ask again); REVOKED: granted, then withdrawn by the bearers.",
});

export enum PilotOutcomeEnum {
  ONGOING = "ongoing",
  RETEST = "retest",
  PIVOT = "pivot",
  ADVANCE = "advance",
  STOP = "stop",
}
registerEnumType(PilotOutcomeEnum, {
  name: "PilotOutcome",
  description:
    "Where a pilot stands: the decision of its latest cycle (RETEST, PIVOT, ADVANCE, STOP), or ONGOING while that cycle has none.",
});

@ObjectType({
  implements: Node,
  description:
    "A researcher's evaluation of a test cycle: internal to the arena's guidance team and its researchers who read the idea; the bearers see it once its author shares it.",
})
export class Evaluation extends Node {
  rawId!: string;
  cycleRawId!: string;
  authorRawId!: string | null;
  cycle!: TestCycle;

  @Field(() => String, { description: "How the cycle was evaluated, e.g. interviews, a survey, register data." })
  method!: string;
  @Field(() => String)
  dataSources!: string;
  @Field(() => String)
  findings!: string;
  @Field(() => EvaluationConfidenceEnum)
  confidence!: EvaluationConfidenceEnum;
  @Field(() => String, { description: "Ethics and consent: how participants consented, what was anonymised, ethical review." })
  ethicsNotes!: string;
  @Field(() => Boolean, { description: "Whether the idea's bearers may read it." })
  sharedWithBearers!: boolean;
  @Field(() => DateTimeResolver, { nullable: true })
  sharedWithBearersAt!: Date | null;
  @Field(() => DateTimeResolver)
  createdAt!: Date;
  @Field(() => DateTimeResolver)
  updatedAt!: Date;
  @Field(() => Boolean, { description: "Whether you wrote it and may edit, share and unshare it." })
  viewerIsAuthor!: boolean;
}

export function toEvaluation(row: EvaluationRow, cycle: TestCycle, viewerId: string | null): Evaluation {
  return Object.assign(new Evaluation(), {
    __typename: "Evaluation",
    id: toGlobalId("Evaluation", row.id),
    rawId: row.id,
    cycleRawId: row.cycleId,
    authorRawId: row.authorId,
    cycle,
    method: row.method,
    dataSources: row.dataSources,
    findings: row.findings,
    confidence: row.confidence as EvaluationConfidenceEnum,
    ethicsNotes: row.ethicsNotes,
    sharedWithBearers: row.sharedWithBearersAt !== null,
    sharedWithBearersAt: row.sharedWithBearersAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    viewerIsAuthor: viewerId !== null && row.authorId === viewerId,
  });
}

@ObjectType({
  implements: Node,
  description:
    "A researcher's request to read an idea that is not public to them. Seen by the idea's bearers, who grant or refuse it, and by the researcher.",
})
export class AccessRequest extends Node {
  rawId!: string;
  ideaRawId!: string;
  requesterRawId!: string;
  decidedByRawId!: string | null;

  @Field(() => ID, { description: "Global id of the idea asked for; the idea itself is readable once access is granted." })
  ideaId!: string;
  @Field(() => AccessRequestStatusEnum)
  status!: AccessRequestStatusEnum;
  @Field(() => String, { description: "Why the researcher asks: the purpose of the research." })
  reason!: string;
  @Field(() => String, { description: "The bearers' answer, if they gave one." })
  response!: string;
  @Field(() => DateTimeResolver, { description: "When it was asked (or asked again)." })
  requestedAt!: Date;
  @Field(() => DateTimeResolver, { nullable: true, description: "When it was granted, refused or revoked." })
  decidedAt!: Date | null;
  @Field(() => Boolean, { description: "Whether you carry the idea and may grant, refuse or revoke it." })
  viewerCanDecide!: boolean;
}

export function toAccessRequest(row: AccessRequestRow, viewerIsBearer: boolean): AccessRequest {
  return Object.assign(new AccessRequest(), {
    __typename: "AccessRequest",
    id: toGlobalId("AccessRequest", row.id),
    rawId: row.id,
    ideaRawId: row.ideaId,
    requesterRawId: row.requesterId,
    decidedByRawId: row.decidedBy,
    ideaId: toGlobalId("Idea", row.ideaId),
    status: row.status as AccessRequestStatusEnum,
    reason: row.reason,
    response: row.response,
    requestedAt: row.updatedAt,
    decidedAt: row.decidedAt,
    viewerCanDecide: viewerIsBearer,
  });
}

@ObjectType({
  implements: Node,
  description:
    "An idea that has been tested, as the pilot register shows it to researchers and the guidance team: its cycles summed up. Ideas you may not read show without title or content; ask their bearers for access.",
})
export class Pilot extends Node {
  ideaRawId!: string;
  arenaRawId!: string;
  latestCycleRawId!: string;

  @Field(() => ID, { description: "Global id of the idea: ask for access with it, or open it once you may read it." })
  ideaId!: string;
  @Field(() => Boolean, { description: "Whether you may read the idea (and its cycles)." })
  canRead!: boolean;
  @Field(() => String, { nullable: true, description: "The idea's title; null when you may not read it." })
  title!: string | null;
  @Field(() => IdeaStageEnum)
  stage!: IdeaStageEnum;
  @Field(() => Int)
  cycleCount!: number;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "When the first cycle starts (its planned start, else when it was started or planned).",
  })
  firstStartsOn!: string | null;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "When the latest cycle ends (its planned end, else when it was decided); null while open-ended.",
  })
  lastEndsOn!: string | null;
  @Field(() => Int, { description: "The number of the latest cycle." })
  latestCycleNumber!: number;
  @Field(() => TestCycleStatusEnum)
  latestCycleStatus!: TestCycleStatusEnum;
  @Field(() => CycleDecisionEnum, { nullable: true, description: "The latest cycle's decision; null while it has none." })
  latestDecision!: CycleDecisionEnum | null;
  @Field(() => PilotOutcomeEnum)
  outcome!: PilotOutcomeEnum;
  @Field(() => Int, { description: "Measures of the latest cycle." })
  measureCount!: number;
  @Field(() => Int, { description: "Measures of the latest cycle whose result meets the target (see MeasureResult)." })
  measuresMet!: number;
  @Field(() => Int, { description: "Measures of the latest cycle whose result does not meet the target." })
  measuresNotMet!: number;
}

export const PilotConnection = connectionType("Pilot", Pilot);

@ObjectType()
export class AccessRequestPayload {
  @Field(() => AccessRequest, { nullable: true })
  accessRequest!: AccessRequest | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class EvaluationPayload {
  @Field(() => Evaluation, { nullable: true })
  evaluation!: Evaluation | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
