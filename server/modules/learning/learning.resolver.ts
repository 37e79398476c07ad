import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { ideaById } from "../ideas/ideas.service.js";
import { Idea } from "../ideas/ideas.types.js";
import { Arena, toArena } from "../partnership/partnership.types.js";
import { Agenda2030Goal, StrategicGoal, toAgendaGoal, toGoal } from "../strategy/strategy.types.js";
import { LearningsArgs, UpdateLearningInput } from "./learning.inputs.js";
import * as service from "./learning.service.js";
import { Learning, LearningConnection, LearningPayload } from "./learning.types.js";

type Result = Awaited<ReturnType<typeof service.updateLearning>>;
const payload = (r: Result) => ({ learning: r.value, errors: r.errors });

@Resolver(() => Learning)
export class LearningResolver {
  @Query(() => LearningConnection, {
    description:
      "The learning library: what decided test cycles taught, failures and stops included. Published entries are readable by anyone, across arenas; with includeInternal, also the unpublished ones of arenas where you are on the guidance team and of ideas you carry. Newest first; by relevance when searching.",
  })
  learnings(@Args(() => LearningsArgs) args: LearningsArgs, @Ctx() ctx: Context) {
    return service.listLearnings(ctx, args);
  }

  @FieldResolver(() => Arena)
  async arena(@Root() l: Learning, @Ctx() ctx: Context) {
    return toArena((await ctx.loaders.arenaById.load(l.arenaRawId))!, ctx.locale);
  }

  @FieldResolver(() => Idea, { nullable: true, description: "The idea it came from; null when you may not read the idea." })
  idea(@Root() l: Learning, @Ctx() ctx: Context) {
    return ideaById(ctx, l.ideaRawId);
  }

  @FieldResolver(() => String, { nullable: true, description: "The idea's title, when you may read the idea." })
  async ideaTitle(@Root() l: Learning, @Ctx() ctx: Context) {
    return (await ideaById(ctx, l.ideaRawId))?.title ?? null;
  }

  @FieldResolver(() => [StrategicGoal], { description: "The arena's strategic goals it speaks to (the idea's, when it was filed)." })
  async goals(@Root() l: Learning, @Ctx() ctx: Context) {
    return (await ctx.loaders.goalsByLearning.load(l.rawId)).map((r) => toGoal(r.goal, ctx.locale));
  }

  @FieldResolver(() => [Agenda2030Goal])
  async agenda2030Goals(@Root() l: Learning, @Ctx() ctx: Context) {
    return (await ctx.loaders.agendaGoalsByLearning.load(l.rawId)).map((r) => toAgendaGoal(r.goal, ctx.locale));
  }

  @Authorized()
  @Mutation(() => LearningPayload, { description: "The guidance team of its arena edits an entry; fields left out are kept." })
  async updateLearning(@Arg("input", () => UpdateLearningInput) input: UpdateLearningInput, @Ctx() ctx: Context) {
    return payload(await service.updateLearning(ctx, input));
  }

  @Authorized()
  @Mutation(() => LearningPayload, {
    description: "The guidance team of its arena publishes an entry: anyone can then read it, across arenas. Idempotent.",
  })
  async publishLearning(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return payload(await service.setLearningPublished(ctx, id, true));
  }

  @Authorized()
  @Mutation(() => LearningPayload, {
    description:
      "The guidance team of its arena takes an entry back from the public library; its team and the idea's bearers still read it. Idempotent.",
  })
  async unpublishLearning(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return payload(await service.setLearningPublished(ctx, id, false));
  }
}

/** An idea's learnings, added to the Idea type from this module. */
@Resolver(() => Idea)
export class IdeaLearningResolver {
  @FieldResolver(() => [Learning], {
    description:
      "What the idea's decided test cycles taught, oldest first: published entries, and for its team and bearers the internal ones too.",
  })
  learnings(@Root() idea: Idea, @Ctx() ctx: Context) {
    return service.learningsOfIdea(ctx, idea);
  }
}
