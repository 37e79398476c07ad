import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { CreateFocusAreaInput, UpdateFocusAreaInput, UpdateStrategicGoalInput } from "./strategy.inputs.js";
import * as service from "./strategy.service.js";
import {
  Agenda2030Goal,
  FocusArea,
  FocusAreaPayload,
  Frameworks,
  StrategicGoal,
  StrategicGoalPayload,
  Strategy,
  StrategyArea,
  toAgendaGoal,
  toArea,
  toFocusArea,
  toGoal,
} from "./strategy.types.js";
import { DeletePayload } from "../partnership/partnership.types.js";

@Resolver(() => Strategy)
export class StrategyResolver {
  @Query(() => Frameworks, { description: "Agenda 2030 goals, public-health target areas, SKR indicators and the scale-up ladder." })
  frameworks(@Ctx() ctx: Context) {
    return service.frameworks(ctx);
  }

  @FieldResolver(() => [StrategyArea])
  async areas(@Root() s: Strategy, @Ctx() ctx: Context) {
    return (await ctx.loaders.areasByStrategy.load(s.rawId)).map((r) => toArea(r, ctx.locale));
  }

  @FieldResolver(() => [Agenda2030Goal])
  async agenda2030Goals(@Root() s: Strategy, @Ctx() ctx: Context) {
    return (await ctx.loaders.agendaGoalsByStrategy.load(s.rawId)).map((r) => toAgendaGoal(r.goal, ctx.locale));
  }
}

@Resolver(() => StrategyArea)
export class StrategyAreaResolver {
  @FieldResolver(() => [StrategicGoal])
  async goals(@Root() a: StrategyArea, @Ctx() ctx: Context) {
    return (await ctx.loaders.goalsByArea.load(a.rawId)).map((r) => toGoal(r, ctx.locale));
  }
}

@Resolver(() => StrategicGoal)
export class StrategicGoalResolver {
  @FieldResolver(() => [FocusArea])
  async focusAreas(@Root() g: StrategicGoal, @Ctx() ctx: Context) {
    return (await ctx.loaders.focusAreasByGoal.load(g.rawId)).map((r) => toFocusArea(r, ctx.locale));
  }

  @Authorized()
  @Mutation(() => StrategicGoalPayload, { description: "Coordinators and admins of the arena." })
  async updateStrategicGoal(@Arg("input", () => UpdateStrategicGoalInput) input: UpdateStrategicGoalInput, @Ctx() ctx: Context) {
    const r = await service.updateStrategicGoal(ctx, input);
    return { goal: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => FocusAreaPayload, { description: "Coordinators and admins of the arena." })
  async createFocusArea(@Arg("input", () => CreateFocusAreaInput) input: CreateFocusAreaInput, @Ctx() ctx: Context) {
    const r = await service.createFocusArea(ctx, input);
    return { focusArea: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => FocusAreaPayload, { description: "Coordinators and admins of the arena." })
  async updateFocusArea(@Arg("input", () => UpdateFocusAreaInput) input: UpdateFocusAreaInput, @Ctx() ctx: Context) {
    const r = await service.updateFocusArea(ctx, input);
    return { focusArea: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => DeletePayload, { description: "Coordinators and admins of the arena." })
  async deleteFocusArea(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const r = await service.deleteFocusArea(ctx, id);
    return { deletedId: r.value ? id : null, errors: r.errors };
  }
}
