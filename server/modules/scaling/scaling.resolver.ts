import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Idea } from "../ideas/ideas.types.js";
import { RecordScaleStepInput, SetMunicipalityAdoptionInput } from "./scaling.inputs.js";
import * as service from "./scaling.service.js";
import { AdoptionPayload, AdoptionSummary, IdeaScaleStep, MunicipalityAdoption, ScaleStepPayload } from "./scaling.types.js";

/** The scale-up ladder and adoption per municipality, added to the Idea type from this module. */
@Resolver(() => Idea)
export class IdeaScalingResolver {
  @FieldResolver(() => IdeaScaleStep, {
    description:
      "Where the idea stands on SKR's scale-up ladder (step 0 when nothing is recorded). Spread is public: anyone who reads the idea.",
  })
  scaleStep(@Root() idea: Idea, @Ctx() ctx: Context) {
    return service.scaleStepOf(ctx, idea);
  }

  @FieldResolver(() => [IdeaScaleStep], { description: "Every step recorded, oldest first; the last is current." })
  scaleSteps(@Root() idea: Idea, @Ctx() ctx: Context) {
    return service.scaleStepsOf(ctx, idea);
  }

  @FieldResolver(() => [MunicipalityAdoption], {
    description:
      "Every municipality of the idea's arena, by name, with where it stands with the idea (status null when nothing is recorded).",
  })
  adoptions(@Root() idea: Idea, @Ctx() ctx: Context) {
    return service.adoptionsOf(ctx, idea);
  }

  @FieldResolver(() => AdoptionSummary)
  adoptionSummary(@Root() idea: Idea, @Ctx() ctx: Context) {
    return service.adoptionSummaryOf(ctx, idea);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether you may record ladder steps and adoption now: the guidance team of the idea's arena, while the idea is in guidance, development, testing, scaling or adopted.",
  })
  viewerCanRecordScaling(@Root() idea: Idea, @Ctx() ctx: Context) {
    return service.viewerCanRecordScaling(ctx, idea);
  }
}

@Resolver(() => IdeaScaleStep)
export class IdeaScaleStepResolver {
  @FieldResolver(() => String, { nullable: true, description: "Who recorded it (name), for people who read the evidence." })
  async recordedByName(@Root() s: IdeaScaleStep, @Ctx() ctx: Context) {
    if (!s.recordedByRawId) return null;
    return (await ctx.loaders.userById.load(s.recordedByRawId))?.name ?? null;
  }
}

@Resolver()
export class ScalingMutationResolver {
  @Authorized()
  @Mutation(() => ScaleStepPayload, {
    description:
      "The guidance team of the idea's arena records the step it stands at, with evidence; moving down needs a reason. Step 4 moves an idea in scaling to adopted; leaving step 4 moves an adopted idea back to scaling.",
  })
  async recordScaleStep(@Arg("input", () => RecordScaleStepInput) input: RecordScaleStepInput, @Ctx() ctx: Context) {
    const r = await service.recordScaleStep(ctx, input);
    return { idea: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => AdoptionPayload, {
    description:
      "The guidance team of the idea's arena records where a municipality of that arena stands with the idea; status null clears it.",
  })
  async setMunicipalityAdoption(
    @Arg("input", () => SetMunicipalityAdoptionInput) input: SetMunicipalityAdoptionInput,
    @Ctx() ctx: Context,
  ) {
    const r = await service.setMunicipalityAdoption(ctx, input);
    return { adoption: r.value?.adoption ?? null, idea: r.value?.idea ?? null, errors: r.errors };
  }
}
