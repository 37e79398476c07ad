// The seed reads the testing module's types (type-graphql classes), whichever entry point loads it first.
import "reflect-metadata";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database, Tx } from "../db/index.js";
import { hashPassword } from "../auth/passwords.js";
import { type Role, roleGrants, users } from "../modules/accounts/accounts.tables.js";
import { arenas, bodies, bodyMemberships, countyParts, organisations } from "../modules/partnership/partnership.tables.js";
import {
  agenda2030Goals,
  focusAreas,
  publicHealthTargetAreas,
  scaleUpSteps,
  skrIndicators,
  strategicGoals,
  strategies,
  strategyAgenda2030Goals,
  strategyAreas,
} from "../modules/strategy/strategy.tables.js";
import { dalarna } from "./data/dalarna.js";
import { demoAccounts } from "./data/demo-accounts.js";
import { gavleborg } from "./data/gavleborg.js";
import { reference } from "./data/reference.js";
import { seedIdeas } from "./seed-ideas.js";
import { seedPilots } from "./seed-pilots.js";
import { seedMatterDispatches } from "./seed-dispatch.js";
import { seedIndicatorValues } from "./seed-indicators.js";
import { seedGoodExamples } from "./seed-places.js";
import { seedInsight } from "./seed-insight.js";
import { seedMatters } from "./seed-matters.js";
import { seedWheel } from "./seed-wheel.js";
import { seedFunding } from "./seed-funding.js";
import { seedPlans } from "./seed-plans.js";
import { indicators } from "../modules/indicators/indicators.tables.js";
import { seedSupportActors } from "./seed-support.js";
import type { ArenaSeed } from "./data/types.js";

const excluded = (col: string) => sql.raw(`excluded.${col}`);

async function seedReference(tx: Tx) {
  for (const g of reference.agenda2030Goals)
    await tx
      .insert(agenda2030Goals)
      .values({ number: g.number, titleSv: g.title.sv, titleEn: g.title.en })
      .onConflictDoUpdate({ target: agenda2030Goals.number, set: { titleSv: excluded("title_sv"), titleEn: excluded("title_en") } });
  for (const a of reference.publicHealthTargetAreas)
    await tx
      .insert(publicHealthTargetAreas)
      .values({ number: a.number, titleSv: a.title.sv, titleEn: a.title.en })
      .onConflictDoUpdate({
        target: publicHealthTargetAreas.number,
        set: { titleSv: excluded("title_sv"), titleEn: excluded("title_en") },
      });
  for (const i of reference.skrIndicators)
    await tx
      .insert(skrIndicators)
      .values({ number: i.number, group: i.group, titleSv: i.title.sv, titleEn: i.title.en })
      .onConflictDoUpdate({
        target: skrIndicators.number,
        set: { group: excluded("group"), titleSv: excluded("title_sv"), titleEn: excluded("title_en") },
      });
  for (const s of reference.scaleUpSteps)
    await tx
      .insert(scaleUpSteps)
      .values({ step: s.step, titleSv: s.title.sv, titleEn: s.title.en, descriptionSv: s.description.sv, descriptionEn: s.description.en })
      .onConflictDoUpdate({
        target: scaleUpSteps.step,
        set: {
          titleSv: excluded("title_sv"),
          titleEn: excluded("title_en"),
          descriptionSv: excluded("description_sv"),
          descriptionEn: excluded("description_en"),
        },
      });
}

