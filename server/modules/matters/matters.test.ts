import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { type ApiClient, demo } from "../../../test/support/client.js";
import { decidedCycle } from "../../../test/support/cycles.js";
import { testDatabase } from "../../../test/support/database.js";
import { type VariablesOf, graphql } from "../../../test/support/graphql.js";
import { arenaOf, submittedIdea } from "../../../test/support/ideas.js";
import {
  AssignPreparer,
  CreateMatter,
  LinkToMatter,
  MatterByNumber,
  PlaceMatter,
  ReturnMatter,
  UpdateMatterBasis,
  WithdrawMatter,
  bodyId,
  must,
  openedMatter,
  placedMatter,
  preparerOf,
} from "../../../test/support/matters.js";
import { fromGlobalId } from "../../graphql/relay.js";
import { DAY_MS, advanceClock } from "../../shared/clock.js";
import { events } from "../audit/audit.tables.js";
import { outbox } from "../notifications/notifications.tables.js";
import { arenas, bodies } from "../partnership/partnership.tables.js";
import { insertMatter } from "./matters.service.js";
import { matterDecisions, matters } from "./matters.tables.js";

const { client } = useTestServer();

const IdeaSteps = graphql(`
  query IdeaMatterSteps($id: ID!) {
    idea(id: $id) {
      timeline {
        kind
        label
        reason
      }
      matters {
        number
        stage
        preparationNotes
        attachments {
          id
        }
        body {
          name
        }
      }
    }
  }
`);

const Learnings = graphql(`
  query MatterLearnings($id: ID!) {
    idea(id: $id) {
      learnings {
        id
      }
    }
  }
`);

const RecordEvaluation = graphql(`
  mutation MatterEvaluation($input: RecordEvaluationInput!) {
    recordEvaluation(input: $input) {
      evaluation {
        id
      }
      errors {
        code
      }
    }
  }
`);

const Board = graphql(`
  query MattersBoard($slug: String!, $first: Int, $stages: [MatterStage!], $bodyId: ID, $kind: MatterKind, $overdue: Boolean) {
    arena(slug: $slug) {
      viewerReadsMatters
      matters(first: $first, stages: $stages, bodyId: $bodyId, kind: $kind, overdue: $overdue) {
        totalCount
        edges {
          node {
            id
            number
            title
            kind
            stage
            overdue
            body {
              name
            }
            preparer {
              name
            }
            viewerCan {
              place
            }
          }
        }
      }
    }
  }
`);

async function matterRows() {
  const { db } = await testDatabase();
  const rows = await db.select().from(matters);
  const [ev] = await db.select({ n: count() }).from(events);
  return { rows, events: ev!.n };
}

const read = (c: ApiClient, number: number) => c.ok(MatterByNumber, { slug: "gavleborg", number }).then((r) => r.matter);

