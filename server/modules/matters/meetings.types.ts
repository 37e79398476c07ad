import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { Body } from "../partnership/partnership.types.js";
import type { agendaItems, meetings } from "./matters.tables.js";

export enum MeetingWhenEnum {
  UPCOMING = "upcoming",
  PAST = "past",
}
registerEnumType(MeetingWhenEnum, {
  name: "MeetingWhen",
  description: "Upcoming: from today on, soonest first. Past: before today, latest first.",
});

@ObjectType({ implements: Node, description: "An item of a meeting's agenda: a matter placed with the body, or a free item." })
export class AgendaItem extends Node {
  rawId!: string;
  meetingRawId!: string;
  matterRawId!: string | null;
  freeTitle!: string;
  minutesText!: string;
  /** Published, or read by someone who reads the arena's matters in full. */
  minutesVisible!: boolean;

  @Field(() => Int, { description: "1, 2, … in the agenda's order." })
  number!: number;

  @Field(() => String, { description: "The heading: a free item's own, or the matter's title." })
  title?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The minutes of the item. Public once the kansli has published the meeting's minutes; before that only for the kansli, the beredning and the bodies' members.",
  })
  minutes!: string | null;
}

@ObjectType({ implements: Node, description: "A meeting of a body: when, where, its agenda, its notice and its minutes." })
export class Meeting extends Node {
  rawId!: string;
  arenaRawId!: string;
  bodyRawId!: string;
  linkText!: string;

  @Field(() => DateTimeResolver)
  startsAt!: Date;

  @Field(() => String)
  place!: string;

  @Field(() => String, { nullable: true, description: "The link to a video meeting: for the body's members and the kansli." })
  link?: string | null;

  @Field(() => Int, { description: "Optimistic concurrency: give it back when you change the meeting or its agenda." })
  version!: number;

  @Field(() => DateTimeResolver, { nullable: true, description: "When the notice (kallelse) went to the members; null until then." })
  noticeSentAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: "When the minutes were published; they are public from then." })
  minutesPublishedAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => Body)
  body?: Body;

  @Field(() => [AgendaItem], { description: "The agenda, in order." })
  agenda?: AgendaItem[];
}

export function toMeeting(row: typeof meetings.$inferSelect): Meeting {
  return Object.assign(new Meeting(), {
    __typename: "Meeting",
    id: toGlobalId("Meeting", row.id),
    rawId: row.id,
    arenaRawId: row.arenaId,
    bodyRawId: row.bodyId,
    linkText: row.link,
    startsAt: row.startsAt,
    place: row.place,
    version: row.version,
    noticeSentAt: row.noticeSentAt,
    minutesPublishedAt: row.minutesPublishedAt,
    cancelledAt: row.cancelledAt,
  });
}

export function toAgendaItem(row: typeof agendaItems.$inferSelect, number: number, minutesVisible: boolean): AgendaItem {
  return Object.assign(new AgendaItem(), {
    __typename: "AgendaItem",
    id: toGlobalId("AgendaItem", row.id),
    rawId: row.id,
    meetingRawId: row.meetingId,
    matterRawId: row.matterId,
    freeTitle: row.title,
    minutesText: row.minutes,
    minutesVisible,
    number,
    minutes: minutesVisible ? row.minutes : null,
  });
}

@ObjectType()
export class MeetingPayload {
  @Field(() => Meeting, { nullable: true })
  meeting!: Meeting | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
