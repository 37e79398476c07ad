import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { ConnectionArgs } from "../../graphql/relay.js";
import { User, toUser } from "../accounts/accounts.types.js";
import { ideaById } from "../ideas/ideas.service.js";
import { Idea } from "../ideas/ideas.types.js";
import {
  AddNextStepInput,
  MyNextStepsArgs,
  RecordGuidanceSessionInput,
  SetNextStepDoneInput,
  SetSupportNeedInput,
  UpdateGuidanceSessionInput,
  UpdateNextStepInput,
} from "./sessions.inputs.js";
import {
  addNextStep,
  ideaNextSteps,
  myNextSteps,
  removeNextStep,
  sessionNextSteps,
  setNextStepDone,
  updateNextStep,
} from "./next-steps.service.js";
import {
  caseloadSteps,
  ideaSessions,
  myCaseload,
  recordGuidanceSession,
  removeGuidanceSession,
  sessionById,
  updateGuidanceSession,
} from "./sessions.service.js";
import { ideaSupportPlan, removeSupportNeed, setSupportNeed } from "./support-plan.service.js";
import {
  CONTACT_THRESHOLD_DAYS,
  CaseloadConnection,
  CaseloadItem,
  DUE_SOON_DAYS,
  GuidanceSession,
  GuidanceSessionPayload,
  NextStep,
  NextStepConnection,
  NextStepPayload,
  SupportNeed,
  SupportNeedPayload,
} from "./sessions.types.js";

/** The guidance of an idea, added to the Idea type from this module. */
@Resolver(() => Idea)
export class IdeaGuidanceResolver {
  @FieldResolver(() => [GuidanceSession], {
    nullable: true,
    description: "Guidance sessions, latest first. Null unless you carry the idea or are on its arena's guidance team.",
  })
  guidanceSessions(@Root() idea: Idea, @Ctx() ctx: Context) {
    return ideaSessions(ctx, idea);
  }

  @FieldResolver(() => [NextStep], {
    nullable: true,
    description:
      "Every next step agreed for the idea, soonest due first. Null unless you carry the idea or are on its arena's guidance team.",
  })
  nextSteps(@Root() idea: Idea, @Ctx() ctx: Context) {
    return ideaNextSteps(ctx, idea);
  }

  @FieldResolver(() => [SupportNeed], {
    nullable: true,
    description: "The support plan: what the idea needs. Null unless you carry the idea or are on its arena's guidance team.",
  })
  supportPlan(@Root() idea: Idea, @Ctx() ctx: Context) {
    return ideaSupportPlan(ctx, idea);
  }
}

@Resolver(() => GuidanceSession)
export class GuidanceSessionResolver {
  @FieldResolver(() => [NextStep], { description: "The next steps agreed at this session." })
  nextSteps(@Root() s: GuidanceSession, @Ctx() ctx: Context) {
    return sessionNextSteps(ctx, s);
  }

