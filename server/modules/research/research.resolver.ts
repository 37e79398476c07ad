import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { User, toUser } from "../accounts/accounts.types.js";
import { ideaById } from "../ideas/ideas.service.js";
import { Idea } from "../ideas/ideas.types.js";
import { Arena, toArena } from "../partnership/partnership.types.js";
import { TestCycle } from "../testing/cycles.types.js";
import {
  DecideIdeaAccessInput,
  PilotRegisterArgs,
  RecordEvaluationInput,
  RequestIdeaAccessInput,
  UpdateEvaluationInput,
} from "./research.inputs.js";
import {
  decideIdeaAccess,
  ideaAccessRequests,
  myAccessRequests,
  requestIdeaAccess,
  viewerAccessRequest,
} from "./access-requests.service.js";
import { cycleEvaluations, recordEvaluation, shareEvaluation, updateEvaluation } from "./evaluations.service.js";
import { pilotRegister, viewerCanRequestAccess } from "./register.service.js";
import { viewerCanEvaluate } from "./research.service.js";
import { AccessRequest, AccessRequestPayload, Evaluation, EvaluationPayload, Pilot, PilotConnection } from "./research.types.js";

const userOf = async (ctx: Context, rawId: string | null) => {
  const row = rawId ? await ctx.loaders.userById.load(rawId) : null;
  return row && toUser(row);
};
const arenaOf = async (ctx: Context, rawId: string) => toArena((await ctx.loaders.arenaById.load(rawId))!, ctx.locale);

type AccessResult = Awaited<ReturnType<typeof requestIdeaAccess>>;
const accessPayload = (r: AccessResult) => ({ accessRequest: r.value, errors: r.errors });
type EvaluationResult = Awaited<ReturnType<typeof recordEvaluation>>;
const evaluationPayload = (r: EvaluationResult) => ({ evaluation: r.value, errors: r.errors });

/** Access requests and the pilot register, added to Idea from this module. */
@Resolver(() => Idea)
export class IdeaResearchResolver {
  @FieldResolver(() => [AccessRequest], {
    description:
      "Researchers' requests to read the idea, the latest first: all of them for its bearers, your own if you asked; empty for anyone else.",
  })
  accessRequests(@Root() idea: Idea, @Ctx() ctx: Context) {
    return ideaAccessRequests(ctx, idea);
  }
}

@Resolver(() => TestCycle)
export class TestCycleResearchResolver {
  @FieldResolver(() => [Evaluation], {
    description:
      "Researchers' evaluations of the cycle, oldest first: all of them for the arena's guidance team and its researchers who read the idea; for the bearers only those shared with them; empty for anyone else.",
  })
  evaluations(@Root() c: TestCycle, @Ctx() ctx: Context) {
    return cycleEvaluations(ctx, c);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may record an evaluation of the cycle: a researcher of the arena who reads the idea.",
  })
  viewerCanEvaluate(@Root() c: TestCycle, @Ctx() ctx: Context) {
    return viewerCanEvaluate(ctx, c);
  }
}

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @FieldResolver(() => TestCycle)
  cycle(@Root() e: Evaluation) {
    return e.cycle;
  }

  @FieldResolver(() => User, { nullable: true, description: "The researcher who wrote it." })
  author(@Root() e: Evaluation, @Ctx() ctx: Context) {
    return userOf(ctx, e.authorRawId);
  }

  @Authorized()
  @Mutation(() => EvaluationPayload, {
    description:
      "A researcher of the arena who reads the idea records an evaluation of one of its test cycles. It stays internal to the arena's guidance team and researchers until its author shares it with the bearers.",
  })
  async recordEvaluation(@Arg("input", () => RecordEvaluationInput) input: RecordEvaluationInput, @Ctx() ctx: Context) {
    return evaluationPayload(await recordEvaluation(ctx, input));
  }

  @Authorized()
  @Mutation(() => EvaluationPayload, { description: "Its author edits an evaluation; fields left out are kept." })
  async updateEvaluation(@Arg("input", () => UpdateEvaluationInput) input: UpdateEvaluationInput, @Ctx() ctx: Context) {
    return evaluationPayload(await updateEvaluation(ctx, input));
  }

  @Authorized()
  @Mutation(() => EvaluationPayload, {
    description:
      "Its author shares an evaluation with the idea's bearers (share: true, the default; they are told) or takes it back (share: false). Idempotent.",
  })
  async shareEvaluationWithBearers(
    @Arg("id", () => ID) id: string,
    @Arg("share", () => Boolean, { defaultValue: true }) share: boolean,
    @Ctx() ctx: Context,
  ) {
    return evaluationPayload(await shareEvaluation(ctx, id, share));
  }
}

