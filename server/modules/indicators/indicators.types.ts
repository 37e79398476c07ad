import { Field, Int, ObjectType } from "type-graphql";
import { Node, toGlobalId } from "../../graphql/relay.js";
import type { Locale } from "../accounts/accounts.tables.js";
import type { indicators } from "./indicators.tables.js";
import { IndicatorDirectionEnum, IndicatorLevelEnum, IndicatorSourceEnum } from "./indicators.vocabulary.js";

const pick = (locale: Locale, sv: string, en: string) => (locale === "en" && en ? en : sv);

@ObjectType({ implements: Node, description: "An indicator the arena follows: one of SKR's 22 or the arena's own. Public." })
export class Indicator extends Node {
  rawId!: string;
  arenaRawId!: string;
  @Field(() => String, { description: "Stable key within the arena, e.g. skr-07." })
  key!: string;
  @Field(() => String, { description: "Title in the caller's language." })
  title!: string;
  @Field(() => String)
  titleSv!: string;
  @Field(() => String)
  titleEn!: string;
  @Field(() => String)
  description!: string;
  @Field(() => String, { description: "Shown beside every value: %, kr, per 1 000 invånare." })
  unit!: string;
  @Field(() => IndicatorDirectionEnum)
  direction!: IndicatorDirectionEnum;
  @Field(() => IndicatorSourceEnum)
  source!: IndicatorSourceEnum;
  @Field(() => String, { description: "The source's id for the figure, e.g. Kolada's N00945; empty for the arena's own." })
  sourceRef!: string;
  @Field(() => IndicatorLevelEnum)
  level!: IndicatorLevelEnum;
  @Field(() => Int, { nullable: true, description: "The SKR indicator's number (1–22), or null for the arena's own." })
  skrNumber!: number | null;
}

export const toIndicator = (r: typeof indicators.$inferSelect, l: Locale): Indicator =>
  Object.assign(new Indicator(), {
    __typename: "Indicator",
    id: toGlobalId("Indicator", r.id),
    rawId: r.id,
    arenaRawId: r.arenaId,
    key: r.key,
    title: pick(l, r.titleSv, r.titleEn),
    titleSv: r.titleSv,
    titleEn: r.titleEn,
    description: pick(l, r.descriptionSv, r.descriptionEn),
    unit: r.unit,
    direction: r.direction as IndicatorDirectionEnum,
    source: r.source as IndicatorSourceEnum,
    sourceRef: r.sourceRef,
    level: r.level as IndicatorLevelEnum,
    skrNumber: r.skrNumber,
  });
