import { and, asc, eq, inArray } from "drizzle-orm";
import { Field, ObjectType } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { bodies } from "../partnership/partnership.tables.js";
import { Body, toBody } from "../partnership/partnership.types.js";
import { nextMeetingsOf } from "./meetings.service.js";
import { Meeting, toMeeting } from "./meetings.types.js";
import { matterColumns, rightsIn } from "./matters.read.js";
import { agendaItems, matters } from "./matters.tables.js";
import { Matter, toMatter } from "./matters.types.js";
import type { MatterStage } from "./matters.vocabulary.js";

@ObjectType({ description: "A body member's start page: their bodies, the next meeting, and the matters to prepare and to decide." })
export class MemberHome {
  @Field(() => [Body], { description: "The bodies of the arena you sit in." })
  bodies!: Body[];

  @Field(() => [Meeting], { description: "The next meeting of each of your bodies, soonest first." })
  nextMeetings!: Meeting[];

  @Field(() => [Matter], { description: "Matters you prepare (you are their named preparer) that are not yet placed." })
  toPrepare!: Matter[];

  @Field(() => [Matter], { description: "Matters on the agendas of your bodies' next meetings." })
  toDecide!: Matter[];
}

const PREPARING: MatterStage[] = ["initiated", "in_preparation"];

/** Null for someone who neither sits in a body of the arena nor prepares its matters. */
export async function memberHome(ctx: Context, arenaId: string): Promise<MemberHome | null> {
  const rights = await rightsIn(ctx, arenaId);
  if (!rights.viewerId || (rights.bodyIds.size === 0 && !rights.preparer)) return null;
  const bodyIds = [...rights.bodyIds];
  const [mine, next, preparing] = await Promise.all([
    bodyIds.length > 0 ? ctx.db.select().from(bodies).where(inArray(bodies.id, bodyIds)).orderBy(asc(bodies.name)) : [],
    nextMeetingsOf(ctx, bodyIds),
    ctx.db
      .select(matterColumns())
      .from(matters)
      .where(and(eq(matters.arenaId, arenaId), eq(matters.preparerId, rights.viewerId), inArray(matters.stage, PREPARING)))
      .orderBy(asc(matters.number)),
  ]);
  const deciding =
    next.length > 0
      ? await ctx.db
          .select({ m: matterColumns() })
          .from(agendaItems)
          .innerJoin(matters, eq(matters.id, agendaItems.matterId))
          .where(
            and(
              inArray(
                agendaItems.meetingId,
                next.map((n) => n.id),
              ),
              eq(matters.stage, "on_agenda"),
            ),
          )
          .orderBy(asc(agendaItems.position))
      : [];
  return {
    bodies: mine.map((b) => toBody(b, ctx.locale)),
    nextMeetings: next.map(toMeeting),
    toPrepare: preparing.map((m) => toMatter(m, "internal")),
    toDecide: deciding.map((r) => toMatter(r.m, "internal")),
  };
}