@Resolver(() => AccessRequest)
export class AccessRequestResolver {
  @FieldResolver(() => Idea, { nullable: true, description: "The idea; null while you may not read it." })
  idea(@Root() r: AccessRequest, @Ctx() ctx: Context) {
    return ideaById(ctx, r.ideaRawId);
  }

  @FieldResolver(() => User, { description: "The researcher who asks." })
  async requester(@Root() r: AccessRequest, @Ctx() ctx: Context) {
    return (await userOf(ctx, r.requesterRawId))!;
  }

  @FieldResolver(() => User, { nullable: true, description: "The bearer who answered last." })
  decidedBy(@Root() r: AccessRequest, @Ctx() ctx: Context) {
    return userOf(ctx, r.decidedByRawId);
  }

  @Authorized()
  @Query(() => [AccessRequest], { description: "Your requests to read ideas, the latest asked first." })
  myAccessRequests(@Ctx() ctx: Context) {
    return myAccessRequests(ctx);
  }

  @Authorized()
  @Mutation(() => AccessRequestPayload, {
    description:
      "A researcher of the idea's arena asks its bearers to read an idea they may not read (one visible to the guidance team only), saying why. Asking again after a refusal or a revocation reopens the request. The bearers are told.",
  })
  async requestIdeaAccess(@Arg("input", () => RequestIdeaAccessInput) input: RequestIdeaAccessInput, @Ctx() ctx: Context) {
    return accessPayload(await requestIdeaAccess(ctx, input));
  }

  @Authorized()
  @Mutation(() => AccessRequestPayload, {
    description:
      "A bearer of the idea grants a request (pending, refused or revoked): the researcher then reads the idea and its test cycles as a member of the arena. The researcher is told.",
  })
  async grantIdeaAccess(@Arg("input", () => DecideIdeaAccessInput) input: DecideIdeaAccessInput, @Ctx() ctx: Context) {
    return accessPayload(await decideIdeaAccess(ctx, input, "granted"));
  }

  @Authorized()
  @Mutation(() => AccessRequestPayload, {
    description: "A bearer of the idea refuses a pending request, optionally saying why. The researcher is told and may ask again.",
  })
  async refuseIdeaAccess(@Arg("input", () => DecideIdeaAccessInput) input: DecideIdeaAccessInput, @Ctx() ctx: Context) {
    return accessPayload(await decideIdeaAccess(ctx, input, "refused"));
  }

  @Authorized()
  @Mutation(() => AccessRequestPayload, {
    description: "A bearer of the idea withdraws access granted earlier. The researcher is told.",
  })
  async revokeIdeaAccess(@Arg("input", () => DecideIdeaAccessInput) input: DecideIdeaAccessInput, @Ctx() ctx: Context) {
    return accessPayload(await decideIdeaAccess(ctx, input, "revoked"));
  }
}

@Resolver(() => Pilot)
export class PilotResolver {
  @Query(() => PilotConnection, {
    description:
      "The pilot register, for researchers and the guidance team: ideas with at least one test cycle in the arenas where you are a researcher or on the team, the latest to start first. Ideas you may not read show without title; ask their bearers for access with requestIdeaAccess.",
  })
  pilotRegister(@Args(() => PilotRegisterArgs) args: PilotRegisterArgs, @Ctx() ctx: Context) {
    return pilotRegister(ctx, args);
  }

  @FieldResolver(() => Idea, { nullable: true, description: "The idea; null when you may not read it." })
  idea(@Root() p: Pilot, @Ctx() ctx: Context) {
    return p.canRead ? ideaById(ctx, p.ideaRawId) : null;
  }

  @FieldResolver(() => Arena)
  arena(@Root() p: Pilot, @Ctx() ctx: Context) {
    return arenaOf(ctx, p.arenaRawId);
  }

  @FieldResolver(() => AccessRequest, { nullable: true, description: "Your request to read the idea, if you made one." })
  viewerAccessRequest(@Root() p: Pilot, @Ctx() ctx: Context) {
    return viewerAccessRequest(ctx, p.ideaRawId);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may ask to read the idea now: a researcher of its arena who may not read it and has no pending request.",
  })
  viewerCanRequestAccess(@Root() p: Pilot, @Ctx() ctx: Context) {
    return viewerCanRequestAccess(ctx, p);
  }
}
