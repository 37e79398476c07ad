import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { decidedMatter } from "../../../test/support/dispatch.js";
import { graphql } from "../../../test/support/graphql.js";
import { CreateActivity, CreateSubGoal, ProposePlan, decidedByLansledning, draftPlan, thisYear } from "../../../test/support/plans.js";
import { events } from "../audit/audit.tables.js";
import { PlanEvents } from "./plans.events.js";
import { planActivities, planSubGoals } from "./plans.tables.js";

const { client } = useTestServer();

const DeleteActivity = graphql(`
  mutation DeleteActivity($id: ID!) {
    deletePlanActivity(id: $id) {
      deletedId
      errors {
        field
        code
        message
      }
    }
  }
`);
const DeleteSubGoal = graphql(`
  mutation DeleteSubGoal($id: ID!) {
    deletePlanSubGoal(id: $id) {
      deletedId
      errors {
        field
        code
        message
      }
    }
  }
`);
const SetKey = graphql(`
  mutation SetKeyForRemoval($input: SetDistributionKeyInput!) {
    setDistributionKey(input: $input) {
      errors {
        code
      }
    }
  }
`);
const Fund = graphql(`
  mutation FundForRemoval($input: CreateFundingPlanInput!) {
    createFundingPlan(input: $input) {
      errors {
        code
      }
    }
  }
`);
const Parties = graphql(`
  query PartiesForRemoval {
    arena(slug: "gavleborg") {
      organisations {
        id
        kind
        isParty
      }
    }
  }
`);

/** A draft with a sub-goal under goal 2 and two activities, one under the sub-goal. */
async function draftWithActivities() {
  const p = await draftPlan(client);
  const sub = (await p.coordinator.ok(CreateSubGoal, { input: { planId: p.plan.id, goalId: p.goal(2), title: "Fler familjer får SIP" } }))
    .createPlanSubGoal.subGoal!;
  const activity = async (title: string, subGoalId: string | null) =>
    (await p.coordinator.ok(CreateActivity, { input: { planId: p.plan.id, goalId: p.goal(2), subGoalId, title } })).createPlanActivity
      .activity!;
  return { ...p, sub, lots: await activity("SIP-lots i alla kommuner", sub.id), training: await activity("Utbildning i SIP", null) };
}

describe("removing from a draft plan", () => {
  it("the kansli removes a sub-goal (its activities stay under the goal) and an activity; others may not", async () => {
    const { coordinator, sub, lots, training } = await draftWithActivities();
    const db = (await testDatabase()).db;
    const member = await client().signInAs(demo.bodyMember);
    expect((await member.request(DeleteActivity, { id: training.id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await member.request(DeleteSubGoal, { id: sub.id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await client().request(DeleteActivity, { id: training.id })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await db.select().from(planActivities)).toHaveLength(2);

    const gone = await coordinator.ok(DeleteSubGoal, { id: sub.id });
    expect(gone.deletePlanSubGoal).toEqual({ deletedId: sub.id, errors: [] });
    expect(await db.select().from(planSubGoals)).toEqual([]);
    const [kept] = await db.select().from(planActivities).where(eq(planActivities.title, lots.title));
    expect(kept!.subGoalId).toBeNull();

    expect((await coordinator.ok(DeleteActivity, { id: training.id })).deletePlanActivity).toEqual({ deletedId: training.id, errors: [] });
    expect((await db.select().from(planActivities)).map((a) => a.title)).toEqual(["SIP-lots i alla kommuner"]);
    const recorded = (await db.select({ kind: events.kind, data: events.data }).from(events)).filter((e) =>
      [PlanEvents.subGoalDeleted, PlanEvents.activityDeleted].includes(e.kind as never),
    );
    expect(recorded.map((e) => e.data)).toEqual([
      expect.objectContaining({ title: "Fler familjer får SIP" }),
      expect.objectContaining({ title: "Utbildning i SIP" }),
    ]);
    // Gone is gone: asking again finds nothing.
    expect((await coordinator.ok(DeleteActivity, { id: training.id })).deletePlanActivity.errors.map((e) => e.code)).toEqual(["NOT_FOUND"]);
  });

  it("keeps an adopted plan's activities and a funded activity, saying what to do instead, in Swedish and English", async () => {
    const { coordinator, plan, lots, training, arena: planArena } = await draftWithActivities();
    // A funding plan on the training activity: the kansli's key for the year rests on a decided matter.
    const { matter } = await decidedMatter(client);
    const { arena } = await coordinator.ok(Parties);
    const municipality = arena!.organisations.find((o) => o.isParty && o.kind === "MUNICIPALITY")!;
    const arenaId = planArena.id;
    const key = await coordinator.ok(SetKey, {
      input: { arenaId, year: thisYear(), matterId: matter.id, shares: [{ organisationId: municipality.id, basisPoints: 10_000 }] },
    });
    expect(key.setDistributionKey.errors).toEqual([]);
    const fund = await coordinator.ok(Fund, {
      input: { kind: "ACTIVITY", activityId: training.id, year: thisYear(), title: "Utbildningsdagar", totalAmount: 100_000 },
    });
    expect(fund.createFundingPlan.errors).toEqual([]);
    const funded = await coordinator.ok(DeleteActivity, { id: training.id });
    expect(funded.deletePlanActivity.errors).toEqual([
      expect.objectContaining({ field: "id", code: "ACTIVITY_HAS_FUNDING", message: expect.stringContaining("inställd") }),
    ]);

    const proposed = (await coordinator.ok(ProposePlan, { input: { planId: plan.id, version: plan.version } })).proposePlanForAdoption
      .plan!;
    await decidedByLansledning(client, coordinator, proposed.adoptionMatter!.id);
    const adopted = await coordinator.ok(DeleteActivity, { id: lots.id });
    expect(adopted.deletePlanActivity.errors.map((e) => e.code)).toEqual(["PLAN_REMOVE_ADOPTED"]);
    coordinator.locale = "en";
    const english = await coordinator.ok(DeleteActivity, { id: lots.id });
    expect(english.deletePlanActivity.errors[0]!.message).toContain("cancelled");
    const db = (await testDatabase()).db;
    expect(await db.select().from(planActivities)).toHaveLength(2);
  });
});
