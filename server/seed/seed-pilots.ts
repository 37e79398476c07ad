import { randomUUID } from "node:crypto";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../db/index.js";
import { users } from "../modules/accounts/accounts.tables.js";
import { events } from "../modules/audit/audit.tables.js";
import { swedishDate } from "../shared/working-days.js";
import { type IdeaRow, type IdeaStage, ideaAgendaGoals, ideaGoals, ideas } from "../modules/ideas/ideas.tables.js";
import { canMove, moveIdea } from "../modules/ideas/lifecycle.js";
import { learningAgendaGoals, learningGoals, learnings } from "../modules/learning/learning.tables.js";
import { organisations } from "../modules/partnership/partnership.tables.js";
import { accessRequests, evaluations } from "../modules/research/research.tables.js";
import { ideaScaleSteps, municipalityAdoptions } from "../modules/scaling/scaling.tables.js";
import { type CycleDecision, cycleMeasures, cycleMunicipalities, measurements, testCycles } from "../modules/testing/testing.tables.js";
import { demoBearers, demoIdeas } from "./data/ideas.js";
import { demoPilots } from "./data/pilots.js";
import type { CycleSeed, DecisionSeed, IdeaSeed, PilotSeed } from "./data/types.js";
import { pathBeforePilot } from "./seed-ideas.js";
import { resultInWords } from "../modules/testing/cycles.types.js";
import { TestingEvents } from "../modules/testing/testing.events.js";
import { ScalingEvents } from "../modules/scaling/scaling.events.js";
import { ResearchEvents } from "../modules/research/research.events.js";
import { LearningEvents } from "../modules/learning/learning.events.js";
import type { EventKind } from "../shared/events.js";

const DAY = 86_400_000;

/** What a decision does to the idea's stage (as server/modules/testing decides a cycle). */
const DECISION_STAGE: Record<CycleDecision, IdeaStage | null> = { retest: null, pivot: "development", advance: "scaling", stop: "closed" };
const TESTABLE: IdeaStage[] = ["guidance", "development", "testing"];

/** The results of a cycle in words, as the live decision writes them as the evidence of ladder step 2. */
function resultsInWords(number: number, c: CycleSeed, pilot: PilotSeed): string {
  const lines = c.measures.map((cm) => {
    const m = pilot.measures.find((s) => s.key === cm.measure)!;
    // Oldest first, as resultOf reads them: the most days ago comes first.
    const rows = [...cm.values].sort((a, b) => b[0] - a[0]).map(([daysAgo, value]) => ({ measuredOn: String(daysAgo), value }));
    return resultInWords({ name: m.name, unit: m.unit, baseline: cm.baseline, target: cm.target, direction: m.direction }, rows);
  });
  return [`Testcykel ${number}.`, ...lines].join("\n");
}

/** The plan fields a retest's copy was changed in, named as the live update event names them. */
function revisedFields(prev: CycleSeed, next: CycleSeed): string[] {
  const changed: string[] = [];
  for (const f of ["hypothesis", "aim", "site", "hostOrganisation", "targetGroup", "plannedParticipants"] as const)
    if (prev[f] !== next[f]) changed.push(f);
  // A retest's copy has no period; the bearers always set it.
  changed.push("startsOn", "endsOn");
  if ([...prev.municipalities].sort().join() !== [...next.municipalities].sort().join()) changed.push("municipalities");
  const shape = (c: CycleSeed) => c.measures.map((m) => `${m.measure}:${m.baseline}:${m.target}`).join();
  if (shape(prev) !== shape(next)) changed.push("measures");
  return changed;
}

/**
 * The demo pilots: test cycles of demo ideas with their measurements, decisions, learnings,
 * evaluations, ladder steps and spread, dated in the past and with their timeline events, as
 * the live modules would have written them. Idempotent: a pilot is added only to its idea as
 * seeded (same stage) while the idea has no test cycles, and left alone after that.
 */