  @FieldResolver(() => Idea, { nullable: true })
  idea(@Root() s: GuidanceSession, @Ctx() ctx: Context) {
    return ideaById(ctx, s.ideaRawId);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who recorded it." })
  async recordedBy(@Root() s: GuidanceSession, @Ctx() ctx: Context) {
    const row = s.createdByRawId ? await ctx.loaders.userById.load(s.createdByRawId) : null;
    return row && toUser(row);
  }

  @Authorized()
  @Mutation(() => GuidanceSessionPayload, {
    description:
      "Record a guidance session and the next steps agreed: the guidance team of the idea's arena (guides, coordinators, admins).",
  })
  async recordGuidanceSession(@Arg("input", () => RecordGuidanceSessionInput) input: RecordGuidanceSessionInput, @Ctx() ctx: Context) {
    const r = await recordGuidanceSession(ctx, input);
    return { session: r.value?.session ?? null, idea: r.value?.idea ?? null, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => GuidanceSessionPayload, { description: "Correct or complete a session's record: the guidance team." })
  async updateGuidanceSession(@Arg("input", () => UpdateGuidanceSessionInput) input: UpdateGuidanceSessionInput, @Ctx() ctx: Context) {
    const r = await updateGuidanceSession(ctx, input);
    return { session: r.value?.session ?? null, idea: r.value?.idea ?? null, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => GuidanceSessionPayload, {
    description: "Remove a session recorded by mistake: the guidance team. Its next steps stay. Returns the removed session.",
  })
  async removeGuidanceSession(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const r = await removeGuidanceSession(ctx, id);
    return { session: r.value?.session ?? null, idea: r.value?.idea ?? null, errors: r.errors };
  }
}

type StepResult = Awaited<ReturnType<typeof addNextStep>>;
const stepPayload = (r: StepResult) => ({ nextStep: r.value?.nextStep ?? null, idea: r.value?.idea ?? null, errors: r.errors });

@Resolver(() => NextStep)
export class NextStepResolver {
  @Authorized()
  @Query(() => NextStepConnection, {
    description: "Next steps of the ideas you guide or bear, soonest due first (those without a due date last).",
  })
  myNextSteps(@Args(() => MyNextStepsArgs) args: MyNextStepsArgs, @Ctx() ctx: Context) {
    return myNextSteps(ctx, args);
  }

  @FieldResolver(() => User, { nullable: true, description: "The person responsible, when it is a person with an account." })
  async owner(@Root() step: NextStep, @Ctx() ctx: Context) {
    const row = step.ownerRawId ? await ctx.loaders.userById.load(step.ownerRawId) : null;
    return row && toUser(row);
  }

  @FieldResolver(() => GuidanceSession, { nullable: true, description: "The session it was agreed at, if any." })
  session(@Root() step: NextStep, @Ctx() ctx: Context) {
    return step.sessionRawId ? sessionById(ctx, step.sessionRawId) : null;
  }

  @FieldResolver(() => Idea, { nullable: true })
  idea(@Root() step: NextStep, @Ctx() ctx: Context) {
    return ideaById(ctx, step.ideaRawId);
  }

  @Authorized()
  @Mutation(() => NextStepPayload, {
    description: "Add a next step, at a session or on its own: the guidance team. Its owner (or the bearers) is told.",
  })
  async addNextStep(@Arg("input", () => AddNextStepInput) input: AddNextStepInput, @Ctx() ctx: Context) {
    return stepPayload(await addNextStep(ctx, input));
  }

  @Authorized()
  @Mutation(() => NextStepPayload, { description: "Edit a next step's title, owner or due date: the guidance team." })
  async updateNextStep(@Arg("input", () => UpdateNextStepInput) input: UpdateNextStepInput, @Ctx() ctx: Context) {
    return stepPayload(await updateNextStep(ctx, input));
  }

  @Authorized()
  @Mutation(() => NextStepPayload, { description: "Mark a next step done, or reopen it: the guidance team or the idea's bearers." })
  async setNextStepDone(@Arg("input", () => SetNextStepDoneInput) input: SetNextStepDoneInput, @Ctx() ctx: Context) {
    return stepPayload(await setNextStepDone(ctx, input));
  }

  @Authorized()
  @Mutation(() => NextStepPayload, {
    description: "Remove a next step agreed by mistake: the guidance team. No reminder of it follows. Returns the removed step.",
  })
  async removeNextStep(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return stepPayload(await removeNextStep(ctx, id));
  }
}

type NeedResult = Awaited<ReturnType<typeof setSupportNeed>>;
const needPayload = (r: NeedResult) => ({ supportNeed: r.value?.supportNeed ?? null, idea: r.value?.idea ?? null, errors: r.errors });

@Resolver(() => SupportNeed)
export class SupportNeedResolver {
  @Authorized()
  @Mutation(() => SupportNeedPayload, { description: "Create or update a need of the support plan: the guidance team." })
  async setSupportNeed(@Arg("input", () => SetSupportNeedInput) input: SetSupportNeedInput, @Ctx() ctx: Context) {
    return needPayload(await setSupportNeed(ctx, input));
  }

  @Authorized()
  @Mutation(() => SupportNeedPayload, { description: "Remove a need from the support plan: the guidance team." })
  async removeSupportNeed(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return needPayload(await removeSupportNeed(ctx, id));
  }
}

@Resolver(() => CaseloadItem)
export class CaseloadResolver {
  @Authorized()
  @Query(() => CaseloadConnection, {
    description: `The ideas you guide, those longest without contact first: with their due and overdue next steps and whether they have gone ${CONTACT_THRESHOLD_DAYS} days without a session.`,
  })
  myCaseload(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return myCaseload(ctx, args);
  }

  @FieldResolver(() => [NextStep], { description: `Not done, due today or within ${DUE_SOON_DAYS} days.` })
  dueNextSteps(@Root() item: CaseloadItem, @Ctx() ctx: Context) {
    return caseloadSteps(ctx, item, "due");
  }

  @FieldResolver(() => [NextStep], { description: "Not done, and past their due date." })
  overdueNextSteps(@Root() item: CaseloadItem, @Ctx() ctx: Context) {
    return caseloadSteps(ctx, item, "overdue");
  }

  @FieldResolver(() => Int, { description: "Next steps not yet done." })
  async openNextStepCount(@Root() item: CaseloadItem, @Ctx() ctx: Context) {
    return (await caseloadSteps(ctx, item, "open")).length;
  }
}