/** Upserts one arena pack by natural keys; returns the arena id. Structure edited in the app since is overwritten only where the pack names it. */
export async function seedArena(tx: Tx, pack: ArenaSeed): Promise<string> {
  const [arena] = await tx
    .insert(arenas)
    .values({
      slug: pack.slug,
      nameSv: pack.name.sv,
      nameEn: pack.name.en,
      region: pack.region,
      countyCode: pack.countyCode ?? null,
      descriptionSv: pack.description.sv,
      descriptionEn: pack.description.en,
    })
    .onConflictDoUpdate({
      target: arenas.slug,
      set: {
        nameSv: excluded("name_sv"),
        nameEn: excluded("name_en"),
        region: excluded("region"),
        countyCode: excluded("county_code"),
        descriptionSv: excluded("description_sv"),
        descriptionEn: excluded("description_en"),
      },
    })
    .returning({ id: arenas.id });
  const arenaId = arena!.id;

  const cpIds = new Map<string, string>();
  for (const cp of pack.countyParts) {
    const [row] = await tx
      .insert(countyParts)
      .values({ arenaId, key: cp.key, name: cp.name })
      .onConflictDoUpdate({ target: [countyParts.arenaId, countyParts.key], set: { name: excluded("name") } })
      .returning({ id: countyParts.id });
    cpIds.set(cp.key, row!.id);
  }

  const orgIds = new Map<string, string>();
  for (const o of pack.organisations) {
    const values = {
      arenaId,
      key: o.key,
      name: o.name,
      kind: o.kind,
      sector: o.sector,
      isParty: o.isParty,
      countyPartId: o.countyPart ? cpIds.get(o.countyPart)! : null,
      contactName: o.contact?.name ?? "",
      contactEmail: o.contact?.email ?? "",
      municipalityCode: o.municipalityCode ?? null,
    };
    const [row] = await tx
      .insert(organisations)
      .values(values)
      .onConflictDoUpdate({
        target: [organisations.arenaId, organisations.key],
        set: {
          name: values.name,
          kind: values.kind,
          sector: values.sector,
          isParty: values.isParty,
          countyPartId: values.countyPartId,
          contactName: values.contactName,
          contactEmail: values.contactEmail,
          municipalityCode: values.municipalityCode,
        },
      })
      .returning({ id: organisations.id });
    orgIds.set(o.key, row!.id);
  }

  const bodyIds = new Map<string, string>();
  // Parents before children: the pack may list them in any order.
  const pending = [...pack.bodies];
  while (pending.length > 0) {
    const i = pending.findIndex((b) => !b.parent || bodyIds.has(b.parent));
    if (i < 0) throw new Error(`Seed pack ${pack.slug}: body parents form a cycle or name a missing body`);
    const b = pending.splice(i, 1)[0]!;
    const values = {
      arenaId,
      key: b.key,
      name: b.name,
      kind: b.kind,
      level: b.level,
      parentId: b.parent ? bodyIds.get(b.parent)! : null,
      countyPartId: b.countyPart ? cpIds.get(b.countyPart)! : null,
      descriptionSv: b.description.sv,
      descriptionEn: b.description.en,
      temporary: b.temporary ?? false,
    };
    const [row] = await tx
      .insert(bodies)
      .values(values)
      .onConflictDoUpdate({
        target: [bodies.arenaId, bodies.key],
        set: {
          name: values.name,
          kind: values.kind,
          level: values.level,
          parentId: values.parentId,
          countyPartId: values.countyPartId,
          descriptionSv: values.descriptionSv,
          descriptionEn: values.descriptionEn,
          temporary: values.temporary,
        },
      })
      .returning({ id: bodies.id });
    bodyIds.set(b.key, row!.id);
    for (const [sort, orgKey] of (b.members ?? []).entries()) {
      const organisationId = orgIds.get(orgKey);
      if (!organisationId) throw new Error(`Seed pack ${pack.slug}: body ${b.key} names unknown organisation ${orgKey}`);
      const [exists] = await tx
        .select({ id: bodyMemberships.id })
        .from(bodyMemberships)
        .where(
          and(eq(bodyMemberships.bodyId, row!.id), eq(bodyMemberships.organisationId, organisationId), isNull(bodyMemberships.userId)),
        );
      if (!exists) await tx.insert(bodyMemberships).values({ bodyId: row!.id, organisationId, sort });
    }
  }

  const s = pack.strategy;
  const [strategy] = await tx
    .insert(strategies)
    .values({
      arenaId,
      key: s.key,
      nameSv: s.name.sv,
      nameEn: s.name.en,
      overallGoalSv: s.overallGoal.sv,
      overallGoalEn: s.overallGoal.en,
      fromYear: s.fromYear,
      toYear: s.toYear,
    })
    .onConflictDoUpdate({
      target: [strategies.arenaId, strategies.key],
      set: {
        nameSv: excluded("name_sv"),
        nameEn: excluded("name_en"),
        overallGoalSv: excluded("overall_goal_sv"),
        overallGoalEn: excluded("overall_goal_en"),
        fromYear: excluded("from_year"),
        toYear: excluded("to_year"),
      },
    })
    .returning({ id: strategies.id });
  const strategyId = strategy!.id;
  for (const n of s.agenda2030Goals) await tx.insert(strategyAgenda2030Goals).values({ strategyId, goalNumber: n }).onConflictDoNothing();
  for (const [areaSort, a] of s.areas.entries()) {
    const [area] = await tx
      .insert(strategyAreas)
      .values({ arenaId, strategyId, key: a.key, nameSv: a.name.sv, nameEn: a.name.en, sort: areaSort })
      .onConflictDoUpdate({
        target: [strategyAreas.strategyId, strategyAreas.key],
        set: { nameSv: excluded("name_sv"), nameEn: excluded("name_en"), sort: excluded("sort") },
      })
      .returning({ id: strategyAreas.id });
    for (const g of a.goals) {
      const [goal] = await tx
        .insert(strategicGoals)
        .values({ arenaId, strategyId, areaId: area!.id, number: g.number, titleSv: g.title.sv, titleEn: g.title.en })
        .onConflictDoUpdate({
          target: [strategicGoals.strategyId, strategicGoals.number],
          set: { areaId: excluded("area_id"), titleSv: excluded("title_sv"), titleEn: excluded("title_en") },
        })
        .returning({ id: strategicGoals.id });
      for (const [sort, f] of g.focusAreas.entries())
        await tx
          .insert(focusAreas)
          .values({ arenaId, strategyId, goalId: goal!.id, code: f.code, titleSv: f.title.sv, titleEn: f.title.en, sort })
          .onConflictDoUpdate({
            target: [focusAreas.strategyId, focusAreas.code],
            set: { goalId: excluded("goal_id"), titleSv: excluded("title_sv"), titleEn: excluded("title_en"), sort: excluded("sort") },
          });
    }
  }
  // SKR's 22 as the arena's indicators, kept where the arena has edited them since.
  for (const i of reference.skrIndicators)
    await tx
      .insert(indicators)
      .values({
        arenaId,
        key: `skr-${String(i.number).padStart(2, "0")}`,
        titleSv: i.title.sv,
        titleEn: i.title.en,
        source: "kolada",
        level: "municipality",
        skrNumber: i.number,
      })
      .onConflictDoNothing();
  return arenaId;
}

