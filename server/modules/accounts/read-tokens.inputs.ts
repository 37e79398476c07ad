import { Field, InputType, Int } from "type-graphql";
import { IntRange, Length, SingleLine } from "../../graphql/validation.js";

/** The longest a read token may live: a year, after which its owner makes a new one. */
export const READ_TOKEN_MAX_DAYS = 365;

@InputType()
export class CreateReadTokenInput {
  @Field(() => String, { description: "What it is for, e.g. the script or project that uses it." })
  @Length(1, 80)
  @SingleLine()
  name!: string;

  @Field(() => Int, { description: `Days until it expires, 1–${READ_TOKEN_MAX_DAYS}.` })
  @IntRange(1, READ_TOKEN_MAX_DAYS)
  expiresInDays!: number;
}
