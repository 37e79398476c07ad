import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { type ApiClient, demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { graphql } from "../../../test/support/graphql.js";
import { submittedIdea } from "../../../test/support/ideas.js";
import { openedMatter } from "../../../test/support/matters.js";
import { placedMatter, seatedPerson, structureOf } from "../../../test/support/meetings.js";
import {
  ActivityFromDecision,
  CreateActivity,
  CreatePlan,
  CreateSubGoal,
  ProposePlan,
  ReadPlan,
  RecordUpdate,
  UpdateActivity,
  UpdatePlan,
  decidedByLansledning,
  draftPlan,
  thisYear,
} from "../../../test/support/plans.js";
import { events } from "../audit/audit.tables.js";
import { indicators } from "../indicators/indicators.tables.js";
import { notifications } from "../notifications/notifications.tables.js";
import { PlanEvents } from "./plans.events.js";
import { activityIndicators, activityOrigins, activityUpdates, planActivities, plans } from "./plans.tables.js";

const { client } = useTestServer();

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const raw = (id: string) => Buffer.from(id, "base64url").toString("utf8").split(":")[1]!;

const Indicators = graphql(`
  query IndicatorsForPlans {
    arena(slug: "gavleborg") {
      indicators {
        id
        key
      }
    }
  }
`);
const IdeaActivities = graphql(`
  query IdeaActivities($id: ID!) {
    idea(id: $id) {
      activities {
        title
      }
    }
  }
`);

const decided = (coordinator: ApiClient, matterId: string, outcome: "APPROVED" | "REJECTED" = "APPROVED") =>
  decidedByLansledning(client, coordinator, matterId, outcome);

describe("plans: rights, validation and concurrency", () => {
  it("the kansli drafts one plan per year and body, of the right kind; others may not; drafts are internal", async () => {
    const { coordinator, arena, s, plan } = await draftPlan(client);
    expect(plan).toMatchObject({ status: "DRAFT", kind: "ACTION_PLAN", version: 1, body: { key: "lansledning-valfard" } });

    const again = await coordinator.ok(CreatePlan, {
      input: { arenaId: arena.id, year: thisYear(), kind: "ACTION_PLAN", bodyId: s.body("lansledning-valfard"), title: "En till" },
    });
    expect(again.createPlan.errors.map((e) => [e.field, e.code])).toEqual([["input.year", "PLAN_EXISTS"]]);
    const wrongBody = await coordinator.ok(CreatePlan, {
      input: { arenaId: arena.id, year: thisYear(), kind: "ACTION_PLAN", bodyId: s.body("utskott-vuxna"), title: "Fel organ" },
    });
    expect(wrongBody.createPlan.errors.map((e) => e.code)).toEqual(["PLAN_BODY_KIND"]);
    const badYear = await coordinator.ok(CreatePlan, {
      input: { arenaId: arena.id, year: 1999, kind: "ACTIVITY_PLAN", bodyId: s.body("utskott-vuxna"), title: "" },
    });
    expect(badYear.createPlan.errors.map((e) => [e.field, e.code]).sort()).toEqual([
      ["input.title", "REQUIRED"],
      ["input.year", "OUT_OF_RANGE"],
    ]);
    const english = await client("en")
      .signInAs(demo.coordinator)
      .then((c) =>
        c.ok(CreatePlan, {
          input: { arenaId: arena.id, year: thisYear(), kind: "ACTION_PLAN", bodyId: s.body("lansledning-valfard"), title: "x" },
        }),
      );
    expect(english.createPlan.errors[0]!.message).toMatch(/already a plan/);

    const member = await client().signInAs(demo.bodyMember);
    const forbidden = await member.request(CreatePlan, {
      input: { arenaId: arena.id, year: thisYear() + 1, kind: "ACTIVITY_PLAN", bodyId: s.body("utskott-vuxna"), title: "Utskottets" },
    });
    expect(forbidden.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    // The owning body's member reads the draft; the public does not.
    expect((await member.ok(ReadPlan, { slug: "gavleborg", year: thisYear() })).arena!.plan!.id).toBe(plan.id);
    expect((await client().ok(ReadPlan, { slug: "gavleborg", year: thisYear() })).arena!.plan).toBeNull();
    expect((await (await client().signInAs(demo.bearer)).ok(ReadPlan, { slug: "gavleborg", year: thisYear() })).arena!.plan).toBeNull();

    const edited = await coordinator.ok(UpdatePlan, { input: { planId: plan.id, version: 1, title: "Handlingsplan Välfärd 2.0" } });
    expect(edited.updatePlan.plan).toMatchObject({ title: "Handlingsplan Välfärd 2.0", version: 2 });
    const stale = await coordinator.ok(UpdatePlan, { input: { planId: plan.id, version: 1, title: "Gammal" } });
    expect(stale.updatePlan.errors.map((e) => e.code)).toEqual(["PLAN_STALE_EDIT"]);
    const db = (await testDatabase()).db;
    const kinds = await db
      .select({ kind: events.kind })
      .from(events)
      .where(eq(events.subjectId, raw(plan.id)));
    expect(kinds.map((k) => k.kind)).toEqual([PlanEvents.created, PlanEvents.updated]);
  });

  it("a plan is adopted only through the owning body's approved decision on its adoption matter", async () => {
    const { coordinator, plan } = await draftPlan(client);
    const proposed = await coordinator.ok(ProposePlan, { input: { planId: plan.id, version: plan.version } });
    const p = proposed.proposePlanForAdoption.plan!;
    expect(p.status).toBe("DRAFT");
    expect(p.adoptionMatter).toMatchObject({ stage: "PLACED", body: { key: "lansledning-valfard" } });
    expect(p.adoptionMatter!.summary).toContain("Handlingsplan Välfärd");
    const twice = await coordinator.ok(ProposePlan, { input: { planId: plan.id, version: p.version } });
    expect(twice.proposePlanForAdoption.errors.map((e) => e.code)).toEqual(["PLAN_ADOPTION_PENDING"]);
    // No edit sets the status: the input has no such field.
    const sneaky = await coordinator.request(UpdatePlan, { input: { planId: plan.id, version: p.version, status: "ADOPTED" } as never });
    expect(sneaky.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");

    await decided(coordinator, p.adoptionMatter!.id);
    // Adopted plans are public; the matter itself becomes public with the meeting's minutes.
    expect((await client().ok(ReadPlan, { slug: "gavleborg", year: thisYear() })).arena!.plan).toMatchObject({ status: "ADOPTED" });
    const adopted = (await coordinator.ok(ReadPlan, { slug: "gavleborg", year: thisYear() })).arena!.plan!;
    expect(adopted).toMatchObject({ status: "ADOPTED", adoptedOn: days(0), adoptedByMatter: { id: p.adoptionMatter!.id } });
    const again = await coordinator.ok(ProposePlan, { input: { planId: plan.id, version: adopted.version } });
    expect(again.proposePlanForAdoption.errors.map((e) => e.code)).toEqual(["PLAN_NOT_DRAFT"]);
  });

  it("a rejected adoption matter leaves the plan a draft, and it may be proposed again", async () => {
    const { coordinator, plan } = await draftPlan(client);
    const p = (await coordinator.ok(ProposePlan, { input: { planId: plan.id, version: 1 } })).proposePlanForAdoption.plan!;
    await decided(coordinator, p.adoptionMatter!.id, "REJECTED");
    const after = (await coordinator.ok(ReadPlan, { slug: "gavleborg", year: thisYear() })).arena!.plan!;
    expect(after.status).toBe("DRAFT");
    const again = await coordinator.ok(ProposePlan, { input: { planId: plan.id, version: after.version } });
    expect(again.proposePlanForAdoption.errors).toEqual([]);
    expect(again.proposePlanForAdoption.plan!.adoptionMatter!.id).not.toBe(p.adoptionMatter!.id);
  });
});

describe("activities", () => {
  it("are written under a goal and its sub-goal, with indicators and a contact person, every field checked", async () => {
    const { coordinator, plan, goal, s } = await draftPlan(client);
    const sub = (await coordinator.ok(CreateSubGoal, { input: { planId: plan.id, goalId: goal(2), title: "Fler familjer får SIP" } }))
      .createPlanSubGoal.subGoal!;
    const other = (await coordinator.ok(CreateSubGoal, { input: { planId: plan.id, goalId: goal(1), title: "Systemanalys" } }))
      .createPlanSubGoal.subGoal!;
    const { arena } = await coordinator.ok(Indicators);
    const skr = (k: string) => arena!.indicators.find((i) => i.key === k)!.id;
    const me = await coordinator.ok(
      graphql(`
        query MeForPlans {
          me {
            id
          }
        }
      `),
    );
    const ledamot = await (
      await client().signInAs(demo.bodyMember)
    ).ok(
      graphql(`
        query MeForPlans2 {
          me {
            id
          }
        }
      `),
    );

    const bad = await coordinator.ok(CreateActivity, {
      input: {
        planId: plan.id,
        goalId: goal(2),
        subGoalId: other.id,
        title: "SIP-lots i alla kommuner",
        startsOn: days(30),
        endsOn: days(10),
        contactPersonId: (
          await (
            await client().signInAs(demo.bearer)
          ).ok(
            graphql(`
              query MeForPlans3 {
                me {
                  id
                }
              }
            `),
          )
        ).me!.id,
      },
    });
    expect(bad.createPlanActivity.errors.map((e) => [e.field, e.code])).toEqual([
      ["input.subGoalId", "SUB_GOAL_OTHER_GOAL"],
      ["input.contactPersonId", "NOT_A_PERSON_HERE"],
      ["input.endsOn", "ACTIVITY_DATES"],
    ]);
    const db = (await testDatabase()).db;
    expect(await db.select().from(planActivities)).toHaveLength(0);

    const r = await coordinator.ok(CreateActivity, {
      input: {
        planId: plan.id,
        goalId: goal(2),
        subGoalId: sub.id,
        title: "SIP-lots i alla kommuner",
        how: "Lotsar utbildas i varje kommun",
        responsibleBodyId: s.body("utskott-vuxna"),
        contactPersonId: ledamot.me!.id,
        startsOn: days(-10),
        endsOn: days(200),
        followUpMethod: "Andel SIP med familjens mål",
        indicatorIds: [skr("skr-07"), skr("skr-03")],
      },
    });
    expect(r.createPlanActivity.errors).toEqual([]);
    const a = r.createPlanActivity.activity!;
    expect(a).toMatchObject({
      status: "PLANNED",
      progress: 0,
      goal: { number: 2 },
      subGoal: { title: "Fler familjer får SIP" },
      responsibleBody: { key: "utskott-vuxna" },
      contactPerson: { name: "Lars Ledamot" },
    });
    expect(a.indicators.map((i) => i.key)).toEqual(["skr-03", "skr-07"]);
    expect(me.me!.id).toBeTruthy();

    const edit = await coordinator.ok(UpdateActivity, {
      input: { activityId: a.id, version: a.version, indicatorIds: [skr("skr-01")], endsOn: null },
    });
    expect(edit.updatePlanActivity.activity).toMatchObject({ version: 2, endsOn: null, indicators: [{ key: "skr-01" }] });
    const stale = await coordinator.ok(UpdateActivity, { input: { activityId: a.id, version: a.version, title: "Gammal" } });
    expect(stale.updatePlanActivity.errors.map((e) => e.code)).toEqual(["PLAN_STALE_EDIT"]);
  });

  it("an approved decision becomes an activity in one step, once per plan, linked to its matter, idea and decision", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "SIP-lots i Hofors" });
    const { coordinator, matter } = await openedMatter(client, { origin: { kind: "IDEA", id: idea.id }, title: null });
    const s = await structureOf(coordinator);
    await placedMatter(coordinator, matter.id, s.body("lansledning-valfard"));
    const decision = await decided(coordinator, matter.id);
    const { plan, goal } = await draftPlan(client);

    const r = await coordinator.ok(ActivityFromDecision, { input: { decisionId: decision.id, planId: plan.id, goalId: goal(2) } });
    expect(r.createActivityFromDecision.errors).toEqual([]);
    const a = r.createActivityFromDecision.activity!;
    expect(a).toMatchObject({
      title: "SIP-lots i Hofors",
      description: "Beslutas enligt förslaget.",
      responsibleBody: { key: "lansledning-valfard" },
    });
    expect(a.origins.map((o) => o.kind).sort()).toEqual(["DECISION", "IDEA", "MATTER"]);
    expect(a.origins.find((o) => o.kind === "DECISION")!.decision).toEqual({ outcome: "APPROVED" });
    expect(a.origins.find((o) => o.kind === "IDEA")!.idea).toEqual({ title: "SIP-lots i Hofors" });

    const twice = await coordinator.ok(ActivityFromDecision, { input: { decisionId: decision.id, planId: plan.id, goalId: goal(2) } });
    expect(twice.createActivityFromDecision.errors.map((e) => e.code)).toEqual(["ACTIVITY_FROM_DECISION_TAKEN"]);
    // The idea page shows what it became to those who read the (draft) plan, and not yet to the public.
    expect((await coordinator.ok(IdeaActivities, { id: idea.id })).idea!.activities.map((x) => x.title)).toEqual(["SIP-lots i Hofors"]);
    expect((await client().ok(IdeaActivities, { id: idea.id })).idea!.activities).toEqual([]);

    const rejected = await openedMatter(client, { title: "Avslaget förslag" });
    await placedMatter(coordinator, rejected.matter.id, s.body("lansledning-valfard"));
    const no = await decided(coordinator, rejected.matter.id, "REJECTED");
    const refused = await coordinator.ok(ActivityFromDecision, { input: { decisionId: no.id, planId: plan.id, goalId: goal(2) } });
    expect(refused.createActivityFromDecision.errors.map((e) => e.code)).toEqual(["DECISION_NOT_APPROVED"]);
  });

  it("the contact person and the responsible body's members record status updates; the kansli hears of trouble", async () => {
    const { coordinator, plan, goal, s } = await draftPlan(client);
    const contact = await client().signInAs(demo.bodyMember);
    const me = (
      await contact.ok(
        graphql(`
          query MeForPlans4 {
            me {
              id
            }
          }
        `),
      )
    ).me!;
    const a = (
      await coordinator.ok(CreateActivity, {
        input: { planId: plan.id, goalId: goal(2), title: "SIP-lots", contactPersonId: me.id, responsibleBodyId: s.body("utskott-vuxna") },
      })
    ).createPlanActivity.activity!;
    const committee = await seatedPerson(coordinator, client(), s.body("utskott-vuxna"));
    void committee;
    const stranger = await client().signInAs(demo.guide);
    const no = await stranger.request(RecordUpdate, { input: { activityId: a.id, reportedOn: days(0), status: "ON_TRACK", progress: 10 } });
    expect(no.errors![0]!.extensions!.code).toBe("FORBIDDEN");

    const bad = await contact.ok(RecordUpdate, {
      input: {
        activityId: a.id,
        reportedOn: days(1),
        status: "AT_RISK",
        progress: 150,
        evidence: [{ title: "Protokoll", url: "javascript:alert(1)" }],
      },
    });
    expect(bad.recordActivityUpdate.errors.map((e) => [e.field, e.code])).toEqual([
      ["input.progress", "OUT_OF_RANGE"],
      ["input.evidence.0.url", "INVALID_URL"],
    ]);
    const future = await contact.ok(RecordUpdate, { input: { activityId: a.id, reportedOn: days(1), status: "AT_RISK", progress: 40 } });
    expect(future.recordActivityUpdate.errors.map((e) => e.code)).toEqual(["UPDATE_IN_FUTURE"]);

    const ok = await contact.ok(RecordUpdate, {
      input: {
        activityId: a.id,
        reportedOn: days(0),
        status: "AT_RISK",
        progress: 40,
        comment: "Två kommuner saknar lotsar",
        evidence: [{ title: "Lägesrapport", url: "https://example.org/lage.pdf" }],
      },
    });
    expect(ok.recordActivityUpdate.errors).toEqual([]);
    expect(ok.recordActivityUpdate.activity).toMatchObject({ status: "AT_RISK", progress: 40, version: 2 });
    const db = (await testDatabase()).db;
    const told = await db.select().from(notifications).where(eq(notifications.kind, PlanEvents.activityInTrouble));
    expect(told.map((n) => n.data)).toEqual([expect.objectContaining({ title: "SIP-lots", status: "at_risk" })]);
    // An earlier day's report, recorded later, does not overwrite the latest status.
    const late = await contact.ok(RecordUpdate, { input: { activityId: a.id, reportedOn: days(-20), status: "ON_TRACK", progress: 20 } });
    expect(late.recordActivityUpdate.activity).toMatchObject({ status: "AT_RISK", progress: 40 });
    expect(await db.select().from(notifications).where(eq(notifications.kind, PlanEvents.activityInTrouble))).toHaveLength(1);
  });
});

