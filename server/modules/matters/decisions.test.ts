import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { type ApiClient, demo } from "../../../test/support/client.js";
import { decidedCycle } from "../../../test/support/cycles.js";
import { testDatabase } from "../../../test/support/database.js";
import { graphql } from "../../../test/support/graphql.js";
import { openedMatter } from "../../../test/support/matters.js";
import { AddAgendaItem, bookedMeeting, matterStage, placedMatter, seatedPerson, structureOf } from "../../../test/support/meetings.js";
import { events } from "../audit/audit.tables.js";
import { assignments, matterDecisions, matters } from "./matters.tables.js";

const { client } = useTestServer();

const Decide = graphql(`
  mutation Decide($input: RecordMatterDecisionInput!) {
    recordMatterDecision(input: $input) {
      decision {
        id
        outcome
        text
        decidedOn
        onBehalfOfBody
        recordedByName
        body {
          key
        }
        meeting {
          id
        }
        assignments {
          id
          description
          dueOn
          status
          assigneeBody {
            key
          }
          reportMatter {
            stage
            title
            body {
              key
            }
          }
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const Report = graphql(`
  mutation Report($input: ReportOnAssignmentInput!) {
    reportOnAssignment(input: $input) {
      assignment {
        status
        report
        reportMatter {
          stage
          background
        }
      }
      errors {
        code
      }
    }
  }
`);
const BodyPage = graphql(`
  query BodyPage($id: ID!) {
    node(id: $id) {
      ... on Body {
        name
        meetings(when: PAST) {
          id
          agenda {
            title
            decision {
              outcome
            }
          }
        }
        decisions(first: 100) {
          outcome
          text
          matterNumber
          matterTitle
          assignments {
            description
            assigneeBody {
              name
            }
          }
        }
        openAssignments {
          description
          dueOn
          assigneeBody {
            name
          }
          decision {
            matterTitle
          }
        }
      }
    }
  }
`);
const Ladder = graphql(`
  query Ladder($id: ID!) {
    idea(id: $id) {
      scaleStep {
        step
        evidence
      }
      timeline {
        label
      }
    }
  }
`);

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const today = () => days(0);

/** A matter placed at Länsledning Välfärd and put on the agenda of its meeting yesterday. */
async function matterOnAgenda(c: typeof client, opts: Parameters<typeof openedMatter>[1] = {}) {
  const { coordinator, matter } = await openedMatter(c, opts);
  const s = await structureOf(coordinator);
  const placed = await placedMatter(coordinator, matter.id, s.body("lansledning-valfard"));
  const meeting = await bookedMeeting(coordinator, s.body("lansledning-valfard"), -1);
  const r = await coordinator.ok(AddAgendaItem, { input: { meetingId: meeting.id, version: meeting.version, matterId: matter.id } });
  expect(r.addAgendaItem.errors).toEqual([]);
  return { coordinator, s, matter: placed, meeting: r.addAgendaItem.meeting! };
}

describe("recording a body's decision", () => {
  it("a Länsledning member approves a matter on the agenda with an assignment to Utskott vuxna, whose report-back waits at Länsledning", async () => {
    const { s, matter, meeting } = await matterOnAgenda(client);
    expect((await matterStage(await client().signInAs(demo.bodyMember), matter.id))!.stage).toBe("ON_AGENDA");
    const member = await client().signInAs(demo.bodyMember);
    const r = await member.ok(Decide, {
      input: {
        matterId: matter.id,
        outcome: "APPROVED",
        text: "Länsledning Välfärd beslutar att sprida SIP-lots till hela länet.",
        decidedOn: today(),
        assignments: [{ assigneeBodyId: s.body("utskott-vuxna"), description: "Följ upp införandet i kommunerna", dueOn: days(90) }],
      },
    });
    expect(r.recordMatterDecision.errors).toEqual([]);
    const d = r.recordMatterDecision.decision!;
    expect(d).toMatchObject({
      outcome: "APPROVED",
      onBehalfOfBody: false,
      recordedByName: "Lars Ledamot",
      body: { key: "lansledning-valfard" },
    });
    expect(d.meeting!.id).toBe(meeting.id);
    expect(d.assignments).toEqual([
      {
        id: expect.any(String),
        description: "Följ upp införandet i kommunerna",
        dueOn: days(90),
        status: "OPEN",
        assigneeBody: { key: "utskott-vuxna" },
        reportMatter: {
          stage: "PLACED",
          title: "Återrapportering: Följ upp införandet i kommunerna",
          body: { key: "lansledning-valfard" },
        },
      },
    ]);
    expect((await matterStage(member, matter.id))!.stage).toBe("DECIDED");

    // The body page: its members read the decision now; the public once the minutes are out.
    const page = await member.ok(BodyPage, { id: s.body("lansledning-valfard") });
    expect(page.node).toMatchObject({
      decisions: [{ outcome: "APPROVED", matterNumber: matter.number, matterTitle: matter.title }],
      openAssignments: [{ description: "Följ upp införandet i kommunerna", assigneeBody: { name: "Utskott vuxna" } }],
      meetings: [{ agenda: [{ title: matter.title, decision: { outcome: "APPROVED" } }] }],
    });
    const anonymous = client();
    const before = await anonymous.ok(BodyPage, { id: s.body("lansledning-valfard") });
    expect(before.node).toMatchObject({ decisions: [], openAssignments: [], meetings: [{ agenda: [{ decision: null }] }] });
  });

  it("the kansli records it on the body's behalf, and it says so", async () => {
    const { coordinator, matter } = await matterOnAgenda(client);
    const r = await coordinator.ok(Decide, {
      input: { matterId: matter.id, outcome: "REJECTED", text: "Avslås.", decidedOn: today() },
    });
    expect(r.recordMatterDecision.decision).toMatchObject({ outcome: "REJECTED", onBehalfOfBody: true });
    expect((await matterStage(coordinator, matter.id))!.stage).toBe("DECIDED");
  });

  it("returned goes back to preparation and tabled waits at the body; assignments only with an approval, dates checked", async () => {
    const a = await matterOnAgenda(client);
    const member = await client().signInAs(demo.bodyMember);
    const returned = await member.ok(Decide, {
      input: { matterId: a.matter.id, outcome: "RETURNED", text: "Återremitteras: kostnaderna saknas.", decidedOn: today() },
    });
    expect(returned.recordMatterDecision.errors).toEqual([]);
    expect((await matterStage(member, a.matter.id))!.stage).toBe("IN_PREPARATION");

    const b = await matterOnAgenda(client, { title: "Gemensam modell för hembesök" });
    const wrong = await member.ok(Decide, {
      input: {
        matterId: b.matter.id,
        outcome: "TABLED",
        text: "Bordläggs.",
        decidedOn: days(2),
        assignments: [{ assigneeBodyId: b.s.body("utskott-vuxna"), description: "x", dueOn: days(-3) }],
      },
    });
    expect(wrong.recordMatterDecision.errors.map((e) => e.code)).toEqual(["DECIDED_IN_FUTURE"]);
    const noApproval = await member.ok(Decide, {
      input: {
        matterId: b.matter.id,
        outcome: "TABLED",
        text: "Bordläggs.",
        decidedOn: today(),
        assignments: [{ assigneeBodyId: b.s.body("utskott-vuxna"), description: "x", dueOn: days(3) }],
      },
    });
    expect(noApproval.recordMatterDecision.errors.map((e) => e.code)).toEqual(["ASSIGNMENTS_NEED_APPROVAL"]);
    const badAssignment = await member.ok(Decide, {
      input: {
        matterId: b.matter.id,
        outcome: "APPROVED",
        text: "Bifalls.",
        decidedOn: today(),
        assignments: [
          { description: "Ingen mottagare", dueOn: days(3) },
          { assigneeBodyId: b.s.body("utskott-vuxna"), description: "För sent", dueOn: days(-3) },
        ],
      },
    });
    expect(badAssignment.recordMatterDecision.errors.map((e) => [e.field, e.code])).toEqual([
      ["input.assignments.0.assigneeBodyId", "ASSIGNEE_EITHER"],
      ["input.assignments.1.dueOn", "DUE_IN_PAST"],
    ]);
    expect((await matterStage(member, b.matter.id))!.stage).toBe("ON_AGENDA");
    const tabled = await member.ok(Decide, { input: { matterId: b.matter.id, outcome: "TABLED", text: "Bordläggs.", decidedOn: today() } });
    expect(tabled.recordMatterDecision.errors).toEqual([]);
    expect((await matterStage(member, b.matter.id))!.stage).toBe("PLACED");
  });
});

describe("who may not decide a Länsledning matter", () => {
  const refusers: [string, (c: typeof client, coordinator: ApiClient, s: Awaited<ReturnType<typeof structureOf>>) => Promise<ApiClient>][] =
    [
      ["a bearer", async (c) => c().signInAs(demo.bearer)],
      ["a guide", async (c) => c().signInAs(demo.guide)],
      ["a Dalarna coordinator", async (c) => c().signInAs(demo.dalarnaCoordinator)],
      [
        "a member of Utskott barn och unga",
        async (c, coordinator, s) => {
          const as = c();
          await seatedPerson(coordinator, as, s.body("utskott-barn-och-unga"));
          return as;
        },
      ],
    ];
  for (const [who, signIn] of refusers)
    it(`${who} is refused, and nothing changes`, async () => {
      const { coordinator, s, matter } = await matterOnAgenda(client);
      const db = (await testDatabase()).db;
      const count = async () => {
        const [row] = await db
          .select({
            decisions: sql<number>`(select count(*)::int from ${matterDecisions})`,
            assignments: sql<number>`(select count(*)::int from ${assignments})`,
            matters: sql<number>`(select count(*)::int from ${matters})`,
            events: sql<number>`(select count(*)::int from ${events})`,
          })
          .from(sql`(select 1) x`);
        return row;
      };
      const intruder = await signIn(client, coordinator, s);
      const before = await count();
      const [m] = await db.select().from(matters).where(eq(matters.number, matter.number));
      const r = await intruder.request(Decide, {
        input: {
          matterId: matter.id,
          outcome: "APPROVED",
          text: "Bifalls.",
          decidedOn: today(),
          assignments: [{ assigneeBodyId: s.body("utskott-vuxna"), description: "Uppdrag", dueOn: days(30) }],
        },
      });
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(await count()).toEqual(before);
      const [after] = await db.select().from(matters).where(eq(matters.id, m!.id));
      expect({ stage: after!.stage, version: after!.version }).toEqual({ stage: "on_agenda", version: m!.version });
    });
});

describe("assignments report back", () => {
  it("the assignee body's member reports; the report becomes the report-back matter's basis; another body's member may not", async () => {
    const { coordinator, s, matter } = await matterOnAgenda(client);
    const r = await coordinator.ok(Decide, {
      input: {
        matterId: matter.id,
        outcome: "APPROVED",
        text: "Bifalls.",
        decidedOn: today(),
        assignments: [{ assigneeBodyId: s.body("utskott-vuxna"), description: "Följ upp", dueOn: days(60) }],
      },
    });
    const assignmentId = r.recordMatterDecision.decision!.assignments[0]!.id;
    const outsider = await client().signInAs(demo.bodyMember);
    const refused = await outsider.request(Report, { input: { assignmentId, report: "Klart." } });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const vuxna = client();
    await seatedPerson(coordinator, vuxna, s.body("utskott-vuxna"));
    const done = await vuxna.ok(Report, { input: { assignmentId, report: "Nio av elva parter har infört SIP-lots." } });
    expect(done.reportOnAssignment.assignment).toMatchObject({
      status: "REPORTED",
      report: "Nio av elva parter har infört SIP-lots.",
      reportMatter: { stage: "PLACED", background: "Nio av elva parter har infört SIP-lots." },
    });
    const twice = await vuxna.ok(Report, { input: { assignmentId, report: "Igen." } });
    expect(twice.reportOnAssignment.errors[0]!.code).toBe("ASSIGNMENT_NOT_OPEN");
  });
});

describe("the scale-up ladder", () => {
  it("an approved proposal from an idea's ADVANCE notes the decision as evidence: the idea reaches step 3", async () => {
    const cycle = await decidedCycle(client, "ADVANCE");
    const { matter } = await matterOnAgenda(client, { origin: { kind: "CYCLE", id: cycle.cycle.id } });
    const member = await client().signInAs(demo.bodyMember);
    expect((await cycle.bearer.ok(Ladder, { id: cycle.idea.id })).idea!.scaleStep.step).toBe(2);
    await member.ok(Decide, {
      input: { matterId: matter.id, outcome: "APPROVED", text: "Spridning till hela länet.", decidedOn: today() },
    });
    const after = (await cycle.guide.ok(Ladder, { id: cycle.idea.id })).idea!;
    expect(after.scaleStep.step).toBe(3);
    expect(after.scaleStep.evidence).toContain(`Beslut i Länsledning Välfärd ${today()}`);
    expect(after.timeline.map((e) => e.label)).toContain(`Beslut i Länsledning Välfärd ${today()}`);
  });
});

describe("statement counts", () => {
  it("reads a body page with 10 or 100 decisions, each with an assignment, in the same number of statements", async () => {
    const { coordinator, s, matter } = await matterOnAgenda(client);
    const db = (await testDatabase()).db;
    const raw = (id: string) => Buffer.from(id, "base64url").toString("utf8").split(":")[1]!;
    const [m] = await db
      .select()
      .from(matters)
      .where(eq(matters.id, raw(matter.id)));
    const fill = async (n: number) => {
      const rows = await db
        .insert(matterDecisions)
        .values(
          Array.from({ length: n }, (_, i) => ({
            matterId: m!.id,
            bodyId: m!.bodyId!,
            outcome: "approved" as const,
            text: `Beslut ${i}`,
            decidedOn: today(),
          })),
        )
        .returning();
      await db
        .insert(assignments)
        .values(
          rows.map((d) => ({
            arenaId: m!.arenaId,
            decisionId: d.id,
            assigneeBodyId: raw(s.body("utskott-vuxna")),
            description: "Uppdrag",
            dueOn: days(30),
          })),
        );
    };
    await fill(10);
    const small = await coordinator.request(BodyPage, { id: s.body("lansledning-valfard") });
    await fill(90);
    const large = await coordinator.request(BodyPage, { id: s.body("lansledning-valfard") });
    expect(small.data!.node).toMatchObject({ decisions: expect.any(Array) });
    const count = (r: typeof small) => (r.data!.node as { decisions: unknown[]; openAssignments: unknown[] }).decisions.length;
    expect(count(small)).toBe(10);
    expect(count(large)).toBe(100);
    expect((large.data!.node as { openAssignments: unknown[] }).openAssignments).toHaveLength(100);
    expect(small.extensions!.sqlStatements).toBe(large.extensions!.sqlStatements);
  });
});
