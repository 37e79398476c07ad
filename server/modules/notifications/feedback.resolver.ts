import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { UserError } from "../../graphql/errors.js";
import { SendFeedbackInput } from "./feedback.inputs.js";
import { sendFeedback } from "./feedback.service.js";

@ObjectType()
export class FeedbackPayload {
  @Field(() => Boolean, { description: "Whether it reached the admins." })
  sent!: boolean;
  @Field(() => [UserError])
  errors!: UserError[];
}

@Resolver()
export class FeedbackResolver {
  @Mutation(() => FeedbackPayload, {
    description:
      "Report a problem with the service's accessibility (or ask for content in another form). Anyone; the arena's admins are told and mailed.",
  })
  async sendFeedback(@Arg("input", () => SendFeedbackInput) input: SendFeedbackInput, @Ctx() ctx: Context) {
    const r = await sendFeedback(ctx, input);
    return { sent: r.value === true, errors: r.errors };
  }
}