describe("matters: opening one", () => {
  it("the kansli turns an idea into a matter with one action, numbered in the arena; a second from the same idea is refused", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Läxhjälp i biblioteket" });
    const { coordinator, arena, matter } = await openedMatter(client, { title: null, origin: { kind: "IDEA", id: idea.id } });
    expect(matter).toMatchObject({ number: 1, stage: "INITIATED", title: "Läxhjälp i biblioteket", kind: "PROPOSAL" });
    expect(matter.links).toEqual([{ kind: "IDEA", isOrigin: true, idea: { id: idea.id } }]);
    expect((await openedMatter(client, { title: "Ett ärende till" })).matter.number).toBe(2);

    const before = await matterRows();
    const again = await coordinator.ok(CreateMatter, {
      input: { arenaId: arena.id, kind: "PROPOSAL", origin: { kind: "IDEA", id: idea.id } },
    });
    expect(again.createMatter.errors.map((e) => e.code)).toEqual(["MATTER_ORIGIN_TAKEN"]);
    expect(await matterRows()).toEqual(before);
  });

  it("turns a decided test cycle, its learning and an evaluation into matters, each linked to the idea", async () => {
    const s = await decidedCycle(client, "ADVANCE");
    const { idea } = await s.guide.ok(Learnings, { id: s.idea.id });
    const researcher = await client().signInAs(demo.researcher);
    const { recordEvaluation } = await researcher.ok(RecordEvaluation, {
      input: {
        cycleId: s.cycle.id,
        method: "Intervjuer",
        dataSources: "",
        findings: "Eleverna fick arbetsro.",
        confidence: "MEDIUM",
        ethicsNotes: "",
      },
    });
    must(recordEvaluation, "evaluation");
    const origins = [
      { kind: "CYCLE", id: s.cycle.id },
      { kind: "LEARNING", id: idea!.learnings[0]!.id },
      { kind: "EVALUATION", id: recordEvaluation.evaluation!.id },
    ] as const;
    for (const origin of origins) {
      const { matter } = await openedMatter(client, { title: `Från ${origin.kind}`, origin });
      expect(matter.links).toEqual([{ kind: origin.kind, isOrigin: true, idea: { id: s.idea.id } }]);
    }
    const { idea: after } = await s.bearer.ok(IdeaSteps, { id: s.idea.id });
    expect(after!.matters.map((m) => m.number)).toEqual([1, 2, 3]);
  });

  it("a body member writes one from scratch, but only the kansli opens one from an idea; a bearer may do neither", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const member = await client().signInAs(demo.bodyMember);
    await openedMatter(client);
    const arenaId = (await arenaOf(member)).id;
    const own = await member.ok(CreateMatter, { input: { arenaId, kind: "SYSTEM_OBSTACLE", title: "Myndigheternas rutiner" } });
    expect(own.createMatter.matter).toMatchObject({ number: 2, kind: "SYSTEM_OBSTACLE" });
    const before = await matterRows();
    const fromIdea = await member.request(CreateMatter, { input: { arenaId, kind: "PROPOSAL", origin: { kind: "IDEA", id: idea.id } } });
    expect(fromIdea.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const byBearer = await bearer.request(CreateMatter, { input: { arenaId, kind: "PROPOSAL", title: "Mitt ärende" } });
    expect(byBearer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await matterRows()).toEqual(before);
  });
});

