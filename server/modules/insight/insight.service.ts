// The dashboard as its readers may see it: the filter checked, the figures fetched (one
// aggregate per figure set, insight.figures.ts) and every count passed through suppression.
// The GraphQL fields and the CSV route both read these functions, so the two cannot disagree.
import { and, eq } from "drizzle-orm";
import { hasRole } from "../../auth/sessions.js";
import type { Context } from "../../graphql/context.js";
import { apiError } from "../../graphql/errors.js";
import { fromGlobalId, toGlobalId } from "../../graphql/relay.js";
import { now } from "../../shared/clock.js";
import { swedishToday } from "../../shared/swedish-date.js";
import { countyParts } from "../partnership/partnership.tables.js";
import { strategicGoals } from "../strategy/strategy.tables.js";
import type { SectorEnum } from "../partnership/partnership.vocabulary.js";
import type { IdeaStageEnum } from "../ideas/ideas.types.js";
import type { ReferralStatusEnum } from "../support/support.types.js";
import { cachedFigures, changeMarker } from "./insight.cache.js";
import * as figures from "./insight.figures.js";
import { SECTOR_LABELS } from "./insight.labels.js";
import type { InsightScope } from "./insight.scope.js";
import { SMALL_NUMBER_THRESHOLD } from "./insight.rules.js";
import {
  type AdoptionRow,
  type FunnelRow,
  type GuideLoadRow,
  Insight,
  type InsightFilter,
  type LadderRow,
  type PromiseKindEnum,
  type PromiseRow,
  type ReachDimensionEnum,
  type ReachRow,
  type ReferralRow,
  type StageTimeRow,
  type TestOutcomesFigure,
  countFor,
} from "./insight.types.js";

/** Staff see every cell: the arena's coordinators, guides and researchers (and its admins, who hold every role). */
export const isInsightStaff = (ctx: Pick<Context, "viewer">, arenaId: string) =>
  hasRole(ctx.viewer, arenaId, ["coordinator", "guide", "researcher"]);

/** Years the dashboard accepts: the arena's history, and not far into the future. */
const FIRST_YEAR = 2000;

/** Checks the filter (ids of this arena, a sensible year) and returns the dashboard root. */
export async function insightFor(
  ctx: Context,
  arenaId: string,
  filter: (Omit<InsightFilter, "sector"> & { sector?: SectorEnum | `${SectorEnum}` | null }) | null | undefined,
): Promise<Insight> {
  const f = filter ?? {};
  const year = f.year ?? null;
  if (year !== null && (!Number.isInteger(year) || year < FIRST_YEAR || year > now().getUTCFullYear() + 1))
    throw apiError("BAD_USER_INPUT", ctx.locale);
  const goalId = f.goalId ? rawId(ctx, f.goalId, "StrategicGoal") : null;
  const countyPartId = f.countyPartId ? rawId(ctx, f.countyPartId, "CountyPart") : null;
  // Ids must belong to the arena: a stranger's id is a bad filter, not an empty dashboard.
  if (goalId || countyPartId) {
    const [goal] = goalId
      ? await ctx.db
          .select({ id: strategicGoals.id })
          .from(strategicGoals)
          .where(and(eq(strategicGoals.id, goalId), eq(strategicGoals.arenaId, arenaId)))
      : [{ id: null }];
    const [part] = countyPartId
      ? await ctx.db
          .select({ id: countyParts.id })
          .from(countyParts)
          .where(and(eq(countyParts.id, countyPartId), eq(countyParts.arenaId, arenaId)))
      : [{ id: null }];
    if (goal === undefined || part === undefined) throw apiError("BAD_USER_INPUT", ctx.locale);
  }
  const staff = isInsightStaff(ctx, arenaId);
  const at = now();
  const scope: InsightScope = { arenaId, year, goalId, countyPartId, sector: f.sector ?? null, now: at };
  // No clock in the key: the figures that turn overdue with time keep their due moments and are
  // counted against the clock per request (promisesView, referralsView).
  const key = JSON.stringify([arenaId, year, goalId, countyPartId, scope.sector, await changeMarker(ctx.db, arenaId)]);
  return Object.assign(new Insight(), { scope, key, staff, viewerIsStaff: staff, threshold: SMALL_NUMBER_THRESHOLD, year });
}

/** A figure set of the dashboard, computed once per change of the arena (insight.cache.ts). */
const figure = <T>(ctx: Context, i: Insight, name: string, compute: (db: Context["db"], s: InsightScope) => Promise<T>) =>
  cachedFigures(`${name}:${i.key}`, () => compute(ctx.db, i.scope));

function rawId(ctx: Context, id: string, type: string): string {
  const parsed = fromGlobalId(id, type);
  if (!parsed) throw apiError("BAD_USER_INPUT", ctx.locale);
  return parsed.id;
}

export async function funnelView(ctx: Context, i: Insight): Promise<FunnelRow[]> {
  const rows = await figure(ctx, i, "funnel", figures.funnel);
  return rows.map((r) => ({
    period: r.period,
    submitted: countFor(r.counts.submitted, i.staff),
    accepted: countFor(r.counts.guidance, i.staff),
    tested: countFor(r.counts.testing, i.staff),
    advanced: countFor(r.counts.scaling, i.staff),
    adopted: countFor(r.counts.adopted, i.staff),
  }));
}

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

export async function stageTimesView(ctx: Context, i: Insight): Promise<StageTimeRow[]> {
  const rows = await figure(ctx, i, "stageTimes", figures.stageTimes);
  return rows.map((r) => {
    const stays = countFor(r.stays, i.staff);
    return {
      stage: r.stage as IdeaStageEnum,
      stays,
      // A median over a handful of stays tells who they were as surely as the count does.
      medianDays: stays.suppressed ? null : round1(r.medianDays),
      p90Days: stays.suppressed ? null : round1(r.p90Days),
    };
  });
}

