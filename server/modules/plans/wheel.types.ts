import { Field, Int, ObjectType } from "type-graphql";
import type { Locale } from "../accounts/accounts.tables.js";
import { RoleEnum } from "../accounts/accounts.vocabulary.js";
import { UserError } from "../../graphql/errors.js";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { Body } from "../partnership/partnership.types.js";
import { WheelAudienceEnum } from "./wheel.vocabulary.js";
import type { wheelMilestones } from "./wheel.tables.js";

@ObjectType({
  implements: Node,
  description: "A recurring milestone of the arena's annual wheel (årshjul): every year in its month, on its day if it has one. Public.",
})
export class WheelMilestone extends Node {
  rawId!: string;
  arenaRawId!: string;
  bodyRawId!: string | null;

  @Field(() => Int, { description: "1–12." })
  month!: number;

  @Field(() => Int, { nullable: true, description: "The day of the month, or null: some time in the month." })
  day!: number | null;

  @Field(() => String, { description: "What happens, in the reader's language (Swedish when there is no English)." })
  title!: string;

  @Field(() => String)
  titleSv!: string;

  @Field(() => String)
  titleEn!: string;

  @Field(() => String, { description: "More about it, in the reader's language." })
  description!: string;

  @Field(() => String)
  descriptionSv!: string;

  @Field(() => String)
  descriptionEn!: string;

  @Field(() => WheelAudienceEnum, { description: "Who is reminded." })
  audience!: WheelAudienceEnum;

  @Field(() => RoleEnum, { nullable: true, description: "With audience ROLE: the arena role whose holders are reminded." })
  audienceRole!: RoleEnum | null;

  @Field(() => Int, { description: "Swedish working days ahead that the reminder goes out." })
  remindWorkingDays!: number;

  @Field(() => Int, { description: "Optimistic concurrency: give it back when you change or remove the milestone." })
  version!: number;

  @Field(() => Body, { nullable: true, description: "The body that acts." })
  body?: Body | null;
}

export function toWheelMilestone(row: typeof wheelMilestones.$inferSelect, locale: Locale): WheelMilestone {
  return Object.assign(new WheelMilestone(), {
    __typename: "WheelMilestone",
    id: toGlobalId("WheelMilestone", row.id),
    rawId: row.id,
    arenaRawId: row.arenaId,
    bodyRawId: row.bodyId,
    month: row.month,
    day: row.day,
    title: locale === "en" && row.titleEn !== "" ? row.titleEn : row.titleSv,
    titleSv: row.titleSv,
    titleEn: row.titleEn,
    description: locale === "en" && row.descriptionEn !== "" ? row.descriptionEn : row.descriptionSv,
    descriptionSv: row.descriptionSv,
    descriptionEn: row.descriptionEn,
    audience: row.audience as WheelAudienceEnum,
    audienceRole: (row.audienceRole ?? null) as RoleEnum | null,
    remindWorkingDays: row.remindWorkingDays,
    version: row.version,
  });
}

@ObjectType()
export class WheelMilestonePayload {
  @Field(() => WheelMilestone, { nullable: true })
  milestone!: WheelMilestone | null;

  @Field(() => [UserError])
  errors!: UserError[];
}
