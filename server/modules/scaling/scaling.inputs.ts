import { Field, ID, InputType, Int } from "type-graphql";
import { IntRange, Length, OneOf } from "../../graphql/validation.js";
import { AdoptionStatusEnum } from "./scaling.types.js";

export const SCALING_LIMITS = { evidence: 5000, reason: 2000, note: 1000 } as const;

@InputType({ description: "The guidance team records the step an idea has reached on the scale-up ladder." })
export class RecordScaleStepInput {
  @Field(() => ID)
  ideaId!: string;

  @Field(() => Int, { description: "1–4; another step than the current one." })
  @IntRange(1, 4)
  step!: number;

  @Field(() => String, { description: "What shows that the idea stands at this step. Required." })
  @Length(1, SCALING_LIMITS.evidence)
  evidence!: string;

  @Field(() => String, { defaultValue: "", description: "Why the idea moves back; required when the step is lower than the current one." })
  @Length(0, SCALING_LIMITS.reason)
  reason!: string;
}

@InputType({ description: "The guidance team records where a municipality of the idea's arena stands with the idea." })
export class SetMunicipalityAdoptionInput {
  @Field(() => ID)
  ideaId!: string;

  @Field(() => ID, { description: "A municipality of the idea's arena." })
  organisationId!: string;

  @Field(() => AdoptionStatusEnum, { nullable: true, description: "Null clears what was recorded." })
  @OneOf(Object.values(AdoptionStatusEnum))
  status?: AdoptionStatusEnum | null;

  @Field(() => String, { defaultValue: "" })
  @Length(0, SCALING_LIMITS.note)
  note!: string;
}