describe("matters: preparation and placing", () => {
  it("the kansli sends it to a beredning member, who is notified and mailed, writes the basis and places it at Länsledning Välfärd", async () => {
    const { coordinator, matter } = await openedMatter(client);
    const { preparer, preparerId } = await preparerOf(client);
    const { assignMatterPreparer } = await coordinator.ok(AssignPreparer, { input: { matterId: matter.id, preparerId } });
    expect(assignMatterPreparer.matter).toMatchObject({ stage: "IN_PREPARATION", preparer: { name: "Berit Beredare" } });
    const { db } = await testDatabase();
    const mails = await db.select().from(outbox).where(eq(outbox.toAddress, demo.preparer));
    expect(mails.map((m) => m.subject)).toEqual(["Du har fått ärende 1 ”Spridning av SIP-lots” att bereda"]);

    const { updateMatterBasis } = await preparer.ok(UpdateMatterBasis, {
      input: {
        matterId: matter.id,
        expectedVersion: assignMatterPreparer.matter!.version,
        background: "SIP-lots har testats i två kommuner.",
        proposedDecision: "Länsledningen rekommenderar spridning till alla kommuner.",
        preparationNotes: "Kontrollera kostnaden med Ockelbo.",
      },
    });
    must(updateMatterBasis, "basis");
    expect(updateMatterBasis.matter).toMatchObject({
      background: "SIP-lots har testats i två kommuner.",
      preparationNotes: "Kontrollera kostnaden med Ockelbo.",
    });
    expect(updateMatterBasis.matter!.viewerCan).toMatchObject({ place: true, withdraw: false });

    const { placeMatter } = await preparer.ok(PlaceMatter, {
      input: { matterId: matter.id, bodyId: await bodyId(preparer, "lansledning-valfard") },
    });
    expect(placeMatter.matter).toMatchObject({ stage: "PLACED", body: { key: "lansledning-valfard", name: "Länsledning Välfärd" } });
    const timeline = (await read(coordinator, 1))!.timeline;
    expect(timeline.map((e) => e.label)).toEqual([
      "Ärende 1 öppnat i partnerskapet",
      "Ärende 1 lämnat till beredning",
      "Beslutsunderlaget uppdaterat",
      "Ärende 1 placerat hos Länsledning Välfärd",
    ]);
    expect(timeline.map((e) => e.actorName)).toEqual(["Klara Koordinator", "Klara Koordinator", "Berit Beredare", "Berit Beredare"]);
  });

  it("a wrong move is refused and changes nothing: placing before preparation, placing at the beredning itself, a stale basis", async () => {
    const { coordinator, matter } = await openedMatter(client);
    const { preparer, preparerId } = await preparerOf(client);
    const lansledning = await bodyId(preparer, "lansledning-valfard");
    let before = await matterRows();
    const early = await preparer.ok(PlaceMatter, { input: { matterId: matter.id, bodyId: lansledning } });
    expect(early.placeMatter.errors.map((e) => e.code)).toEqual(["MATTER_STAGE"]);
    expect(await matterRows()).toEqual(before);

    const { assignMatterPreparer } = await coordinator.ok(AssignPreparer, { input: { matterId: matter.id, preparerId } });
    const version = assignMatterPreparer.matter!.version;
    before = await matterRows();
    const atBeredning = await preparer.ok(PlaceMatter, {
      input: { matterId: matter.id, bodyId: await bodyId(preparer, "beredningsorgan") },
    });
    expect(atBeredning.placeMatter.errors.map((e) => e.code)).toEqual(["NOT_A_DECIDING_BODY"]);
    expect(await matterRows()).toEqual(before);

    must(
      (await preparer.ok(UpdateMatterBasis, { input: { matterId: matter.id, expectedVersion: version, background: "Först." } }))
        .updateMatterBasis,
      "first",
    );
    before = await matterRows();
    const stale = await coordinator.ok(UpdateMatterBasis, { input: { matterId: matter.id, expectedVersion: version, background: "Sen." } });
    expect(stale.updateMatterBasis.errors.map((e) => e.code)).toEqual(["MATTER_STALE_EDIT"]);
    expect(stale.updateMatterBasis.errors[0]!.message).toMatch(/Någon annan har ändrat underlaget/);
    expect(await matterRows()).toEqual(before);
  });

  it("a member of Länsledning who is not in the beredning cannot place, and the kansli cannot name a preparer outside it", async () => {
    const { coordinator, matter } = await openedMatter(client);
    const { preparerId } = await preparerOf(client);
    const member = await client().signInAs(demo.bodyMember);
    const memberId = (
      await member.ok(
        graphql(`
          query MemberId {
            me {
              id
            }
          }
        `),
      )
    ).me!.id;
    let before = await matterRows();
    const outside = await coordinator.ok(AssignPreparer, { input: { matterId: matter.id, preparerId: memberId } });
    expect(outside.assignMatterPreparer.errors.map((e) => e.code)).toEqual(["NOT_A_PREPARER"]);
    expect(await matterRows()).toEqual(before);

    must((await coordinator.ok(AssignPreparer, { input: { matterId: matter.id, preparerId } })).assignMatterPreparer, "assign");
    before = await matterRows();
    const placing = await member.request(PlaceMatter, {
      input: { matterId: matter.id, bodyId: await bodyId(member, "lansledning-valfard") },
    });
    expect(placing.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await matterRows()).toEqual(before);
  });

  it("returned with a reason goes back to preparation; withdrawn ends it; neither step twice", async () => {
    const { coordinator, preparer, matter } = await placedMatter(client);
    const { returnMatter } = await preparer.ok(ReturnMatter, { input: { matterId: matter.id, reason: "Kostnaden behöver utredas." } });
    expect(returnMatter.matter!.stage).toBe("IN_PREPARATION");
    const before = await matterRows();
    const again = await preparer.ok(ReturnMatter, { input: { matterId: matter.id, reason: "Igen." } });
    expect(again.returnMatter.errors.map((e) => e.code)).toEqual(["MATTER_STAGE"]);
    const noReason = await coordinator.ok(WithdrawMatter, { input: { matterId: matter.id, reason: " " } });
    expect(noReason.withdrawMatter.errors.map((e) => e.field)).toEqual(["input.reason"]);
    expect(await matterRows()).toEqual(before);
    const { withdrawMatter } = await coordinator.ok(WithdrawMatter, {
      input: { matterId: matter.id, reason: "Ersätts av ett nytt ärende." },
    });
    expect(withdrawMatter.matter).toMatchObject({ stage: "WITHDRAWN", viewerCan: { withdraw: false, prepare: false } });
    const byPreparer = await preparer.request(WithdrawMatter, { input: { matterId: matter.id, reason: "x" } });
    expect(byPreparer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("links a decided cycle, not copying it: the link shows the cycle as it stands", async () => {
    const s = await decidedCycle(client, "ADVANCE");
    const { coordinator, matter } = await openedMatter(client);
    const { linkToMatter } = await coordinator.ok(LinkToMatter, {
      input: { matterId: matter.id, target: { kind: "CYCLE", id: s.cycle.id } },
    });
    expect(linkToMatter.matter!.links).toEqual([{ kind: "CYCLE", isOrigin: false, idea: { id: s.idea.id } }]);
    const cycle = await coordinator.ok(
      graphql(`
        query LinkedCycle($slug: String!, $number: Int!) {
          matter(arenaSlug: $slug, number: $number) {
            links {
              cycle {
                id
                decision
              }
            }
          }
        }
      `),
      { slug: "gavleborg", number: matter.number },
    );
    expect(cycle.matter!.links[0]!.cycle).toEqual({ id: s.cycle.id, decision: "ADVANCE" });
  });
});

describe("matters: who reads what", () => {
  it("a bearer sees their idea's matter and its steps in both languages, never its notes or attachments; anonymous and Dalarna's kansli see nothing", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Läxhjälp i biblioteket" });
    const { coordinator, preparer, matter } = await placedMatter(client, { origin: { kind: "IDEA", id: idea.id } });
    must(
      (
        await preparer.ok(UpdateMatterBasis, {
          input: { matterId: matter.id, expectedVersion: matter.version, preparationNotes: "Internt: kostnaden är osäker." },
        })
      ).updateMatterBasis,
      "notes",
    );
    must(
      (await preparer.ok(ReturnMatter, { input: { matterId: matter.id, reason: "Kostnaden behöver utredas." } })).returnMatter,
      "return",
    );

    const { idea: seen } = await bearer.ok(IdeaSteps, { id: idea.id });
    expect(seen!.matters).toEqual([
      { number: 1, stage: "IN_PREPARATION", preparationNotes: null, attachments: null, body: { name: "Länsledning Välfärd" } },
    ]);
    const steps = seen!.timeline.filter((e) => e.kind.startsWith("matter."));
    expect(steps.map((e) => e.label)).toEqual([
      "Ärende 1 öppnat i partnerskapet",
      "Ärende 1 lämnat till beredning",
      "Ärende 1 placerat hos Länsledning Välfärd",
      "Ärende 1 återremitterat för mer beredning",
    ]);
    expect(steps[3]!.reason).toBe("Kostnaden behöver utredas.");
    bearer.locale = "en";
    const { idea: inEnglish } = await bearer.ok(IdeaSteps, { id: idea.id });
    expect(inEnglish!.timeline.filter((e) => e.kind.startsWith("matter.")).map((e) => e.label)).toEqual([
      "Matter 1 opened in the partnership",
      "Matter 1 sent for preparation",
      "Matter 1 placed with Länsledning Välfärd",
      "Matter 1 returned for more preparation",
    ]);
    const own = await read(bearer, 1);
    expect(own).toMatchObject({ preparationNotes: null, attachments: null, preparer: null });
    expect(own!.timeline.map((e) => e.kind)).not.toContain("matter.basis_updated");

    const anonymous = client();
    expect(await read(anonymous, 1)).toBeNull();
    expect(
      (
        await anonymous.ok(
          graphql(`
            query AnonNode($id: ID!) {
              node(id: $id) {
                id
              }
            }
          `),
          { id: matter.id },
        )
      ).node,
    ).toBeNull();
    const dalarna = await client().signInAs(demo.dalarnaCoordinator);
    expect(await read(dalarna, 1)).toBeNull();
    const board = await dalarna.ok(Board, { slug: "gavleborg" });
    expect(board.arena).toMatchObject({ viewerReadsMatters: false, matters: { totalCount: 0 } });
    expect((await coordinator.ok(Board, { slug: "gavleborg" })).arena!.matters.totalCount).toBe(1);
  });

  it("anyone reads a matter once it has a public decision, still without its preparation notes", async () => {
    const { matter } = await placedMatter(client);
    const anonymous = client();
    expect(await read(anonymous, 1)).toBeNull();
    const { db } = await testDatabase();
    const raw = fromGlobalId(matter.id, "Matter")!.id;
    const [body] = await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.key, "lansledning-valfard"));
    // A decision without a meeting is public at once (the meetings' part records them; here only its row matters).
    await db
      .insert(matterDecisions)
      .values({ matterId: raw, bodyId: body!.id, outcome: "approved", text: "Bifalls.", decidedOn: "2027-03-12" });
    const seen = await read(anonymous, 1);
    expect(seen).toMatchObject({ number: 1, preparationNotes: null, attachments: null, preparer: null });
    expect((await anonymous.ok(Board, { slug: "gavleborg" })).arena!.matters.totalCount).toBe(1);
  });
});

