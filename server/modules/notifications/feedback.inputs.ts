import { ValidateIf } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { Email, Length, SingleLine } from "../../graphql/validation.js";

@InputType({ description: "Feedback on the service's accessibility, from the accessibility statement's form; no account needed." })
export class SendFeedbackInput {
  @Field(() => ID, { nullable: true, description: "The arena it concerns; its admins receive it. Without one, the admins of every arena." })
  arenaId?: string | null;

  @Field(() => String, { description: "What does not work, or what you need." })
  @Length(1, 5000)
  message!: string;

  @Field(() => String, { defaultValue: "", description: "Where to answer you; empty for no answer." })
  @ValidateIf((o: SendFeedbackInput) => o.email !== "")
  @Length(0, 254)
  @Email()
  email!: string;

  @Field(() => String, { defaultValue: "", description: "The page it concerns (its address or name)." })
  @Length(0, 500)
  @SingleLine()
  page!: string;
}
