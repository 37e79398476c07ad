import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { SectorEnum } from "../partnership/partnership.vocabulary.js";
import { ConnectionArgs } from "../../graphql/relay.js";
import { Email, Length, OneOf, SingleLine } from "../../graphql/validation.js";
import { IdeaSortEnum, IdeaStageEnum, IdeaVisibilityEnum } from "./ideas.types.js";

export const LIMITS = { title: 200, summary: 1000, long: 5000, organisation: 200 } as const;

/** The fields a bearer writes; all optional while drafting, some required to submit. */
@InputType({ description: "The fields a bearer writes." })
export class IdeaFieldsInput {
  @Field(() => String, { nullable: true })
  @Length(0, LIMITS.title)
  @SingleLine()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, LIMITS.summary)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: "What problem, for whom." })
  @Length(0, LIMITS.long)
  need?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, LIMITS.long)
  targetGroup?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, LIMITS.long)
  solution?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, LIMITS.long)
  expectedBenefit?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, LIMITS.long)
  triedBefore?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, LIMITS.organisation)
  @SingleLine()
  organisationName?: string | null;

  @Field(() => SectorEnum, { nullable: true })
  @OneOf(Object.values(SectorEnum))
  sector?: SectorEnum | null;

  @Field(() => IdeaVisibilityEnum, { nullable: true })
  @OneOf(Object.values(IdeaVisibilityEnum))
  visibility?: IdeaVisibilityEnum | null;

  @Field(() => Boolean, { nullable: true })
  consentToContact?: boolean | null;

  @Field(() => [ID], { nullable: true, description: "County parts of the arena; replaces the list." })
  countyPartIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Municipalities (organisations) of the arena; replaces the list." })
  municipalityIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Strategic goals of the arena's strategy; replaces the list." })
  goalIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Focus areas; replaces the list." })
  focusAreaIds?: string[] | null;

  @Field(() => [Int], { nullable: true, description: "Agenda 2030 goal numbers; replaces the list." })
  agenda2030Goals?: number[] | null;

  @Field(() => [Int], { nullable: true, description: "Public-health target area numbers; replaces the list." })
  publicHealthTargetAreas?: number[] | null;
}

@InputType()
export class CreateIdeaInput extends IdeaFieldsInput {
  @Field(() => ID)
  arenaId!: string;

  @Field(() => String, {
    description: "A key the client makes once per new idea (e.g. a UUID); a retry with the same key returns the same idea.",
  })
  @Length(8, 100)
  @SingleLine()
  clientKey!: string;
}

@InputType()
export class UpdateIdeaInput extends IdeaFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version the edit is based on." })
  expectedVersion!: number;
}

@InputType()
export class SubmitIdeaInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean, {
    description: "The bearer has read what becomes public and that what the region receives may be a public record.",
  })
  acceptPublicNotice!: boolean;
}

@InputType()
export class WithdrawIdeaInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @Length(0, 2000)
  reason?: string | null;
}

@InputType()
export class InviteCoBearerInput {
  @Field(() => ID)
  ideaId!: string;

  @Field(() => String)
  @Length(1, 254)
  @Email()
  email!: string;
}

@InputType()
export class RespondToInvitationInput {
  @Field(() => ID, { description: "The CoBearer id of the invitation." })
  id!: string;

  @Field(() => Boolean)
  accept!: boolean;
}

@ArgsType()
export class IdeasArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Arena slug; all arenas when left out." })
  @SingleLine()
  arena?: string | null;

  @Field(() => String, { nullable: true, description: "Swedish full-text search, tolerant of inflections and typos." })
  @Length(0, 200)
  @SingleLine()
  search?: string | null;

  @Field(() => [IdeaStageEnum], { nullable: true })
  stages?: IdeaStageEnum[] | null;

  @Field(() => [ID], { nullable: true })
  goalIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  municipalityIds?: string[] | null;

  @Field(() => [SectorEnum], { nullable: true })
  sectors?: SectorEnum[] | null;

  @Field(() => IdeaSortEnum, { nullable: true })
  sort?: IdeaSortEnum | null;
}

@ArgsType()
export class MyIdeasArgs extends ConnectionArgs {}
