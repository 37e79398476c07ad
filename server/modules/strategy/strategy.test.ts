import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDatabase } from "../../../test/support/database.js";
import { DAY_MS, advanceClock, swedishTodayIso } from "../../shared/clock.js";
import { events } from "../audit/audit.tables.js";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import { graphql } from "../../../test/support/graphql.js";

const StrategyQuery = graphql(`
  query StrategyOf($slug: String!) {
    arena(slug: $slug) {
      strategies {
        id
        name
        overallGoal
        fromYear
        toYear
        agenda2030Goals {
          number
          title
        }
        areas {
          name
          goals {
            id
            number
            title
            titleSv
            reviewOn
            reviewDue
            focusAreas {
              id
              code
              title
            }
          }
        }
      }
    }
  }
`);
const Frameworks = graphql(`
  query Frameworks {
    frameworks {
      agenda2030Goals {
        number
        title
      }
      publicHealthTargetAreas {
        number
        title
      }
      skrIndicators {
        number
        group
        title
      }
      scaleUpLadder {
        step
        title
        description
      }
    }
  }
`);
const CreateFocusArea = graphql(`
  mutation CreateFocusArea($input: CreateFocusAreaInput!) {
    createFocusArea(input: $input) {
      focusArea {
        id
        code
        title
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const UpdateGoal = graphql(`
  mutation UpdateGoal($input: UpdateStrategicGoalInput!) {
    updateStrategicGoal(input: $input) {
      goal {
        id
        title
        reviewOn
        reviewDue
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const DeleteFocusArea = graphql(`
  mutation DeleteFocusArea($id: ID!) {
    deleteFocusArea(id: $id) {
      deletedId
      errors {
        code
      }
    }
  }
`);

const { client } = useTestServer();
const strategy = async (slug: string, c = client()) => (await c.ok(StrategyQuery, { slug })).arena!.strategies[0]!;

describe("strategies", () => {
  it("has Gävleborg's welfare strategy: five strategic goals with their focus areas, through Agenda 2030 goals 3, 4 and 10", async () => {
    const s = await strategy("gavleborg");
    expect(s.toYear).toBe(2030);
    expect(s.agenda2030Goals.map((g) => g.number)).toEqual([3, 4, 10]);
    const goals = s.areas.flatMap((a) => a.goals);
    expect(goals.map((g) => g.number)).toEqual([1, 2, 3, 4, 5]);
    const codes = Object.fromEntries(goals.map((g) => [g.number, g.focusAreas.map((f) => f.code)]));
    expect(codes).toEqual({
      1: ["1.1", "1.2"],
      2: ["2.1", "2.2", "2.3", "2.4"],
      3: ["3.1", "3.2"],
      4: ["4.1"],
      5: ["5.1", "5.2", "5.3", "5.5"],
    });
    expect(s.areas.map((a) => a.name)).toEqual(["Hälsa", "Utbildning", "Jämlikhet"]);
    const en = await strategy("gavleborg", client("en"));
    expect(en.areas.map((a) => a.name)).toEqual(["Health", "Education", "Equality"]);
  });

  it("has Dalarna's four theme areas with about thirty action areas", async () => {
    const s = await strategy("dalarna");
    expect(s.areas).toHaveLength(4);
    expect(s.areas.flatMap((a) => a.goals).flatMap((g) => g.focusAreas)).toHaveLength(30);
  });

  it("offers the reference frameworks", async () => {
    const { frameworks } = await client().ok(Frameworks);
    expect(frameworks.agenda2030Goals).toHaveLength(17);
    expect(frameworks.agenda2030Goals[2]).toEqual({ number: 3, title: "Hälsa och välbefinnande" });
    expect(frameworks.publicHealthTargetAreas).toHaveLength(8);
    expect(frameworks.skrIndicators).toHaveLength(22);
    expect(new Set(frameworks.skrIndicators.map((i) => i.group))).toEqual(new Set(["GOOD_EQUAL_HEALTH", "SUSTAINABLE", "GOOD_QUALITY"]));
    expect(frameworks.scaleUpLadder.map((s) => s.step)).toEqual([1, 2, 3, 4]);
  });
});

describe("editing goals and focus areas", () => {
  it("lets a coordinator add a focus area with a valid, unused code", async () => {
    const s = await strategy("gavleborg");
    const goal5 = s.areas.flatMap((a) => a.goals).find((g) => g.number === 5)!;
    const coordinator = await client().signInAs(demo.coordinator);

    const badCode = await coordinator.ok(CreateFocusArea, { input: { goalId: goal5.id, code: "fem", titleSv: "X", titleEn: "X" } });
    expect(badCode.createFocusArea.errors).toEqual([
      { field: "input.code", code: "INVALID_CODE", message: "Ange en kod som 1.1 eller 2.3." },
    ]);
    const taken = await coordinator.ok(CreateFocusArea, { input: { goalId: goal5.id, code: "5.1", titleSv: "X", titleEn: "X" } });
    expect(taken.createFocusArea.errors[0]).toMatchObject({ field: "input.code", code: "DUPLICATE_KEY" });

    const ok = await coordinator.ok(CreateFocusArea, {
      input: { goalId: goal5.id, code: "5.4", titleSv: "Digital delaktighet", titleEn: "Digital inclusion" },
    });
    expect(ok.createFocusArea.errors).toEqual([]);
    const after = await strategy("gavleborg");
    expect(
      after.areas
        .flatMap((a) => a.goals)
        .find((g) => g.number === 5)!
        .focusAreas.map((f) => f.code),
    ).toContain("5.4");

    const del = await coordinator.ok(DeleteFocusArea, { id: ok.createFocusArea.focusArea!.id });
    expect(del.deleteFocusArea.deletedId).toBe(ok.createFocusArea.focusArea!.id);
  });

  it("refuses goal edits from other arenas' coordinators and from bearers", async () => {
    const s = await strategy("gavleborg");
    const goal1 = s.areas[0]!.goals[0]!;
    for (const who of [demo.dalarnaCoordinator, demo.bearer, demo.guide]) {
      const c = await client().signInAs(who);
      const r = await c.request(UpdateGoal, { input: { id: goal1.id, titleSv: "Ändrat" } });
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const admin = await client().signInAs(demo.admin);
    const empty = await admin.ok(UpdateGoal, { input: { id: goal1.id, titleSv: "" } });
    expect(empty.updateStrategicGoal.errors[0]).toMatchObject({ field: "input.titleSv", code: "REQUIRED" });
    expect((await strategy("gavleborg")).areas[0]!.goals[0]!.title).toBe(goal1.title);
  });

  it("keeps a goal's next review date: set today or later, due once the day comes, cleared with null", async () => {
    const coordinator = await client().signInAs(demo.coordinator);
    const goal = (await strategy("gavleborg")).areas[0]!.goals[0]!;
    const inDays = (n: number) => new Date(Date.parse(`${swedishTodayIso()}T12:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

    const past = await coordinator.ok(UpdateGoal, { input: { id: goal.id, reviewOn: inDays(-1) } });
    expect(past.updateStrategicGoal.errors).toEqual([
      { field: "input.reviewOn", code: "DUE_IN_PAST", message: "Välj dagens datum eller ett senare." },
    ]);

    const review = inDays(3);
    const set = await coordinator.ok(UpdateGoal, { input: { id: goal.id, reviewOn: review } });
    expect(set.updateStrategicGoal).toMatchObject({ errors: [], goal: { reviewOn: review, reviewDue: false } });
    // A title edit leaves the date alone.
    const renamed = await coordinator.ok(UpdateGoal, { input: { id: goal.id, titleSv: `${goal.titleSv} ` } });
    expect(renamed.updateStrategicGoal.goal).toMatchObject({ reviewOn: review });

    advanceClock(3 * DAY_MS);
    const due = (await strategy("gavleborg")).areas[0]!.goals[0]!;
    expect(due).toMatchObject({ reviewOn: review, reviewDue: true });

    const cleared = await coordinator.ok(UpdateGoal, { input: { id: goal.id, reviewOn: null } });
    expect(cleared.updateStrategicGoal.goal).toMatchObject({ reviewOn: null, reviewDue: false });

    const { db } = await testDatabase();
    const [last] = await db
      .select({ data: events.data })
      .from(events)
      .where(eq(events.subjectType, "StrategicGoal"))
      .orderBy(desc(events.createdAt))
      .limit(1);
    expect(last!.data).toMatchObject({ changed: ["reviewOn"], reviewOn: { from: review, to: null } });
  });
});
