import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Body, Organisation, toBody, toOrganisation } from "../partnership/partnership.types.js";
import { RecordMatterDecisionInput, ReportOnAssignmentInput } from "./decisions.inputs.js";
import * as service from "./decisions.service.js";
import { Assignment, AssignmentPayload, DecisionPayload, MatterDecision, toDecision } from "./decisions.types.js";
import { meetingById } from "./meetings.service.js";
import { AgendaItem, Meeting } from "./meetings.types.js";
import { readsInternals } from "./matters.access.js";
import { rightsIn } from "./matters.read.js";
import { matterById } from "./matters.service.js";
import { Matter } from "./matters.types.js";

@Resolver(() => MatterDecision)
export class MatterDecisionResolver {
  @Authorized()
  @Mutation(() => DecisionPayload, {
    description:
      "A body's decision on a matter placed with it (or on its agenda): by its members, or by the kansli on its behalf (onBehalfOfBody). Approved and rejected decide the matter; returned sends it back to preparation; tabled leaves it waiting at the body. An approved decision may give assignments, each with a report-back matter placed at the body.",
  })
  async recordMatterDecision(@Arg("input", () => RecordMatterDecisionInput) input: RecordMatterDecisionInput, @Ctx() ctx: Context) {
    const r = await service.recordMatterDecision(ctx, input);
    return { decision: r.value, errors: r.errors };
  }

  @FieldResolver(() => Body)
  async body(@Root() d: MatterDecision, @Ctx() ctx: Context) {
    return toBody((await ctx.loaders.bodyById.load(d.bodyRawId))!, ctx.locale);
  }

  @FieldResolver(() => Meeting, { nullable: true })
  meeting(@Root() d: MatterDecision, @Ctx() ctx: Context) {
    return d.meetingRawId ? meetingById(ctx, d.meetingRawId) : null;
  }

  @FieldResolver(() => [Assignment])
  assignments(@Root() d: MatterDecision, @Ctx() ctx: Context) {
    return service.assignmentsOfDecision(ctx, d);
  }

  @FieldResolver(() => Int)
  async matterNumber(@Root() d: MatterDecision, @Ctx() ctx: Context) {
    return (await ctx.loaders.matterById.load(d.matterRawId))!.number;
  }

  @FieldResolver(() => String)
  async matterTitle(@Root() d: MatterDecision, @Ctx() ctx: Context) {
    return (await ctx.loaders.matterById.load(d.matterRawId))!.title;
  }

  @FieldResolver(() => Matter, { nullable: true, description: "The matter decided, if you may read it." })
  matter(@Root() d: MatterDecision, @Ctx() ctx: Context) {
    return matterById(ctx, d.matterRawId);
  }

  @FieldResolver(() => String, { nullable: true, description: "Who recorded it: for the arena's kansli, beredning and bodies' members." })
  async recordedByName(@Root() d: MatterDecision, @Ctx() ctx: Context) {
    const body = await ctx.loaders.bodyById.load(d.bodyRawId);
    if (!d.recordedByRawId || !readsInternals(await rightsIn(ctx, body!.arenaId))) return null;
    return (await ctx.loaders.userById.load(d.recordedByRawId))?.name ?? null;
  }
}

@Resolver(() => Assignment)
export class AssignmentResolver {
  @Authorized()
  @Mutation(() => AssignmentPayload, {
    description:
      "Reports back on an assignment: the assignee body's members, or the kansli. The assignment is then reported, and the report becomes the basis of its report-back matter at the deciding body.",
  })
  async reportOnAssignment(@Arg("input", () => ReportOnAssignmentInput) input: ReportOnAssignmentInput, @Ctx() ctx: Context) {
    const r = await service.reportOnAssignment(ctx, input);
    return { assignment: r.value, errors: r.errors };
  }

  @FieldResolver(() => Body, { nullable: true })
  async assigneeBody(@Root() a: Assignment, @Ctx() ctx: Context) {
    const row = a.assigneeBodyRawId ? await ctx.loaders.bodyById.load(a.assigneeBodyRawId) : null;
    return row ? toBody(row, ctx.locale) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  async assigneeOrganisation(@Root() a: Assignment, @Ctx() ctx: Context) {
    const row = a.assigneeOrganisationRawId ? await ctx.loaders.organisationById.load(a.assigneeOrganisationRawId) : null;
    return row ? toOrganisation(row) : null;
  }

  @FieldResolver(() => MatterDecision)
  async decision(@Root() a: Assignment, @Ctx() ctx: Context) {
    const d = await ctx.loaders.decisionById.load(a.decisionRawId);
    return toDecision(d!.row);
  }

  @FieldResolver(() => Matter, { nullable: true, description: "The report-back matter, placed at the deciding body, if you may read it." })
  async reportMatter(@Root() a: Assignment, @Ctx() ctx: Context) {
    const m = await ctx.loaders.reportMatterByAssignment.load(a.rawId);
    return m ? matterById(ctx, m.id) : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether you may report on it now: the assignee body's members, or the kansli." })
  viewerMayReport(@Root() a: Assignment, @Ctx() ctx: Context) {
    return service.viewerMayReport(ctx, a);
  }
}

/** Decisions on a matter, added to the Matter type from this file. */
@Resolver(() => Matter)
export class MatterDecisionsResolver {
  @FieldResolver(() => [MatterDecision], { description: "The body's decisions on the matter, oldest first." })
  decisions(@Root() m: Matter, @Ctx() ctx: Context) {
    return service.decisionsOfMatter(ctx, m.rawId);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemDecisionResolver {
  @FieldResolver(() => Matter, { nullable: true, description: "The matter of the item, if it has one and you may read it." })
  matter(@Root() item: AgendaItem, @Ctx() ctx: Context) {
    return item.matterRawId ? matterById(ctx, item.matterRawId) : null;
  }

  @FieldResolver(() => MatterDecision, {
    nullable: true,
    description: "The decision recorded under the item: public with the minutes, before that for the partnership's bodies and kansli.",
  })
  async decision(@Root() item: AgendaItem, @Ctx() ctx: Context) {
    if (!item.minutesVisible) return null;
    const list = await ctx.loaders.decisionsByAgendaItem.load(item.rawId);
    const last = list[list.length - 1];
    return last ? toDecision(last.row) : null;
  }
}

/** A body's decisions and assignments, added to the Body type from this file. */
@Resolver(() => Body)
export class BodyDecisionsResolver {
  @FieldResolver(() => [MatterDecision], {
    description: "The body's decisions, latest first: the public ones (published minutes, or taken without a meeting) for the public.",
  })
  decisions(@Root() body: Body, @Arg("first", () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: Context) {
    return service.decisionsOfBody(ctx, body, first);
  }

  @FieldResolver(() => [Assignment], {
    description: "Open assignments the body was given or its decisions gave, soonest due first: those of public decisions for the public.",
  })
  openAssignments(@Root() body: Body, @Ctx() ctx: Context) {
    return service.openAssignmentsOfBody(ctx, body);
  }
}