export async function seedPilots(tx: Tx, arenaIds: Map<string, string>): Promise<void> {
  const now = Date.now();
  const emails = new Set<string>(["idebarare@arena.example", ...demoBearers.map((b) => b.email)]);
  for (const p of demoPilots) {
    emails.add(p.guide);
    for (const c of p.cycles) for (const e of c.evaluations ?? []) emails.add(e.author);
    for (const r of p.accessRequests ?? []) emails.add(r.requester);
  }
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        sql`lower(${users.email})`,
        [...emails].map((e) => e.toLowerCase()),
      ),
    );
  const userId = (email: string) => {
    const u = people.find((x) => x.email.toLowerCase() === email.toLowerCase());
    if (!u) throw new Error(`Seed pilots: no account ${email}`);
    return u.id;
  };

  for (const pilot of demoPilots) {
    const seed = demoIdeas.find((i) => i.key === pilot.idea);
    if (!seed) throw new Error(`Seed pilot ${pilot.idea}: no such demo idea`);
    const arenaId = arenaIds.get(seed.arena);
    if (!arenaId) continue;
    const bearerId = userId(seed.bearer === "ida" ? "idebarare@arena.example" : demoBearers.find((b) => b.key === seed.bearer)!.email);
    const [idea] = await tx
      .select()
      .from(ideas)
      .where(and(eq(ideas.bearerId, bearerId), eq(ideas.clientKey, `seed:${seed.key}`)));
    if (!idea) continue;
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(testCycles).where(eq(testCycles.ideaId, idea.id));
    if (n > 0) continue;
    // The idea's own seed brought it as far as its first cycle; its cycles take it on from there.
    if (idea.stage !== (pathBeforePilot(seed).at(-1) ?? "draft")) continue;
    await seedPilot(tx, pilot, seed, idea, { now, bearerId, userId });
  }
}

interface Who {
  now: number;
  bearerId: string;
  userId: (email: string) => string;
}

