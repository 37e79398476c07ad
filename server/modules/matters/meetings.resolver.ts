import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { fromGlobalId } from "../../graphql/relay.js";
import { Arena, Body, toBody } from "../partnership/partnership.types.js";
import { MemberHome, memberHome } from "./meetings.home.js";
import {
  AddAgendaItemInput,
  CreateMeetingInput,
  MeetingVersionInput,
  RemoveAgendaItemInput,
  ReorderAgendaInput,
  UpdateMeetingInput,
  WriteMinutesInput,
} from "./meetings.inputs.js";
import * as service from "./meetings.service.js";
import { AgendaItem, Meeting, MeetingPayload, MeetingWhenEnum } from "./meetings.types.js";

const payload = (r: { value: Meeting | null; errors: MeetingPayload["errors"] }): MeetingPayload => ({
  meeting: r.value,
  errors: r.errors,
});

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true, description: "A meeting by id: its time, place and agenda are public; minutes once published." })
  meeting(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const raw = fromGlobalId(id, "Meeting")?.id;
    return raw ? service.meetingById(ctx, raw) : null;
  }

  @FieldResolver(() => Body)
  async body(@Root() m: Meeting, @Ctx() ctx: Context) {
    return toBody((await ctx.loaders.bodyById.load(m.bodyRawId))!, ctx.locale);
  }

  @FieldResolver(() => [AgendaItem])
  agenda(@Root() m: Meeting, @Ctx() ctx: Context) {
    return service.agendaOf(ctx, m);
  }

  @FieldResolver(() => String, { nullable: true })
  link(@Root() m: Meeting, @Ctx() ctx: Context) {
    return service.meetingLink(ctx, m);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may change the meeting, its agenda, send its notice and publish its minutes: the kansli.",
  })
  async viewerMayManage(@Root() m: Meeting, @Ctx() ctx: Context) {
    return (await service.meetingRightsOf(ctx, m)).manage;
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may write its minutes and record the body's decisions: the body's members, or the kansli on its behalf.",
  })
  async viewerMayWriteMinutes(@Root() m: Meeting, @Ctx() ctx: Context) {
    return (await service.meetingRightsOf(ctx, m)).minutes;
  }

  @Authorized()
  @Mutation(() => MeetingPayload, { description: "The kansli books a meeting of a body." })
  async createMeeting(@Arg("input", () => CreateMeetingInput) input: CreateMeetingInput, @Ctx() ctx: Context) {
    return payload(await service.createMeeting(ctx, input));
  }

  @Authorized()
  @Mutation(() => MeetingPayload, { description: "The kansli changes a meeting's time, place or link." })
  async updateMeeting(@Arg("input", () => UpdateMeetingInput) input: UpdateMeetingInput, @Ctx() ctx: Context) {
    return payload(await service.updateMeeting(ctx, input));
  }

  @Authorized()
  @Mutation(() => MeetingPayload, { description: "The kansli cancels a meeting; matters on its agenda wait at the body again (placed)." })
  async cancelMeeting(@Arg("input", () => MeetingVersionInput) input: MeetingVersionInput, @Ctx() ctx: Context) {
    return payload(await service.cancelMeeting(ctx, input));
  }

  @Authorized()
  @Mutation(() => MeetingPayload, {
    description: "The kansli adds an item at the end of the agenda: a matter placed with the body (it goes on the agenda), or a free item.",
  })
  async addAgendaItem(@Arg("input", () => AddAgendaItemInput) input: AddAgendaItemInput, @Ctx() ctx: Context) {
    return payload(await service.addAgendaItem(ctx, input));
  }

  @Authorized()
  @Mutation(() => MeetingPayload, { description: "The kansli removes an item; a matter on it waits at the body again (placed)." })
  async removeAgendaItem(@Arg("input", () => RemoveAgendaItemInput) input: RemoveAgendaItemInput, @Ctx() ctx: Context) {
    return payload(await service.removeAgendaItem(ctx, input));
  }

  @Authorized()
  @Mutation(() => MeetingPayload, { description: "The kansli puts the agenda in a new order." })
  async reorderAgenda(@Arg("input", () => ReorderAgendaInput) input: ReorderAgendaInput, @Ctx() ctx: Context) {
    return payload(await service.reorderAgenda(ctx, input));
  }

  @Authorized()
  @Mutation(() => MeetingPayload, {
    description:
      "The kansli sends the notice (kallelse) with the agenda to every person seated in the body, in the app and by mail. It is sent once; a second send is refused (NOTICE_ALREADY_SENT).",
  })
  async sendMeetingNotice(@Arg("input", () => MeetingVersionInput) input: MeetingVersionInput, @Ctx() ctx: Context) {
    return payload(await service.sendMeetingNotice(ctx, input));
  }

  @Authorized()
  @Mutation(() => MeetingPayload, {
    description: "The body's members, or the kansli, write the minutes of an agenda item until they are published.",
  })
  async writeMinutes(@Arg("input", () => WriteMinutesInput) input: WriteMinutesInput, @Ctx() ctx: Context) {
    return payload(await service.writeMinutes(ctx, input));
  }

  @Authorized()
  @Mutation(() => MeetingPayload, {
    description: "The kansli publishes the meeting's minutes: from then they are public and no longer change.",
  })
  async publishMinutes(@Arg("input", () => MeetingVersionInput) input: MeetingVersionInput, @Ctx() ctx: Context) {
    return payload(await service.publishMinutes(ctx, input));
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => String)
  title(@Root() item: AgendaItem, @Ctx() ctx: Context) {
    return service.agendaItemTitle(ctx, item);
  }
}

/** A body's meetings, added to the Body type from this module. */
@Resolver(() => Body)
export class BodyMeetingsResolver {
  @FieldResolver(() => [Meeting], { description: "The body's meetings: upcoming (soonest first) or past (latest first)." })
  meetings(
    @Root() body: Body,
    @Arg("when", () => MeetingWhenEnum, { defaultValue: MeetingWhenEnum.UPCOMING }) when: MeetingWhenEnum,
    @Arg("first", () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: Context,
  ) {
    return service.meetingsOfBody(ctx, body.rawId, when, first);
  }
}

/** A body by its key, and a body member's start page, added to the Arena type from this module. */
@Resolver(() => Arena)
export class ArenaMeetingsResolver {
  @FieldResolver(() => Body, { nullable: true, description: "A body of the arena by its key, e.g. `lansledning-valfard`." })
  async body(@Root() arena: Arena, @Arg("key", () => String) key: string, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.bodiesByArena.load(arena.rawId);
    const row = rows.find((b) => b.key === key);
    return row ? toBody(row, ctx.locale) : null;
  }

  @FieldResolver(() => MemberHome, {
    nullable: true,
    description: "Your start page as a body member or preparer of the arena; null for anyone else.",
  })
  memberHome(@Root() arena: Arena, @Ctx() ctx: Context) {
    return memberHome(ctx, arena.rawId);
  }
}
