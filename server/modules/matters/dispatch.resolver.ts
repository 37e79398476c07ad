import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { toGlobalId } from "../../graphql/relay.js";
import { Organisation, toOrganisation } from "../partnership/partnership.types.js";
import { AnswerDispatchInput, CloseMatterInput, ConfirmDispatchInput, DispatchDecisionInput } from "./dispatch.inputs.js";
import * as service from "./dispatch.service.js";
import { CloseMatterPayload, Dispatch, DispatchDecisionPayload, DispatchHandOff, DispatchHandOffPayload } from "./dispatch.types.js";
import { matterById } from "./matters.service.js";
import { Matter } from "./matters.types.js";

@ObjectType({ description: "What you may do with a matter's dispatch (the arena's kansli), so that the client offers only that." })
export class MatterDispatchRights {
  @Field(() => ID, {
    nullable: true,
    description: "The approved decision that goes out (the latest one); null when none, or not yours to send.",
  })
  decisionId!: string | null;
  @Field(() => Boolean, { description: "Dispatch the decision to parties (again to further ones, once dispatched)." })
  dispatch!: boolean;
  @Field(() => Boolean, { description: "Close the matter." })
  close!: boolean;
}

@Resolver(() => Matter)
export class MatterDispatchResolver {
  @FieldResolver(() => [Dispatch], {
    description:
      "Where the decision went, party by party: sent, received, adopted or declined, with dates. Whoever reads the matter reads it.",
  })
  dispatches(@Root() m: Matter, @Ctx() ctx: Context) {
    return service.dispatchesOfMatter(ctx, m);
  }

  @FieldResolver(() => MatterDispatchRights)
  async dispatchRights(@Root() m: Matter, @Ctx() ctx: Context): Promise<MatterDispatchRights> {
    const r = await service.dispatchRights(ctx, m);
    return { ...r, decisionId: r.decisionId ? toGlobalId("MatterDecision", r.decisionId) : null };
  }

  @Authorized()
  @Mutation(() => DispatchDecisionPayload, {
    description:
      "The kansli sends an approved decision to the parties (all of the arena's by default), each to its contact person with a personal link, in one transaction; a party without a contact email, or one it already went to, refuses it all.",
  })
  async dispatchDecision(@Arg("input", () => DispatchDecisionInput) input: DispatchDecisionInput, @Ctx() ctx: Context) {
    const r = await service.dispatchDecision(ctx, input);
    return {
      dispatches: r.value?.dispatches ?? [],
      matter: r.value ? await matterById(ctx, r.value.matterId) : null,
      errors: r.errors,
    };
  }

  @Authorized()
  @Mutation(() => CloseMatterPayload, { description: "The kansli closes a matter once its decision is dispatched (or decided)." })
  async closeMatter(@Arg("input", () => CloseMatterInput) input: CloseMatterInput, @Ctx() ctx: Context) {
    const r = await service.closeMatter(ctx, input);
    return { matter: r.value ? await matterById(ctx, r.value) : null, errors: r.errors };
  }
}

@Resolver(() => Dispatch)
export class DispatchResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() d: Dispatch, @Ctx() ctx: Context) {
    return toOrganisation((await ctx.loaders.organisationById.load(d.organisationRawId))!);
  }

  @FieldResolver(() => String, { nullable: true })
  contactName(@Root() d: Dispatch, @Ctx() ctx: Context) {
    return service.seesDispatchContacts(ctx, d.arenaRawId) ? d.sentTo.name : null;
  }

  @FieldResolver(() => String, { nullable: true })
  contactEmail(@Root() d: Dispatch, @Ctx() ctx: Context) {
    return service.seesDispatchContacts(ctx, d.arenaRawId) ? d.sentTo.email : null;
  }

  @Query(() => DispatchHandOff, {
    nullable: true,
    description: "For a party, without an account: the decision behind its personal link. Null when the link is wrong.",
  })
  dispatchByToken(@Arg("token", () => String) token: string, @Ctx() ctx: Context) {
    return service.dispatchByToken(ctx, token);
  }

  @Mutation(() => DispatchHandOffPayload, {
    description: "The party confirms receipt through its personal link, without an account. Idempotent.",
  })
  async confirmDispatch(@Arg("input", () => ConfirmDispatchInput) input: ConfirmDispatchInput, @Ctx() ctx: Context) {
    const r = await service.confirmDispatch(ctx, input);
    return { dispatch: r.value, errors: r.errors };
  }

  @Mutation(() => DispatchHandOffPayload, {
    description: "The party records its adoption (with the day) or its decline (with why) through its personal link, without an account.",
  })
  async answerDispatch(@Arg("input", () => AnswerDispatchInput) input: AnswerDispatchInput, @Ctx() ctx: Context) {
    const r = await service.answerDispatch(ctx, input);
    return { dispatch: r.value, errors: r.errors };
  }
}
