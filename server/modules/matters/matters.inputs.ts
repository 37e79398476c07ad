import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ConnectionArgs } from "../../graphql/relay.js";
import { Length, OneOf, SingleLine } from "../../graphql/validation.js";
import { MatterKindEnum, MatterLinkKindEnum, MatterStageEnum } from "./matters.vocabulary.js";

export const MATTER_LIMITS = { title: 200, summary: 2000, basis: 20000, reason: 2000, fileName: 200 } as const;

@InputType({ description: "What a matter comes from: an idea, a test cycle (and its decision), a learning or an evaluation." })
export class MatterOriginInput {
  @Field(() => MatterLinkKindEnum)
  @OneOf(Object.values(MatterLinkKindEnum))
  kind!: MatterLinkKindEnum;

  @Field(() => ID, { description: "The global id of the idea, test cycle, learning or evaluation." })
  id!: string;
}

@InputType()
export class CreateMatterInput {
  @Field(() => ID)
  arenaId!: string;

  @Field(() => MatterKindEnum)
  @OneOf(Object.values(MatterKindEnum))
  kind!: MatterKindEnum;

  @Field(() => String, { nullable: true, description: "Left out with an origin: the origin's title." })
  @Length(1, MATTER_LIMITS.title)
  @SingleLine()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, MATTER_LIMITS.summary)
  summary?: string | null;

  @Field(() => MatterOriginInput, { nullable: true, description: "Left out: written from scratch (the kansli or a body member)." })
  origin?: MatterOriginInput | null;
}

@InputType()
export class AssignPreparerInput {
  @Field(() => ID)
  matterId!: string;

  @Field(() => ID, { description: "A person who sits in the arena's beredningsorgan." })
  preparerId!: string;
}

@InputType({ description: "The basis for the decision; fields left out are kept." })
export class UpdateMatterBasisInput {
  @Field(() => ID)
  matterId!: string;

  @Field(() => Int, { description: "The version the edit is based on; an older one is refused (MATTER_STALE_EDIT)." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @Length(1, MATTER_LIMITS.title)
  @SingleLine()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, MATTER_LIMITS.summary)
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, MATTER_LIMITS.basis)
  background?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, MATTER_LIMITS.basis)
  proposedDecision?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, MATTER_LIMITS.basis)
  consequences?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, MATTER_LIMITS.basis)
  consequencesOfNothing?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, MATTER_LIMITS.basis)
  effortAndEffect?: string | null;

  @Field(() => String, { nullable: true, description: "Internal to the kansli, the beredning and the bodies' members." })
  @Length(0, MATTER_LIMITS.basis)
  preparationNotes?: string | null;
}

@InputType()
export class PlaceMatterInput {
  @Field(() => ID)
  matterId!: string;

  @Field(() => ID, { description: "A deciding body of the matter's arena." })
  bodyId!: string;
}

@InputType()
export class MatterReasonInput {
  @Field(() => ID)
  matterId!: string;

  @Field(() => String)
  @Length(1, MATTER_LIMITS.reason)
  reason!: string;
}

@InputType({ description: "Links a test cycle or an evaluation (or an idea, or a learning) to a matter: linked, not copied." })
export class LinkToMatterInput {
  @Field(() => ID)
  matterId!: string;

  @Field(() => MatterOriginInput)
  target!: MatterOriginInput;
}

@ArgsType()
export class MattersArgs extends ConnectionArgs {
  @Field(() => [MatterStageEnum], { nullable: true })
  stages?: MatterStageEnum[] | null;

  @Field(() => ID, { nullable: true })
  bodyId?: string | null;

  @Field(() => MatterKindEnum, { nullable: true })
  @OneOf(Object.values(MatterKindEnum))
  kind?: MatterKindEnum | null;

  @Field(() => Boolean, { nullable: true, description: "Only overdue matters (true) or only the others (false)." })
  overdue?: boolean | null;
}
