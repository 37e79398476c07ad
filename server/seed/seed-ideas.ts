import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../db/index.js";
import { hashPassword } from "../auth/passwords.js";
import { users } from "../modules/accounts/accounts.tables.js";
import { addWorkingDays, swedishDate } from "../shared/working-days.js";
import { guidanceSessions, ideaGuides } from "../modules/guidance/guidance.tables.js";
import { OUT_OF_CASELOAD } from "../modules/guidance/guidance.rules.js";
import { events } from "../modules/audit/audit.tables.js";
import {
  type IdeaStage,
  follows,
  ideaAgendaGoals,
  ideaFocusAreas,
  ideaGoals,
  ideaHealthAreas,
  ideaPlaces,
  ideas,
} from "../modules/ideas/ideas.tables.js";
import { moveIdea } from "../modules/ideas/lifecycle.js";
import { countyParts, organisations } from "../modules/partnership/partnership.tables.js";
import { focusAreas, strategicGoals } from "../modules/strategy/strategy.tables.js";
import { DEMO_PASSWORD, demoAccounts } from "./data/demo-accounts.js";
import { demoBearers, demoIdeas } from "./data/ideas.js";
import { firstPlannedDaysAgo, pilotOf } from "./data/pilots.js";
import type { IdeaSeed } from "./data/types.js";
import { IdeaEvents } from "../modules/ideas/ideas.events.js";
import { ScalingEvents } from "../modules/scaling/scaling.events.js";
import { ideaScaleSteps } from "../modules/scaling/scaling.tables.js";

const DAY = 86_400_000;

