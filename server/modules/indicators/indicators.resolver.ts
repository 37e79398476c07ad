import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { apiError } from "../../graphql/errors.js";
import { fromGlobalId } from "../../graphql/relay.js";
import { Arena } from "../partnership/partnership.types.js";
import { DeletePayload } from "../partnership/partnership.types.js";
import { importIndicatorValues } from "./indicators.import.js";
import {
  CreateIndicatorInput,
  CreateIndicatorSeriesInput,
  ImportIndicatorValuesInput,
  RecordIndicatorValueInput,
  UpdateIndicatorInput,
  UpdateIndicatorSeriesInput,
} from "./indicators.inputs.js";
import { arenaIndicators, indicatorById, indicatorGap, seriesOf, valuesOf } from "./indicators.read.js";
import * as service from "./indicators.service.js";
import {
  Indicator,
  IndicatorGap,
  IndicatorImportPayload,
  IndicatorPayload,
  IndicatorSeries,
  IndicatorSeriesPayload,
  IndicatorValue,
  IndicatorValuePayload,
} from "./indicators.types.js";
import { ValueBreakdownEnum } from "./indicators.vocabulary.js";

/** A global id given as a read argument: its raw id, or NOT_FOUND. */
function argId(ctx: Context, id: string, type: string): string {
  const parsed = fromGlobalId(id, type);
  if (!parsed) throw apiError("NOT_FOUND", ctx.locale);
  return parsed.id;
}

@Resolver(() => Arena)
export class ArenaIndicatorsResolver {
  @FieldResolver(() => [Indicator], { description: "The indicators the arena follows: SKR's 22 first, then its own. Public." })
  indicators(@Root() arena: Arena, @Ctx() ctx: Context) {
    return arenaIndicators(ctx, arena.rawId);
  }

  @FieldResolver(() => IndicatorGap, {
    nullable: true,
    description: "“Mind the gap”: the arena's municipalities ranked against the county value. Without a year, the newest. Public.",
  })
  async indicatorGap(
    @Root() arena: Arena,
    @Arg("indicatorId", () => ID) indicatorId: string,
    @Arg("period", () => Int, { nullable: true }) period: number | null,
    @Arg("breakdown", () => ValueBreakdownEnum, { nullable: true, defaultValue: ValueBreakdownEnum.TOTAL }) breakdown: ValueBreakdownEnum,
    @Arg("seriesId", () => ID, { nullable: true, description: "Defaults to the indicator's first series." }) seriesId: string | null,
    @Ctx() ctx: Context,
  ) {
    const indicator = await indicatorById(ctx, argId(ctx, indicatorId, "Indicator"));
    if (!indicator || indicator.arenaRawId !== arena.rawId) return null;
    return indicatorGap(ctx, indicator, { period, breakdown, seriesId: seriesId ? argId(ctx, seriesId, "IndicatorSeries") : null });
  }
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => [IndicatorSeries], { description: "Its series of values, each with quality metadata. Public." })
  series(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    return seriesOf(ctx, indicator.rawId);
  }

  @FieldResolver(() => [IndicatorValue], { description: "Its values, oldest year first, narrowed by the arguments given. Public." })
  values(
    @Root() indicator: Indicator,
    @Arg("area", () => String, { nullable: true, description: "SCB code: 21 for the county, 2104 for Hofors." }) area: string | null,
    @Arg("period", () => Int, { nullable: true }) period: number | null,
    @Arg("breakdown", () => ValueBreakdownEnum, { nullable: true }) breakdown: ValueBreakdownEnum | null,
    @Arg("seriesId", () => ID, { nullable: true }) seriesId: string | null,
    @Ctx() ctx: Context,
  ) {
    return valuesOf(ctx, indicator, {
      areaCode: area,
      period,
      breakdown,
      seriesId: seriesId ? argId(ctx, seriesId, "IndicatorSeries") : null,
    });
  }

  @Authorized()
  @Mutation(() => IndicatorPayload, { description: "The arena's coordinators and researchers (and admins)." })
  async createIndicator(@Arg("input", () => CreateIndicatorInput) input: CreateIndicatorInput, @Ctx() ctx: Context) {
    const r = await service.createIndicator(ctx, input);
    return { indicator: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => IndicatorPayload, {
    description: "SKR's 22 keep key, titles, descriptions and level; their unit, direction and source may change.",
  })
  async updateIndicator(@Arg("input", () => UpdateIndicatorInput) input: UpdateIndicatorInput, @Ctx() ctx: Context) {
    const r = await service.updateIndicator(ctx, input);
    return { indicator: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => DeletePayload, { description: "The arena's own indicators without values; SKR's 22 stay." })
  async deleteIndicator(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const r = await service.deleteIndicator(ctx, id);
    return { deletedId: r.value ? id : null, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => IndicatorSeriesPayload)
  async createIndicatorSeries(@Arg("input", () => CreateIndicatorSeriesInput) input: CreateIndicatorSeriesInput, @Ctx() ctx: Context) {
    const r = await service.createSeries(ctx, input);
    return { series: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => IndicatorSeriesPayload, { description: "Refused with SERIES_STALE if someone saved the series since `version`." })
  async updateIndicatorSeries(@Arg("input", () => UpdateIndicatorSeriesInput) input: UpdateIndicatorSeriesInput, @Ctx() ctx: Context) {
    const r = await service.updateSeries(ctx, input);
    return { series: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => IndicatorValuePayload, { description: "Records one value; the same area, year and breakdown again replaces it." })
  async recordIndicatorValue(@Arg("input", () => RecordIndicatorValueInput) input: RecordIndicatorValueInput, @Ctx() ctx: Context) {
    const r = await service.recordValue(ctx, input);
    return { value: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => IndicatorImportPayload, {
    description:
      "Imports a Kolada-shaped CSV (municipality id, period, gender T/K/M, value; count optional). A dry run writes nothing; a file with any refused row writes nothing; importing again updates.",
  })
  async importIndicatorValues(@Arg("input", () => ImportIndicatorValuesInput) input: ImportIndicatorValuesInput, @Ctx() ctx: Context) {
    return importIndicatorValues(ctx, input);
  }
}
