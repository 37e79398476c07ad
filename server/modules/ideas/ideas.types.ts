import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeResolver } from "graphql-scalars";
import { SectorEnum } from "../partnership/partnership.vocabulary.js";
import { UserError } from "../../graphql/errors.js";
import { Node, connectionType, toGlobalId } from "../../graphql/relay.js";
import type { IdeaAccess } from "./ideas.access.js";
import type { IdeaRow, ideaCoBearers } from "./ideas.tables.js";

export enum IdeaStageEnum {
  DRAFT = "draft",
  SUBMITTED = "submitted",
  GUIDANCE = "guidance",
  NEEDS_INFO = "needs_info",
  REFERRED = "referred",
  MERGED = "merged",
  DECLINED = "declined",
  DEVELOPMENT = "development",
  TESTING = "testing",
  SCALING = "scaling",
  ADOPTED = "adopted",
  CLOSED = "closed",
  PARKED = "parked",
  WITHDRAWN = "withdrawn",
}
registerEnumType(IdeaStageEnum, { name: "IdeaStage", description: "Where an idea is in the innovation loop." });

export enum IdeaVisibilityEnum {
  PUBLIC = "public",
  PARTNERSHIP = "partnership",
  GUIDANCE = "guidance",
}
registerEnumType(IdeaVisibilityEnum, {
  name: "IdeaVisibility",
  description:
    "PUBLIC: anyone; PARTNERSHIP: people with a role in the arena; GUIDANCE: the guidance team only. Bearers always see their ideas.",
});

export enum IdeaSortEnum {
  NEWEST = "newest",
  OLDEST = "oldest",
  TITLE = "title",
  RELEVANCE = "relevance",
}
registerEnumType(IdeaSortEnum, { name: "IdeaSort", description: "RELEVANCE applies when searching; otherwise NEWEST is used." });

export enum CoBearerStatusEnum {
  INVITED = "invited",
  ACCEPTED = "accepted",
  DECLINED = "declined",
}
registerEnumType(CoBearerStatusEnum, { name: "CoBearerStatus" });

@ObjectType({ description: "Something that happened to an idea: its timeline and audit trail." })
export class IdeaEvent {
  @Field(() => ID)
  id!: string;
  @Field(() => String, { description: "e.g. idea.created, idea.submitted, idea.withdrawn" })
  kind!: string;
  @Field(() => String, {
    description:
      "What happened, in your language, e.g. Inskickad; followed by the stage it led to or what it concerns where that tells more.",
  })
  label!: string;
  @Field(() => DateTimeResolver)
  at!: Date;
  @Field(() => String, { nullable: true, description: "Who did it (name), when visible to the viewer." })
  actorName!: string | null;
  @Field(() => IdeaStageEnum, { nullable: true })
  fromStage!: IdeaStageEnum | null;
  @Field(() => IdeaStageEnum, { nullable: true })
  toStage!: IdeaStageEnum | null;
  @Field(() => String, { nullable: true, description: "The reason given, if any." })
  reason!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "What it concerns, where that is public and not the idea itself: the municipality of an adoption.",
  })
  about!: string | null;
}

@ObjectType({ implements: Node, description: "A person invited to carry an idea together with its bearer." })
export class CoBearer extends Node {
  rawId!: string;
  userRawId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The invited address: the idea's bearers (and the invitee) read it; null for the guidance team.",
  })
  email!: string | null;
  @Field(() => String, { nullable: true })
  name!: string | null;
  @Field(() => CoBearerStatusEnum)
  status!: CoBearerStatusEnum;
}

@ObjectType({ implements: Node, description: "An idea for social innovation, carried by its bearer through the innovation loop." })
export class Idea extends Node {
  rawId!: string;
  arenaRawId!: string;
  bearerRawId!: string;
  /** What the viewer may see of it; decided when loaded. */
  access!: IdeaAccess;
  consentToContactValue!: boolean;
  mergedIntoRawId!: string | null;

  @Field(() => IdeaStageEnum)
  stage!: IdeaStageEnum;
  @Field(() => Int, { description: "Pass it back as expectedVersion when editing; a stale version gets a conflict." })
  version!: number;
  @Field(() => String)
  title!: string;
  @Field(() => String)
  summary!: string;
  @Field(() => String, { description: "What problem, for whom." })
  need!: string;
  @Field(() => String)
  targetGroup!: string;
  @Field(() => String)
  solution!: string;
  @Field(() => String)
  expectedBenefit!: string;
  @Field(() => String)
  triedBefore!: string;
  @Field(() => String)
  organisationName!: string;
  @Field(() => SectorEnum)
  sector!: SectorEnum;
  @Field(() => IdeaVisibilityEnum)
  visibility!: IdeaVisibilityEnum;
  @Field(() => Boolean, { nullable: true, description: "Whether the bearer may be contacted; bearers and the guidance team only." })
  consentToContact?: boolean | null;
  @Field(() => DateTimeResolver, { nullable: true })
  submittedAt!: Date | null;
  @Field(() => DateTimeResolver, { nullable: true, description: "When the bearer will hear back, when a feedback promise applies." })
  hearBackBy!: Date | null;
  @Field(() => DateTimeResolver)
  createdAt!: Date;
  @Field(() => DateTimeResolver)
  updatedAt!: Date;
  @Field(() => Boolean, { description: "Whether the viewer carries this idea (bearer or co-bearer) and may edit it." })
  viewerIsBearer!: boolean;
}

export const IdeaConnection = connectionType("Idea", Idea);

export function toIdea(row: IdeaRow, access: IdeaAccess): Idea {
  return Object.assign(new Idea(), {
    __typename: "Idea",
    id: toGlobalId("Idea", row.id),
    rawId: row.id,
    arenaRawId: row.arenaId,
    bearerRawId: row.bearerId,
    access,
    stage: row.stage as IdeaStageEnum,
    version: row.version,
    title: row.title,
    summary: row.summary,
    need: row.need,
    targetGroup: row.targetGroup,
    solution: row.solution,
    expectedBenefit: row.expectedBenefit,
    triedBefore: row.triedBefore,
    organisationName: row.organisationName,
    sector: row.sector as SectorEnum,
    visibility: row.visibility as IdeaVisibilityEnum,
    consentToContactValue: row.consentToContact,
    mergedIntoRawId: row.mergedIntoId,
    submittedAt: row.submittedAt,
    hearBackBy: row.hearBackBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    viewerIsBearer: access === "bearer",
  });
}

export function toCoBearer(row: typeof ideaCoBearers.$inferSelect, name: string | null): CoBearer {
  return Object.assign(new CoBearer(), {
    __typename: "CoBearer",
    id: toGlobalId("CoBearer", row.id),
    rawId: row.id,
    userRawId: row.userId,
    email: row.email,
    name,
    status: row.status as CoBearerStatusEnum,
  });
}

@ObjectType({ description: "Your edit was based on an older version: here is what is saved now. Nothing you typed was saved or lost." })
export class IdeaConflict {
  @Field(() => Idea, { description: "The idea as saved now." })
  current!: Idea;
  @Field(() => [String], { description: "Fields changed since the version your edit was based on." })
  changedFields!: string[];
}

@ObjectType()
export class IdeaPayload {
  @Field(() => Idea, { nullable: true })
  idea!: Idea | null;
  @Field(() => IdeaConflict, { nullable: true, description: "Set when the edit was refused as stale." })
  conflict!: IdeaConflict | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class CoBearerPayload {
  @Field(() => CoBearer, { nullable: true })
  coBearer!: CoBearer | null;
  @Field(() => Idea, { nullable: true })
  idea!: Idea | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
