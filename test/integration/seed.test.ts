import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "../../server/db/index.js";
import { users } from "../../server/modules/accounts/accounts.tables.js";
import { INSIGHT_HISTORY_IDEAS } from "../../server/seed/seed-insight.js";
import { ideas } from "../../server/modules/ideas/ideas.tables.js";
import { learningGoals, learnings } from "../../server/modules/learning/learning.tables.js";
import { accessRequests, evaluations } from "../../server/modules/research/research.tables.js";
import { supportActorArenas, supportActors } from "../../server/modules/support/support.tables.js";
import { testCycles } from "../../server/modules/testing/testing.tables.js";
import { seed } from "../../server/seed/seed.js";
import { useTestServer } from "../support/app.js";
import { demo } from "../support/client.js";
import { resetDatabase, testDatabase } from "../support/database.js";
import { graphql } from "../support/graphql.js";

const Ideas = graphql(`
  query SeededIdeas($arena: String, $stages: [IdeaStage!], $search: String) {
    ideas(arena: $arena, stages: $stages, search: $search, first: 100) {
      totalCount
      edges {
        node {
          id
          title
          stage
          timeline {
            kind
            toStage
          }
        }
      }
    }
  }
`);
const Mine = graphql(`
  query SeededMine {
    myIdeas(first: 50) {
      edges {
        node {
          stage
        }
      }
    }
  }
`);

const IdeaGuides = graphql(`
  query SeededIdeaGuides($id: ID!) {
    idea(id: $id) {
      guides {
        name
      }
    }
  }
`);

const Pilots = graphql(`
  query SeededPilots($arena: String, $search: String) {
    ideas(arena: $arena, search: $search, first: 100) {
      edges {
        node {
          id
          title
          stage
          scaleStep {
            step
            evidence
          }
          adoptionSummary {
            planned
            testing
            adopted
            declined
          }
          adoptions {
            municipality {
              name
            }
            status
          }
          timeline {
            kind
            toStage
          }
          testCycles {
            number
            status
            decision
            participantsReached
            previousCycle {
              number
            }
            measures {
              name
              seriesId
              baseline
              target
              measurements {
                value
              }
              result {
                value
                outcome
              }
            }
          }
        }
      }
    }
  }
`);
const Library = graphql(`
  query SeededLearnings($search: String, $outcome: CycleDecision) {
    learnings(search: $search, outcome: $outcome, first: 50) {
      totalCount
      edges {
        node {
          title
          outcome
          published
          ideaTitle
          cycleNumber
        }
      }
    }
  }
`);

const { client } = useTestServer();

async function counts(db: Database) {
  const rows = await db.execute<{ t: string; n: number }>(
    sql`select 'ideas' as t, count(*)::int as n from ideas union all select 'users', count(*)::int from users union all select 'events', count(*)::int from events union all select 'organisations', count(*)::int from organisations union all select 'focus_areas', count(*)::int from focus_areas`,
  );
  const list = Array.isArray(rows) ? rows : (rows as unknown as { rows: { t: string; n: number }[] }).rows;
  return Object.fromEntries(list.map((r) => [r.t, Number(r.n)]));
}

