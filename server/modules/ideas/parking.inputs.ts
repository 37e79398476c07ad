import { Field, ID, InputType } from "type-graphql";
import { Length } from "../../graphql/validation.js";

@InputType({ description: "Park an idea: its work pauses, with a reason, until a coordinator resumes it." })
export class ParkIdeaInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Why it is parked; required. Sent to the bearers." })
  @Length(0, 2000)
  reason!: string;
}

@InputType({ description: "Resume a parked idea to the stage it was parked from." })
export class ResumeIdeaInput {
  @Field(() => ID)
  id!: string;
}