async function seedPilot(tx: Tx, pilot: PilotSeed, seed: IdeaSeed, idea: IdeaRow, who: Who) {
  const fail = (what: string): never => {
    throw new Error(`Seed pilot ${pilot.idea}: ${what}`);
  };
  const { now, bearerId } = who;
  const guideId = who.userId(pilot.guide);
  const { arenaId } = idea;
  // Distinct instants, in the order written, even for things done on the same day.
  let tick = 0;
  const at = (daysAgo: number): Date => {
    if (daysAgo < 1) fail(`${daysAgo} days ago is not in the past`);
    return new Date(now - daysAgo * DAY + ++tick * 1000);
  };
  const dateOf = (daysAgo: number) =>
    swedishDate(new Date(now - daysAgo * DAY))
      .toISOString()
      .slice(0, 10);

  const keys = [...new Set([...pilot.cycles.flatMap((c) => c.municipalities), ...(pilot.adoptions ?? []).map((a) => a.municipality)])];
  const orgs =
    keys.length > 0
      ? await tx
          .select({ id: organisations.id, key: organisations.key, name: organisations.name, kind: organisations.kind })
          .from(organisations)
          .where(and(eq(organisations.arenaId, arenaId), inArray(organisations.key, keys)))
      : [];
  const org = (key: string) => {
    const o = orgs.find((x) => x.key === key);
    if (!o || o.kind !== "municipality") return fail(`${key} is not a municipality of the arena`);
    return o;
  };
  const goals = await tx.select({ goalId: ideaGoals.goalId }).from(ideaGoals).where(eq(ideaGoals.ideaId, idea.id));
  const agenda = await tx.select({ n: ideaAgendaGoals.goalNumber }).from(ideaAgendaGoals).where(eq(ideaAgendaGoals.ideaId, idea.id));

  const timeline: (typeof events.$inferInsert)[] = [];
  // Events of one action share its instant; a millisecond apart each, the timeline keeps their order.
  const sameInstant = new Map<number, number>();
  const instant = (when: Date) => {
    const n = sameInstant.get(when.getTime()) ?? 0;
    sameInstant.set(when.getTime(), n + 1);
    return new Date(when.getTime() + n);
  };
  const event = (when: Date, actorId: string, kind: EventKind, data: Record<string, unknown>) => {
    timeline.push({ arenaId, actorId, subjectType: "Idea", subjectId: idea.id, kind, data, createdAt: instant(when) });
  };

  // The idea as its cycles leave it: a cycle's start or decision, or a ladder step, may move it, as the live rules do.
  let moved = idea;
  const eventMoving = async (to: IdeaStage | null, when: Date, actorId: string, kind: EventKind, data: Record<string, unknown>) => {
    if (!to || to === moved.stage) return event(when, actorId, kind, data);
    if (!canMove(moved.stage, to)) fail(`${kind} cannot move the idea from ${moved.stage} to ${to}`);
    moved = await moveIdea(tx, moved, to, { actorId, kind, data, at: instant(when) });
  };
  let step = 0;
  const reachStep = async (s: 1 | 2, evidence: string, cycleId: string, when: Date) => {
    if (step >= s) return;
    step = s;
    await tx.insert(ideaScaleSteps).values({ ideaId: idea.id, step: s, evidence, cycleId, recordedBy: guideId, recordedAt: when });
    event(when, guideId, ScalingEvents.stepReached, { step: s, cycleId });
  };

  const series = new Map(pilot.measures.map((m) => [m.key, randomUUID()]));
  let previous: { id: string; seed: CycleSeed } | null = null;
  for (const [i, c] of pilot.cycles.entries()) {
    const number = i + 1;
    const before: DecisionSeed | undefined = previous?.seed.decision;
    if (previous && !before) fail(`cycle ${number} follows an undecided cycle`);
    if (before && (before.kind === "advance" || before.kind === "stop")) fail(`cycle ${number} follows a decision to ${before.kind}`);
    const retest: boolean = before?.kind === "retest";
    if (retest === (c.plannedDaysAgo !== undefined))
      fail(`cycle ${number}: a retest is planned by its decision, any other cycle by a date`);
    if (retest && c.revisedDaysAgo === undefined) fail(`cycle ${number}: a retest's copied plan needs its period set (revisedDaysAgo)`);
    if (!TESTABLE.includes(moved.stage)) fail(`cycle ${number} planned in stage ${moved.stage}`);
    const plannedAt = at(retest ? before!.daysAgo : c.plannedDaysAgo!);
    const revisedAt = c.revisedDaysAgo !== undefined ? at(c.revisedDaysAgo) : null;
    const startedAt = c.startedDaysAgo !== undefined ? at(c.startedDaysAgo) : null;
    const studiedAt = c.study ? at(c.study.daysAgo) : null;
    const decidedAt = c.decision ? at(c.decision.daysAgo) : null;
    if (!startedAt && (c.study || c.participantsReached !== undefined)) fail(`cycle ${number} studied without being started`);
    if (c.decision && !c.study) fail(`cycle ${number} decided without a study`);
    if (startedAt && c.measures.some((m) => m.baseline === null)) fail(`cycle ${number} started without every baseline`);
    const last = c.decision?.daysAgo ?? 0;
    for (const m of c.measures)
      for (const [d] of m.values)
        if (c.startedDaysAgo === undefined || d > c.startedDaysAgo || d < last)
          fail(`cycle ${number}: a measurement of ${m.measure} outside its run`);

    const [cycle] = await tx
      .insert(testCycles)
      .values({
        ideaId: idea.id,
        number,
        previousCycleId: retest ? previous!.id : null,
        status: c.decision ? "decided" : c.study ? "studied" : startedAt ? "running" : "planned",
        hypothesis: c.hypothesis,
        aim: c.aim,
        site: c.site,
        hostOrganisation: c.hostOrganisation,
        targetGroup: c.targetGroup,
        plannedParticipants: c.plannedParticipants,
        startsOn: dateOf(c.startsDaysAgo),
        endsOn: dateOf(c.endsDaysAgo),
        startedAt,
        participantsReached: c.participantsReached ?? null,
        observations: c.study?.observations ?? "",
        studiedAt,
        decision: c.decision?.kind ?? null,
        decisionRationale: c.decision?.rationale ?? "",
        learnings: c.decision?.learnings ?? "",
        bearerAgreement: c.decision?.bearerAgreement ?? "",
        decidedBy: c.decision ? guideId : null,
        decidedAt,
        version: 1 + (revisedAt ? 1 : 0) + (startedAt ? 1 : 0) + (decidedAt ? 1 : 0),
        createdBy: guideId,
        createdAt: plannedAt,
        updatedAt: decidedAt ?? studiedAt ?? startedAt ?? plannedAt,
      })
      .returning({ id: testCycles.id });
    const cycleId: string = cycle!.id;
    if (c.municipalities.length > 0)
      await tx.insert(cycleMunicipalities).values(c.municipalities.map((k) => ({ cycleId, organisationId: org(k).id })));
    const measures = await tx
      .insert(cycleMeasures)
      .values(
        c.measures.map((cm, position) => {
          const m = pilot.measures.find((s) => s.key === cm.measure) ?? fail(`cycle ${number} names an unknown measure ${cm.measure}`);
          return {
            cycleId,
            seriesId: series.get(m.key)!,
            position,
            name: m.name,
            unit: m.unit,
            baseline: cm.baseline,
            target: cm.target,
            direction: m.direction,
            createdAt: plannedAt,
          };
        }),
      )
      .returning({ id: cycleMeasures.id, position: cycleMeasures.position });
    const values = c.measures.flatMap((cm, position) =>
      cm.values.map(([d, value, note]) => ({
        measureId: measures.find((m) => m.position === position)!.id,
        measuredOn: dateOf(d),
        value,
        note: note ?? "",
        recordedBy: bearerId,
        createdAt: new Date(now - d * DAY),
      })),
    );
    if (values.length > 0) await tx.insert(measurements).values(values);

    // Plan (by the guide, or by the decision to retest), adjusted by the bearers, started, studied, decided.
    event(plannedAt, guideId, TestingEvents.planned, { cycleId, number, ...(retest ? { retestOf: previous!.id } : {}) });
    await reachStep(1, `Testcykel ${number} planerad. Hypotes: ${c.hypothesis}`, cycleId, plannedAt);
    if (revisedAt)
      event(revisedAt, bearerId, TestingEvents.updated, {
        cycleId,
        number,
        changed: retest ? revisedFields(previous!.seed, c) : ["startsOn", "endsOn"],
      });
    if (startedAt) await eventMoving("testing", startedAt, bearerId, TestingEvents.started, { cycleId, number });
    if (studiedAt) event(studiedAt, bearerId, TestingEvents.studied, { cycleId, number, again: false });
    for (const e of c.evaluations ?? []) {
      const authorId = who.userId(e.author);
      const createdAt = at(e.daysAgo);
      const sharedAt = e.sharedDaysAgo !== undefined ? at(e.sharedDaysAgo) : null;
      const [row] = await tx
        .insert(evaluations)
        .values({
          cycleId,
          authorId,
          method: e.method,
          dataSources: e.dataSources,
          findings: e.findings,
          confidence: e.confidence,
          ethicsNotes: e.ethicsNotes,
          sharedWithBearersAt: sharedAt,
          createdAt,
          updatedAt: sharedAt ?? createdAt,
        })
        .returning({ id: evaluations.id });
      // Internal to the arena: on the evaluation, not on the idea's public timeline.
      const audit = { arenaId, actorId: authorId, subjectType: "Evaluation", subjectId: row!.id, data: { ideaId: idea.id, cycleId } };
      timeline.push({ ...audit, kind: ResearchEvents.evaluationRecorded, createdAt });
      if (sharedAt) timeline.push({ ...audit, kind: ResearchEvents.evaluationShared, createdAt: sharedAt });
    }
    if (c.decision && decidedAt) {
      const d = c.decision;
      const when = decidedAt;
      await eventMoving(DECISION_STAGE[d.kind], when, guideId, TestingEvents.decided, {
        cycleId,
        number,
        decision: d.kind,
        reason: d.rationale,
      });
      const publish = d.publish !== false;
      const [learning] = await tx
        .insert(learnings)
        .values({
          arenaId,
          ideaId: idea.id,
          cycleId,
          outcome: d.kind,
          title: d.learningTitle,
          body: d.learnings,
          targetGroup: c.targetGroup || seed.targetGroup,
          publishedAt: publish ? when : null,
          publishedBy: publish ? guideId : null,
          createdBy: guideId,
          createdAt: when,
          updatedAt: when,
        })
        .returning({ id: learnings.id });
      const learningId = learning!.id;
      // Tagged with the idea's goals, as recordLearning (server/modules/learning) tags a live decision's entry.
      if (goals.length > 0) await tx.insert(learningGoals).values(goals.map((g) => ({ learningId, goalId: g.goalId })));
      if (agenda.length > 0) await tx.insert(learningAgendaGoals).values(agenda.map((g) => ({ learningId, goalNumber: g.n })));
      event(when, guideId, LearningEvents.recorded, { learningId, cycleId, outcome: d.kind, published: publish });
      if (d.kind === "advance") await reachStep(2, `${resultsInWords(number, c, pilot)}\n${d.rationale}`, cycleId, when);
    }
    previous = { id: cycleId, seed: c };
  }

  // After the cycles: the steps the team recorded and the municipalities' adoption, in the order they happened.
  type Later = { daysAgo: number; run: () => Promise<void> };
  const later: Later[] = [];
  for (const s of pilot.steps ?? [])
    later.push({
      daysAgo: s.daysAgo,
      run: async () => {
        if (s.step <= step) fail(`step ${s.step} recorded after step ${step}`);
        const when = at(s.daysAgo);
        await tx
          .insert(ideaScaleSteps)
          .values({ ideaId: idea.id, step: s.step, evidence: s.evidence, recordedBy: guideId, recordedAt: when });
        // As the ladder's live rule: reaching step 4 while scaling makes the idea adopted.
        await eventMoving(s.step === 4 && moved.stage === "scaling" ? "adopted" : null, when, guideId, ScalingEvents.stepRecorded, {
          fromStep: step,
          step: s.step,
        });
        step = s.step;
      },
    });
  for (const a of pilot.adoptions ?? []) {
    const o = org(a.municipality);
    const history = [...(a.earlier ?? []), { status: a.status, daysAgo: a.daysAgo }];
    history.forEach((h, k) =>
      later.push({
        daysAgo: h.daysAgo,
        run: async () => {
          const when = at(h.daysAgo);
          if (k === history.length - 1)
            await tx
              .insert(municipalityAdoptions)
              .values({ ideaId: idea.id, organisationId: o.id, status: a.status, note: a.note, updatedBy: guideId, updatedAt: when });
          event(when, guideId, ScalingEvents.adoptionSet, {
            organisationId: o.id,
            municipality: o.name,
            fromStatus: k === 0 ? null : history[k - 1]!.status,
            toStatus: h.status,
          });
        },
      }),
    );
  }
  for (const l of later.sort((x, y) => y.daysAgo - x.daysAgo)) await l.run();

  for (const r of pilot.accessRequests ?? []) {
    if (seed.visibility === "public") fail("a public idea needs no access request");
    const requesterId = who.userId(r.requester);
    const createdAt = at(r.daysAgo);
    const [row] = await tx
      .insert(accessRequests)
      .values({ ideaId: idea.id, requesterId, reason: r.reason, status: "pending", createdAt, updatedAt: createdAt })
      .returning({ id: accessRequests.id });
    timeline.push({
      arenaId,
      actorId: requesterId,
      subjectType: "AccessRequest",
      subjectId: row!.id,
      kind: "access_request.created",
      data: { ideaId: idea.id },
      createdAt,
    });
  }

  if (moved.stage !== seed.stage) fail(`its cycles leave the idea in stage ${moved.stage}, but it is seeded as ${seed.stage}`);
  if (timeline.length > 0) await tx.insert(events).values(timeline);
}