describe("the demo seed", () => {
  it("holds about forty ideas across both arenas in varied stages, with timelines, and is idempotent", async () => {
    const { db } = await resetDatabase({ ideas: true });
    // The demo's own forty, and the dashboard's finished history (seed-insight.ts).
    expect((await counts(db)).ideas).toBe(40 + INSIGHT_HISTORY_IDEAS);

    const anon = client();
    const g = await anon.ok(Ideas, { arena: "gavleborg" });
    const d = await anon.ok(Ideas, { arena: "dalarna" });
    expect(g.ideas.totalCount + d.ideas.totalCount).toBeGreaterThanOrEqual(30); // public, past draft, not withdrawn
    expect(d.ideas.totalCount).toBeGreaterThanOrEqual(8);
    const stages = new Set([...g.ideas.edges, ...d.ideas.edges].map((e) => e.node.stage));
    for (const s of ["SUBMITTED", "GUIDANCE", "DEVELOPMENT", "TESTING", "SCALING", "ADOPTED", "CLOSED"]) expect(stages).toContain(s);
    const adopted = [...g.ideas.edges, ...d.ideas.edges].find((e) => e.node.stage === "ADOPTED")!.node;
    expect(adopted.timeline.flatMap((e) => (e.toStage ? [e.toStage] : []))).toEqual([
      "DRAFT",
      "SUBMITTED",
      "GUIDANCE",
      "DEVELOPMENT",
      "TESTING",
      "SCALING",
      "ADOPTED",
    ]);

    // The demo bearer has drafts of her own to continue.
    const ida = await client().signInAs(demo.bearer);
    expect((await ida.ok(Mine)).myIdeas.edges.filter((e) => e.node.stage === "DRAFT").length).toBeGreaterThanOrEqual(1);

    // Swedish search over the demo: an inflected form.
    expect((await anon.ok(Ideas, { search: "äldre" })).ideas.totalCount).toBeGreaterThanOrEqual(2);

    const before = await counts(db);
    await seed(db);
    expect(await counts(db)).toEqual(before);
  }, 90_000); // seeds the demo twice: slow on a busy two-core machine

  it("holds pilots with several cycles, decisions, learnings, ladder steps and spread", async () => {
    const { db } = await resetDatabase({ ideas: true });
    const researcher = await client().signInAs(demo.researcher);
    const byTitle = async (arena: string, start: string) => {
      const page = await researcher.ok(Pilots, { arena });
      const idea = page.ideas.edges.map((e) => e.node).find((n) => n.title.startsWith(start));
      expect(idea, start).toBeDefined();
      return idea!;
    };

    // FOKUS 20-25 in Dalarna: 50 contacts, 45 coached, 33 moved on; retested for 16–25, then advanced.
    const fokus = await byTitle("dalarna", "Gemensam ungdomscoach");
    expect(fokus.stage).toBe("SCALING");
    const [f1, f2] = fokus.testCycles!;
    expect(f1).toMatchObject({ number: 1, status: "DECIDED", decision: "RETEST", participantsReached: 45 });
    expect(f1!.measures.map((m) => [m.name, m.result.value, m.result.outcome])).toEqual([
      ["Unga och anhöriga som tagit kontakt med coachen", 50, "MET"],
      ["Unga som genomgått coachning", 45, "MET"],
      ["Unga som kommit vidare mot egen försörjning (studier eller arbete)", 33, "MET"],
    ]);
    expect(f2).toMatchObject({ number: 2, decision: "ADVANCE", previousCycle: { number: 1 } });
    // The same measure lines up across cycles through its series; a measure new in cycle 2 has its own.
    expect(f2!.measures.slice(0, 3).map((m) => m.seriesId)).toEqual(f1!.measures.map((m) => m.seriesId));
    expect(new Set(f2!.measures.map((m) => m.seriesId)).size).toBe(4);
    expect(fokus.scaleStep.step).toBe(3);
    expect(fokus.adoptionSummary).toEqual({ planned: 1, testing: 0, adopted: 3, declined: 0 });

    // CROSS: two cycles in Gävle, then spread to six municipalities of the county (one declined).
    const cross = await byTitle("gavleborg", "CROSS-modell i Gävle");
    expect(cross.stage).toBe("SCALING");
    expect(cross.testCycles!.map((c) => c.decision)).toEqual(["RETEST", "ADVANCE"]);
    expect(cross.testCycles![1]!.measures.every((m) => m.result.outcome === "MET")).toBe(true);
    expect(cross.adoptions.filter((a) => a.status && a.status !== "DECLINED")).toHaveLength(6);
    expect(cross.adoptionSummary).toEqual({ planned: 2, testing: 2, adopted: 2, declined: 1 });
    expect(cross.scaleStep.step).toBe(3);
    const crossSteps = cross.timeline.filter((e) => e.kind === "scaling.step_reached");
    expect(crossSteps).toHaveLength(2); // 1 on the first plan, 2 on advance

    // Preventive home visits in Hofors: retest, cycle 2 running with measurements below and above target.
    const hofors = await byTitle("gavleborg", "Förebyggande hembesök");
    expect(hofors.stage).toBe("TESTING");
    expect(hofors.testCycles!.map((c) => [c.status, c.decision, c.previousCycle?.number ?? null])).toEqual([
      ["DECIDED", "RETEST", null],
      ["RUNNING", null, 1],
    ]);
    expect(hofors.testCycles![0]!.measures[0]!.result).toEqual({ value: 38, outcome: "NOT_MET" });
    expect(hofors.testCycles![1]!.measures[0]!.result).toEqual({ value: 64, outcome: "MET" });
    expect(hofors.adoptions.filter((a) => a.status)).toEqual([{ municipality: { name: "Hofors kommun" }, status: "TESTING" }]);
    // Its guide was assigned when it came into guidance, and has it in the caseload.
    const guide = await client().signInAs(demo.guide);
    expect((await guide.ok(IdeaGuides, { id: hofors.id })).idea!.guides!.map((g) => g.name)).toEqual(["Gustav Lots"]);

    // BarnSäkert locally: a pivot back to development, then a new cycle (not a retest) moved it to testing again.
    const barn = await byTitle("gavleborg", "Trygga barn");
    expect(barn.stage).toBe("TESTING");
    expect(barn.testCycles!.map((c) => [c.decision, c.previousCycle])).toEqual([
      ["PIVOT", null],
      [null, null],
    ]);
    expect(barn.timeline.flatMap((e) => (e.toStage ? [e.toStage] : [])).slice(-3)).toEqual(["TESTING", "DEVELOPMENT", "TESTING"]);

    // The stopped test: closed by its decision, its learnings published in the library.
    const sms = await byTitle("gavleborg", "Sms-påminnelser");
    expect(sms.stage).toBe("CLOSED");
    expect(sms.testCycles!.map((c) => c.decision)).toEqual(["RETEST", "STOP"]);
    expect(sms.timeline.filter((e) => e.toStage).at(-1)).toMatchObject({ kind: "test_cycle.decided", toStage: "CLOSED" });
    const stops = await client().ok(Library, { outcome: "STOP" });
    expect(stops.learnings.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ outcome: "STOP", published: true, cycleNumber: 2, ideaTitle: sms.title }),
    );
    // Found in Swedish by an inflected form.
    expect((await client().ok(Library, { search: "träffpunkt" })).learnings.totalCount).toBeGreaterThanOrEqual(1);

    // SIP-lots went all the way: ladder step 4 made it adopted.
    const sip = await byTitle("gavleborg", "SIP-lots");
    expect(sip.stage).toBe("ADOPTED");
    expect(sip.scaleStep.step).toBe(4);
    expect(sip.testCycles!.reduce((n, c) => n + (c.participantsReached ?? 0), 0)).toBe(34);

    // Every decided cycle filed one learning, tagged with its idea's goals.
    const decided = await db.select({ id: testCycles.id }).from(testCycles).where(eq(testCycles.status, "decided"));
    const filed = await db.select({ id: learnings.id, cycleId: learnings.cycleId, publishedAt: learnings.publishedAt }).from(learnings);
    // Published for most; one kept internal (BarnSäkert's pivot).
    expect(filed.filter((l) => l.publishedAt === null)).toHaveLength(1);
    expect(filed.map((l) => l.cycleId).sort()).toEqual(decided.map((c) => c.id).sort());
    const tagged = await db
      .select({ id: learningGoals.learningId })
      .from(learningGoals)
      .where(
        inArray(
          learningGoals.learningId,
          filed.map((l) => l.id),
        ),
      );
    expect(new Set(tagged.map((t) => t.id)).size).toBe(filed.length);

    // Evaluations by the researcher: shared with the bearers and internal ones.
    const [rut] = await db.select({ id: users.id }).from(users).where(eq(users.email, demo.researcher));
    const evals = await db.select().from(evaluations);
    expect(evals.length).toBeGreaterThanOrEqual(2);
    expect(evals.every((e) => e.authorId === rut!.id)).toBe(true);
    expect(evals.some((e) => e.sharedWithBearersAt === null)).toBe(true);
    expect(evals.some((e) => e.sharedWithBearersAt !== null)).toBe(true);

    // A pending access request to the one pilot that is not public.
    const pending = await db
      .select({ visibility: ideas.visibility, requester: accessRequests.requesterId })
      .from(accessRequests)
      .innerJoin(ideas, eq(ideas.id, accessRequests.ideaId))
      .where(and(eq(accessRequests.status, "pending"), isNull(accessRequests.decidedAt)));
    expect(pending).toEqual([{ visibility: "guidance", requester: rut!.id }]);

    // Idempotent: nothing is added the second time.
    const cyclesBefore = (await db.select({ id: testCycles.id }).from(testCycles)).length;
    await seed(db);
    expect((await db.select({ id: testCycles.id }).from(testCycles)).length).toBe(cyclesBefore);
    expect((await db.select({ id: learnings.id }).from(learnings)).length).toBe(filed.length);
  });
});