describe("matters: the board", () => {
  it("filters by stage, body, kind and overdue; a matter waiting more than ten working days is overdue", async () => {
    const { coordinator, preparer } = await placedMatter(client);
    await openedMatter(client, { kind: "SYSTEM_OBSTACLE", title: "Myndigheternas rutiner" });
    const lansledning = await bodyId(preparer, "lansledning-valfard");
    const board = async (v: Omit<VariablesOf<typeof Board>, "slug">) =>
      (await coordinator.ok(Board, { slug: "gavleborg", ...v })).arena!.matters.edges.map((e) => e.node.number);
    expect(await board({})).toEqual([2, 1]);
    expect(await board({ stages: ["PLACED"] })).toEqual([1]);
    expect(await board({ bodyId: lansledning })).toEqual([1]);
    expect(await board({ kind: "SYSTEM_OBSTACLE" })).toEqual([2]);
    expect(await board({ overdue: true })).toEqual([]);
    // Three weeks on: both have waited more than ten working days in their stage.
    advanceClock(21 * DAY_MS);
    expect(await board({ overdue: true })).toEqual([2, 1]);
    expect(await board({ overdue: false })).toEqual([]);
  });

  it("costs the same number of statements for a page of 10 and of 100 matters", async () => {
    const { db } = await testDatabase();
    const [arena] = await db.select({ id: arenas.id }).from(arenas).where(eq(arenas.slug, "gavleborg"));
    const [body] = await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.key, "lansledning-valfard"));
    const { preparerId } = await preparerOf(client);
    await db.transaction(async (tx) => {
      for (let i = 0; i < 100; i++) {
        const m = await insertMatter(tx, { arenaId: arena!.id, kind: "proposal", title: `Ärende ${i}`, createdBy: null });
        await tx
          .update(matters)
          .set({ stage: "placed", bodyId: body!.id, preparerId: fromGlobalId(preparerId, "User")!.id })
          .where(eq(matters.id, m.id));
      }
    });
    const coordinator = await client().signInAs(demo.coordinator);
    const small = await coordinator.request(Board, { slug: "gavleborg", first: 10 });
    const large = await coordinator.request(Board, { slug: "gavleborg", first: 100 });
    expect(small.data!.arena!.matters.edges).toHaveLength(10);
    expect(large.data!.arena!.matters.edges).toHaveLength(100);
    expect(
      large.data!.arena!.matters.edges.every(
        (e) => e.node.body?.name === "Länsledning Välfärd" && e.node.preparer?.name === "Berit Beredare",
      ),
    ).toBe(true);
    expect(small.extensions!.sqlStatements).toBe(large.extensions!.sqlStatements);
  });
});