// argon2 is slow by design; the demo accounts share one password, so hash it once per process.
const hashes = new Map<string, Promise<string>>();
const demoHash = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
};

async function seedAccounts(tx: Tx, arenaIds: Map<string, string>) {
  for (const a of demoAccounts) {
    await tx
      .insert(users)
      .values({ email: a.email, name: a.name, organisation: a.organisation, sector: a.sector, passwordHash: await demoHash(a.password) })
      .onConflictDoNothing();
    const [u] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, a.email.toLowerCase()));
    for (const [slug, roles] of Object.entries(a.roles)) {
      const arenaId = arenaIds.get(slug);
      if (!arenaId) continue;
      for (const role of roles as Role[]) await tx.insert(roleGrants).values({ userId: u!.id, arenaId, role }).onConflictDoNothing();
    }
    if (a.seat) {
      const arenaId = arenaIds.get(a.seat.arena)!;
      const [body] = await tx
        .select({ id: bodies.id })
        .from(bodies)
        .where(and(eq(bodies.arenaId, arenaId), eq(bodies.key, a.seat.body)));
      if (body) {
        const [exists] = await tx
          .select({ id: bodyMemberships.id })
          .from(bodyMemberships)
          .where(and(eq(bodyMemberships.bodyId, body.id), eq(bodyMemberships.userId, u!.id)));
        if (!exists) await tx.insert(bodyMemberships).values({ bodyId: body.id, userId: u!.id, role: a.seat.role, sort: 100 });
      }
    }
  }
}

export interface SeedOptions {
  /** Demo accounts (off for a production installation that only wants the structure). */
  accounts?: boolean;
  /** About forty demo ideas and their timelines, and the pilots (test cycles) of some (needs the demo accounts). */
  ideas?: boolean;
}

/** Idempotent: running it twice leaves the same data. */
export async function seed(db: Database, opts: SeedOptions = {}): Promise<void> {
  await db.transaction(async (tx) => {
    await seedReference(tx);
    const arenaIds = new Map<string, string>();
    for (const pack of [gavleborg, dalarna]) arenaIds.set(pack.slug, await seedArena(tx, pack));
    await seedSupportActors(tx, arenaIds);
    if (opts.accounts !== false) {
      await seedAccounts(tx, arenaIds);
      if (opts.ideas !== false) {
        await seedIdeas(tx, arenaIds, demoHash);
        await seedPilots(tx, arenaIds);
        await seedMatters(tx, arenaIds);
        await seedMatterDispatches(tx, arenaIds);
        await seedPlans(tx, arenaIds);
        await seedIndicatorValues(tx, arenaIds);
        await seedGoodExamples(tx, arenaIds);
        await seedInsight(tx, arenaIds);
        await seedWheel(tx, arenaIds);
        await seedFunding(tx, arenaIds);
      }
    }
  });
}

export async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(arenas);
  return (row?.n ?? 0) === 0;
}
