import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { ConnectionArgs } from "../../graphql/relay.js";
import { User, toUser } from "../accounts/accounts.types.js";
import { Arena, CountyPart, Organisation, toArena, toCountyPart, toOrganisation } from "../partnership/partnership.types.js";
import {
  Agenda2030Goal,
  FocusArea,
  PublicHealthTargetArea,
  StrategicGoal,
  toAgendaGoal,
  toFocusArea,
  toGoal,
  toTargetArea,
} from "../strategy/strategy.types.js";
import { atLeast } from "./ideas.access.js";
import {
  CreateIdeaInput,
  IdeasArgs,
  InviteCoBearerInput,
  RespondToInvitationInput,
  SubmitIdeaInput,
  UpdateIdeaInput,
  WithdrawIdeaInput,
} from "./ideas.inputs.js";
import { inviteCoBearer, myInvitations, respondToInvitation } from "./co-bearers.service.js";
import { createIdea, submitIdea, updateIdea, withdrawIdea } from "./editing.service.js";
import { listIdeas } from "./ideas.search.js";
import { ideaByGlobalId, myIdeas, setFollowing } from "./ideas.service.js";
import { timeline, toEvent } from "./ideas.timeline.js";
import { CoBearer, CoBearerPayload, Idea, IdeaConnection, IdeaEvent, IdeaPayload, toCoBearer } from "./ideas.types.js";

@ObjectType({ description: "An invitation to carry an idea together with its bearer." })
export class CoBearerInvitation {
  @Field(() => CoBearer)
  invitation!: CoBearer;
  @Field(() => Idea)
  idea!: Idea;
}

@Resolver(() => Idea)
export class IdeaResolver {
  @Query(() => Idea, { nullable: true, description: "An idea, if it exists and you may see it." })
  idea(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ideaByGlobalId(ctx, id);
  }

  @Query(() => IdeaConnection, { description: "Browse and search ideas you may see (never drafts), across arenas or in one." })
  ideas(@Args(() => IdeasArgs) args: IdeasArgs, @Ctx() ctx: Context) {
    return listIdeas(ctx, args);
  }

  @Authorized()
  @Query(() => IdeaConnection, { description: "Ideas you carry, drafts included, last changed first." })
  myIdeas(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return myIdeas(ctx, args);
  }

  @Authorized()
  @Query(() => [CoBearerInvitation], { description: "Invitations to co-carry ideas that wait for your answer." })
  myInvitations(@Ctx() ctx: Context) {
    return myInvitations(ctx);
  }

  @FieldResolver(() => Arena)
  async arena(@Root() idea: Idea, @Ctx() ctx: Context) {
    return toArena((await ctx.loaders.arenaById.load(idea.arenaRawId))!, ctx.locale);
  }

  @FieldResolver(() => User, { description: "The bearer (name only, unless it is you)." })
  async bearer(@Root() idea: Idea, @Ctx() ctx: Context) {
    return toUser((await ctx.loaders.userById.load(idea.bearerRawId))!);
  }

  @FieldResolver(() => [CoBearer], { nullable: true, description: "Bearers and the guidance team only." })
  async coBearers(@Root() idea: Idea, @Ctx() ctx: Context) {
    if (!atLeast(idea.access, "team")) return null;
    const rows = await ctx.loaders.coBearersByIdea.load(idea.rawId);
    const people = await Promise.all(rows.map((r) => (r.userId ? ctx.loaders.userById.load(r.userId) : null)));
    // The team sees who carries the idea; the addresses invited are the bearers' to read.
    const bearer = atLeast(idea.access, "bearer");
    return rows.map((r, i) => {
      const c = toCoBearer(r, people[i]?.name ?? null);
      return bearer ? c : Object.assign(c, { email: null });
    });
  }

  @FieldResolver(() => Boolean, { nullable: true })
  consentToContact(@Root() idea: Idea) {
    return atLeast(idea.access, "team") ? idea.consentToContactValue : null;
  }

  @FieldResolver(() => [CountyPart])
  async countyParts(@Root() idea: Idea, @Ctx() ctx: Context) {
    return (await ctx.loaders.placesByIdea.load(idea.rawId)).flatMap((p) => (p.countyPart ? [toCountyPart(p.countyPart)] : []));
  }

  @FieldResolver(() => [Organisation], { description: "Municipalities where the idea would take place." })
  async municipalities(@Root() idea: Idea, @Ctx() ctx: Context) {
    return (await ctx.loaders.placesByIdea.load(idea.rawId)).flatMap((p) => (p.organisation ? [toOrganisation(p.organisation)] : []));
  }

  @FieldResolver(() => [StrategicGoal])
  async goals(@Root() idea: Idea, @Ctx() ctx: Context) {
    return (await ctx.loaders.goalsByIdea.load(idea.rawId)).map((r) => toGoal(r.goal, ctx.locale));
  }

