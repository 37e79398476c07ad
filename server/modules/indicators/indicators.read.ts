import { and, asc, eq, inArray } from "drizzle-orm";
import type { Context } from "../../graphql/context.js";
import { indicators } from "./indicators.tables.js";
import { type Indicator, toIndicator } from "./indicators.types.js";

// Indicators are public: the registry says what the partnership follows, not who did what.

export async function arenaIndicators(ctx: Context, arenaId: string): Promise<Indicator[]> {
  const rows = await ctx.db
    .select()
    .from(indicators)
    .where(eq(indicators.arenaId, arenaId))
    .orderBy(asc(indicators.skrNumber), asc(indicators.key));
  return rows.map((r) => toIndicator(r, ctx.locale));
}

export async function indicatorById(ctx: Context, id: string): Promise<Indicator | null> {
  const [r] = await ctx.db.select().from(indicators).where(eq(indicators.id, id));
  return r ? toIndicator(r, ctx.locale) : null;
}

/** Several at once (an activity's or a measure's linked indicators), in one statement. */
export async function indicatorsByIds(ctx: Context, ids: readonly string[], arenaId?: string): Promise<Indicator[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.db
    .select()
    .from(indicators)
    .where(arenaId ? and(inArray(indicators.id, [...ids]), eq(indicators.arenaId, arenaId)) : inArray(indicators.id, [...ids]));
  return rows.map((r) => toIndicator(r, ctx.locale));
}