export async function promisesView(ctx: Context, i: Insight): Promise<PromiseRow[]> {
  const rows = await figure(ctx, i, "promises", figures.promises);
  const at = i.scope.now.toISOString();
  return rows.map((r) => {
    const n = r.met + r.pending.reduce((sum, p) => (p.at < at ? sum + p.n : sum), 0);
    const due = countFor(n, i.staff);
    return {
      kind: r.kind as PromiseKindEnum,
      due,
      kept: countFor(r.kept, i.staff),
      keptPercent: due.suppressed || n === 0 ? null : Math.round((1000 * r.kept) / n) / 10,
    };
  });
}

export async function referralsView(ctx: Context, i: Insight): Promise<ReferralRow[]> {
  const rows = await figure(ctx, i, "referrals", figures.referrals);
  const today = swedishToday(i.scope.now);
  return rows.map((r) => ({
    status: r.status as ReferralStatusEnum,
    sent: countFor(r.sent, i.staff),
    answeredInTime: countFor(r.answeredInTime, i.staff),
    answeredLate: countFor(r.answeredLate, i.staff),
    overdue: countFor(
      r.unanswered.reduce((sum, u) => (u.by < today ? sum + u.n : sum), 0),
      i.staff,
    ),
  }));
}

/** The first comparison that tells two rows apart. */
const firstNonZero = (...xs: number[]) => xs.find((x) => x !== 0) ?? 0;

const DIMENSION_ORDER: figures.ReachDimension[] = ["sector", "county_part", "municipality", "goal", "target_group"];

export async function reachView(ctx: Context, i: Insight): Promise<ReachRow[]> {
  const rows = await figure(ctx, i, "reach", figures.reach);
  return rows
    .map((r) => ({
      dimension: r.dimension as ReachDimensionEnum,
      key:
        r.dimension === "municipality"
          ? toGlobalId("Organisation", r.key)
          : r.dimension === "county_part"
            ? toGlobalId("CountyPart", r.key)
            : r.dimension === "goal"
              ? toGlobalId("StrategicGoal", r.key)
              : r.key,
      label: r.dimension === "sector" ? (SECTOR_LABELS[r.key]?.[ctx.locale] ?? r.key) : r.label,
      n: r.ideas,
      ideas: countFor(r.ideas, i.staff),
    }))
    .sort((a, b) =>
      firstNonZero(
        DIMENSION_ORDER.indexOf(a.dimension as figures.ReachDimension) - DIMENSION_ORDER.indexOf(b.dimension as figures.ReachDimension),
        b.n - a.n,
        a.label.localeCompare(b.label, "sv"),
      ),
    )
    .map(({ n, ...row }) => (void n, row));
}

export async function testOutcomesView(ctx: Context, i: Insight): Promise<TestOutcomesFigure> {
  const rows = await figure(ctx, i, "testOutcomes", figures.testOutcomes);
  const n = (kind: string, outcome: string) => countFor(rows.find((r) => r.kind === kind && r.outcome === outcome)?.count ?? 0, i.staff);
  return {
    met: n("measure", "met"),
    notMet: n("measure", "not_met"),
    inconclusive: n("measure", "inconclusive"),
    retest: n("decision", "retest"),
    pivot: n("decision", "pivot"),
    advance: n("decision", "advance"),
    stop: n("decision", "stop"),
  };
}

export async function spreadView(ctx: Context, i: Insight): Promise<{ adoptions: AdoptionRow[]; ladder: LadderRow[] }> {
  const { adoptions, ladder } = await figure(ctx, i, "spread", figures.spread);
  const byMunicipality = new Map<string, { id: string; name: string; counts: Record<string, number> }>();
  for (const a of adoptions) {
    const m = byMunicipality.get(a.municipalityId) ?? { id: a.municipalityId, name: a.municipality, counts: {} };
    m.counts[a.status] = a.count;
    byMunicipality.set(a.municipalityId, m);
  }
  return {
    adoptions: [...byMunicipality.values()].map((m) => ({
      municipalityId: toGlobalId("Organisation", m.id),
      municipality: m.name,
      planned: countFor(m.counts.planned ?? 0, i.staff),
      testing: countFor(m.counts.testing ?? 0, i.staff),
      adopted: countFor(m.counts.adopted ?? 0, i.staff),
      declined: countFor(m.counts.declined ?? 0, i.staff),
    })),
    ladder: [1, 2, 3, 4].map((step) => ({ step, ideas: countFor(ladder.find((l) => l.step === step)?.ideas ?? 0, i.staff) })),
  };
}

/**
 * Null for anyone but staff: it names the guides and how much each carries. The names are read
 * fresh, not from the cached figures: a guide who deletes their account is renamed without an
 * event in the arena (accounts' erasure), and the old name must go at once.
 */
export async function guidesLoadView(ctx: Context, i: Insight): Promise<GuideLoadRow[] | null> {
  if (!i.staff) return null;
  const rows = await figure(ctx, i, "guidesLoad", figures.guidesLoad);
  const people = await Promise.all(rows.map((r) => ctx.loaders.userById.load(r.guideId)));
  return rows
    .map((r, k) => ({ guide: people[k]?.name ?? "", openIdeas: r.openIdeas, ideas: r.ideas, sessions: r.sessions }))
    .sort((a, b) => firstNonZero(b.openIdeas - a.openIdeas, a.guide.localeCompare(b.guide, "sv")));
}