const PlanPage = graphql(`
  query PlanPageForCounts($slug: String!, $year: Int!) {
    arena(slug: $slug) {
      plan(year: $year) {
        title
        goals {
          number
          title
        }
        subGoals {
          title
          goal {
            number
          }
        }
        activities {
          title
          status
          progress
          viewerCanRecordUpdate
          subGoal {
            title
          }
          responsibleBody {
            name
          }
          contactPerson {
            name
          }
          indicators {
            key
          }
          origins {
            kind
          }
          latestUpdate {
            reportedOn
            comment
          }
        }
      }
    }
  }
`);
const Report = graphql(`
  query ReportForCounts($slug: String!, $year: Int!, $goal: Int!) {
    arena(slug: $slug) {
      planReport(year: $year, goal: $goal) {
        goal {
          title
        }
        subGoals {
          title
        }
        activities {
          title
          status
          progress
          indicators {
            title
          }
          origins {
            kind
            decision {
              text
            }
            matter {
              title
            }
          }
          deviations {
            reportedOn
            comment
          }
          money {
            committed
          }
        }
      }
    }
  }
`);

describe("statement counts", () => {
  it("the plan page and the report cost the same at 10 and 100 activities", async () => {
    const { plan, goal, s } = await draftPlan(client);
    const db = (await testDatabase()).db;
    const planId = raw(plan.id);
    const [p] = await db.select().from(plans).where(eq(plans.id, planId));
    const [ind] = await db
      .select()
      .from(indicators)
      .where(and(eq(indicators.arenaId, p!.arenaId), eq(indicators.key, "skr-07")));
    async function add(n: number) {
      for (let i = 0; i < n; i++) {
        const [a] = await db
          .insert(planActivities)
          .values({
            arenaId: p!.arenaId,
            planId,
            goalId: raw(goal(2)),
            title: `Aktivitet ${i}`,
            responsibleBodyId: raw(s.body("utskott-vuxna")),
          })
          .returning();
        await db.insert(activityIndicators).values({ activityId: a!.id, indicatorId: ind!.id });
        await db
          .insert(activityUpdates)
          .values({ activityId: a!.id, reportedOn: days(0), status: "at_risk", progress: 30, comment: "Risk" });
        await db.insert(activityOrigins).values({ activityId: a!.id, kind: "matter", targetId: a!.id });
      }
    }
    const coordinator = await client().signInAs(demo.coordinator);
    await add(10);
    const page10 = await coordinator.request(PlanPage, { slug: "gavleborg", year: thisYear() });
    const report10 = await coordinator.request(Report, { slug: "gavleborg", year: thisYear(), goal: 2 });
    await add(90);
    const page100 = await coordinator.request(PlanPage, { slug: "gavleborg", year: thisYear() });
    const report100 = await coordinator.request(Report, { slug: "gavleborg", year: thisYear(), goal: 2 });
    expect(page10.data!.arena!.plan!.activities).toHaveLength(10);
    expect(page100.data!.arena!.plan!.activities).toHaveLength(100);
    expect(report100.data!.arena!.planReport!.activities).toHaveLength(100);
    expect(report100.data!.arena!.planReport!.activities[0]!.deviations).toEqual([{ reportedOn: days(0), comment: "Risk" }]);
    expect(page10.errors).toBeUndefined();
    expect(page100.extensions!.sqlStatements).toBe(page10.extensions!.sqlStatements);
    expect(report100.extensions!.sqlStatements).toBe(report10.extensions!.sqlStatements);
  });
});