const isoDay = (t: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm" }).format(new Date(t));

/**
 * The sessions of an idea in a guide's caseload, so that the demo caseload looks like a guide's
 * week (issue 13): a first meeting a few days after the guide was assigned, and for three ideas in
 * four a follow-up in the last three weeks. The fourth keeps "no contact for a while", as a real
 * caseload has a few.
 */
function caseloadSessions(assigned: Date, now: number, n: number, ideaId: string, guideId: string) {
  const first = Math.min(assigned.getTime() + 4 * DAY, now - DAY);
  const sessions = [
    {
      ideaId,
      heldOn: isoDay(first),
      participants: "Idébäraren och lotsen",
      sharedNotes: "Första samtalet: vi gick igenom idén, vilka som berörs och vad som behövs för att komma vidare.",
      createdBy: guideId,
    },
  ];
  const recent = now - (2 + ((n * 5) % 19)) * DAY;
  if (n % 4 !== 0 && recent > first)
    sessions.push({
      ideaId,
      heldOn: isoDay(recent),
      participants: "Idébäraren och lotsen",
      sharedNotes: "Uppföljning: vi stämde av nästa steg och vad som har hänt sedan sist.",
      createdBy: guideId,
    });
  return sessions;
}

/**
 * The way each seeded stage was reached, from submission on: one story per stage, each step a
 * move of the idea's lifecycle (server/modules/ideas/lifecycle.ts), which checks it.
 */
const PATHS: Record<IdeaStage, IdeaStage[]> = {
  draft: [],
  submitted: ["submitted"],
  needs_info: ["submitted", "needs_info"],
  referred: ["submitted", "referred"],
  declined: ["submitted", "declined"],
  withdrawn: ["submitted", "withdrawn"],
  guidance: ["submitted", "guidance"],
  parked: ["submitted", "guidance", "parked"],
  development: ["submitted", "guidance", "development"],
  testing: ["submitted", "guidance", "development", "testing"],
  scaling: ["submitted", "guidance", "development", "testing", "scaling"],
  adopted: ["submitted", "guidance", "development", "testing", "scaling", "adopted"],
  closed: ["submitted", "guidance", "development", "testing", "closed"],
  merged: ["submitted", "merged"],
};

/**
 * The stages an idea is seeded through here. An idea with a pilot reaches testing and beyond
 * through its cycles (server/seed/seed-pilots.ts): here only the way to its first cycle,
 * which fits before that cycle is planned.
 */
export function pathBeforePilot(seed: IdeaSeed): IdeaStage[] {
  const path = PATHS[seed.stage];
  const testing = path.indexOf("testing");
  return pilotOf(seed.key) && testing >= 0 ? path.slice(0, testing) : path;
}

const COORDINATOR: Record<IdeaSeed["arena"], string> = {
  gavleborg: "koordinator@arena.example",
  dalarna: "dalarna.koordinator@arena.example",
};

/** The arena's demo guide, assigned when the coordinator takes an idea into guidance. */
const GUIDE: Record<IdeaSeed["arena"], string> = {
  gavleborg: "lots@arena.example",
  dalarna: "dalarna.lots@arena.example",
};

/**
 * About forty demo ideas in varied stages, with their timelines. Idempotent: an idea is
 * keyed by its bearer and the client key "seed:<key>", and is left alone once it exists.
 */
export async function seedIdeas(tx: Tx, arenaIds: Map<string, string>, hashOf: (password: string) => Promise<string> = hashPassword) {
  for (const b of demoBearers) {
    await tx
      .insert(users)
      .values({ email: b.email, name: b.name, organisation: b.organisation, sector: b.sector, passwordHash: await hashOf(DEMO_PASSWORD) })
      .onConflictDoNothing();
  }
  const emails = [...demoBearers.map((b) => b.email), ...demoAccounts.map((a) => a.email)].map((e) => e.toLowerCase());
  const people = await tx
    .select({ id: users.id, email: users.email, organisation: users.organisation, sector: users.sector })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, emails));
  const byEmail = new Map(people.map((p) => [p.email.toLowerCase(), p]));
  const bearerOf = (key: string) =>
    byEmail.get(key === "ida" ? "idebarare@arena.example" : demoBearers.find((b) => b.key === key)!.email.toLowerCase())!;

  const now = Date.now();
  let guided = 0;
  for (const seed of demoIdeas) {
    const arenaId = arenaIds.get(seed.arena);
    if (!arenaId) continue;
    const bearer = bearerOf(seed.bearer);
    const clientKey = `seed:${seed.key}`;
    const [exists] = await tx
      .select({ id: ideas.id })
      .from(ideas)
      .where(and(eq(ideas.bearerId, bearer.id), eq(ideas.clientKey, clientKey)));
    if (exists) continue;

    const pilot = pilotOf(seed.key);
    const path = pathBeforePilot(seed);
    const span = pilot ? seed.daysAgo - firstPlannedDaysAgo(pilot) : seed.daysAgo;
    if (pilot && span <= path.length) throw new Error(`Seed idea ${seed.key}: its pilot starts before the idea could reach it`);
    const created = new Date(now - seed.daysAgo * DAY);
    // Each later step a little after the previous one, the last still in the past.
    const stepDays = path.length > 0 ? Math.max(1, Math.floor(span / (path.length + 1))) : 0;
    const at = (i: number) => new Date(created.getTime() + (i + 1) * stepDays * DAY);
    const [idea] = await tx
      .insert(ideas)
      .values({
        arenaId,
        bearerId: bearer.id,
        clientKey,
        title: seed.title,
        summary: seed.summary,
        need: seed.need,
        targetGroup: seed.targetGroup,
        solution: seed.solution,
        expectedBenefit: seed.expectedBenefit,
        triedBefore: seed.triedBefore,
        organisationName: bearer.organisation,
        sector: bearer.sector,
        visibility: seed.visibility,
        consentToContact: true,
        publicNoticeAcceptedAt: path.length > 0 ? at(0) : null,
        submittedAt: path.length > 0 ? at(0) : null,
        // Still waiting for an answer: the default promise of five working days from submission.
        hearBackBy: seed.stage === "submitted" || seed.stage === "needs_info" ? addWorkingDays(swedishDate(at(0)), 5) : null,
        createdAt: created,
        updatedAt: created,
      })
      .returning();
    const ideaId = idea!.id;

    const goals = await tx
      .select({ id: strategicGoals.id, number: strategicGoals.number })
      .from(strategicGoals)
      .where(eq(strategicGoals.arenaId, arenaId));
    const goalIds = goals.filter((g) => seed.goals.includes(g.number)).map((g) => g.id);
    if (goalIds.length > 0) await tx.insert(ideaGoals).values(goalIds.map((goalId) => ({ ideaId, goalId })));
    if (seed.focusAreas && seed.focusAreas.length > 0) {
      const fas = await tx
        .select({ id: focusAreas.id })
        .from(focusAreas)
        .where(and(eq(focusAreas.arenaId, arenaId), inArray(focusAreas.code, seed.focusAreas)));
      if (fas.length > 0) await tx.insert(ideaFocusAreas).values(fas.map((f) => ({ ideaId, focusAreaId: f.id })));
    }
    if (seed.municipalities.length > 0) {
      const orgs = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(eq(organisations.arenaId, arenaId), inArray(organisations.key, seed.municipalities)));
      if (orgs.length > 0) await tx.insert(ideaPlaces).values(orgs.map((o) => ({ ideaId, organisationId: o.id })));
    }
    if (seed.countyParts && seed.countyParts.length > 0) {
      const cps = await tx
        .select({ id: countyParts.id })
        .from(countyParts)
        .where(and(eq(countyParts.arenaId, arenaId), inArray(countyParts.key, seed.countyParts)));
      if (cps.length > 0) await tx.insert(ideaPlaces).values(cps.map((c) => ({ ideaId, countyPartId: c.id })));
    }
    if (seed.agenda2030Goals.length > 0)
      await tx.insert(ideaAgendaGoals).values([...new Set(seed.agenda2030Goals)].map((goalNumber) => ({ ideaId, goalNumber })));
    if (seed.publicHealthTargetAreas.length > 0)
      await tx.insert(ideaHealthAreas).values([...new Set(seed.publicHealthTargetAreas)].map((areaNumber) => ({ ideaId, areaNumber })));

    // The timeline: drafted, submitted by the bearer, then moved on by the arena's coordinator, each step a move of the lifecycle.
    const coordinator = byEmail.get(COORDINATOR[seed.arena])!;
    await tx.insert(events).values({
      arenaId,
      actorId: bearer.id,
      subjectType: "Idea",
      subjectId: ideaId,
      kind: IdeaEvents.created,
      data: { toStage: "draft" },
      createdAt: created,
    });
    let row = idea!;
    for (const [i, stage] of path.entries())
      row = await moveIdea(tx, row, stage, {
        actorId: stage === "submitted" || stage === "withdrawn" ? bearer.id : coordinator.id,
        kind: stage === "submitted" ? IdeaEvents.submitted : stage === "withdrawn" ? IdeaEvents.withdrawn : IdeaEvents.stageChanged,
        data: i === path.length - 1 && stage === seed.stage && seed.reason ? { reason: seed.reason } : {},
        at: at(i),
      });
    const intoGuidance = path.indexOf("guidance");
    if (intoGuidance >= 0) {
      const guide = byEmail.get(GUIDE[seed.arena])!;
      await tx.insert(ideaGuides).values({ ideaId, userId: guide.id, assignedBy: coordinator.id, assignedAt: at(intoGuidance) });
      if (!OUT_OF_CASELOAD.includes(seed.stage))
        await tx.insert(guidanceSessions).values(caseloadSessions(at(intoGuidance), now, ++guided, ideaId, guide.id));
    }

    // An adopted idea without a seeded pilot is part of ordinary work: step 4 of the ladder, as the
    // live rule has it (reaching step 4 while scaling adopts the idea), never step 0.
    if (seed.stage === "adopted" && !pilot) {
      const when = at(path.length - 1);
      await tx.insert(ideaScaleSteps).values({
        ideaId,
        step: 4,
        evidence: "Arbetssättet ingår i ordinarie verksamhet.",
        recordedBy: coordinator.id,
        recordedAt: when,
      });
      await tx.insert(events).values({
        arenaId,
        actorId: coordinator.id,
        subjectType: "Idea",
        subjectId: ideaId,
        kind: ScalingEvents.stepRecorded,
        data: { fromStep: 0, step: 4 },
        createdAt: when,
      });
    }

    // A few followers on the ideas that have come furthest.
    if (["testing", "scaling", "adopted"].includes(seed.stage)) {
      const followers = people.filter((p) => p.id !== bearer.id).slice(0, 3);
      await tx
        .insert(follows)
        .values(followers.map((f) => ({ userId: f.id, ideaId })))
        .onConflictDoNothing();
    }
  }
}
