import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { Length, SingleLine } from "../../graphql/validation.js";

export const MEETING_LIMITS = { place: 300, link: 500, title: 300, minutes: 20_000, reason: 2000, agendaItems: 200 } as const;

@InputType({ description: "The kansli books a meeting of a body: when, and a place or a link (or both)." })
export class CreateMeetingInput {
  @Field(() => ID)
  bodyId!: string;

  @Field(() => DateTimeResolver)
  startsAt!: Date;

  @Field(() => String, { defaultValue: "" })
  @Length(0, MEETING_LIMITS.place)
  @SingleLine()
  place!: string;

  @Field(() => String, { defaultValue: "", description: "A link to a video meeting, if any." })
  @Length(0, MEETING_LIMITS.link)
  link!: string;
}

@InputType({ description: "Changes a meeting's time, place or link; `version` is the one you read." })
export class UpdateMeetingInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => DateTimeResolver, { nullable: true })
  startsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Length(0, MEETING_LIMITS.place)
  @SingleLine()
  place?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, MEETING_LIMITS.link)
  link?: string | null;
}

@InputType()
export class MeetingVersionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version you read: a change someone made since is refused (STALE_MEETING)." })
  version!: number;
}

@InputType({ description: "A matter placed with the meeting's body, or a free item with a heading: one of the two." })
export class AddAgendaItemInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID, { nullable: true, description: "A matter placed with the body; it goes on the agenda." })
  matterId?: string | null;

  @Field(() => String, { nullable: true, description: "The heading of a free item (e.g. “Mötets öppnande”)." })
  @Length(0, MEETING_LIMITS.title)
  @SingleLine()
  title?: string | null;
}

@InputType()
export class RemoveAgendaItemInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID, { description: "The item; a matter on it goes back to placed." })
  itemId!: string;
}

@InputType()
export class ReorderAgendaInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => [ID], { description: "Every item of the meeting, each once, in the new order." })
  itemIds!: string[];
}

@InputType()
export class WriteMinutesInput {
  @Field(() => ID)
  agendaItemId!: string;

  @Field(() => String, { description: "The minutes of the item; public once the kansli publishes the meeting's minutes." })
  @Length(0, MEETING_LIMITS.minutes)
  minutes!: string;
}
