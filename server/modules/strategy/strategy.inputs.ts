import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { Code, Length } from "../../graphql/validation.js";

@InputType({ description: "Fields left out are kept." })
export class UpdateStrategicGoalInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @Length(1, 300)
  titleSv?: string | null;

  @Field(() => String, { nullable: true })
  @Length(1, 300)
  titleEn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "The next review: today or later. Left out keeps it; null clears it." })
  reviewOn?: string | null;
}

@InputType()
export class CreateFocusAreaInput {
  @Field(() => ID, { description: "The strategic goal it belongs to." })
  goalId!: string;

  @Field(() => String, { description: "e.g. 2.5; unique within the strategy." })
  @Length(1, 10)
  @Code()
  code!: string;

  @Field(() => String)
  @Length(1, 300)
  titleSv!: string;

  @Field(() => String)
  @Length(1, 300)
  titleEn!: string;
}

@InputType({ description: "Fields left out are kept." })
export class UpdateFocusAreaInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @Length(1, 10)
  @Code()
  code?: string | null;

  @Field(() => String, { nullable: true })
  @Length(1, 300)
  titleSv?: string | null;

  @Field(() => String, { nullable: true })
  @Length(1, 300)
  titleEn?: string | null;
}