// Moved from server/modules/support/support.test.ts: modules do not import the seed.
describe("the support actors seed", () => {
  it("seeds the actors idempotently, by their keys", async () => {
    const { db } = await testDatabase();
    const snapshot = async () => ({
      actors: (await db.select({ id: supportActors.id, key: supportActors.key }).from(supportActors)).sort((a, b) =>
        a.key < b.key ? -1 : 1,
      ),
      links: (await db.select().from(supportActorArenas)).length,
    });
    const before = await snapshot();
    expect(before.actors).toHaveLength(17);
    expect(before.links).toBe(19);
    await seed(db, { ideas: false });
    expect(await snapshot()).toEqual(before);
  });
});

describe("the indicators seed", () => {
  const ArenaIndicators = graphql(`
    query SeededIndicators($slug: String!) {
      arena(slug: $slug) {
        indicators {
          id
          key
          title
          skrNumber
          source
        }
      }
    }
  `);

  it("gives each arena SKR's 22 as public indicators, once", async () => {
    const { db } = await testDatabase();
    for (const slug of ["gavleborg", "dalarna"]) {
      const list = (await client().ok(ArenaIndicators, { slug })).arena!.indicators;
      expect(list.map((i) => i.skrNumber)).toEqual(Array.from({ length: 22 }, (_, n) => n + 1));
      expect(list[0]).toMatchObject({ key: "skr-01", source: "KOLADA" });
      expect(list[0]!.title.length).toBeGreaterThan(3);
    }
    await seed(db, { ideas: false });
    expect((await client().ok(ArenaIndicators, { slug: "gavleborg" })).arena!.indicators).toHaveLength(22);
  });
});

