import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { User, toUser } from "../accounts/accounts.types.js";
import { ideaById } from "../ideas/ideas.service.js";
import { Idea } from "../ideas/ideas.types.js";
import { DeletePayload } from "../partnership/partnership.types.js";
import { Arena, toArena } from "../partnership/partnership.types.js";
import {
  ConfirmReferralInput,
  CreateSupportActorInput,
  OverdueReferralsArgs,
  RecordReferralOutcomeInput,
  ReferIdeaInput,
  SupportActorsArgs,
  UpdateReferralInput,
  UpdateSupportActorInput,
} from "./support.inputs.js";
import { createSupportActor, deleteSupportActor, listSupportActors, supportActorById, updateSupportActor } from "./actors.service.js";
import {
  confirmReferral,
  overdueReferrals,
  recordReferralOutcome,
  referIdea,
  referralByToken,
  referralsOfIdea,
  updateReferral,
} from "./referrals.service.js";
import {
  ReferIdeaPayload,
  Referral,
  ReferralConnection,
  ReferralHandOff,
  ReferralHandOffPayload,
  ReferralPayload,
  SupportActor,
  SupportActorConnection,
  SupportActorPayload,
} from "./support.types.js";

@Resolver(() => SupportActor)
export class SupportActorResolver {
  @Query(() => SupportActorConnection, {
    description: "The support system's actors serving an arena, by name. Public; contact details for signed-in people only.",
  })
  supportActors(@Args(() => SupportActorsArgs) args: SupportActorsArgs, @Ctx() ctx: Context) {
    return listSupportActors(ctx, args);
  }

  @FieldResolver(() => [Arena], { description: "The arenas it serves." })
  async arenas(@Root() actor: SupportActor, @Ctx() ctx: Context) {
    const rows = await Promise.all(actor.arenaRawIds.map((id) => ctx.loaders.arenaById.load(id)));
    return rows.flatMap((r) => (r ? [toArena(r, ctx.locale)] : []));
  }

  @Authorized()
  @Mutation(() => SupportActorPayload, { description: "Coordinators and admins of every arena it is to serve." })
  async createSupportActor(@Arg("input", () => CreateSupportActorInput) input: CreateSupportActorInput, @Ctx() ctx: Context) {
    const r = await createSupportActor(ctx, input);
    return { supportActor: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => SupportActorPayload, {
    description: "Coordinators and admins of every arena it serves (and of every arena it is to serve).",
  })
  async updateSupportActor(@Arg("input", () => UpdateSupportActorInput) input: UpdateSupportActorInput, @Ctx() ctx: Context) {
    const r = await updateSupportActor(ctx, input);
    return { supportActor: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => DeletePayload, {
    description: "Coordinators and admins of every arena it serves. An actor that ideas have been referred to stays (IN_USE).",
  })
  async deleteSupportActor(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const r = await deleteSupportActor(ctx, id);
    return { deletedId: r.value ? id : null, errors: r.errors };
  }
}

@Resolver(() => Referral)
export class ReferralResolver {
  @Authorized()
  @Query(() => ReferralConnection, {
    description: "Referrals of an arena still unconfirmed after their respond-by date, longest overdue first: for its guidance team.",
  })
  overdueReferrals(@Args(() => OverdueReferralsArgs) args: OverdueReferralsArgs, @Ctx() ctx: Context) {
    return overdueReferrals(ctx, args);
  }

  @Query(() => ReferralHandOff, {
    nullable: true,
    description: "For the actor, without an account: the hand-off behind their personal link. Null when the link is wrong.",
  })
  referralByToken(@Arg("token", () => String) token: string, @Ctx() ctx: Context) {
    return referralByToken(ctx, token);
  }

  @FieldResolver(() => SupportActor)
  async actor(@Root() r: Referral, @Ctx() ctx: Context) {
    return (await supportActorById(ctx, r.actorRawId))!;
  }

  @FieldResolver(() => Idea, { nullable: true })
  idea(@Root() r: Referral, @Ctx() ctx: Context) {
    return ideaById(ctx, r.ideaRawId);
  }

  @FieldResolver(() => User, { nullable: true, description: "The guide who sent it." })
  async sentBy(@Root() r: Referral, @Ctx() ctx: Context) {
    if (!r.sentByRawId) return null;
    const row = await ctx.loaders.userById.load(r.sentByRawId);
    return row && toUser(row);
  }

  @Authorized()
  @Mutation(() => ReferIdeaPayload, {
    description:
      "The guidance team of the idea's arena refers it to an actor serving that arena. The actor is mailed the hand-off and a personal link, returned here once as confirmationUrl.",
  })
  async referIdea(@Arg("input", () => ReferIdeaInput) input: ReferIdeaInput, @Ctx() ctx: Context) {
    const r = await referIdea(ctx, input);
    return {
      referral: r.value?.referral ?? null,
      idea: r.value?.idea ?? null,
      confirmationUrl: r.value?.confirmationUrl ?? null,
      errors: r.errors,
    };
  }

  @Authorized()
  @Mutation(() => ReferralPayload, { description: "The guidance team records receipt or an outcome on the actor's behalf." })
  async updateReferral(@Arg("input", () => UpdateReferralInput) input: UpdateReferralInput, @Ctx() ctx: Context) {
    const r = await updateReferral(ctx, input);
    return { referral: r.value, errors: r.errors };
  }

  @Mutation(() => ReferralHandOffPayload, {
    description: "The actor confirms receipt through their personal link, without an account. Idempotent.",
  })
  async confirmReferral(@Arg("input", () => ConfirmReferralInput) input: ConfirmReferralInput, @Ctx() ctx: Context) {
    const r = await confirmReferral(ctx, input);
    return { referral: r.value, errors: r.errors };
  }

  @Mutation(() => ReferralHandOffPayload, {
    description: "The actor reports what came of the referral through their personal link, without an account.",
  })
  async recordReferralOutcome(@Arg("input", () => RecordReferralOutcomeInput) input: RecordReferralOutcomeInput, @Ctx() ctx: Context) {
    const r = await recordReferralOutcome(ctx, input);
    return { referral: r.value, errors: r.errors };
  }
}

/** An idea's referrals, added to the Idea type from this module. */
@Resolver(() => Idea)
export class IdeaReferralsResolver {
  @FieldResolver(() => [Referral], {
    nullable: true,
    description:
      "Where the idea has been referred and what came of it, oldest first. Its bearers and the arena's guidance team; null for others.",
  })
  referrals(@Root() idea: Idea, @Ctx() ctx: Context) {
    return referralsOfIdea(ctx, idea);
  }
}
