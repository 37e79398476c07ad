import DataLoader from "dataloader";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database, Tx } from "../../db/index.js";
import { inputId, requireArenaRole } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { fail } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { toGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import * as clock from "../../shared/clock.js";
import { recordEvent } from "../audit/audit.service.js";
import { readsInternals } from "../matters/matters.access.js";
import { rightsIn } from "../matters/matters.read.js";
import { matterDecisions, matters } from "../matters/matters.tables.js";
import { organisations } from "../partnership/partnership.tables.js";
import { FundingEvents } from "./funding.events.js";
import type { CreateFundingPlanInput, RecordFundingEntryInput, SetDistributionKeyInput } from "./funding.inputs.js";
import { splitFunding } from "./funding.split.js";
import { distributionKeyShares, distributionKeys, fundingEntries, fundingPlans, fundingShares } from "./funding.tables.js";
import { DistributionKey, FundingEntry, FundingParty, FundingPlan, FundingYear } from "./funding.types.js";
import { type FundingEntryKindEnum, type FundingPlanKind, type FundingPlanKindEnum, WHOLE } from "./funding.vocabulary.js";
import { planActivities, plans } from "./plans.tables.js";

/** The kansli keeps the keys and the plans. */
const KANSLI = ["coordinator"] as const;

/** Funding per party is for the partnership's members (seated in one of the arena's bodies) and the kansli. */
export async function mayReadFunding(ctx: Context, arenaId: string): Promise<boolean> {
  return ctx.viewer !== null && readsInternals(await rightsIn(ctx, arenaId));
}

export async function mayManageFunding(ctx: Context, arenaId: string): Promise<boolean> {
  return (await rightsIn(ctx, arenaId)).kansli;
}

// ---- reading ----

type KeyRow = typeof distributionKeys.$inferSelect;

async function keysWithShares(db: Database | Tx, rows: KeyRow[]): Promise<DistributionKey[]> {
  if (rows.length === 0) return [];
  const shares = await db
    .select()
    .from(distributionKeyShares)
    .where(
      inArray(
        distributionKeyShares.keyId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(desc(distributionKeyShares.basisPoints), distributionKeyShares.organisationId);
  return rows.map((r) =>
    Object.assign(new DistributionKey(), {
      __typename: "DistributionKey",
      id: toGlobalId("DistributionKey", r.id),
      rawId: r.id,
      matterRawId: r.decidedByMatterId,
      decidedByMatterId: toGlobalId("Matter", r.decidedByMatterId),
      year: r.year,
      version: r.version,
      note: r.note,
      createdAt: r.createdAt,
      shares: shares.filter((s) => s.keyId === r.id).map((s) => ({ organisationRawId: s.organisationId, basisPoints: s.basisPoints })),
    }),
  );
}

/** The versions of a year's key, latest first; null for those who may not read funding. */
export async function distributionKeysOf(ctx: Context, arenaId: string, year: number): Promise<DistributionKey[] | null> {
  if (!(await mayReadFunding(ctx, arenaId))) return null;
  const rows = await ctx.db
    .select()
    .from(distributionKeys)
    .where(and(eq(distributionKeys.arenaId, arenaId), eq(distributionKeys.year, year)))
    .orderBy(desc(distributionKeys.version));
  return keysWithShares(ctx.db, rows);
}

type PlanRow = typeof fundingPlans.$inferSelect;

/** The region first, then the largest commitment. */
const byRegionThenCommitted = (a: FundingParty, b: FundingParty) =>
  a.isRegion !== b.isRegion ? (a.isRegion ? -1 : 1) : b.committed - a.committed;

/** Plans with their parties, sums and entries, in four statements whatever their number. */
async function buildPlans(db: Database | Tx, rows: PlanRow[]): Promise<FundingPlan[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [shares, entries, keys] = await Promise.all([
    db.select().from(fundingShares).where(inArray(fundingShares.planId, ids)),
    db
      .select()
      .from(fundingEntries)
      .where(inArray(fundingEntries.planId, ids))
      .orderBy(desc(fundingEntries.occurredOn), desc(fundingEntries.createdAt)),
    db
      .select({ id: distributionKeys.id, version: distributionKeys.version })
      .from(distributionKeys)
      .where(inArray(distributionKeys.id, [...new Set(rows.map((r) => r.keyId))])),
  ]);
  return rows.map((r) => {
    const mine = entries.filter((e) => e.planId === r.id);
    const sumOf = (orgId: string | null, kind: FundingEntryKindEnum | `${FundingEntryKindEnum}`) =>
      mine.filter((e) => e.kind === kind && (orgId === null || e.organisationId === orgId)).reduce((a, e) => a + e.amount, 0);
    const parties = shares
      .filter((s) => s.planId === r.id)
      .map((s) =>
        Object.assign(new FundingParty(), {
          organisationRawId: s.organisationId,
          isRegion: s.organisationId === r.regionOrganisationId,
          committed: s.amount,
          spent: sumOf(s.organisationId, "cost"),
          paid: sumOf(s.organisationId, "payment"),
        }),
      )
      .sort((a, b) =>
        byRegionThenCommitted(a, b) !== 0 ? byRegionThenCommitted(a, b) : a.organisationRawId.localeCompare(b.organisationRawId),
      );
    const region = parties.find((p) => p.isRegion)?.committed ?? 0;
    return Object.assign(new FundingPlan(), {
      __typename: "FundingPlan",
      id: toGlobalId("FundingPlan", r.id),
      rawId: r.id,
      arenaRawId: r.arenaId,
      keyRawId: r.keyId,
      kind: r.kind as FundingPlanKindEnum,
      year: r.year,
      title: r.title,
      totalAmount: r.totalAmount,
      regionBasisPoints: r.regionBasisPoints,
      regionAmount: region,
      municipalitiesAmount: r.totalAmount - region,
      keyVersion: keys.find((k) => k.id === r.keyId)?.version ?? 0,
      parties,
      spent: sumOf(null, "cost"),
      paid: sumOf(null, "payment"),
      entries: mine.map((e) =>
        Object.assign(new FundingEntry(), {
          __typename: "FundingEntry",
          id: toGlobalId("FundingEntry", e.id),
          organisationRawId: e.organisationId,
          kind: e.kind as FundingEntryKindEnum,
          amount: e.amount,
          occurredOn: e.occurredOn,
          note: e.note,
        }),
      ),
    });
  });
}

/** A matter's funding plans; null for those who may not read funding. */
export async function matterFunding(ctx: Context, matterId: string, arenaId: string): Promise<FundingPlan[] | null> {
  if (!(await mayReadFunding(ctx, arenaId))) return null;
  const rows = await ctx.db.select().from(fundingPlans).where(eq(fundingPlans.matterId, matterId)).orderBy(fundingPlans.createdAt);
  return buildPlans(ctx.db, rows);
}

/** An activity's funding plans; null for those who may not read funding. */
export async function activityFundingPlans(ctx: Context, activityId: string, arenaId: string): Promise<FundingPlan[] | null> {
  if (!(await mayReadFunding(ctx, arenaId))) return null;
  const rows = await ctx.db.select().from(fundingPlans).where(eq(fundingPlans.activityId, activityId)).orderBy(fundingPlans.createdAt);
  return buildPlans(ctx.db, rows);
}

/** The year's co-funding of an arena; null for those who may not read funding. */
export async function fundingYear(ctx: Context, arenaId: string, year: number): Promise<FundingYear | null> {
  if (!(await mayReadFunding(ctx, arenaId))) return null;
  const [planRows, keyRows] = await Promise.all([
    ctx.db
      .select()
      .from(fundingPlans)
      .where(and(eq(fundingPlans.arenaId, arenaId), eq(fundingPlans.year, year)))
      .orderBy(fundingPlans.kind, fundingPlans.createdAt),
    ctx.db
      .select()
      .from(distributionKeys)
      .where(and(eq(distributionKeys.arenaId, arenaId), eq(distributionKeys.year, year)))
      .orderBy(desc(distributionKeys.version))
      .limit(1),
  ]);
  const [built, [key]] = await Promise.all([buildPlans(ctx.db, planRows), keysWithShares(ctx.db, keyRows)]);
  const byParty = new Map<string, FundingParty>();
  for (const plan of built)
    for (const p of plan.parties) {
      const sum = byParty.get(p.organisationRawId) ?? Object.assign(new FundingParty(), { ...p, committed: 0, spent: 0, paid: 0 });
      sum.committed += p.committed;
      sum.spent += p.spent;
      sum.paid += p.paid;
      byParty.set(p.organisationRawId, sum);
    }
  // Every party of the key shows, also one with nothing committed yet.
  for (const s of key?.shares ?? [])
    if (!byParty.has(s.organisationRawId))
      byParty.set(
        s.organisationRawId,
        Object.assign(new FundingParty(), { organisationRawId: s.organisationRawId, isRegion: false, committed: 0, spent: 0, paid: 0 }),
      );
  const parties = [...byParty.values()].sort(byRegionThenCommitted);
  return Object.assign(new FundingYear(), { year, key: key ?? null, parties, plans: built });
}

/** Per request: the money of many activities (a plan page, the report) in one statement. */
const fundingLoaders = new WeakMap<Context, DataLoader<string, ActivityFundingSums | null>>();

/**
 * Committed, spent and paid over an activity's funding plans, or null when it has none. Sums
 * only, no party's part: the report that shows them is public.
 */
export function activityFunding(ctx: Context, activityId: string): Promise<ActivityFundingSums | null> {
  let loader = fundingLoaders.get(ctx);
  if (!loader) fundingLoaders.set(ctx, (loader = new DataLoader((ids: readonly string[]) => activityFundingSums(ctx.db, ids))));
  return loader.load(activityId);
}

export interface ActivityFundingSums {
  committed: number;
  spent: number;
  paid: number;
}

/** Committed, spent and paid over the funding plans of each of these activities, in one statement. */
export async function activityFundingSums(db: Database, activityIds: readonly string[]) {
  const rows = await db
    .select({
      activityId: fundingPlans.activityId,
      committed: sql<number>`coalesce(sum(${fundingPlans.totalAmount}), 0)::bigint`,
      spent: sql<number>`coalesce(sum((select coalesce(sum(${fundingEntries.amount}), 0) from ${fundingEntries} where ${fundingEntries.planId} = ${fundingPlans.id} and ${fundingEntries.kind} = 'cost')), 0)::bigint`,
      paid: sql<number>`coalesce(sum((select coalesce(sum(${fundingEntries.amount}), 0) from ${fundingEntries} where ${fundingEntries.planId} = ${fundingPlans.id} and ${fundingEntries.kind} = 'payment')), 0)::bigint`,
    })
    .from(fundingPlans)
    .where(inArray(fundingPlans.activityId, [...activityIds]))
    .groupBy(fundingPlans.activityId);
  return activityIds.map((id) => {
    const r = rows.find((x) => x.activityId === id);
    return r ? { committed: Number(r.committed), spent: Number(r.spent), paid: Number(r.paid) } : null;
  });
}

// ---- changing: the kansli ----

/** A matter of the arena with a decision to approve: what a key or a plan may rest on. */
async function decidedMatter(ctx: Context, tx: Tx, arenaId: string, matterGlobalId: string, field: string) {
  const matterId = inputId(ctx, matterGlobalId, "Matter", field);
  const [m] = await tx
    .select({ id: matters.id, arenaId: matters.arenaId })
    .from(matters)
    .where(
      and(
        eq(matters.id, matterId),
        sql`exists (select 1 from ${matterDecisions} where ${matterDecisions.matterId} = ${matters.id} and ${matterDecisions.outcome} = 'approved')`,
      ),
    );
  if (!m || m.arenaId !== arenaId) fail(ctx.locale, field, "MATTER_NOT_DECIDED");
  return m.id;
}

export function setDistributionKey(ctx: Context, input: SetDistributionKeyInput) {
  return runMutation(ctx, async (tx) => {
    const arenaId = inputId(ctx, input.arenaId, "Arena", "input.arenaId");
    const actorId = requireArenaRole(ctx, arenaId, KANSLI);
    await validateInput(input, ctx.locale);
    for (const [i, s] of input.shares.entries()) await validateInput(s, ctx.locale, `input.shares.${i}`);
    const matterId = await decidedMatter(ctx, tx, arenaId, input.matterId, "input.matterId");
    const orgIds = input.shares.map((s, i) => inputId(ctx, s.organisationId, "Organisation", `input.shares.${i}.organisationId`));
    const parties = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(
          eq(organisations.arenaId, arenaId),
          eq(organisations.kind, "municipality"),
          eq(organisations.isParty, true),
          inArray(organisations.id, orgIds.length > 0 ? orgIds : ["00000000-0000-0000-0000-000000000000"]),
        ),
      );
    if (orgIds.length === 0 || new Set(orgIds).size !== orgIds.length || parties.length !== orgIds.length)
      fail(ctx.locale, "input.shares", "KEY_PARTY");
    const sum = input.shares.reduce((a, s) => a + s.basisPoints, 0);
    if (sum !== WHOLE)
      fail(ctx.locale, "input.shares", "KEY_SUM", { percent: (sum / 100).toFixed(2).replace(".", ctx.locale === "sv" ? "," : ".") });
    // The arena's row serialises versions of its keys: two changes at once get 1 and 2, not 1 twice.
    await tx.execute(sql`select 1 from arenas where id = ${arenaId} for update`);
    const [last] = await tx
      .select({ version: distributionKeys.version })
      .from(distributionKeys)
      .where(and(eq(distributionKeys.arenaId, arenaId), eq(distributionKeys.year, input.year)))
      .orderBy(desc(distributionKeys.version))
      .limit(1);
    const [key] = await tx
      .insert(distributionKeys)
      .values({
        arenaId,
        year: input.year,
        version: (last?.version ?? 0) + 1,
        decidedByMatterId: matterId,
        note: input.note,
        createdBy: actorId,
        createdAt: clock.now(),
      })
      .returning();
    await tx
      .insert(distributionKeyShares)
      .values(input.shares.map((s, i) => ({ keyId: key!.id, organisationId: orgIds[i]!, basisPoints: s.basisPoints })));
    await recordEvent(tx, {
      arenaId,
      actorId,
      subjectType: "DistributionKey",
      subjectId: key!.id,
      kind: FundingEvents.keySet,
      data: { year: key!.year, version: key!.version, matterId },
    });
    return (await keysWithShares(tx, [key!]))[0]!;
  });
}

/** Where a new plan belongs: its arena and what it pays for. */
async function planTarget(ctx: Context, tx: Tx, input: CreateFundingPlanInput) {
  const has = (v: string | null | undefined) => v !== null && v !== undefined && v !== "";
  if (input.kind === "activity" && has(input.activityId) && !has(input.matterId)) {
    const id = inputId(ctx, input.activityId!, "PlanActivity", "input.activityId");
    const [a] = await tx
      .select({ arenaId: planActivities.arenaId, year: plans.year })
      .from(planActivities)
      .innerJoin(plans, eq(plans.id, planActivities.planId))
      .where(eq(planActivities.id, id));
    if (!a) fail(ctx.locale, "input.activityId", "NOT_FOUND");
    return { arenaId: a.arenaId, activityId: id, matterId: null };
  }
  if (input.kind === "matter" && has(input.matterId) && !has(input.activityId)) {
    const id = inputId(ctx, input.matterId!, "Matter", "input.matterId");
    const [m] = await tx.select({ arenaId: matters.arenaId }).from(matters).where(eq(matters.id, id));
    if (!m) fail(ctx.locale, "input.matterId", "NOT_FOUND");
    return { arenaId: m.arenaId, activityId: null, matterId: id };
  }
  if (input.kind === "kansli" && has(input.arenaId) && !has(input.activityId) && !has(input.matterId))
    return { arenaId: inputId(ctx, input.arenaId!, "Arena", "input.arenaId"), activityId: null, matterId: null };
  fail(ctx.locale, "input.kind", "FUNDING_TARGET");
}

/**
 * Makes a plan and its parties' shares: the region's share to the arena's region, the rest split
 * over the key in force for the year, which the plan pins (a later version changes only plans
 * made after it). Shared by the API and the demo seed.
 */
export async function insertFundingPlan(
  tx: Tx,
  p: {
    arenaId: string;
    year: number;
    kind: FundingPlanKind;
    activityId: string | null;
    matterId: string | null;
    title: string;
    totalAmount: number;
    regionBasisPoints: number;
    createdBy: string | null;
  },
): Promise<{ plan: PlanRow; key: KeyRow } | "NO_REGION" | "NO_KEY"> {
  const [region] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.arenaId, p.arenaId), eq(organisations.kind, "region"), eq(organisations.isParty, true)))
    .limit(1);
  if (!region) return "NO_REGION";
  const [key] = await tx
    .select()
    .from(distributionKeys)
    .where(and(eq(distributionKeys.arenaId, p.arenaId), eq(distributionKeys.year, p.year)))
    .orderBy(desc(distributionKeys.version))
    .limit(1);
  if (!key) return "NO_KEY";
  const keyShares = await tx
    .select()
    .from(distributionKeyShares)
    .where(eq(distributionKeyShares.keyId, key.id))
    .orderBy(distributionKeyShares.organisationId);
  const split = splitFunding(
    p.totalAmount,
    p.regionBasisPoints,
    keyShares.map((s) => s.basisPoints),
  );
  const [plan] = await tx
    .insert(fundingPlans)
    .values({ ...p, regionOrganisationId: region.id, keyId: key.id, createdAt: clock.now() })
    .returning();
  await tx
    .insert(fundingShares)
    .values([
      { planId: plan!.id, organisationId: region.id, amount: split.region },
      ...keyShares.map((s, i) => ({ planId: plan!.id, organisationId: s.organisationId, amount: split.parts[i]! })),
    ]);
  return { plan: plan!, key };
}