describe("the demo caseload and ladder", () => {
  const Caseload = graphql(`
    query SeededCaseload {
      myCaseload(first: 100) {
        totalCount
        edges {
          node {
            withoutContact
            lastContactOn
          }
        }
      }
    }
  `);
  const Adopted = graphql(`
    query SeededAdopted($arena: String) {
      ideas(arena: $arena, stages: [ADOPTED], first: 100) {
        edges {
          node {
            title
            scaleStep {
              step
            }
          }
        }
      }
    }
  `);

  it("gives the guide's caseload plausible sessions (a few without contact, not almost all), and nothing adopted at step 0", async () => {
    await resetDatabase({ ideas: true });
    const guide = await client().signInAs(demo.guide);
    const items = (await guide.ok(Caseload)).myCaseload.edges.map((e) => e.node);
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.every((i) => i.lastContactOn !== null)).toBe(true);
    const flagged = items.filter((i) => i.withoutContact).length;
    expect(flagged).toBeGreaterThanOrEqual(1);
    expect(flagged).toBeLessThanOrEqual(Math.ceil(items.length / 2));

    for (const arena of ["gavleborg", "dalarna"]) {
      const adopted = (await client().ok(Adopted, { arena })).ideas.edges.map((e) => e.node);
      for (const a of adopted) expect(a.scaleStep.step, a.title).toBeGreaterThanOrEqual(1);
    }
  });
});
