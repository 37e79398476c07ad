import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../db/index.js";
import * as clock from "../shared/clock.js";
import { users } from "../modules/accounts/accounts.tables.js";
import { matters } from "../modules/matters/matters.tables.js";
import { organisations } from "../modules/partnership/partnership.tables.js";
import { insertFundingPlan } from "../modules/plans/funding.service.js";
import { planActivities } from "../modules/plans/plans.tables.js";
import { distributionKeyShares, distributionKeys, fundingEntries, fundingPlans, fundingShares } from "../modules/plans/funding.tables.js";
import { swedishToday } from "../shared/swedish-date.js";

/**
 * Gävleborg's distribution key: the municipalities' 50 % (004) shared by population (about
 * 288,000 inhabitants; rounded by largest remainder to basis points that sum to 10,000).
 */
export const GAVLEBORG_KEY: Record<string, number> = {
  "gavle-kommun": 3574,
  "sandvikens-kommun": 1384,
  "hudiksvalls-kommun": 1312,
  "bollnas-kommun": 923,
  "soderhamns-kommun": 888,
  "ljusdals-kommun": 663,
  "ovanakers-kommun": 399,
  "hofors-kommun": 330,
  "nordanstigs-kommun": 326,
  "ockelbo-kommun": 201,
};

const KEY_MATTER = "Antagande av Välfärdsstrategi för Gävleborg";
const SIP_MATTER = "Spridning av SIP-lots till länets kommuner";
/** An action-plan activity (seed-plans.ts) with money of its own, so that the follow-up report shows some. */
const SIP_TRAINING = "Gemensam utbildning i SIP för kommun och region";

/**
 * This year's key (decided with the welfare strategy and its agreement), a funding plan on the
 * SIP-lots matter and on the SIP training activity, the kansli's costs (004: one coordinator post each from the region and the
 * municipalities, an administrative post and shared meeting costs), and some payments.
 * Idempotent: an arena with a key for the year keeps what it has.
 */
export async function seedFunding(tx: Tx, arenaIds: Map<string, string>): Promise<void> {
  const arenaId = arenaIds.get("gavleborg");
  if (!arenaId) return;
  const year = Number(swedishToday().slice(0, 4));
  const [existing] = await tx
    .select({ id: distributionKeys.id })
    .from(distributionKeys)
    .where(and(eq(distributionKeys.arenaId, arenaId), eq(distributionKeys.year, year)))
    .limit(1);
  if (existing) return;
  const decided = await tx
    .select({ id: matters.id, title: matters.title })
    .from(matters)
    .where(and(eq(matters.arenaId, arenaId), inArray(matters.title, [KEY_MATTER, SIP_MATTER])));
  const keyMatter = decided.find((m) => m.title === KEY_MATTER);
  const sipMatter = decided.find((m) => m.title === SIP_MATTER);
  if (!keyMatter) return;
  const [coordinator] = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = 'koordinator@arena.example'`);
  const [training] = await tx
    .select({ id: planActivities.id })
    .from(planActivities)
    .where(and(eq(planActivities.arenaId, arenaId), eq(planActivities.title, SIP_TRAINING)))
    .limit(1);
  const orgs = await tx
    .select({ id: organisations.id, key: organisations.key })
    .from(organisations)
    .where(eq(organisations.arenaId, arenaId));
  const orgId = (key: string) => orgs.find((o) => o.key === key)!.id;

  const [key] = await tx
    .insert(distributionKeys)
    .values({
      arenaId,
      year,
      version: 1,
      decidedByMatterId: keyMatter.id,
      note: "Efter folkmängd 31 december föregående år.",
      createdBy: coordinator?.id ?? null,
      createdAt: clock.now(),
    })
    .returning();
  await tx
    .insert(distributionKeyShares)
    .values(Object.entries(GAVLEBORG_KEY).map(([k, bp]) => ({ keyId: key!.id, organisationId: orgId(k), basisPoints: bp })));

  const createdBy = coordinator?.id ?? null;
  const plans = [
    {
      kind: "kansli" as const,
      activityId: null,
      matterId: null,
      title: "Samverkanskansliet: samordnare och administrativ resurs",
      totalAmount: 1_640_000,
    },
    { kind: "kansli" as const, activityId: null, matterId: null, title: "Gemensamma mötesomkostnader", totalAmount: 187_500 },
    ...(sipMatter
      ? [
          {
            kind: "matter" as const,
            activityId: null,
            matterId: sipMatter.id,
            title: "SIP-lots i hela länet: utbildning och gemensam SIP-samordnare",
            totalAmount: 1_250_000,
          },
        ]
      : []),
    ...(training
      ? [
          {
            kind: "activity" as const,
            activityId: training.id,
            matterId: null,
            title: "Utbildningsdagar i SIP för kommun och region",
            totalAmount: 420_000,
          },
        ]
      : []),
  ];
  const made: (typeof fundingPlans.$inferSelect)[] = [];
  for (const p of plans) {
    const r = await insertFundingPlan(tx, { arenaId, year, regionBasisPoints: 5000, createdBy, ...p });
    if (typeof r !== "string") made.push(r.plan);
  }
  // Half a year in: the region and the largest municipalities have paid their first half.
  const firstHalf = `${year}-03-31`;
  const entries = made.flatMap((plan) =>
    ["region-gavleborg", "gavle-kommun", "sandvikens-kommun", "hudiksvalls-kommun"].map((k) => ({ plan, k })),
  );
  const rows =
    made.length === 0
      ? []
      : await tx
          .select()
          .from(fundingShares)
          .where(
            inArray(
              fundingShares.planId,
              made.map((p) => p.id),
            ),
          );
  const payments = entries.flatMap(({ plan, k }) => {
    const share = rows.find((r) => r.planId === plan.id && r.organisationId === orgId(k));
    const half = Math.floor((share?.amount ?? 0) / 2);
    return half > 0
      ? [
          {
            planId: plan.id,
            organisationId: orgId(k),
            kind: "payment" as const,
            amount: half,
            occurredOn: firstHalf,
            note: "Första halvåret",
            createdBy,
          },
        ]
      : [];
  });
  const cost = (kind: "matter" | "activity", amount: number, occurredOn: string, note: string) => {
    const plan = made.find((p) => p.kind === kind);
    return plan
      ? [{ planId: plan.id, organisationId: orgId("region-gavleborg"), kind: "cost" as const, amount, occurredOn, note, createdBy }]
      : [];
  };
  const costs = [
    ...cost("matter", 212_400, `${year}-04-30`, "Utbildningsdagar för lotsar"),
    ...cost("activity", 96_000, `${year}-09-15`, "Två utbildningsdagar i Gävle och Hudiksvall"),
  ];
  if (payments.length + costs.length > 0) await tx.insert(fundingEntries).values([...payments, ...costs]);
}
