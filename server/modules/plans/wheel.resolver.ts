import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Arena, Body, toBody } from "../partnership/partnership.types.js";
import { CreateWheelMilestoneInput, DeleteWheelMilestoneInput, UpdateWheelMilestoneInput } from "./wheel.inputs.js";
import * as service from "./wheel.service.js";
import { WheelMilestone, WheelMilestonePayload } from "./wheel.types.js";

const payload = (r: { value: WheelMilestone | null; errors: WheelMilestonePayload["errors"] }): WheelMilestonePayload => ({
  milestone: r.value,
  errors: r.errors,
});

@Resolver(() => WheelMilestone)
export class WheelMilestoneResolver {
  @FieldResolver(() => Body, { nullable: true })
  async body(@Root() m: WheelMilestone, @Ctx() ctx: Context) {
    if (!m.bodyRawId) return null;
    const row = await ctx.loaders.bodyById.load(m.bodyRawId);
    return row ? toBody(row, ctx.locale) : null;
  }

  @Authorized()
  @Mutation(() => WheelMilestonePayload, { description: "The kansli adds a recurring milestone to the arena's annual wheel." })
  async createWheelMilestone(@Arg("input", () => CreateWheelMilestoneInput) input: CreateWheelMilestoneInput, @Ctx() ctx: Context) {
    return payload(await service.createWheelMilestone(ctx, input));
  }

  @Authorized()
  @Mutation(() => WheelMilestonePayload, { description: "The kansli changes a milestone of the annual wheel." })
  async updateWheelMilestone(@Arg("input", () => UpdateWheelMilestoneInput) input: UpdateWheelMilestoneInput, @Ctx() ctx: Context) {
    return payload(await service.updateWheelMilestone(ctx, input));
  }

  @Authorized()
  @Mutation(() => WheelMilestonePayload, {
    description: "The kansli removes a milestone from the annual wheel; it returns the removed one.",
  })
  async deleteWheelMilestone(@Arg("input", () => DeleteWheelMilestoneInput) input: DeleteWheelMilestoneInput, @Ctx() ctx: Context) {
    return payload(await service.deleteWheelMilestone(ctx, input));
  }
}

@Resolver(() => Arena)
export class ArenaWheelResolver {
  @FieldResolver(() => [WheelMilestone], { description: "The arena's annual wheel (årshjul), month by month. Public." })
  wheel(@Root() arena: Arena, @Ctx() ctx: Context) {
    return service.arenaWheel(ctx, arena.rawId);
  }

  @FieldResolver(() => Boolean, { description: "Whether you may edit the annual wheel: the kansli." })
  viewerMayEditWheel(@Root() arena: Arena, @Ctx() ctx: Context) {
    return service.mayEditWheel(ctx, arena.rawId);
  }
}
