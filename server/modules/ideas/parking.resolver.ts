import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { IdeaPayload } from "./ideas.types.js";
import { ParkIdeaInput, ResumeIdeaInput } from "./parking.inputs.js";
import * as service from "./parking.service.js";

@Resolver()
export class ParkingResolver {
  @Authorized()
  @Mutation(() => IdeaPayload, { description: "Coordinators: park an idea in progress, with a reason sent to its bearers." })
  async parkIdea(@Arg("input", () => ParkIdeaInput) input: ParkIdeaInput, @Ctx() ctx: Context) {
    const r = await service.parkIdea(ctx, input);
    return { idea: r.value, conflict: null, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => IdeaPayload, { description: "Coordinators: resume a parked idea to the stage it was parked from." })
  async resumeIdea(@Arg("input", () => ResumeIdeaInput) input: ResumeIdeaInput, @Ctx() ctx: Context) {
    const r = await service.resumeIdea(ctx, input);
    return { idea: r.value, conflict: null, errors: r.errors };
  }
}