  @FieldResolver(() => [FocusArea])
  async focusAreas(@Root() idea: Idea, @Ctx() ctx: Context) {
    return (await ctx.loaders.focusAreasByIdea.load(idea.rawId)).map((r) => toFocusArea(r.focusArea, ctx.locale));
  }

  @FieldResolver(() => [Agenda2030Goal])
  async agenda2030Goals(@Root() idea: Idea, @Ctx() ctx: Context) {
    return (await ctx.loaders.agendaGoalsByIdea.load(idea.rawId)).map((r) => toAgendaGoal(r.goal, ctx.locale));
  }

  @FieldResolver(() => [PublicHealthTargetArea])
  async publicHealthTargetAreas(@Root() idea: Idea, @Ctx() ctx: Context) {
    return (await ctx.loaders.healthAreasByIdea.load(idea.rawId)).map((r) => toTargetArea(r.area, ctx.locale));
  }

  @FieldResolver(() => [IdeaEvent], { description: "What happened to the idea, oldest first." })
  async timeline(@Root() idea: Idea, @Ctx() ctx: Context) {
    return timeline(await ctx.loaders.eventsByIdea.load(idea.rawId), idea.access).map((r) => toEvent(r, idea.access, ctx.locale));
  }

  @FieldResolver(() => IdeaEvent, { nullable: true })
  async latestEvent(@Root() idea: Idea, @Ctx() ctx: Context) {
    const rows = timeline(await ctx.loaders.eventsByIdea.load(idea.rawId), idea.access);
    const last = rows[rows.length - 1];
    return last ? toEvent(last, idea.access, ctx.locale) : null;
  }

  @FieldResolver(() => Int)
  async followerCount(@Root() idea: Idea, @Ctx() ctx: Context) {
    return (await ctx.loaders.followerCountByIdea.load(idea.rawId))?.n ?? 0;
  }

  @FieldResolver(() => Boolean)
  async viewerFollows(@Root() idea: Idea, @Ctx() ctx: Context) {
    if (!ctx.viewer) return false;
    return (await ctx.loaders.follows.load(`${ctx.viewer.id}:${idea.rawId}`)) !== null;
  }

  @Authorized()
  @Mutation(() => IdeaPayload, { description: "Start a draft. Idempotent per clientKey." })
  async createIdea(@Arg("input", () => CreateIdeaInput) input: CreateIdeaInput, @Ctx() ctx: Context) {
    const r = await createIdea(ctx, input);
    return { idea: r.value, conflict: null, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => IdeaPayload, { description: "Save an edit (autosave). A stale expectedVersion returns `conflict` and saves nothing." })
  async updateIdea(@Arg("input", () => UpdateIdeaInput) input: UpdateIdeaInput, @Ctx() ctx: Context) {
    const r = await updateIdea(ctx, input);
    return { idea: r.value, conflict: r.conflict, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => IdeaPayload, { description: "Submit a draft to the arena. Idempotent." })
  async submitIdea(@Arg("input", () => SubmitIdeaInput) input: SubmitIdeaInput, @Ctx() ctx: Context) {
    const r = await submitIdea(ctx, input);
    return { idea: r.value, conflict: null, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => IdeaPayload)
  async withdrawIdea(@Arg("input", () => WithdrawIdeaInput) input: WithdrawIdeaInput, @Ctx() ctx: Context) {
    const r = await withdrawIdea(ctx, input);
    return { idea: r.value, conflict: null, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => CoBearerPayload, { description: "Invite a co-bearer by email; they accept or decline." })
  async inviteCoBearer(@Arg("input", () => InviteCoBearerInput) input: InviteCoBearerInput, @Ctx() ctx: Context) {
    const r = await inviteCoBearer(ctx, input);
    return { coBearer: r.value?.coBearer ?? null, idea: r.value?.idea ?? null, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => CoBearerPayload)
  async respondToInvitation(@Arg("input", () => RespondToInvitationInput) input: RespondToInvitationInput, @Ctx() ctx: Context) {
    const r = await respondToInvitation(ctx, input);
    return { coBearer: r.value?.coBearer ?? null, idea: r.value?.idea ?? null, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => IdeaPayload)
  async followIdea(@Arg("ideaId", () => ID) ideaId: string, @Ctx() ctx: Context) {
    const r = await setFollowing(ctx, ideaId, true);
    return { idea: r.value, conflict: null, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => IdeaPayload)
  async unfollowIdea(@Arg("ideaId", () => ID) ideaId: string, @Ctx() ctx: Context) {
    const r = await setFollowing(ctx, ideaId, false);
    return { idea: r.value, conflict: null, errors: r.errors };
  }
}
