import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { type ApiClient, demo } from "../../../test/support/client.js";
import { decidedCycle, defaultPlan, guidedIdea, plannedCycle, runningCycle } from "../../../test/support/cycles.js";
import { testDatabase } from "../../../test/support/database.js";
import { notificationsOf } from "../../../test/support/discussion.js";
import { type VariablesOf, graphql } from "../../../test/support/graphql.js";
import { arenaOf, submittedIdea } from "../../../test/support/ideas.js";
import { fromGlobalId } from "../../graphql/relay.js";
import { events } from "../audit/audit.tables.js";
import { follows } from "../ideas/ideas.tables.js";
import { accessRequests, evaluations } from "./research.tables.js";

const { client } = useTestServer();

const FollowIdea = graphql(`
  mutation ResearcherFollows($id: ID!) {
    followIdea(ideaId: $id) {
      errors {
        code
      }
    }
  }
`);

const rawId = (globalId: string) => fromGlobalId(globalId)!.id;
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

// ---- documents ----

const Register = graphql(`
  query PilotRegisterForTests($filter: PilotFilter, $first: Int, $after: String) {
    pilotRegister(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ideaId
          canRead
          title
          stage
          cycleCount
          firstStartsOn
          lastEndsOn
          latestCycleNumber
          latestCycleStatus
          latestDecision
          outcome
          measureCount
          measuresMet
          measuresNotMet
          viewerCanRequestAccess
          viewerAccessRequest {
            id
            status
          }
          arena {
            slug
          }
          idea {
            id
            title
            goals {
              id
            }
          }
        }
      }
    }
  }
`);

const IdeaForResearch = graphql(`
  query IdeaForResearch($id: ID!) {
    idea(id: $id) {
      id
      title
      testCycles {
        id
        viewerCanEvaluate
        evaluations {
          id
          findings
          confidence
          sharedWithBearers
          viewerIsAuthor
          author {
            name
          }
        }
      }
      accessRequests {
        id
        status
        reason
        response
        viewerCanDecide
        requester {
          name
        }
      }
    }
  }
`);

