import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { type ApiClient, demo, newPerson } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { notificationsOf, registered } from "../../../test/support/discussion.js";
import { type VariablesOf, graphql } from "../../../test/support/graphql.js";
import { submittedIdea } from "../../../test/support/ideas.js";
import { fromGlobalId, toGlobalId } from "../../graphql/relay.js";
import { roleGrants, users } from "../accounts/accounts.tables.js";
import { events } from "../audit/audit.tables.js";
import { outbox } from "../notifications/notifications.tables.js";
import { guidanceSessions, ideaGuides, nextSteps } from "./guidance.tables.js";
import { swedishToday } from "../../shared/swedish-date.js";
import { notifyDueNextSteps } from "./reminders.service.js";
import { DAY_MS, advanceClock } from "../../shared/clock.js";

const RecordSession = graphql(`
  mutation RecordSession($input: RecordGuidanceSessionInput!) {
    recordGuidanceSession(input: $input) {
      session {
        id
        heldOn
        participants
        sharedNotes
        internalNotes
        advice
        recordedBy {
          name
        }
        nextSteps {
          id
          title
          ownerLabel
          dueOn
          done
          overdue
          owner {
            name
          }
        }
      }
      idea {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const UpdateSession = graphql(`
  mutation UpdateSession($input: UpdateGuidanceSessionInput!) {
    updateGuidanceSession(input: $input) {
      session {
        id
        heldOn
        sharedNotes
        internalNotes
        updatedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const AddStep = graphql(`
  mutation AddStep($input: AddNextStepInput!) {
    addNextStep(input: $input) {
      nextStep {
        id
        title
        ownerLabel
        dueOn
        done
        overdue
        owner {
          name
        }
        session {
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
const UpdateStep = graphql(`
  mutation UpdateStep($input: UpdateNextStepInput!) {
    updateNextStep(input: $input) {
      nextStep {
        id
        title
        ownerLabel
        dueOn
        owner {
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
const SetDone = graphql(`
  mutation SetDone($input: SetNextStepDoneInput!) {
    setNextStepDone(input: $input) {
      nextStep {
        id
        done
        doneAt
        overdue
      }
      errors {
        field
        code
      }
    }
  }
`);
const SetNeed = graphql(`
  mutation SetNeed($input: SetSupportNeedInput!) {
    setSupportNeed(input: $input) {
      supportNeed {
        id
        kind
        status
        notes
        updatedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const RemoveNeed = graphql(`
  mutation RemoveNeed($id: ID!) {
    removeSupportNeed(id: $id) {
      supportNeed {
        id
        kind
      }
      idea {
        supportPlan {
          id
        }
      }
      errors {
        field
        code
      }
    }
  }
`);
const IdeaGuidance = graphql(`
  query IdeaGuidance($id: ID!) {
    idea(id: $id) {
      id
      guidanceSessions {
        id
        heldOn
        participants
        sharedNotes
        internalNotes
        advice
        nextSteps {
          title
        }
      }
      nextSteps {
        id
        title
        ownerLabel
        dueOn
        done
        overdue
        owner {
          name
        }
        session {
          id
          internalNotes
        }
      }
      supportPlan {
        id
        kind
        status
        notes
      }
      timeline {
        kind
        reason
      }
      latestEvent {
        kind
      }
    }
  }
`);
const GuidanceNode = graphql(`
  query GuidanceNode($id: ID!) {
    node(id: $id) {
      id
      ... on GuidanceSession {
        sharedNotes
        internalNotes
      }
      ... on NextStep {
        title
      }
      ... on SupportNeed {
        kind
      }
    }
  }
`);
const Caseload = graphql(`
  query Caseload($first: Int, $after: String) {
    myCaseload(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          idea {
            id
            title
            bearer {
              name
            }
            guidanceSessions {
              heldOn
            }
          }
          assignedAt
          lastContactOn
          withoutContact
          openNextStepCount
          dueNextSteps {
            title
            dueOn
          }
          overdueNextSteps {
            title
            dueOn
            overdue
          }
        }
      }
    }
  }
`);
const MyNextSteps = graphql(`
  query MyNextSteps($filter: NextStepFilter, $first: Int, $after: String) {
    myNextSteps(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          dueOn
          done
          overdue
          owner {
            name
          }
          session {
            heldOn
          }
          idea {
            id
            title
          }
        }
      }
    }
  }
`);
const Me = graphql(`
  query MeForGuidance {
    me {
      id
    }
  }
`);
const Withdraw = graphql(`
  mutation WithdrawForGuidance($input: WithdrawIdeaInput!) {
    withdrawIdea(input: $input) {
      errors {
        code
      }
    }
  }
`);
const Invite = graphql(`
  mutation InviteForGuidance($input: InviteCoBearerInput!) {
    inviteCoBearer(input: $input) {
      coBearer {
        id
      }
      errors {
        code
      }
    }
  }
`);
const Respond = graphql(`
  mutation RespondForGuidance($input: RespondToInvitationInput!) {
    respondToInvitation(input: $input) {
      errors {
        code
      }
    }
  }
`);

const { client } = useTestServer();

// ---- helpers ----

const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const today = () => swedishToday();
/** Noon in Sweden on a date, as the clock of a reminder run. */
const noonOn = (date: string) => new Date(`${date}T10:00:00Z`);
const rawId = (globalId: string) => fromGlobalId(globalId)!.id;
const GUIDANCE_KINDS = /^(guidance|next_step|support_need)\./;

async function userIdOf(email: string) {
  const { db } = await testDatabase();
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return u!.id;
}

/** Assigns a guide to an idea as the coordinators' triage would (a row in idea_guides). */
async function assign(ideaId: string, email: string, assignedAt?: Date) {
  const { db } = await testDatabase();
  await db.insert(ideaGuides).values({ ideaId: rawId(ideaId), userId: await userIdOf(email), ...(assignedAt ? { assignedAt } : {}) });
}

async function meId(c: ApiClient) {
  return (await c.ok(Me)).me!.id;
}

/** A submitted idea of the demo bearer, guided by the demo guide of Gävleborg. */
async function guidedIdea(fields: Record<string, unknown> = {}) {
  const bearer = await client().signInAs(demo.bearer);
  const idea = await submittedIdea(bearer, { title: "Läxhjälp i biblioteket", ...fields });
  await assign(idea.id, demo.guide);
  const guide = await client().signInAs(demo.guide);
  return { bearer, guide, idea };
}

async function record(c: ApiClient, input: VariablesOf<typeof RecordSession>["input"]) {
  const { recordGuidanceSession: r } = await c.ok(RecordSession, { input });
  if (r.errors.length > 0) throw new Error(JSON.stringify(r.errors));
  return r.session!;
}

async function addStep(c: ApiClient, input: VariablesOf<typeof AddStep>["input"]) {
  const { addNextStep: r } = await c.ok(AddStep, { input });
  if (r.errors.length > 0) throw new Error(JSON.stringify(r.errors));
  return r.nextStep!;
}

async function setNeed(c: ApiClient, input: VariablesOf<typeof SetNeed>["input"]) {
  const { setSupportNeed: r } = await c.ok(SetNeed, { input });
  if (r.errors.length > 0) throw new Error(JSON.stringify(r.errors));
  return r.supportNeed!;
}

const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

async function timelineKinds(c: ApiClient, ideaId: string) {
  return (await c.ok(IdeaGuidance, { id: ideaId })).idea!.timeline.map((e) => e.kind);
}

// ---- sessions ----

describe("guidance sessions", () => {
  it("records a session with shared and internal notes, advice and next steps; the bearer reads all of it but the internal notes", async () => {
    const { bearer, guide, idea } = await guidedIdea();
    const [guideId, bearerId] = [await meId(guide), await meId(bearer)];
    const session = await record(guide, {
      ideaId: idea.id,
      heldOn: today(),
      participants: "Ida Idébärare, Gustav Lots",
      sharedNotes: "Vi gick igenom budgeten och tidsplanen.",
      internalNotes: "Idébäraren verkar ha för lite tid; följ upp försiktigt.",
      advice: "Sök medel hos Arvsfonden.",
      nextSteps: [
        { title: "Skicka ett budgetutkast", ownerLabel: "idébäraren", dueOn: plusDays(today(), 7) },
        { title: "Boka möte med Coompanion", ownerId: guideId, dueOn: plusDays(today(), 3) },
        { title: "Ring biblioteket", ownerId: bearerId },
      ],
    });
    expect(session).toMatchObject({
      heldOn: today(),
      internalNotes: "Idébäraren verkar ha för lite tid; följ upp försiktigt.",
      recordedBy: { name: "Gustav Lots" },
    });
    expect(session.nextSteps.map((s) => [s.title, s.owner?.name ?? null, s.ownerLabel, s.done, s.overdue])).toEqual([
      ["Boka möte med Coompanion", "Gustav Lots", "", false, false],
      ["Skicka ett budgetutkast", null, "idébäraren", false, false],
      ["Ring biblioteket", "Ida Idébärare", "", false, false],
    ]);

    // The bearer reads the shared part and the next steps, never the internal notes: on the idea, through a step, by node id.
    const seen = (await bearer.ok(IdeaGuidance, { id: idea.id })).idea!;
    expect(seen.guidanceSessions).toEqual([
      {
        id: session.id,
        heldOn: today(),
        participants: "Ida Idébärare, Gustav Lots",
        sharedNotes: "Vi gick igenom budgeten och tidsplanen.",
        internalNotes: null,
        advice: "Sök medel hos Arvsfonden.",
        nextSteps: [{ title: "Boka möte med Coompanion" }, { title: "Skicka ett budgetutkast" }, { title: "Ring biblioteket" }],
      },
    ]);
    expect(seen.nextSteps!.map((s) => s.session)).toEqual([0, 1, 2].map(() => ({ id: session.id, internalNotes: null })));
    expect((await bearer.ok(GuidanceNode, { id: session.id })).node).toEqual({
      id: session.id,
      sharedNotes: "Vi gick igenom budgeten och tidsplanen.",
      internalNotes: null,
    });
    expect((await guide.ok(GuidanceNode, { id: session.id })).node).toMatchObject({
      internalNotes: "Idébäraren verkar ha för lite tid; följ upp försiktigt.",
    });
    const coordinator = await client().signInAs(demo.coordinator);
    expect((await coordinator.ok(IdeaGuidance, { id: idea.id })).idea!.guidanceSessions![0]!.internalNotes).toMatch(/för lite tid/);

    // The timeline shows the session and each step, with nothing of the notes.
    const timeline = (await bearer.ok(IdeaGuidance, { id: idea.id })).idea!.timeline;
    expect(timeline.map((e) => e.kind)).toEqual([
      "idea.created",
      "idea.submitted",
      "guidance.session_recorded",
      "next_step.added",
      "next_step.added",
      "next_step.added",
    ]);
    expect(timeline.every((e) => e.reason === null)).toBe(true);

    // The owners hear of their steps (the bearers of the labelled one); the guide does not hear of their own.
    const toBearer = (await notificationsOf(bearer)).filter((n) => n.kind === "next_step.created");
    expect(toBearer.map((n) => n.message).sort()).toEqual([
      "Nytt nästa steg för ”Läxhjälp i biblioteket”: Ring biblioteket",
      "Nytt nästa steg för ”Läxhjälp i biblioteket”: Skicka ett budgetutkast",
    ]);
    expect(toBearer.every((n) => n.targetId === idea.id)).toBe(true);
    expect((await notificationsOf(guide)).filter((n) => n.kind.startsWith("next_step."))).toEqual([]);
  });

  it("lets any of the arena's guidance team record sessions, and nobody else", async () => {
    const bearer = await client().signInAs(demo.bearer);
    // Not assigned to anyone yet: the arena's guides, coordinators and admins may still record.
    const idea = await submittedIdea(bearer, { title: "Mötesplats för äldre" });
    for (const who of [demo.guide, demo.coordinator, demo.admin]) {
      const c = await client().signInAs(who);
      await record(c, { ideaId: idea.id, heldOn: today(), sharedNotes: `Samtal med ${who}` });
    }
    expect((await bearer.ok(IdeaGuidance, { id: idea.id })).idea!.guidanceSessions).toHaveLength(3);

    const input = { ideaId: idea.id, heldOn: today(), sharedNotes: "Nej" };
    expect(codeOf(await bearer.request(RecordSession, { input }))).toBe("FORBIDDEN");
    expect(codeOf(await client().request(RecordSession, { input }))).toBe("UNAUTHENTICATED");
    for (const who of [demo.researcher, demo.bodyMember, "dalarna.lots@arena.example"]) {
      const c = await client().signInAs(who);
      expect(codeOf(await c.request(RecordSession, { input }))).toBe("FORBIDDEN");
    }
    expect(codeOf(await bearer.request(AddStep, { input: { ideaId: idea.id, title: "Eget steg", ownerLabel: "jag" } }))).toBe("FORBIDDEN");

    // A withdrawn idea takes no more guidance.
    await bearer.ok(Withdraw, { input: { id: idea.id } });
    const guide = await client().signInAs(demo.guide);
    const late = await guide.ok(RecordSession, { input });
    expect(late.recordGuidanceSession.errors).toEqual([expect.objectContaining({ field: "input.ideaId", code: "WRONG_STAGE" })]);
  });

  it("reports every bad field at once, in the caller's language, and saves nothing", async () => {
    const { idea } = await guidedIdea();
    const guide = await client("en").signInAs(demo.guide);
    const bearerGlobal = toGlobalId("User", await userIdOf(demo.bearer));
    const researcherGlobal = toGlobalId("User", await userIdOf(demo.researcher));
    const { recordGuidanceSession: r } = await guide.ok(RecordSession, {
      input: {
        ideaId: idea.id,
        heldOn: plusDays(today(), 1),
        sharedNotes: "x".repeat(10_001),
        nextSteps: [
          { title: "   ", ownerLabel: "idébäraren" },
          { title: "Båda", ownerId: bearerGlobal, ownerLabel: "idébäraren" },
          { title: "Ingen" },
          { title: "Fel person", ownerId: researcherGlobal },
          { title: "Försent", ownerLabel: "idébäraren", dueOn: plusDays(today(), -1) },
        ],
      },
    });
    expect(r.session).toBeNull();
    const byField = Object.fromEntries(r.errors.map((e) => [e.field, e]));
    expect(byField).toEqual({
      "input.heldOn": {
        field: "input.heldOn",
        code: "DATE_IN_FUTURE",
        message: "The date cannot be in the future. Enter the day the session was held.",
      },
      "input.sharedNotes": { field: "input.sharedNotes", code: "TOO_LONG", message: "At most 10000 characters." },
      "input.nextSteps.0.title": { field: "input.nextSteps.0.title", code: "REQUIRED", message: "This field is required." },
      "input.nextSteps.1.ownerLabel": expect.objectContaining({
        code: "OWNER_EITHER",
        message: "Choose a person or write a name, not both.",
      }),
      "input.nextSteps.2.ownerId": expect.objectContaining({ code: "OWNER_REQUIRED" }),
      "input.nextSteps.3.ownerId": expect.objectContaining({ code: "OWNER_NOT_ALLOWED" }),
      "input.nextSteps.4.dueOn": expect.objectContaining({ code: "DUE_IN_PAST", message: "Choose today's date or a later one." }),
    });
    const sv = await client().signInAs(demo.guide);
    const tooMany = await sv.ok(RecordSession, {
      input: {
        ideaId: idea.id,
        heldOn: today(),
        nextSteps: Array.from({ length: 21 }, (_, i) => ({ title: `Steg ${i}`, ownerLabel: "x" })),
      },
    });
    expect(tooMany.recordGuidanceSession.errors).toEqual([
      { field: "input.nextSteps", code: "TOO_MANY_ITEMS", message: "Högst 20 åt gången." },
    ]);
    // Not a calendar date: refused by the LocalDate scalar before it reaches the service.
    expect(codeOf(await sv.request(RecordSession, { input: { ideaId: idea.id, heldOn: "2026-02-30" } }))).toBe("BAD_USER_INPUT");

    const after = (await sv.ok(IdeaGuidance, { id: idea.id })).idea!;
    expect(after.guidanceSessions).toEqual([]);
    expect(after.nextSteps).toEqual([]);
    expect(after.timeline.filter((e) => GUIDANCE_KINDS.test(e.kind))).toEqual([]);
  });

  it("corrects a session's record; the bearer sees the correction but still not the internal notes", async () => {
    const { bearer, guide, idea } = await guidedIdea();
    const s = await record(guide, { ideaId: idea.id, heldOn: plusDays(today(), -2), sharedNotes: "Första", internalNotes: "Hemligt" });
    const { updateGuidanceSession: u } = await guide.ok(UpdateSession, {
      input: { id: s.id, sharedNotes: "Rättad", internalNotes: "Fortfarande hemligt", heldOn: plusDays(today(), -1) },
    });
    expect(u.errors).toEqual([]);
    expect(u.session).toMatchObject({ sharedNotes: "Rättad", internalNotes: "Fortfarande hemligt", heldOn: plusDays(today(), -1) });
    // Saving the same again changes nothing and records nothing.
    await guide.ok(UpdateSession, { input: { id: s.id, sharedNotes: "Rättad" } });
    const seen = (await bearer.ok(IdeaGuidance, { id: idea.id })).idea!;
    expect(seen.guidanceSessions![0]).toMatchObject({ sharedNotes: "Rättad", internalNotes: null });
    expect(seen.timeline.map((e) => e.kind).filter((k) => GUIDANCE_KINDS.test(k))).toEqual([
      "guidance.session_recorded",
      "guidance.session_updated",
    ]);
    const future = await guide.ok(UpdateSession, { input: { id: s.id, heldOn: plusDays(today(), 3) } });
    expect(future.updateGuidanceSession.errors[0]).toMatchObject({ field: "input.heldOn", code: "DATE_IN_FUTURE" });
    expect(codeOf(await bearer.request(UpdateSession, { input: { id: s.id, sharedNotes: "Bäraren skriver" } }))).toBe("FORBIDDEN");
  });
});

describe("removing a session or a next step", () => {
  it("the team removes a session recorded by mistake; its next steps stay; the bearers may not; each is on the timeline", async () => {
    const { bearer, guide, idea } = await guidedIdea();
    const s = await record(guide, {
      ideaId: idea.id,
      heldOn: plusDays(today(), -1),
      sharedNotes: "Fel idé",
      nextSteps: [{ title: "Boka lokal", ownerLabel: "idébäraren", dueOn: plusDays(today(), 1) }],
    });
    const RemoveSession = graphql(`
      mutation RemoveSession($id: ID!) {
        removeGuidanceSession(id: $id) {
          session {
            id
            heldOn
          }
          errors {
            field
            code
          }
        }
      }
    `);
    expect(codeOf(await bearer.request(RemoveSession, { id: s.id }))).toBe("FORBIDDEN");
    const { removeGuidanceSession: r } = await guide.ok(RemoveSession, { id: s.id });
    expect(r).toEqual({ session: { id: s.id, heldOn: plusDays(today(), -1) }, errors: [] });
    const after = (await guide.ok(IdeaGuidance, { id: idea.id })).idea!;
    expect(after.guidanceSessions).toEqual([]);
    expect(after.nextSteps!.map((n) => [n.title, n.session])).toEqual([["Boka lokal", null]]);
    expect(after.timeline.map((e) => e.kind)).toContain("guidance.session_removed");
    const again = await guide.ok(RemoveSession, { id: s.id });
    expect(again.removeGuidanceSession.errors).toEqual([{ field: "id", code: "NOT_FOUND" }]);

    // The step, removed too, is reminded of no more.
    const RemoveStep = graphql(`
      mutation RemoveStep($id: ID!) {
        removeNextStep(id: $id) {
          nextStep {
            title
          }
          errors {
            code
          }
        }
      }
    `);
    const stepId = after.nextSteps![0]!.id;
    expect(codeOf(await bearer.request(RemoveStep, { id: stepId }))).toBe("FORBIDDEN");
    expect((await guide.ok(RemoveStep, { id: stepId })).removeNextStep).toEqual({ nextStep: { title: "Boka lokal" }, errors: [] });
    const { db } = await testDatabase();
    expect(
      await db
        .select()
        .from(nextSteps)
        .where(eq(nextSteps.ideaId, rawId(idea.id))),
    ).toEqual([]);
    // Reminders are made from the steps themselves: the day it was due brings none of it.
    await notifyDueNextSteps(db, noonOn(plusDays(today(), 1)));
    const reminded = await db
      .select({ data: events.data })
      .from(events)
      .where(eq(events.subjectId, rawId(stepId)));
    expect(reminded).toEqual([]);
    expect(await timelineKinds(guide, idea.id)).toContain("next_step.removed");
  });
});

// ---- who sees what ----

describe("nobody outside the idea's bearers and its arena's guidance team sees its guidance", () => {
  it("gives the public, members of the arena and another arena's staff nothing, through any query", async () => {
    const { guide, idea } = await guidedIdea();
    const s = await record(guide, {
      ideaId: idea.id,
      heldOn: today(),
      sharedNotes: "Delad anteckning",
      internalNotes: "Intern anteckning",
      nextSteps: [{ title: "Skicka budget", ownerLabel: "idébäraren", dueOn: plusDays(today(), 1) }],
    });
    const need = await setNeed(guide, { ideaId: idea.id, kind: "FUNDING", status: "OPEN", notes: "Arvsfonden" });
    const stepId = (await guide.ok(IdeaGuidance, { id: idea.id })).idea!.nextSteps![0]!.id;
    // Even if a Dalarna guide were wrongly listed as a guide of this Gävleborg idea.
    await assign(idea.id, "dalarna.lots@arena.example");

    const outsiders: [string, ApiClient][] = [["anonymous", client()]];
    for (const who of [demo.researcher, demo.bodyMember, "dalarna.lots@arena.example", demo.dalarnaCoordinator])
      outsiders.push([who, await client().signInAs(who)]);
    for (const [who, c] of outsiders) {
      const seen = (await c.ok(IdeaGuidance, { id: idea.id })).idea;
      expect(seen, who).toMatchObject({
        id: idea.id,
        guidanceSessions: null,
        nextSteps: null,
        supportPlan: null,
        latestEvent: { kind: "idea.submitted" },
      });
      expect(
        seen!.timeline.map((e) => e.kind),
        who,
      ).toEqual(["idea.created", "idea.submitted"]);
      for (const id of [s.id, stepId, need.id]) expect((await c.ok(GuidanceNode, { id })).node, `${who} ${id}`).toBeNull();
      if (who === "anonymous") {
        expect(codeOf(await c.request(Caseload, {}))).toBe("UNAUTHENTICATED");
        continue;
      }
      expect((await c.ok(Caseload, { first: 10 })).myCaseload.totalCount, who).toBe(0);
      expect((await c.ok(MyNextSteps, { filter: "ALL" })).myNextSteps.totalCount, who).toBe(0);
    }

    // Nor may they change any of it: what they cannot see does not exist for them.
    const dalarna = outsiders[3]![1];
    expect((await dalarna.ok(UpdateSession, { input: { id: s.id, sharedNotes: "x" } })).updateGuidanceSession.errors[0]!.code).toBe(
      "NOT_FOUND",
    );
    expect((await dalarna.ok(SetDone, { input: { id: stepId, done: true } })).setNextStepDone.errors[0]!.code).toBe("NOT_FOUND");
    expect((await dalarna.ok(UpdateStep, { input: { id: stepId, title: "x" } })).updateNextStep.errors[0]!.code).toBe("NOT_FOUND");
    expect((await dalarna.ok(RemoveNeed, { id: need.id })).removeSupportNeed.errors[0]!.code).toBe("NOT_FOUND");
    expect(codeOf(await dalarna.request(SetNeed, { input: { ideaId: idea.id, kind: "FUNDING", status: "MET" } }))).toBe("FORBIDDEN");
    expect((await guide.ok(IdeaGuidance, { id: idea.id })).idea!.supportPlan).toEqual([expect.objectContaining({ status: "OPEN" })]);
  });

  it("keeps a guidance-only idea and its guidance from another arena's guide altogether", async () => {
    const { guide, idea } = await guidedIdea({ visibility: "GUIDANCE" });
    const s = await record(guide, { ideaId: idea.id, heldOn: today(), internalNotes: "Känsligt" });
    await assign(idea.id, "dalarna.lots@arena.example");
    const dalarna = await client().signInAs("dalarna.lots@arena.example");
    expect((await dalarna.ok(IdeaGuidance, { id: idea.id })).idea).toBeNull();
    expect((await dalarna.ok(GuidanceNode, { id: s.id })).node).toBeNull();
    expect((await dalarna.ok(Caseload, {})).myCaseload.edges).toEqual([]);
    expect((await dalarna.ok(UpdateSession, { input: { id: s.id, internalNotes: "x" } })).updateGuidanceSession.errors[0]!.code).toBe(
      "NOT_FOUND",
    );
    expect((await dalarna.ok(RecordSession, { input: { ideaId: idea.id, heldOn: today() } })).recordGuidanceSession.errors[0]!.code).toBe(
      "NOT_FOUND",
    );
  });
});

// ---- next steps ----

describe("next steps", () => {
  it("adds steps on their own or to a session; the owner hears of it, or the bearers when a label owns it, never whoever added it", async () => {
    const { bearer, guide, idea } = await guidedIdea();
    const co = await registered(client("en"), { ...newPerson(), locale: "EN" });
    const { inviteCoBearer } = await bearer.ok(Invite, { input: { ideaId: idea.id, email: co.email } });
    await co.client.ok(Respond, { input: { id: inviteCoBearer.coBearer!.id, accept: true } });
    const session = await record(guide, { ideaId: idea.id, heldOn: today() });

    const labelled = await addStep(guide, {
      ideaId: idea.id,
      title: "Skriv en ansökan",
      ownerLabel: "idébärarna",
      dueOn: plusDays(today(), 10),
    });
    expect(labelled).toMatchObject({ ownerLabel: "idébärarna", owner: null, session: null, done: false });
    const coOwned = await addStep(guide, {
      ideaId: idea.id,
      sessionId: session.id,
      title: "Kontakta skolan",
      ownerId: co.id,
    });
    expect(coOwned).toMatchObject({ owner: { name: co.name }, session: { id: session.id } });
    await addStep(guide, { ideaId: idea.id, title: "Läs ansökan", ownerId: await meId(guide) });

    const created = (list: Awaited<ReturnType<typeof notificationsOf>>) =>
      list.filter((n) => n.kind === "next_step.created").map((n) => n.message);
    expect(created(await notificationsOf(bearer))).toEqual(["Nytt nästa steg för ”Läxhjälp i biblioteket”: Skriv en ansökan"]);
    expect(created(await notificationsOf(co.client)).sort()).toEqual([
      "New next step for “Läxhjälp i biblioteket”: Kontakta skolan",
      "New next step for “Läxhjälp i biblioteket”: Skriv en ansökan",
    ]);
    expect(created(await notificationsOf(guide))).toEqual([]);
    // The mail goes in the recipient's language.
    const { db } = await testDatabase();
    const mail = await db.select().from(outbox).where(eq(outbox.toAddress, co.email));
    expect(mail.map((m) => m.subject)).toContain("New next step for “Läxhjälp i biblioteket”: Kontakta skolan");

    const seen = (await bearer.ok(IdeaGuidance, { id: idea.id })).idea!;
    expect(seen.guidanceSessions![0]!.nextSteps).toEqual([{ title: "Kontakta skolan" }]);
    expect(seen.nextSteps!.map((s) => s.title)).toEqual(["Skriv en ansökan", "Kontakta skolan", "Läs ansökan"]);
    expect(seen.timeline.filter((e) => e.kind === "next_step.added")).toHaveLength(3);

    // A session of another idea is not this idea's.
    const other = await guidedIdea({ title: "En annan idé" });
    const { addNextStep: wrong } = await guide.ok(AddStep, {
      input: { ideaId: other.idea.id, sessionId: session.id, title: "x", ownerLabel: "y" },
    });
    expect(wrong.errors).toEqual([expect.objectContaining({ field: "input.sessionId", code: "NOT_FOUND" })]);
  });

  it("edits a step's title, owner and due date; a person who becomes its owner is told; the bearers may not edit", async () => {
    const { bearer, guide, idea } = await guidedIdea();
    const step = await addStep(guide, { ideaId: idea.id, title: "Boka lokal", ownerLabel: "idébäraren", dueOn: plusDays(today(), 5) });
    const coordinator = await client().signInAs(demo.coordinator);
    const { updateNextStep: u } = await guide.ok(UpdateStep, {
      input: { id: step.id, title: "Boka lokal i biblioteket", ownerId: await meId(coordinator), dueOn: null },
    });
    expect(u.errors).toEqual([]);
    expect(u.nextStep).toMatchObject({
      title: "Boka lokal i biblioteket",
      ownerLabel: "",
      owner: { name: "Klara Koordinator" },
      dueOn: null,
    });
    expect((await notificationsOf(coordinator)).filter((n) => n.kind.startsWith("next_step.")).map((n) => [n.kind, n.message])).toEqual([
      ["next_step.assigned", "Du ansvarar nu för ett nästa steg för ”Läxhjälp i biblioteket”: Boka lokal i biblioteket"],
    ]);
    // Back to a label.
    const back = await guide.ok(UpdateStep, { input: { id: step.id, ownerLabel: "Coompanion", dueOn: plusDays(today(), 2) } });
    expect(back.updateNextStep.nextStep).toMatchObject({ ownerLabel: "Coompanion", owner: null, dueOn: plusDays(today(), 2) });

    const bad = await guide.ok(UpdateStep, { input: { id: step.id, ownerId: null, title: "", dueOn: plusDays(today(), -3) } });
    expect(bad.updateNextStep.errors.map((e) => [e.field, e.code])).toEqual([
      ["input.title", "REQUIRED"],
      ["input.ownerId", "OWNER_REQUIRED"],
      ["input.dueOn", "DUE_IN_PAST"],
    ]);
    const { db } = await testDatabase();
    const notAllowed = await guide.ok(UpdateStep, { input: { id: step.id, ownerId: toGlobalId("User", await userIdOf(demo.researcher)) } });
    expect(notAllowed.updateNextStep.errors[0]).toMatchObject({ field: "input.ownerId", code: "OWNER_NOT_ALLOWED" });
    expect(codeOf(await bearer.request(UpdateStep, { input: { id: step.id, title: "Bäraren ändrar" } }))).toBe("FORBIDDEN");

    const kinds = (await timelineKinds(bearer, idea.id)).filter((k) => GUIDANCE_KINDS.test(k));
    expect(kinds).toEqual(["next_step.added", "next_step.updated", "next_step.updated"]);
    const [ev] = await db
      .select()
      .from(events)
      .where(and(eq(events.subjectId, rawId(idea.id)), eq(events.kind, "next_step.updated")))
      .orderBy(events.createdAt);
    expect(ev!.data).toMatchObject({ changed: ["title", "owner", "dueOn"] });
  });

  it("is marked done and reopened by the bearers or the team; overdue follows the Swedish calendar", async () => {
    const { bearer, guide, idea } = await guidedIdea();
    const step = await addStep(guide, { ideaId: idea.id, title: "Skicka budget", ownerLabel: "idébäraren", dueOn: plusDays(today(), 1) });
    expect(step.overdue).toBe(false);
    // The day after its due date, it is late.
    advanceClock(2 * DAY_MS);
    expect((await bearer.ok(IdeaGuidance, { id: idea.id })).idea!.nextSteps![0]).toMatchObject({ overdue: true, done: false });
    advanceClock(-DAY_MS);
    expect((await bearer.ok(IdeaGuidance, { id: idea.id })).idea!.nextSteps![0]!.overdue).toBe(false); // due today is not late yet
    advanceClock(DAY_MS);

    const done = await bearer.ok(SetDone, { input: { id: step.id, done: true } });
    expect(done.setNextStepDone.nextStep).toMatchObject({ done: true, overdue: false });
    expect(done.setNextStepDone.nextStep!.doneAt).not.toBeNull();
    await bearer.ok(SetDone, { input: { id: step.id, done: true } }); // again: nothing changes
    const reopened = await guide.ok(SetDone, { input: { id: step.id, done: false } });
    expect(reopened.setNextStepDone.nextStep).toMatchObject({ done: false, doneAt: null, overdue: true });
    expect((await timelineKinds(bearer, idea.id)).filter((k) => GUIDANCE_KINDS.test(k))).toEqual([
      "next_step.added",
      "next_step.done",
      "next_step.reopened",
    ]);
    // Someone who may see the idea but not its guidance cannot touch the step.
    const researcher = await client().signInAs(demo.researcher);
    expect((await researcher.ok(SetDone, { input: { id: step.id, done: true } })).setNextStepDone.errors[0]!.code).toBe("NOT_FOUND");
  });
});

describe("reminders of due and overdue next steps", () => {
  it("reminds once of steps due tomorrow and once of overdue ones, again when the due date moves, never of done ones", async () => {
    const { bearer, guide, idea } = await guidedIdea();
    const coordinator = await client().signInAs(demo.coordinator);
    const due = plusDays(today(), 3);
    const a = await addStep(guide, { ideaId: idea.id, title: "Skicka budget", ownerLabel: "idébäraren", dueOn: due });
    const b = await addStep(guide, { ideaId: idea.id, title: "Ring kommunen", ownerId: await meId(coordinator), dueOn: due });
    await addStep(guide, { ideaId: idea.id, title: "Senare", ownerLabel: "idébäraren", dueOn: plusDays(due, 5) });
    const c = await addStep(guide, { ideaId: idea.id, title: "Redan gjort", ownerLabel: "idébäraren", dueOn: due });
    await bearer.ok(SetDone, { input: { id: c.id, done: true } });
    const { db } = await testDatabase();

    expect(await notifyDueNextSteps(db, noonOn(plusDays(due, -2)))).toMatchObject({ due: 0, overdue: 0 });
    const first = await notifyDueNextSteps(db, noonOn(plusDays(due, -1)));
    expect(first).toMatchObject({ due: 2, overdue: 0 });
    // Twice at once, or again later the same day: nothing more.
    const again = await Promise.all([notifyDueNextSteps(db, noonOn(plusDays(due, -1))), notifyDueNextSteps(db, noonOn(due))]);
    expect(again.map((r) => r.notifications.length)).toEqual([0, 0]);

    const reminders = async (cl: ApiClient) =>
      (await notificationsOf(cl)).filter((n) => n.kind === "next_step.due" || n.kind === "next_step.overdue").map((n) => n.message);
    expect(await reminders(bearer)).toEqual([`Nästa steg för ”Läxhjälp i biblioteket” ska vara klart ${due}: Skicka budget`]);
    expect(await reminders(coordinator)).toEqual([`Nästa steg för ”Läxhjälp i biblioteket” ska vara klart ${due}: Ring kommunen`]);
    expect(await reminders(guide)).toEqual([]);

    // Overdue: the owners again, and the idea's guides.
    const late = await notifyDueNextSteps(db, noonOn(plusDays(due, 1)));
    expect(late).toMatchObject({ due: 0, overdue: 2 });
    expect((await notifyDueNextSteps(db, noonOn(plusDays(due, 2)))).notifications).toEqual([]);
    expect((await reminders(guide)).sort()).toEqual([
      `Nästa steg för ”Läxhjälp i biblioteket” är försenat (skulle vara klart ${due}): Ring kommunen`,
      `Nästa steg för ”Läxhjälp i biblioteket” är försenat (skulle vara klart ${due}): Skicka budget`,
    ]);
    expect(await reminders(bearer)).toHaveLength(2);

    // A new due date is reminded of again; a step done is not.
    const moved = plusDays(due, 4);
    await guide.ok(UpdateStep, { input: { id: b.id, dueOn: moved } });
    await bearer.ok(SetDone, { input: { id: a.id, done: true } });
    const afterMove = await notifyDueNextSteps(db, noonOn(plusDays(moved, -1)));
    expect(afterMove.notifications.map((n) => [n.kind, n.userId])).toEqual([["next_step.due", await userIdOf(demo.coordinator)]]);

    // The reminders are recorded on the steps, not on the idea's timeline; the mail waits in the outbox.
    const recorded = await db
      .select({ kind: events.kind })
      .from(events)
      .where(and(eq(events.subjectType, "NextStep"), inArray(events.subjectId, [rawId(a.id), rawId(b.id)])));
    expect(recorded.map((r) => r.kind).sort()).toEqual([
      "next_step.due_notified",
      "next_step.due_notified",
      "next_step.due_notified",
      "next_step.overdue_notified",
      "next_step.overdue_notified",
    ]);
    expect((await timelineKinds(bearer, idea.id)).some((k) => k.endsWith("_notified"))).toBe(false);
    const mail = await db.select().from(outbox).where(eq(outbox.toAddress, demo.coordinator));
    expect(mail.map((m) => m.subject)).toContain(`Nästa steg för ”Läxhjälp i biblioteket” ska vara klart ${moved}: Ring kommunen`);
  });
});

// ---- the support plan ----

describe("the support plan", () => {
  it("holds one need per kind except OTHER; the team sets and removes them, the bearers read them, every change is on the timeline", async () => {
    const { bearer, guide, idea } = await guidedIdea();
    const funding = await setNeed(guide, { ideaId: idea.id, kind: "FUNDING", status: "OPEN", notes: "Arvsfonden eller kommunen" });
    expect(funding).toMatchObject({ kind: "FUNDING", status: "OPEN", notes: "Arvsfonden eller kommunen" });
    // Setting the same kind again updates that need; notes left out are kept.
    const progressed = await setNeed(guide, { ideaId: idea.id, kind: "FUNDING", status: "IN_PROGRESS" });
    expect(progressed).toMatchObject({ id: funding.id, status: "IN_PROGRESS", notes: "Arvsfonden eller kommunen" });
    // Nothing changed: no new event.
    await setNeed(guide, { ideaId: idea.id, kind: "FUNDING", status: "IN_PROGRESS" });

    const noNotes = await guide.ok(SetNeed, { input: { ideaId: idea.id, kind: "OTHER", status: "OPEN" } });
    expect(noNotes.setSupportNeed.errors).toEqual([{ field: "input.notes", code: "REQUIRED", message: "Fyll i fältet." }]);
    const room = await setNeed(guide, { ideaId: idea.id, kind: "OTHER", status: "OPEN", notes: "En lokal på kvällstid" });
    const translation = await setNeed(guide, { ideaId: idea.id, kind: "OTHER", status: "OPEN", notes: "Översättning till arabiska" });
    expect(room.id).not.toBe(translation.id);
    const asSite = await setNeed(guide, { ideaId: idea.id, id: room.id, kind: "TEST_SITE", status: "MET", notes: "Biblioteket i Gävle" });
    expect(asSite).toMatchObject({ id: room.id, kind: "TEST_SITE", status: "MET" });
    const clash = await guide.ok(SetNeed, { input: { ideaId: idea.id, id: translation.id, kind: "FUNDING", status: "OPEN" } });
    expect(clash.setSupportNeed.errors[0]).toMatchObject({ field: "input.kind", code: "SUPPORT_NEED_EXISTS" });

    const plan = (await bearer.ok(IdeaGuidance, { id: idea.id })).idea!.supportPlan!;
    expect(plan.map((n) => [n.kind, n.status])).toEqual([
      ["FUNDING", "IN_PROGRESS"],
      ["TEST_SITE", "MET"],
      ["OTHER", "OPEN"],
    ]);
    expect(codeOf(await bearer.request(SetNeed, { input: { ideaId: idea.id, kind: "RESEARCH", status: "OPEN" } }))).toBe("FORBIDDEN");
    expect(codeOf(await bearer.request(RemoveNeed, { id: funding.id }))).toBe("FORBIDDEN");

    const { removeSupportNeed } = await guide.ok(RemoveNeed, { id: translation.id });
    expect(removeSupportNeed).toMatchObject({ supportNeed: { id: translation.id, kind: "OTHER" }, errors: [] });
    expect(removeSupportNeed.idea!.supportPlan!.map((n) => n.id)).toEqual([funding.id, room.id]);
    expect((await guide.ok(RemoveNeed, { id: translation.id })).removeSupportNeed.errors[0]!.code).toBe("NOT_FOUND");
    expect((await timelineKinds(bearer, idea.id)).filter((k) => GUIDANCE_KINDS.test(k))).toEqual([
      "support_need.updated",
      "support_need.updated",
      "support_need.updated",
      "support_need.updated",
      "support_need.updated",
      "support_need.removed",
    ]);
  });
});

// ---- caseload ----

describe("a guide's caseload", () => {
  it("lists the ideas the guide is assigned to, longest without contact first, with due and overdue steps", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const guide = await client().signInAs(demo.guide);
    const { db } = await testDatabase();
    const longAgo = await submittedIdea(bearer, { title: "Tilldelad för länge sedan" });
    await assign(longAgo.id, demo.guide, new Date(Date.now() - 40 * 86_400_000));
    const oldSession = await submittedIdea(bearer, { title: "Gammalt samtal" });
    await assign(oldSession.id, demo.guide);
    await record(guide, { ideaId: oldSession.id, heldOn: plusDays(today(), -35) });
    const fresh = await submittedIdea(bearer, { title: "Färskt samtal" });
    await assign(fresh.id, demo.guide);
    await record(guide, {
      ideaId: fresh.id,
      heldOn: plusDays(today(), -29),
      nextSteps: [
        { title: "Snart", ownerLabel: "idébäraren", dueOn: plusDays(today(), 2) },
        { title: "Försenat", ownerLabel: "idébäraren", dueOn: plusDays(today(), 1) },
        { title: "Långt fram", ownerLabel: "idébäraren", dueOn: plusDays(today(), 30) },
        { title: "Klart", ownerLabel: "idébäraren", dueOn: plusDays(today(), 1) },
      ],
    });
    const steps = (await guide.ok(IdeaGuidance, { id: fresh.id })).idea!.nextSteps!;
    await db
      .update(nextSteps)
      .set({ dueOn: plusDays(today(), -2) })
      .where(eq(nextSteps.id, rawId(steps.find((s) => s.title === "Försenat")!.id)));
    await guide.ok(SetDone, { input: { id: steps.find((s) => s.title === "Klart")!.id, done: true } });
    const newlyAssigned = await submittedIdea(bearer, { title: "Nyss tilldelad" });
    await assign(newlyAssigned.id, demo.guide);
    // Not in this caseload: another's idea, and an idea withdrawn.
    const others = await submittedIdea(bearer, { title: "Koordinatorns idé" });
    await assign(others.id, demo.coordinator);
    const gone = await submittedIdea(bearer, { title: "Tillbakadragen" });
    await assign(gone.id, demo.guide);
    await bearer.ok(Withdraw, { input: { id: gone.id } });

    const { myCaseload } = await guide.ok(Caseload, { first: 10 });
    expect(myCaseload.totalCount).toBe(4);
    const items = myCaseload.edges.map((e) => e.node);
    expect(items.map((i) => i.idea.title)).toEqual(["Tilldelad för länge sedan", "Gammalt samtal", "Färskt samtal", "Nyss tilldelad"]);
    expect(items.map((i) => [i.lastContactOn, i.withoutContact])).toEqual([
      [null, true],
      [plusDays(today(), -35), true],
      [plusDays(today(), -29), false],
      [null, false],
    ]);
    const f = items[2]!;
    expect(f.openNextStepCount).toBe(3);
    expect(f.dueNextSteps).toEqual([{ title: "Snart", dueOn: plusDays(today(), 2) }]);
    expect(f.overdueNextSteps).toEqual([{ title: "Försenat", dueOn: plusDays(today(), -2), overdue: true }]);
    expect(f.idea.guidanceSessions).toEqual([{ heldOn: plusDays(today(), -29) }]);

    // Pages follow each other without gaps or repeats.
    const p1 = (await guide.ok(Caseload, { first: 3 })).myCaseload;
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = (await guide.ok(Caseload, { first: 3, after: p1.pageInfo.endCursor })).myCaseload;
    expect([...p1.edges, ...p2.edges].map((e) => e.node.idea.title)).toEqual(items.map((i) => i.idea.title));
    expect(p2.pageInfo.hasNextPage).toBe(false);

    // Next steps across the caseload, soonest due first.
    const list = async (filter: "DUE" | "OVERDUE" | "OPEN" | "ALL") =>
      (await guide.ok(MyNextSteps, { filter, first: 10 })).myNextSteps.edges.map((e) => e.node.title);
    expect(await list("DUE")).toEqual(["Snart"]);
    expect(await list("OVERDUE")).toEqual(["Försenat"]);
    expect(await list("OPEN")).toEqual(["Försenat", "Snart", "Långt fram"]);
    expect(await list("ALL")).toEqual(["Försenat", "Klart", "Snart", "Långt fram"]);
    const n1 = (await guide.ok(MyNextSteps, { filter: "ALL", first: 2 })).myNextSteps;
    const n2 = (await guide.ok(MyNextSteps, { filter: "ALL", first: 2, after: n1.pageInfo.endCursor })).myNextSteps;
    expect([...n1.edges, ...n2.edges].map((e) => e.node.title)).toEqual(["Försenat", "Klart", "Snart", "Långt fram"]);
    expect(n2.pageInfo.hasNextPage).toBe(false);
    // The bearer's "Mina nästa steg" holds the open steps of the ideas they bear.
    const borne = (await bearer.ok(MyNextSteps, { filter: "OPEN", first: 20 })).myNextSteps.edges.map((e) => e.node.title);
    expect(borne).toEqual(expect.arrayContaining(["Försenat", "Snart", "Långt fram"]));
    expect(borne).not.toContain("Klart");

    // The coordinator's caseload is their own; a bearer has none.
    const coordinator = await client().signInAs(demo.coordinator);
    expect((await coordinator.ok(Caseload, {})).myCaseload.edges.map((e) => e.node.idea.title)).toEqual(["Koordinatorns idé"]);
    expect((await bearer.ok(Caseload, {})).myCaseload.totalCount).toBe(0);
    // A guide who leaves the arena's guidance team leaves its caseload (and its guidance) with it.
    await db.delete(roleGrants).where(eq(roleGrants.userId, await userIdOf(demo.guide)));
    expect((await guide.ok(Caseload, {})).myCaseload.totalCount).toBe(0);
    expect((await guide.ok(MyNextSteps, { filter: "ALL" })).myNextSteps.totalCount).toBe(0);
    expect((await guide.ok(IdeaGuidance, { id: fresh.id })).idea!.guidanceSessions).toBeNull();
  });

  it("lists 10 or 100 ideas of a caseload, and their next steps, in the same number of SQL statements", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const guide = await client().signInAs(demo.guide);
    const { db } = await testDatabase();
    const guideId = await userIdOf(demo.guide);
    for (let i = 0; i < 12; i++) {
      const idea = await submittedIdea(bearer, { title: `Idé i lotsning ${i}` });
      await assign(idea.id, demo.guide);
      const [s] = await db
        .insert(guidanceSessions)
        .values({ ideaId: rawId(idea.id), heldOn: plusDays(today(), -i), sharedNotes: `Samtal ${i}`, createdBy: guideId })
        .returning();
      await db.insert(nextSteps).values([
        { ideaId: rawId(idea.id), sessionId: s!.id, title: `Steg ${i}`, ownerId: guideId, dueOn: plusDays(today(), (i % 3) - 1) },
        { ideaId: rawId(idea.id), title: `Fritt steg ${i}`, ownerLabel: "idébäraren" },
      ]);
    }
    const small = await guide.request(Caseload, { first: 10 });
    const large = await guide.request(Caseload, { first: 100 });
    expect(small.errors).toBeUndefined();
    expect(small.data!.myCaseload.edges).toHaveLength(10);
    expect(large.data!.myCaseload.edges).toHaveLength(12);
    expect(large.data!.myCaseload.edges.every((e) => e.node.idea.bearer.name === "Ida Idébärare" && e.node.openNextStepCount === 2)).toBe(
      true,
    );
    expect(small.extensions!.sqlStatements).toBe(large.extensions!.sqlStatements);

    const steps10 = await guide.request(MyNextSteps, { filter: "ALL", first: 10 });
    const steps100 = await guide.request(MyNextSteps, { filter: "ALL", first: 100 });
    expect(steps100.data!.myNextSteps.edges).toHaveLength(24);
    expect(steps100.data!.myNextSteps.edges.filter((e) => e.node.session !== null && e.node.owner?.name === "Gustav Lots")).toHaveLength(
      12,
    );
    expect(steps10.extensions!.sqlStatements).toBe(steps100.extensions!.sqlStatements);
  });
});
