import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { type ApiClient, demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { graphql } from "../../../test/support/graphql.js";
import { arenaOf, submittedIdea } from "../../../test/support/ideas.js";
import { notifications, outbox } from "../notifications/notifications.tables.js";
import { ideas } from "../ideas/ideas.tables.js";
import { DAY_MS, advanceClock, setClockForTests } from "../../shared/clock.js";

const Queue = graphql(`
  query Queue($arenaId: ID!, $first: Int) {
    intakeQueue(arenaId: $arenaId, first: $first) {
      totalCount
      edges {
        node {
          waitingWorkingDays
          acknowledgementOverdue
          decisionOverdue
          idea {
            id
            title
            stage
            bearer {
              name
            }
            goals {
              number
            }
          }
        }
      }
    }
  }
`);
const Overdue = graphql(`
  query Overdue($arenaId: ID!) {
    overduePromises(arenaId: $arenaId) {
      acknowledgementOverdue
      decisionOverdue
      idea {
        id
      }
    }
  }
`);
const Ack = graphql(`
  mutation Ack($id: ID!) {
    acknowledgeIdea(ideaId: $id) {
      idea {
        id
      }
      errors {
        code
      }
    }
  }
`);
const Triage = graphql(`
  mutation Triage($input: TriageInput!) {
    triageIdea(input: $input) {
      confirmationUrl
      idea {
        id
        stage
        guides {
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
const Answer = graphql(`
  mutation Answer($input: AnswerQuestionInput!) {
    answerQuestion(input: $input) {
      idea {
        stage
      }
      errors {
        field
        code
      }
    }
  }
`);
const IdeaView = graphql(`
  query TriagedIdea($id: ID!) {
    idea(id: $id) {
      stage
      hearBackBy
      guides {
        name
      }
      questions {
        id
        question
        answer
      }
      mergedInto {
        id
        title
      }
      timeline {
        kind
        toStage
        reason
      }
    }
  }
`);
const Promise_ = graphql(`
  mutation SetPromise($input: FeedbackPromiseInput!) {
    setFeedbackPromise(input: $input) {
      feedbackPromise {
        acknowledgeWorkingDays
        decisionWorkingDays
      }
      errors {
        field
        code
      }
    }
  }
`);
const Actors = graphql(`
  query TriageActors($arenaId: ID!, $search: String) {
    supportActors(arenaId: $arenaId, search: $search, first: 5) {
      edges {
        node {
          id
          email
        }
      }
    }
  }
`);
const Referrals = graphql(`
  query TriageReferrals($id: ID!) {
    idea(id: $id) {
      stage
      referrals {
        status
        message
        actor {
          name
        }
      }
    }
  }
`);
const Me = graphql(`
  query TriageMe {
    me {
      id
    }
  }
`);

const { client } = useTestServer();

const idOf = async (c: ApiClient) => (await c.ok(Me)).me!.id;
const kindsFor = async (ideaTitle: string, userEmail: string) => {
  const { db } = await testDatabase();
  const rows = await db.execute<{ kind: string }>(
    sql`select n.kind from notifications n join users u on u.id = n.user_id join ideas i on i.id = n.subject_id where i.title = ${ideaTitle} and u.email = ${userEmail} order by n.created_at`,
  );
  return (Array.isArray(rows) ? rows : (rows as unknown as { rows: { kind: string }[] }).rows).map((r) => r.kind);
};

describe("the intake queue", () => {
  it("shows the arena's coordinator submitted ideas oldest first, to nobody else, in constant SQL statements", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const first = await submittedIdea(bearer, { title: "Första idén" });
    await submittedIdea(bearer, { title: "Andra idén" });
    const coordinator = await client().signInAs(demo.coordinator);
    const g = await arenaOf(coordinator);
    const { intakeQueue } = await coordinator.ok(Queue, { arenaId: g.id, first: 10 });
    expect(intakeQueue.edges.map((e) => e.node.idea.title)).toEqual(["Första idén", "Andra idén"]);
    expect(intakeQueue.edges[0]!.node).toMatchObject({ waitingWorkingDays: 0, acknowledgementOverdue: false, decisionOverdue: false });
    expect(intakeQueue.edges[0]!.node.idea.id).toBe(first.id);

    for (const who of [demo.bearer, demo.guide, demo.dalarnaCoordinator]) {
      const c = await client().signInAs(who);
      expect((await c.request(Queue, { arenaId: g.id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }

    const small = await coordinator.request(Queue, { arenaId: g.id, first: 1 });
    for (let i = 0; i < 6; i++) await submittedIdea(bearer, { title: `Idé ${i}`, goalIds: [g.goals[i % 5]!.id] });
    const large = await coordinator.request(Queue, { arenaId: g.id, first: 100 });
    expect(large.data!.intakeQueue.edges).toHaveLength(8);
    expect(large.extensions!.sqlStatements).toBe(small.extensions!.sqlStatements);
  });

  it("lists ideas whose promises have passed", async () => {
    const bearer = await client().signInAs(demo.bearer);
    // A Monday in March: the 30 days that follow hold no public holiday.
    setClockForTests(new Date("2026-03-02T09:00:00Z"));
    const late = await submittedIdea(bearer, { title: "Sen idé" });
    advanceClock(30 * DAY_MS);
    await submittedIdea(bearer, { title: "Färsk idé" });
    const coordinator = await client().signInAs(demo.coordinator);
    const g = await arenaOf(coordinator);
    const { overduePromises } = await coordinator.ok(Overdue, { arenaId: g.id });
    expect(overduePromises).toEqual([{ acknowledgementOverdue: true, decisionOverdue: true, idea: { id: late.id } }]);
    const q = await coordinator.ok(Queue, { arenaId: g.id });
    expect(q.intakeQueue.edges[0]!.node.waitingWorkingDays).toBeGreaterThanOrEqual(20);

    await coordinator.ok(Ack, { id: late.id });
    expect((await coordinator.ok(Overdue, { arenaId: g.id })).overduePromises).toEqual([
      { acknowledgementOverdue: false, decisionOverdue: true, idea: { id: late.id } },
    ]);
  });
});

describe("feedback promises over time", () => {
  it("falls due with the clock: on time through its fifth working day, overdue the day after", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const coordinator = await client().signInAs(demo.coordinator);
    const g = await arenaOf(coordinator);
    // Submitted on a Thursday morning: five working days (Fri, Mon–Thu) end on the next Thursday.
    setClockForTests(new Date("2026-03-05T08:00:00Z"));
    const idea = await submittedIdea(bearer, { title: "Idé som väntar" });
    expect((await coordinator.ok(Overdue, { arenaId: g.id })).overduePromises).toEqual([]);

    advanceClock(7 * DAY_MS);
    const onTheDay = await coordinator.ok(Queue, { arenaId: g.id });
    expect(onTheDay.intakeQueue.edges[0]!.node).toMatchObject({
      waitingWorkingDays: 5,
      acknowledgementOverdue: false,
      decisionOverdue: false,
    });
    expect((await coordinator.ok(Overdue, { arenaId: g.id })).overduePromises).toEqual([]);

    advanceClock(DAY_MS);
    expect((await coordinator.ok(Overdue, { arenaId: g.id })).overduePromises).toEqual([
      { acknowledgementOverdue: true, decisionOverdue: false, idea: { id: idea.id } },
    ]);
  });
});

describe("triage decisions", () => {
  it("accepts into guidance with a guide of the arena, who is told; the bearer hears too", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Antagen idé" });
    const coordinator = await client().signInAs(demo.coordinator);
    const guideId = await idOf(await client().signInAs(demo.guide));
    const otherArenaGuide = await idOf(await client().signInAs("dalarna.lots@arena.example"));
    const bearerId = await idOf(bearer);

    const none = await coordinator.ok(Triage, { input: { ideaId: idea.id, decision: "ACCEPT", guideIds: [] } });
    expect(none.triageIdea.errors[0]).toMatchObject({ field: "input.guideIds", code: "GUIDE_REQUIRED" });
    for (const wrong of [bearerId, otherArenaGuide]) {
      const r = await coordinator.ok(Triage, { input: { ideaId: idea.id, decision: "ACCEPT", guideIds: [wrong] } });
      expect(r.triageIdea.errors[0]).toMatchObject({ field: "input.guideIds", code: "NOT_A_GUIDE" });
    }
    expect((await bearer.ok(IdeaView, { id: idea.id })).idea!.stage).toBe("SUBMITTED");

    const ok = await coordinator.ok(Triage, {
      input: { ideaId: idea.id, decision: "ACCEPT", guideIds: [guideId], reason: "Passar strategin" },
    });
    expect(ok.triageIdea.errors).toEqual([]);
    expect(ok.triageIdea.idea).toMatchObject({ stage: "GUIDANCE", guides: [{ name: "Gustav Lots" }] });
    const seen = (await bearer.ok(IdeaView, { id: idea.id })).idea!;
    expect(seen.guides).toEqual([{ name: "Gustav Lots" }]);
    expect(seen.hearBackBy).toBeNull();
    expect(seen.timeline.at(-1)).toMatchObject({ kind: "idea.triaged", toStage: "GUIDANCE", reason: "Passar strategin" });
    expect(await kindsFor("Antagen idé", demo.guide)).toEqual(["idea.assigned"]);
    expect(await kindsFor("Antagen idé", demo.bearer)).toEqual(["idea.stage_changed"]);

    // Decided once: a second decision is refused.
    const again = await coordinator.ok(Triage, { input: { ideaId: idea.id, decision: "DECLINE", reason: "x" } });
    expect(again.triageIdea.errors[0]!.code).toBe("WRONG_STAGE");
  });

  it("asks the bearer for more information; the answer puts the idea back in the queue", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Oklar idé" });
    const coordinator = await client().signInAs(demo.coordinator);
    const g = await arenaOf(coordinator);
    const missing = await coordinator.ok(Triage, { input: { ideaId: idea.id, decision: "NEEDS_INFO" } });
    expect(missing.triageIdea.errors[0]).toMatchObject({ field: "input.question", code: "REQUIRED" });
    await coordinator.ok(Triage, { input: { ideaId: idea.id, decision: "NEEDS_INFO", question: "Vilka kommuner gäller det?" } });
    expect((await coordinator.ok(Queue, { arenaId: g.id })).intakeQueue.totalCount).toBe(0);

    const view = (await bearer.ok(IdeaView, { id: idea.id })).idea!;
    expect(view.stage).toBe("NEEDS_INFO");
    expect(view.questions).toEqual([{ id: expect.any(String), question: "Vilka kommuner gäller det?", answer: null }]);
    expect((await client().ok(IdeaView, { id: idea.id })).idea!.questions).toBeNull(); // the public sees no questions

    const stranger = await client().signInAs(demo.researcher);
    expect(
      (await stranger.request(Answer, { input: { questionId: view.questions![0]!.id, answer: "Alla" } })).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");

    const { answerQuestion } = await bearer.ok(Answer, { input: { questionId: view.questions![0]!.id, answer: "Gävle och Sandviken." } });
    expect(answerQuestion).toMatchObject({ idea: { stage: "SUBMITTED" }, errors: [] });
    expect((await coordinator.ok(Queue, { arenaId: g.id })).intakeQueue.edges.map((e) => e.node.idea.id)).toEqual([idea.id]);
    expect((await bearer.ok(IdeaView, { id: idea.id })).idea!.hearBackBy).not.toBeNull();
    expect(await kindsFor("Oklar idé", demo.coordinator)).toEqual(["idea.submitted", "idea.answered"]);
  });

  it("declines only with a reason, which reaches the bearer", async () => {
    const bearer = await client("en").signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Avböjd idé" });
    const coordinator = await client("en").signInAs(demo.coordinator);
    const bare = await coordinator.ok(Triage, { input: { ideaId: idea.id, decision: "DECLINE" } });
    expect(bare.triageIdea.errors).toEqual([
      { field: "input.reason", code: "REASON_REQUIRED", message: "Write a reason. It is sent to the idea's bearers." },
    ]);
    await coordinator.ok(Triage, {
      input: { ideaId: idea.id, decision: "DECLINE", reason: "Finns redan i kommunens ordinarie verksamhet." },
    });
    const view = (await bearer.ok(IdeaView, { id: idea.id })).idea!;
    expect(view.stage).toBe("DECLINED");
    expect(view.timeline.at(-1)).toMatchObject({
      kind: "idea.triaged",
      toStage: "DECLINED",
      reason: "Finns redan i kommunens ordinarie verksamhet.",
    });
    // The reason is written to the bearers, not to the public.
    const publicView = (await client().ok(IdeaView, { id: idea.id })).idea!;
    expect(publicView.timeline.at(-1)).toMatchObject({ kind: "idea.triaged", toStage: "DECLINED", reason: null });
    const { db } = await testDatabase();
    const [row] = await db.select().from(ideas).where(eq(ideas.title, "Avböjd idé"));
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.subjectId, row!.id), eq(notifications.kind, "idea.stage_changed")));
    expect(told.map((n) => n.data.reason)).toEqual(["Finns redan i kommunens ordinarie verksamhet."]);
  });

  it("refers to an actor of the arena's registry, starting the same loop as a guide's referral", async () => {
    const bearer = await client("en").signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Hänvisad vid intaget" });
    const coordinator = await client("en").signInAs(demo.coordinator);
    const actorIn = async (slug: string, search: string) =>
      (await coordinator.ok(Actors, { arenaId: (await arenaOf(coordinator, slug)).id, search })).supportActors.edges[0]!.node;
    const coompanion = await actorIn("gavleborg", "Coompanion");
    const elsewhere = await actorIn("dalarna", "Coompanion");
    const reason = "Kooperativ form passar idén; Coompanion ger rådgivning.";

    const none = await coordinator.ok(Triage, { input: { ideaId: idea.id, decision: "REFER", reason } });
    expect(none.triageIdea.errors).toMatchObject([{ field: "input.actorId", code: "REQUIRED" }]);
    const wrong = await coordinator.ok(Triage, { input: { ideaId: idea.id, decision: "REFER", reason, actorId: elsewhere.id } });
    expect(wrong.triageIdea.errors).toMatchObject([{ field: "input.actorId", code: "ACTOR_NOT_IN_ARENA" }]);
    // Bad input changes nothing.
    expect((await bearer.ok(Referrals, { id: idea.id })).idea).toMatchObject({ stage: "SUBMITTED", referrals: [] });

    const ok = await coordinator.ok(Triage, { input: { ideaId: idea.id, decision: "REFER", reason, actorId: coompanion.id } });
    expect(ok.triageIdea.errors).toEqual([]);
    expect(ok.triageIdea.idea!.stage).toBe("REFERRED");
    expect(ok.triageIdea.confirmationUrl).toMatch(/\/referral\/[A-Za-z0-9_-]{43}$/);
    expect((await bearer.ok(Referrals, { id: idea.id })).idea).toMatchObject({
      stage: "REFERRED",
      referrals: [{ status: "SENT", message: reason, actor: { name: expect.stringContaining("Coompanion") } }],
    });
    const { db } = await testDatabase();
    const mails = await db.select().from(outbox).where(eq(outbox.toAddress, coompanion.email!));
    expect(mails.map((m) => m.text).join("\n")).toContain(ok.triageIdea.confirmationUrl!);
  });

  it("merges into another idea of the arena, linking both ways and telling both bearers", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const target = await submittedIdea(bearer, { title: "Huvudidé" });
    const other = await client().signInAs(demo.researcher);
    const dup = await submittedIdea(other, { title: "Dubblett" });
    const dalarnaIdea = await submittedIdea(other, { title: "Idé i Dalarna" }, "dalarna");
    const coordinator = await client().signInAs(demo.coordinator);

    const cross = await coordinator.ok(Triage, {
      input: { ideaId: dup.id, decision: "MERGE", mergeIntoId: dalarnaIdea.id, reason: "Samma sak" },
    });
    expect(cross.triageIdea.errors[0]).toMatchObject({ field: "input.mergeIntoId", code: "NOT_FOUND" });
    const self = await coordinator.ok(Triage, { input: { ideaId: dup.id, decision: "MERGE", mergeIntoId: dup.id, reason: "Samma sak" } });
    expect(self.triageIdea.errors[0]!.code).toBe("MERGE_TARGET");

    const ok = await coordinator.ok(Triage, {
      input: { ideaId: dup.id, decision: "MERGE", mergeIntoId: target.id, reason: "Samma behov och målgrupp" },
    });
    expect(ok.triageIdea.idea!.stage).toBe("MERGED");
    const merged = (await other.ok(IdeaView, { id: dup.id })).idea!;
    expect(merged.mergedInto).toEqual({ id: target.id, title: "Huvudidé" });
    const main = (await bearer.ok(IdeaView, { id: target.id })).idea!;
    expect(main.timeline.map((e) => e.kind)).toContain("idea.merged_in");
    expect(await kindsFor("Huvudidé", demo.bearer)).toEqual(["idea.merged_in"]);
    expect(await kindsFor("Dubblett", demo.researcher)).toEqual(["idea.stage_changed"]);
  });
});

describe("the guidance team", () => {
  it("is listed on the arena for its team, to assign guides; nobody else sees it", async () => {
    const TeamQuery = graphql(`
      query Team($slug: String!) {
        arena(slug: $slug) {
          guidanceTeam {
            name
            email
          }
        }
      }
    `);
    const coordinator = await client().signInAs(demo.coordinator);
    const { arena } = await coordinator.ok(TeamQuery, { slug: "gavleborg" });
    expect(arena!.guidanceTeam!.map((u) => u.name)).toEqual(["Ada Administratör", "Gustav Lots", "Klara Koordinator"]);
    expect(arena!.guidanceTeam!.find((u) => u.name === "Gustav Lots")!.email).toBeNull();
    for (const who of [null, demo.bearer, demo.researcher, demo.dalarnaCoordinator]) {
      const c = who ? await client().signInAs(who) : client();
      expect((await c.ok(TeamQuery, { slug: "gavleborg" })).arena!.guidanceTeam).toBeNull();
    }
  });
});

describe("feedback promises", () => {
  it("are set per arena by its coordinators, validated, and used for new submissions", async () => {
    const coordinator = await client().signInAs(demo.coordinator);
    const g = await arenaOf(coordinator);
    const d = await arenaOf(coordinator, "dalarna");
    const bad = await coordinator.ok(Promise_, { input: { arenaId: g.id, acknowledgeWorkingDays: 10, decisionWorkingDays: 5 } });
    expect(bad.setFeedbackPromise.errors[0]).toMatchObject({ field: "input.decisionWorkingDays", code: "DECISION_BEFORE_ACK" });
    const zero = await coordinator.ok(Promise_, { input: { arenaId: g.id, acknowledgeWorkingDays: 0, decisionWorkingDays: 5 } });
    expect(zero.setFeedbackPromise.errors[0]).toMatchObject({ field: "input.acknowledgeWorkingDays", code: "OUT_OF_RANGE" });
    expect(
      (await coordinator.request(Promise_, { input: { arenaId: d.id, acknowledgeWorkingDays: 2, decisionWorkingDays: 5 } })).errors?.[0]
        ?.extensions?.code,
    ).toBe("FORBIDDEN");
    const ok = await coordinator.ok(Promise_, { input: { arenaId: g.id, acknowledgeWorkingDays: 2, decisionWorkingDays: 8 } });
    expect(ok.setFeedbackPromise.feedbackPromise).toEqual({ acknowledgeWorkingDays: 2, decisionWorkingDays: 8 });
    const { db } = await testDatabase();
    const bearer = await client().signInAs(demo.bearer);
    await submittedIdea(bearer, { title: "Med nytt löfte" });
    const [row] = await db.select().from(ideas).where(eq(ideas.title, "Med nytt löfte"));
    const { workingDaysBetween, swedishDate } = await import("../../shared/working-days.js");
    expect(workingDaysBetween(swedishDate(row!.submittedAt!), row!.hearBackBy!)).toBe(2);
    expect(workingDaysBetween(swedishDate(row!.submittedAt!), row!.decisionDueBy!)).toBe(8);
  });
});