export function createFundingPlan(ctx: Context, input: CreateFundingPlanInput) {
  return runMutation(ctx, async (tx) => {
    const target = await planTarget(ctx, tx, input);
    const actorId = requireArenaRole(ctx, target.arenaId, KANSLI);
    await validateInput(input, ctx.locale);
    const made = await insertFundingPlan(tx, {
      ...target,
      kind: input.kind,
      year: input.year,
      title: input.title,
      totalAmount: input.totalAmount,
      regionBasisPoints: input.regionBasisPoints,
      createdBy: actorId,
    });
    if (made === "NO_REGION") fail(ctx.locale, null, "NO_REGION");
    if (made === "NO_KEY") fail(ctx.locale, "input.year", "NO_KEY", { year: input.year });
    const { plan, key } = made;
    await recordEvent(tx, {
      arenaId: target.arenaId,
      actorId,
      subjectType: "FundingPlan",
      subjectId: plan.id,
      kind: FundingEvents.planCreated,
      data: {
        title: plan.title,
        totalAmount: plan.totalAmount,
        keyVersion: key.version,
        matterId: target.matterId,
        activityId: target.activityId,
      },
    });
    return (await buildPlans(tx, [plan]))[0]!;
  });
}

export function recordFundingEntry(ctx: Context, input: RecordFundingEntryInput) {
  return runMutation(ctx, async (tx) => {
    const planId = inputId(ctx, input.planId, "FundingPlan", "input.planId");
    const [plan] = await tx.select().from(fundingPlans).where(eq(fundingPlans.id, planId));
    if (!plan) fail(ctx.locale, "input.planId", "NOT_FOUND");
    const actorId = requireArenaRole(ctx, plan.arenaId, KANSLI);
    await validateInput(input, ctx.locale);
    const orgId = inputId(ctx, input.organisationId, "Organisation", "input.organisationId");
    const [share] = await tx
      .select()
      .from(fundingShares)
      .where(and(eq(fundingShares.planId, planId), eq(fundingShares.organisationId, orgId)));
    if (!share) fail(ctx.locale, "input.organisationId", "NOT_A_PLAN_PARTY");
    const [entry] = await tx
      .insert(fundingEntries)
      .values({
        planId,
        organisationId: orgId,
        kind: input.kind,
        amount: input.amount,
        occurredOn: input.occurredOn,
        note: input.note,
        createdBy: actorId,
        createdAt: clock.now(),
      })
      .returning();
    await recordEvent(tx, {
      arenaId: plan.arenaId,
      actorId,
      subjectType: "FundingPlan",
      subjectId: planId,
      kind: FundingEvents.entryRecorded,
      data: { entryId: entry!.id, organisationId: orgId, kind: input.kind, amount: input.amount },
    });
    return (await buildPlans(tx, [plan]))[0]!;
  });
}

/** A plan by id, for node(id): only for those who may read its arena's funding. */
export async function fundingPlanById(ctx: Context, id: string): Promise<FundingPlan | null> {
  const [row] = await ctx.db.select().from(fundingPlans).where(eq(fundingPlans.id, id));
  if (!row || !(await mayReadFunding(ctx, row.arenaId))) return null;
  return (await buildPlans(ctx.db, [row]))[0] ?? null;
}
