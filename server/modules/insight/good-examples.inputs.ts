import { Field, ID, InputType, Int } from "type-graphql";
import { Length, SingleLine, Url, WhenFilled } from "../../graphql/validation.js";

export const GOOD_EXAMPLE_LIMITS = { title: 200, summary: 3000, partners: 500, funding: 500, results: 3000, link: 500 } as const;

@InputType({ description: "The fields of a good example." })
export class GoodExampleFieldsInput {
  @Field(() => String)
  @Length(1, GOOD_EXAMPLE_LIMITS.title)
  @SingleLine()
  title!: string;

  @Field(() => String, { defaultValue: "", description: "What it is and for whom." })
  @Length(0, GOOD_EXAMPLE_LIMITS.summary)
  summary!: string;

  @Field(() => String, { defaultValue: "", description: "Who does it together, e.g. school, social services, the child health centre." })
  @Length(0, GOOD_EXAMPLE_LIMITS.partners)
  partners!: string;

  @Field(() => String, { defaultValue: "", description: "How it is funded." })
  @Length(0, GOOD_EXAMPLE_LIMITS.funding)
  funding!: string;

  @Field(() => String, { defaultValue: "", description: "What came of it, with figures where there are any." })
  @Length(0, GOOD_EXAMPLE_LIMITS.results)
  results!: string;

  @Field(() => String, { defaultValue: "", description: "Where to read more: an http(s) address, or empty." })
  @WhenFilled()
  @Length(0, GOOD_EXAMPLE_LIMITS.link)
  @Url()
  link!: string;
}

@InputType({ description: "A good example on a municipality's page; the arena's kansli adds it." })
export class CreateGoodExampleInput extends GoodExampleFieldsInput {
  @Field(() => ID, { description: "The municipality (an Organisation of kind MUNICIPALITY)." })
  municipalityId!: string;
}

@InputType({ description: "Replaces a good example's fields; refused when someone changed it since expectedVersion." })
export class UpdateGoodExampleInput extends GoodExampleFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version the edit is based on." })
  expectedVersion!: number;
}
