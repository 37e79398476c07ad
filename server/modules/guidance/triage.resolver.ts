import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { User, toUser } from "../accounts/accounts.types.js";
import { hasRole } from "../../auth/sessions.js";
import { TEAM_ROLES, atLeast } from "../ideas/ideas.access.js";
import { Arena } from "../partnership/partnership.types.js";
import { ideaById } from "../ideas/ideas.service.js";
import { Idea } from "../ideas/ideas.types.js";
import { AnswerQuestionInput, AssignGuidesInput, FeedbackPromiseInput, QueueArgs, TriageInput } from "./triage.inputs.js";
import * as service from "./triage.service.js";
import { FeedbackPromisePayload, IdeaQuestion, QueueConnection, QueueItem, TriagePayload, toQuestion } from "./triage.types.js";

@Resolver(() => Arena)
export class ArenaGuidanceResolver {
  @FieldResolver(() => [User], {
    nullable: true,
    description: "The arena's guidance team (guides, coordinators, admins): who can be assigned to ideas. The team only.",
  })
  async guidanceTeam(@Root() arena: Arena, @Ctx() ctx: Context) {
    if (!hasRole(ctx.viewer, arena.rawId, TEAM_ROLES)) return null;
    const rows = await ctx.loaders.guidanceTeamByArena.load(arena.rawId);
    // A person with several team roles appears once.
    return [...new Map(rows.map((r) => [r.user.id, r.user])).values()].map(toUser);
  }
}

@Resolver(() => Idea)
export class TriageResolver {
  @Authorized()
  @Query(() => QueueConnection, {
    description: "Submitted ideas waiting for a guidance decision, oldest first. Coordinators of the arena.",
  })
  intakeQueue(@Args(() => QueueArgs) args: QueueArgs, @Ctx() ctx: Context) {
    return service.intakeQueue(ctx, args);
  }

  @Authorized()
  @Query(() => [QueueItem], { description: "Ideas whose acknowledgement or decision promise has passed. Coordinators of the arena." })
  overduePromises(@Arg("arenaId", () => ID) arenaId: string, @Ctx() ctx: Context) {
    return service.overduePromises(ctx, arenaId);
  }

  @FieldResolver(() => [User], { nullable: true, description: "The idea's guides; bearers and the guidance team." })
  async guides(@Root() idea: Idea, @Ctx() ctx: Context) {
    if (!atLeast(idea.access, "team")) return null;
    return (await ctx.loaders.guidesByIdea.load(idea.rawId)).map((r) => toUser(r.user));
  }

  @FieldResolver(() => [IdeaQuestion], {
    nullable: true,
    description: "Questions from the arena and the bearers' answers; bearers and the guidance team.",
  })
  async questions(@Root() idea: Idea, @Ctx() ctx: Context) {
    if (!atLeast(idea.access, "team")) return null;
    return (await ctx.loaders.questionsByIdea.load(idea.rawId)).map(toQuestion);
  }

  @FieldResolver(() => Idea, { nullable: true, description: "The idea this one was merged into, if visible to you." })
  async mergedInto(@Root() idea: Idea, @Ctx() ctx: Context) {
    return idea.mergedIntoRawId ? ideaById(ctx, idea.mergedIntoRawId) : null;
  }

  @Authorized()
  @Mutation(() => TriagePayload, { description: "Acknowledge receipt: keeps the first feedback promise. Coordinators." })
  async acknowledgeIdea(@Arg("ideaId", () => ID) ideaId: string, @Ctx() ctx: Context) {
    const r = await service.acknowledgeIdea(ctx, ideaId);
    return { idea: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => TriagePayload, { description: "Decide what happens to a submitted idea. Coordinators of the arena." })
  async triageIdea(@Arg("input", () => TriageInput) input: TriageInput, @Ctx() ctx: Context) {
    const r = await service.triageIdea(ctx, input);
    return { idea: r.value?.idea ?? null, confirmationUrl: r.value?.confirmationUrl ?? null, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => TriagePayload, { description: "The bearers answer the arena's question; the idea goes back in the queue." })
  async answerQuestion(@Arg("input", () => AnswerQuestionInput) input: AnswerQuestionInput, @Ctx() ctx: Context) {
    const r = await service.answerQuestion(ctx, input);
    return { idea: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => TriagePayload, { description: "Change the idea's guides. Coordinators." })
  async assignGuides(@Arg("input", () => AssignGuidesInput) input: AssignGuidesInput, @Ctx() ctx: Context) {
    const r = await service.assignGuides(ctx, input);
    return { idea: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => FeedbackPromisePayload, { description: "Set the arena's feedback promises, in working days. Coordinators." })
  async setFeedbackPromise(@Arg("input", () => FeedbackPromiseInput) input: FeedbackPromiseInput, @Ctx() ctx: Context) {
    const r = await service.setFeedbackPromise(ctx, input);
    return { feedbackPromise: r.value, errors: r.errors };
  }
}