const BrowseIdeas = graphql(`
  query BrowseForResearch($arena: String) {
    ideas(arena: $arena, first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const NodeOf = graphql(`
  query ResearchNode($id: ID!) {
    node(id: $id) {
      id
      ... on Evaluation {
        findings
      }
      ... on AccessRequest {
        status
      }
      ... on Pilot {
        canRead
      }
      ... on TestCycle {
        number
      }
    }
  }
`);

const RequestAccess = graphql(`
  mutation RequestAccess($input: RequestIdeaAccessInput!) {
    requestIdeaAccess(input: $input) {
      accessRequest {
        id
        status
        reason
        response
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const Grant = graphql(`
  mutation GrantAccess($input: DecideIdeaAccessInput!) {
    grantIdeaAccess(input: $input) {
      accessRequest {
        id
        status
        response
        decidedBy {
          name
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
const Refuse = graphql(`
  mutation RefuseAccess($input: DecideIdeaAccessInput!) {
    refuseIdeaAccess(input: $input) {
      accessRequest {
        id
        status
        response
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const Revoke = graphql(`
  mutation RevokeAccess($input: DecideIdeaAccessInput!) {
    revokeIdeaAccess(input: $input) {
      accessRequest {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const MyRequests = graphql(`
  query MyAccessRequests {
    myAccessRequests {
      id
      status
      reason
      response
      idea {
        id
        title
      }
    }
  }
`);
const RecordEvaluation = graphql(`
  mutation RecordEvaluation($input: RecordEvaluationInput!) {
    recordEvaluation(input: $input) {
      evaluation {
        id
        method
        dataSources
        findings
        confidence
        ethicsNotes
        sharedWithBearers
        viewerIsAuthor
        author {
          name
        }
        cycle {
          id
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
const UpdateEvaluation = graphql(`
  mutation UpdateEvaluation($input: UpdateEvaluationInput!) {
    updateEvaluation(input: $input) {
      evaluation {
        id
        findings
        confidence
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const ShareEvaluation = graphql(`
  mutation ShareEvaluation($id: ID!, $share: Boolean!) {
    shareEvaluationWithBearers(id: $id, share: $share) {
      evaluation {
        id
        sharedWithBearers
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const Triage = graphql(`
  mutation TriageForResearch($input: TriageInput!) {
    triageIdea(input: $input) {
      errors {
        code
      }
    }
  }
`);
const Me = graphql(`
  query MeForResearch {
    me {
      id
    }
  }
`);

// ---- helpers ----

const researcher = () => client().signInAs(demo.researcher);
type Filter = NonNullable<VariablesOf<typeof Register>["filter"]>;
const pilots = async (c: ApiClient, filter: Filter = {}, first = 100) =>
  (await c.ok(Register, { filter, first })).pilotRegister.edges.map((e) => e.node);
const evaluation = {
  method: "Semistrukturerade intervjuer med tio deltagare",
  dataSources: "Intervjuer, närvarolistor",
  findings: "Deltagarna beskriver att läxhjälpen gav dem arbetsro.",
  confidence: "MEDIUM" as const,
  ethicsNotes: "Muntligt samtycke; svaren är avidentifierade.",
};

async function evaluate(c: ApiClient, cycleId: string) {
  const { recordEvaluation } = await c.ok(RecordEvaluation, { input: { cycleId, ...evaluation } });
  expect(recordEvaluation.errors).toEqual([]);
  return recordEvaluation.evaluation!;
}

async function countRows() {
  const { db } = await testDatabase();
  const [a] = await db.select({ n: count() }).from(accessRequests);
  const [e] = await db.select({ n: count() }).from(evaluations);
  const [ev] = await db.select({ n: count() }).from(events);
  return { requests: a!.n, evaluations: e!.n, events: ev!.n };
}

/** A submitted idea of the demo bearer in Dalarna, accepted by its coordinator with its guide, and a planned cycle. */
async function dalarnaPilot() {
  const bearer = await client().signInAs(demo.bearer);
  const idea = await submittedIdea(bearer, { title: "Mötesplats i Mora" }, "dalarna");
  const guide = await client().signInAs("dalarna.lots@arena.example");
  const coordinator = await client().signInAs(demo.dalarnaCoordinator);
  const guideId = (await guide.ok(Me)).me!.id;
  const { triageIdea } = await coordinator.ok(Triage, { input: { ideaId: idea.id, decision: "ACCEPT", guideIds: [guideId] } });
  expect(triageIdea.errors).toEqual([]);
  return plannedCycle(client, { on: { bearer, guide, coordinator, idea: { ...idea, stage: "GUIDANCE" } } });
}

// ---- access requests ----

describe("access to ideas that are not public", () => {
  it("keeps a guidance-only idea from a researcher until a bearer grants access; refusal keeps it closed, revocation closes it again", async () => {
    const s = await plannedCycle(client, { on: await guidedIdea(client, { visibility: "GUIDANCE", title: "Hemlig pilot" }) });
    const r = await researcher();

    // Closed: the idea and its cycle do not exist to the researcher, but the register shows the pilot without title.
    expect((await r.ok(IdeaForResearch, { id: s.idea.id })).idea).toBeNull();
    expect((await r.ok(NodeOf, { id: s.cycle.id })).node).toBeNull();
    expect((await r.ok(BrowseIdeas, { arena: "gavleborg" })).ideas.edges.map((e) => e.node.id)).not.toContain(s.idea.id);
    let [pilot] = await pilots(r);
    expect(pilot).toMatchObject({ ideaId: s.idea.id, canRead: false, title: null, idea: null, viewerCanRequestAccess: true });
    expect(pilot!.viewerAccessRequest).toBeNull();

    // Asks; the bearer is told and sees the request, and asking twice is refused.
    const { requestIdeaAccess } = await r.ok(RequestAccess, { input: { ideaId: pilot!.ideaId, reason: "  Följeforskning om läxhjälp  " } });
    expect(requestIdeaAccess.errors).toEqual([]);
    expect(requestIdeaAccess.accessRequest).toMatchObject({ status: "PENDING", reason: "Följeforskning om läxhjälp" });
    const requestId = requestIdeaAccess.accessRequest!.id;
    const again = await r.ok(RequestAccess, { input: { ideaId: s.idea.id, reason: "Igen" } });
    expect(again.requestIdeaAccess.errors.map((e) => e.code)).toEqual(["ACCESS_REQUEST_PENDING"]);
    expect((await notificationsOf(s.bearer)).find((n) => n.kind === "access_request.requested")?.message).toBe(
      "Rut Forskare ber om att få läsa ”Hemlig pilot” för sin forskning: bevilja eller avslå begäran",
    );
    const asBearer = (await s.bearer.ok(IdeaForResearch, { id: s.idea.id })).idea!;
    expect(asBearer.accessRequests).toEqual([
      {
        id: requestId,
        status: "PENDING",
        reason: "Följeforskning om läxhjälp",
        response: "",
        viewerCanDecide: true,
        requester: { name: "Rut Forskare" },
      },
    ]);
    [pilot] = await pilots(r);
    expect(pilot).toMatchObject({
      canRead: false,
      viewerCanRequestAccess: false,
      viewerAccessRequest: { id: requestId, status: "PENDING" },
    });

    // Only a bearer answers: the guide (team) is refused.
    expect(codeOf(await s.guide.request(Grant, { input: { id: requestId } }))).toBe("FORBIDDEN");

    // Refused: still closed; the researcher is told without the title, and may ask again.
    const refused = await s.bearer.ok(Refuse, { input: { id: requestId, response: "Inte under pågående test." } });
    expect(refused.refuseIdeaAccess.accessRequest).toMatchObject({ status: "REFUSED", response: "Inte under pågående test." });
    expect((await r.ok(IdeaForResearch, { id: s.idea.id })).idea).toBeNull();
    const told = await notificationsOf(r);
    expect(told.map((n) => n.kind)).toContain("access_request.refused");
    expect(told.map((n) => n.message).join(" ")).not.toContain("Hemlig pilot");
    expect((await r.ok(MyRequests)).myAccessRequests).toEqual([
      { id: requestId, status: "REFUSED", reason: "Följeforskning om läxhjälp", response: "Inte under pågående test.", idea: null },
    ]);
    expect((await s.bearer.ok(Refuse, { input: { id: requestId } })).refuseIdeaAccess.errors.map((e) => e.code)).toEqual([
      "ACCESS_REQUEST_NOT_PENDING",
    ]);
    const reopened = await r.ok(RequestAccess, { input: { ideaId: s.idea.id, reason: "Vi har nu etikgodkännande." } });
    expect(reopened.requestIdeaAccess.accessRequest).toMatchObject({ id: requestId, status: "PENDING", response: "" });

    // Granted: the researcher reads the idea, its cycles, its place in lists and the register.
    const granted = await s.bearer.ok(Grant, { input: { id: requestId, response: "Välkommen!" } });
    expect(granted.grantIdeaAccess.accessRequest).toMatchObject({ status: "GRANTED", decidedBy: { name: "Ida Idébärare" } });
    const read = (await r.ok(IdeaForResearch, { id: s.idea.id })).idea!;
    expect(read.title).toBe("Hemlig pilot");
    expect(read.testCycles!.map((c) => c.id)).toEqual([s.cycle.id]);
    expect(read.accessRequests.map((a) => [a.status, a.viewerCanDecide])).toEqual([["GRANTED", false]]);
    expect((await r.ok(NodeOf, { id: s.cycle.id })).node).toEqual({ id: s.cycle.id, number: 1 });
    expect((await r.ok(BrowseIdeas, { arena: "gavleborg" })).ideas.edges.map((e) => e.node.id)).toContain(s.idea.id);
    [pilot] = await pilots(r);
    expect(pilot).toMatchObject({ canRead: true, title: "Hemlig pilot", idea: { title: "Hemlig pilot" }, viewerCanRequestAccess: false });
    expect((await notificationsOf(r)).find((n) => n.kind === "access_request.granted")?.message).toBe(
      "Du har fått läsbehörighet till ”Hemlig pilot”",
    );
    const notNeeded = await r.ok(RequestAccess, { input: { ideaId: s.idea.id, reason: "Igen" } });
    expect(notNeeded.requestIdeaAccess.errors.map((e) => e.code)).toEqual(["ACCESS_NOT_NEEDED"]);

    // Revoked: closed again, and the researcher no longer follows it (nor hears of it).
    expect((await r.ok(FollowIdea, { id: s.idea.id })).followIdea.errors).toEqual([]);
    const revoked = await s.bearer.ok(Revoke, { input: { id: requestId } });
    expect(revoked.revokeIdeaAccess.accessRequest).toMatchObject({ status: "REVOKED" });
    expect((await r.ok(IdeaForResearch, { id: s.idea.id })).idea).toBeNull();
    expect((await r.ok(NodeOf, { id: s.cycle.id })).node).toBeNull();
    [pilot] = await pilots(r);
    expect(pilot).toMatchObject({ canRead: false, title: null, viewerCanRequestAccess: true, viewerAccessRequest: { status: "REVOKED" } });
    expect((await s.bearer.ok(Revoke, { input: { id: requestId } })).revokeIdeaAccess.errors.map((e) => e.code)).toEqual([
      "ACCESS_REQUEST_NOT_GRANTED",
    ]);
    const { db: database } = await testDatabase();
    expect(
      await database
        .select()
        .from(follows)
        .where(eq(follows.ideaId, rawId(s.idea.id))),
    ).toEqual([]);

    const { db } = await testDatabase();
    const kinds = (
      await db
        .select({ kind: events.kind })
        .from(events)
        .where(eq(events.subjectId, rawId(requestId)))
    ).map((e) => e.kind);
    expect(kinds.sort()).toEqual(
      [
        "access_request.requested",
        "access_request.refused",
        "access_request.requested",
        "access_request.granted",
        "access_request.revoked",
      ].sort(),
    );
  });

  it("lets only researchers of the idea's arena ask, and only for ideas they cannot read", async () => {
    const open = await guidedIdea(client);
    const closed = await guidedIdea(client, { visibility: "GUIDANCE" });
    const r = await researcher();
    const publicAsk = await r.ok(RequestAccess, { input: { ideaId: open.idea.id, reason: "Forskning" } });
    expect(publicAsk.requestIdeaAccess.errors.map((e) => e.code)).toEqual(["ACCESS_NOT_NEEDED"]);
    const member = await client().signInAs(demo.bodyMember);
    const memberAsk = await member.ok(RequestAccess, { input: { ideaId: closed.idea.id, reason: "Nyfiken" } });
    expect(memberAsk.requestIdeaAccess.errors.map((e) => e.field + ":" + e.code)).toEqual(["input.ideaId:NOT_FOUND"]);
    const anon = await client().request(RequestAccess, { input: { ideaId: closed.idea.id, reason: "x" } });
    expect(codeOf(anon)).toBe("UNAUTHENTICATED");
    expect((await countRows()).requests).toBe(0);
  });

  it("refuses an empty or overlong reason in Swedish and English and changes nothing", async () => {
    const closed = await guidedIdea(client, { visibility: "GUIDANCE" });
    const r = await researcher();
    const before = await countRows();
    const sv = await r.ok(RequestAccess, { input: { ideaId: closed.idea.id, reason: "   " } });
    expect(sv.requestIdeaAccess).toEqual({
      accessRequest: null,
      errors: [{ field: "input.reason", code: "REQUIRED", message: "Fyll i fältet." }],
    });
    r.locale = "en";
    const en = await r.ok(RequestAccess, { input: { ideaId: closed.idea.id, reason: "x".repeat(2001) } });
    expect(en.requestIdeaAccess.errors).toEqual([{ field: "input.reason", code: "TOO_LONG", message: "At most 2000 characters." }]);
    expect(await countRows()).toEqual(before);
  });
});

// ---- evaluations ----

describe("evaluations", () => {
  it("keeps an evaluation internal to the team and researchers until its author shares it with the bearers", async () => {
    const s = await runningCycle(client, { values: [["2026-01-10", 12]] });
    const r = await researcher();
    const cycleOf = async (c: ApiClient) => (await c.ok(IdeaForResearch, { id: s.idea.id })).idea!.testCycles![0]!;
    expect((await cycleOf(r)).viewerCanEvaluate).toBe(true);
    expect((await cycleOf(s.guide)).viewerCanEvaluate).toBe(false);
    expect((await cycleOf(s.bearer)).viewerCanEvaluate).toBe(false);

    const e = await evaluate(r, s.cycle.id);
    expect(e).toMatchObject({
      ...evaluation,
      sharedWithBearers: false,
      viewerIsAuthor: true,
      author: { name: "Rut Forskare" },
      cycle: { id: s.cycle.id },
    });

    // The team and the researcher read it; the bearer and another arena member do not.
    expect((await cycleOf(s.guide)).evaluations.map((x) => [x.findings, x.viewerIsAuthor])).toEqual([[evaluation.findings, false]]);
    expect((await cycleOf(r)).evaluations.map((x) => x.id)).toEqual([e.id]);
    expect((await cycleOf(s.bearer)).evaluations).toEqual([]);
    expect((await s.bearer.ok(NodeOf, { id: e.id })).node).toBeNull();
    const member = await client().signInAs(demo.bodyMember);
    expect((await cycleOf(member)).evaluations).toEqual([]);
    expect((await cycleOf(member)).viewerCanEvaluate).toBe(false);
    expect(codeOf(await member.request(RecordEvaluation, { input: { cycleId: s.cycle.id, ...evaluation } }))).toBe("FORBIDDEN");

    // Only the author edits and shares.
    expect(codeOf(await s.guide.request(UpdateEvaluation, { input: { id: e.id, findings: "Ändrat" } }))).toBe("FORBIDDEN");
    expect(codeOf(await s.guide.request(ShareEvaluation, { id: e.id, share: true }))).toBe("FORBIDDEN");
    const updated = await r.ok(UpdateEvaluation, { input: { id: e.id, findings: "Arbetsro och bättre resultat.", confidence: "HIGH" } });
    expect(updated.updateEvaluation.evaluation).toEqual({ id: e.id, findings: "Arbetsro och bättre resultat.", confidence: "HIGH" });

    // Shared: the bearer reads it and is told; unshared: hidden again.
    const shared = await r.ok(ShareEvaluation, { id: e.id, share: true });
    expect(shared.shareEvaluationWithBearers.evaluation).toEqual({ id: e.id, sharedWithBearers: true });
    expect((await cycleOf(s.bearer)).evaluations.map((x) => [x.id, x.findings, x.sharedWithBearers])).toEqual([
      [e.id, "Arbetsro och bättre resultat.", true],
    ]);
    expect((await s.bearer.ok(NodeOf, { id: e.id })).node).toEqual({ id: e.id, findings: "Arbetsro och bättre resultat." });
    expect((await notificationsOf(s.bearer)).find((n) => n.kind === "evaluation.shared")?.message).toBe(
      "Rut Forskare har delat en utvärdering av testet av ”Läxhjälp i biblioteket” med er",
    );
    await r.ok(ShareEvaluation, { id: e.id, share: false });
    expect((await cycleOf(s.bearer)).evaluations).toEqual([]);

    const { db } = await testDatabase();
    const kinds = (
      await db
        .select({ kind: events.kind })
        .from(events)
        .where(eq(events.subjectId, rawId(e.id)))
    ).map((x) => x.kind);
    expect(kinds.sort()).toEqual(["evaluation.recorded", "evaluation.shared", "evaluation.unshared", "evaluation.updated"]);
  });

  it("does not let a researcher evaluate a pilot they carry themselves", async () => {
    const s = await runningCycle(client, { on: await guidedIdea(client, { title: "Forskarens egen idé" }, demo.researcher) });
    const cycle = (await s.bearer.ok(IdeaForResearch, { id: s.idea.id })).idea!.testCycles![0]!;
    expect(cycle.viewerCanEvaluate).toBe(false);
    expect(codeOf(await s.bearer.request(RecordEvaluation, { input: { cycleId: s.cycle.id, ...evaluation } }))).toBe("FORBIDDEN");
  });

  it("lets a researcher evaluate a guidance-only idea's cycle only once access is granted", async () => {
    const s = await plannedCycle(client, { on: await guidedIdea(client, { visibility: "GUIDANCE" }) });
    const r = await researcher();
    const closed = await r.ok(RecordEvaluation, { input: { cycleId: s.cycle.id, ...evaluation } });
    expect(closed.recordEvaluation.errors.map((e) => e.field + ":" + e.code)).toEqual(["input.cycleId:NOT_FOUND"]);
    const asked = await r.ok(RequestAccess, { input: { ideaId: s.idea.id, reason: "Utvärdering" } });
    await s.bearer.ok(Grant, { input: { id: asked.requestIdeaAccess.accessRequest!.id } });
    await evaluate(r, s.cycle.id);
  });

  it("refuses an incomplete evaluation in Swedish and English and changes nothing", async () => {
    const s = await runningCycle(client);
    const r = await researcher();
    const before = await countRows();
    const sv = await r.ok(RecordEvaluation, { input: { cycleId: s.cycle.id, ...evaluation, method: "", findings: " " } });
    expect(sv.recordEvaluation.evaluation).toBeNull();
    expect(sv.recordEvaluation.errors).toEqual([
      { field: "input.method", code: "REQUIRED", message: "Fyll i fältet." },
      { field: "input.findings", code: "REQUIRED", message: "Fyll i fältet." },
    ]);
    r.locale = "en";
    const en = await r.ok(RecordEvaluation, { input: { cycleId: s.cycle.id, ...evaluation, ethicsNotes: "x".repeat(10001) } });
    expect(en.recordEvaluation.errors).toEqual([{ field: "input.ethicsNotes", code: "TOO_LONG", message: "At most 10000 characters." }]);
    const e = await evaluate(r, s.cycle.id);
    const mid = await countRows();
    const bad = await r.ok(UpdateEvaluation, { input: { id: e.id, findings: "" } });
    expect(bad.updateEvaluation.errors).toEqual([{ field: "input.findings", code: "REQUIRED", message: "This field is required." }]);
    expect(await countRows()).toEqual(mid);
    expect(mid.evaluations).toBe(before.evaluations + 1);
    expect((await r.ok(IdeaForResearch, { id: s.idea.id })).idea!.testCycles![0]!.evaluations[0]!.findings).toBe(evaluation.findings);
  });
});

// ---- the pilot register ----

describe("the pilot register", () => {
  it("is for researchers and the guidance team only", async () => {
    await plannedCycle(client);
    expect(codeOf(await client().request(Register, {}))).toBe("UNAUTHENTICATED");
    expect(codeOf(await (await client().signInAs(demo.bearer)).request(Register, {}))).toBe("FORBIDDEN");
    expect(codeOf(await (await client().signInAs(demo.bodyMember)).request(Register, {}))).toBe("FORBIDDEN");
    expect((await pilots(await researcher())).length).toBe(1);
    expect((await pilots(await client().signInAs(demo.coordinator))).length).toBe(1);
    // The Dalarna coordinator is on no team in Gävleborg.
    expect(await pilots(await client().signInAs(demo.dalarnaCoordinator))).toEqual([]);
  });

  it("filters by arena, goal, stage, outcome and period, in a constant number of statements", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const { goals } = await arenaOf(bearer);
    const goal = goals[0]!;
    // A: planned in early 2025, tagged with a goal; B: retested (cycle 2 planned); C: advanced, its measure met;
    // D: in Dalarna; E: an idea without cycles, not a pilot.
    const a = await plannedCycle(client, {
      on: await guidedIdea(client, { title: "Pilot A", goalIds: [goal.id] }),
      plan: { ...defaultPlan, startsOn: "2025-01-10", endsOn: "2025-03-01" },
    });
    const b = await decidedCycle(client, "RETEST", { on: await guidedIdea(client, { title: "Pilot B" }), values: [["2026-01-10", 12]] });
    const c = await decidedCycle(client, "ADVANCE", { on: await guidedIdea(client, { title: "Pilot C" }), values: [["2026-01-10", 25]] });
    const d = await dalarnaPilot();
    await guidedIdea(client, { title: "Pilot E" });

    const r = await researcher();
    const titles = async (filter: Filter) => (await pilots(r, filter)).map((p) => p.title).sort();
    expect(await titles({})).toEqual(["Mötesplats i Mora", "Pilot A", "Pilot B", "Pilot C"]);
    expect(await titles({ arena: "dalarna" })).toEqual(["Mötesplats i Mora"]);
    expect(await titles({ arena: "gavleborg" })).toEqual(["Pilot A", "Pilot B", "Pilot C"]);
    expect(await titles({ goalId: goal.id })).toEqual(["Pilot A"]);
    expect(await titles({ stage: "SCALING" })).toEqual(["Pilot C"]);
    expect(await titles({ outcome: "ADVANCE" })).toEqual(["Pilot C"]);
    expect(await titles({ outcome: "ONGOING" })).toEqual(["Mötesplats i Mora", "Pilot A", "Pilot B"]);
    expect(await titles({ outcome: "STOP" })).toEqual([]);
    expect(await titles({ from: "2025-02-01", to: "2025-02-15" })).toEqual(["Pilot A"]);
    expect(await titles({ from: "2025-03-02" })).toEqual(["Mötesplats i Mora", "Pilot B", "Pilot C"]);
    expect(codeOf(await r.request(Register, { filter: { from: "2025-03-02", to: "2025-01-01" } }))).toBe("BAD_USER_INPUT");

    const all = await pilots(r);
    const byTitle = new Map(all.map((p) => [p.title, p]));
    expect(byTitle.get("Pilot A")).toMatchObject({
      ideaId: a.idea.id,
      stage: "GUIDANCE",
      cycleCount: 1,
      firstStartsOn: "2025-01-10",
      lastEndsOn: "2025-03-01",
      latestCycleStatus: "PLANNED",
      latestDecision: null,
      outcome: "ONGOING",
      measureCount: 1,
      measuresMet: 0,
      measuresNotMet: 0,
      canRead: true,
      arena: { slug: "gavleborg" },
      idea: { goals: [{ id: goal.id }] },
    });
    expect(byTitle.get("Pilot B")).toMatchObject({
      ideaId: b.idea.id,
      cycleCount: 2,
      latestCycleNumber: 2,
      latestCycleStatus: "PLANNED",
      outcome: "ONGOING",
    });
    expect(byTitle.get("Pilot C")).toMatchObject({
      ideaId: c.idea.id,
      stage: "SCALING",
      latestDecision: "ADVANCE",
      latestCycleStatus: "DECIDED",
      measuresMet: 1,
      measuresNotMet: 0,
    });
    expect(byTitle.get("Mötesplats i Mora")).toMatchObject({ ideaId: d.idea.id, arena: { slug: "dalarna" } });
    expect((await r.ok(NodeOf, { id: byTitle.get("Pilot C")!.id })).node).toEqual({ id: byTitle.get("Pilot C")!.id, canRead: true });

    // Paging: one at a time walks all four, the latest start first.
    const seen: string[] = [];
    let after: string | null | undefined;
    do {
      const page = await r.ok(Register, { first: 1, after });
      seen.push(...page.pilotRegister.edges.map((e) => e.node.ideaId));
      after = page.pilotRegister.pageInfo.hasNextPage ? page.pilotRegister.pageInfo.endCursor : null;
    } while (after);
    expect(seen.sort()).toEqual(all.map((p) => p.ideaId).sort());
    expect(all[all.length - 1]!.title).toBe("Pilot A");

    const small = await r.request(Register, { first: 1 });
    const large = await r.request(Register, { first: 100 });
    expect(small.data!.pilotRegister.edges).toHaveLength(1);
    expect(large.data!.pilotRegister.edges).toHaveLength(4);
    expect(small.extensions!.sqlStatements).toBe(large.extensions!.sqlStatements);
  });
});
