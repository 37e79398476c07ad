import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import {
  DecideTestCycle,
  DeleteMeasurement,
  IdeaTestCycles,
  PlanTestCycle,
  RecordMeasurement,
  RecordStudy,
  StartTestCycle,
  UpdateTestCycle,
  cycleVersion,
  decideCycle,
  decidedCycle,
  defaultDecision,
  defaultMeasure,
  defaultPlan,
  guidedIdea,
  planCycle,
  plannedCycle,
  recordValues,
  runningCycle,
  startCycle,
  studiedCycle,
  studyCycle,
} from "../../../test/support/cycles.js";
import { testDatabase } from "../../../test/support/database.js";
import { notificationsOf } from "../../../test/support/discussion.js";
import { graphql } from "../../../test/support/graphql.js";
import { IdeaTimeline, arenaOf, submittedIdea } from "../../../test/support/ideas.js";
import { fromGlobalId } from "../../graphql/relay.js";
import { events } from "../audit/audit.tables.js";
import { swedishToday } from "../../shared/swedish-date.js";
import { ideas } from "../ideas/ideas.tables.js";
import { learnings } from "../learning/learning.tables.js";
import { ideaScaleSteps } from "../scaling/scaling.tables.js";
import { MeasureOutcomeEnum, resultOf } from "./cycles.types.js";
import { testCycles } from "./testing.tables.js";

const IdeaTimelineLabels = graphql(`
  query IdeaTimelineLabels($id: ID!) {
    idea(id: $id) {
      id
      timeline {
        kind
        label
      }
    }
  }
`);

const { client } = useTestServer();

const CycleNode = graphql(`
  query CycleNode($id: ID!) {
    node(id: $id) {
      id
      ... on TestCycle {
        number
        hypothesis
      }
      ... on CycleMeasure {
        name
      }
    }
  }
`);

const IdeaCyclesCount = graphql(`
  query IdeaCyclesCount($id: ID!) {
    idea(id: $id) {
      id
      testCycles {
        id
        number
        status
        readiness {
          ready
          missing
        }
        previousCycle {
          number
        }
        nextCycle {
          number
        }
        decidedBy {
          name
        }
        municipalities {
          name
        }
        measures {
          seriesId
          name
          baseline
          target
          measurements {
            measuredOn
            value
            recordedBy {
              name
            }
          }
          result {
            value
            outcome
            change
          }
        }
      }
    }
  }
`);

const rawId = (globalId: string) => fromGlobalId(globalId)!.id;
const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const today = () => swedishToday();
const daysAgo = (n: number) => plusDays(today(), -n);
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

async function cycleEvents(ideaId: string) {
  const { db } = await testDatabase();
  const rows = await db
    .select({ kind: events.kind })
    .from(events)
    .where(and(eq(events.subjectType, "Idea"), eq(events.subjectId, rawId(ideaId))))
    .orderBy(asc(events.createdAt));
  return rows.map((r) => r.kind).filter((k) => k.startsWith("test_cycle.") || k.startsWith("scaling.") || k.startsWith("learning."));
}

async function ladderOf(ideaId: string) {
  const { db } = await testDatabase();
  return (
    await db
      .select()
      .from(ideaScaleSteps)
      .where(eq(ideaScaleSteps.ideaId, rawId(ideaId)))
      .orderBy(asc(ideaScaleSteps.recordedAt))
  ).map((r) => ({ step: r.step, evidence: r.evidence, cycleId: r.cycleId }));
}

async function learningsOf(ideaId: string) {
  const { db } = await testDatabase();
  return db
    .select()
    .from(learnings)
    .where(eq(learnings.ideaId, rawId(ideaId)));
}

async function stageOf(ideaId: string) {
  const { db } = await testDatabase();
  const [row] = await db
    .select({ stage: ideas.stage, version: ideas.version })
    .from(ideas)
    .where(eq(ideas.id, rawId(ideaId)));
  return row!;
}

// ---- the result rule ----

describe("measure results", () => {
  const values = (...v: number[]) => v.map((value, i) => ({ measuredOn: `2026-01-${String(i + 10)}`, value }));

  it("compares the latest value with the target in the measure's direction", () => {
    const higher = { baseline: 10, target: 20, direction: "higher" as const };
    const lower = { baseline: 30, target: 20, direction: "lower" as const };
    expect(resultOf(higher, values(25, 15))).toEqual({
      value: 15,
      measuredOn: "2026-01-11",
      outcome: MeasureOutcomeEnum.NOT_MET,
      change: 5,
    });
    expect(resultOf(higher, values(12, 20)).outcome).toBe(MeasureOutcomeEnum.MET);
    expect(resultOf(higher, values(19.9)).outcome).toBe(MeasureOutcomeEnum.NOT_MET);
    expect(resultOf(lower, values(25, 20)).outcome).toBe(MeasureOutcomeEnum.MET);
    expect(resultOf(lower, values(12, 21))).toEqual({
      value: 21,
      measuredOn: "2026-01-11",
      outcome: MeasureOutcomeEnum.NOT_MET,
      change: -9,
    });
  });

  it("is inconclusive without a target or without a measurement", () => {
    expect(resultOf({ baseline: 10, target: null, direction: "higher" }, values(50))).toEqual({
      value: 50,
      measuredOn: "2026-01-10",
      outcome: MeasureOutcomeEnum.INCONCLUSIVE,
      change: 40,
    });
    expect(resultOf({ baseline: 10, target: 20, direction: "lower" }, [])).toEqual({
      value: null,
      measuredOn: null,
      outcome: MeasureOutcomeEnum.INCONCLUSIVE,
      change: null,
    });
    expect(resultOf({ baseline: null, target: 20, direction: "higher" }, values(30)).change).toBeNull();
  });
});

// ---- plan ----

describe("planning a test cycle", () => {
  it("the guide plans cycle 1 with context and measures; the idea reaches ladder step 1", async () => {
    const s = await guidedIdea(client);
    const arena = await arenaOf(s.guide);
    const gavle = arena.organisations.find((o) => o.name === "Gävle kommun")!;
    const cycle = await planCycle(s.guide, s.idea.id, {
      ...defaultPlan,
      startsOn: today(),
      endsOn: plusDays(today(), 60),
      municipalityIds: [gavle.id],
      measures: [defaultMeasure, { name: "Väntetid", unit: "dagar", baseline: 30, target: 14, direction: "LOWER" }],
    });
    expect(cycle).toMatchObject({
      number: 1,
      status: "PLANNED",
      version: 1,
      hypothesis: defaultPlan.hypothesis,
      targetGroup: "Elever i årskurs 7–9",
      plannedParticipants: 30,
      viewerCanRecord: true,
      viewerCanDecide: false,
      previousCycle: null,
      readiness: { ready: true, missing: [], baselineMissing: [] },
      municipalities: [{ id: gavle.id, name: "Gävle kommun" }],
    });
    expect(cycle.measures.map((m) => [m.name, m.unit, m.baseline, m.target, m.direction, m.result.outcome])).toEqual([
      ["Deltagare som fullföljer", "personer", 10, 20, "HIGHER", "INCONCLUSIVE"],
      ["Väntetid", "dagar", 30, 14, "LOWER", "INCONCLUSIVE"],
    ]);
    expect(await ladderOf(s.idea.id)).toEqual([
      { step: 1, evidence: expect.stringMatching(/^Testcykel 1 planerad/), cycleId: rawId(cycle.id) },
    ]);
    expect(await cycleEvents(s.idea.id)).toEqual(["test_cycle.planned", "scaling.step_reached"]);
    // The stage moves only when the cycle starts.
    expect((await stageOf(s.idea.id)).stage).toBe("guidance");
  });

  it("the bearer may plan too; a second open cycle, or an idea not yet in guidance, is refused", async () => {
    const s = await guidedIdea(client);
    const { planTestCycle: first } = await s.bearer.ok(PlanTestCycle, { input: { ideaId: s.idea.id, hypothesis: "Vi tror…" } });
    expect(first.errors).toEqual([]);
    expect(first.cycle!.readiness).toEqual({ ready: false, missing: ["MEASURE"], baselineMissing: [] });
    const { planTestCycle: second } = await s.guide.ok(PlanTestCycle, { input: { ideaId: s.idea.id } });
    expect(second).toMatchObject({ cycle: null, errors: [{ field: "input.ideaId", code: "CYCLE_OPEN" }] });

    const submitted = await submittedIdea(s.bearer, { title: "Ännu inte mottagen" });
    const { planTestCycle: early } = await s.bearer.ok(PlanTestCycle, { input: { ideaId: submitted.id } });
    expect(early.errors).toEqual([
      {
        field: "input.ideaId",
        code: "CYCLE_STAGE",
        message: "Testcykler planeras och genomförs när idén är i lotsning, utveckling eller test.",
      },
    ]);
  });

  it("refuses bad plans field by field and changes nothing", async () => {
    const s = await guidedIdea(client);
    const dalarna = (await arenaOf(s.guide, "dalarna")).organisations[0]!;
    const { planTestCycle: r } = await s.guide.ok(PlanTestCycle, {
      input: {
        ideaId: s.idea.id,
        startsOn: "2026-05-01",
        endsOn: "2026-04-01",
        plannedParticipants: -1,
        municipalityIds: [dalarna.id],
        measures: [
          { name: "  ", baseline: 1 },
          { name: "Enorm", baseline: -1.5e308, target: 1.5e308 },
        ],
      },
    });
    expect(r.errors.map((e) => [e.field, e.code])).toEqual([
      ["input.plannedParticipants", "OUT_OF_RANGE"],
      ["input.measures.0.name", "REQUIRED"],
      ["input.measures.1.baseline", "VALUE_RANGE"],
      ["input.measures.1.target", "VALUE_RANGE"],
      ["input.endsOn", "ENDS_BEFORE_START"],
      ["input.municipalityIds", "NOT_A_MUNICIPALITY"],
    ]);
    expect((await s.guide.ok(IdeaTestCycles, { id: s.idea.id })).idea!.testCycles).toEqual([]);
    expect(await ladderOf(s.idea.id)).toEqual([]);
  });

  it("edits the plan and its measures with an expected version; a stale version is refused", async () => {
    const s = await plannedCycle(client);
    const { updateTestCycle: r } = await s.bearer.ok(UpdateTestCycle, {
      input: {
        id: s.cycle.id,
        expectedVersion: 1,
        aim: "Minst 20 elever fullföljer.",
        measures: [
          { id: s.measure.id, name: "Elever som fullföljer", unit: "elever", baseline: 8, target: 20, direction: "HIGHER" },
          { name: "Nöjdhet", unit: "%", baseline: 60, target: 80, direction: "HIGHER" },
        ],
      },
    });
    expect(r.errors).toEqual([]);
    expect(r.cycle).toMatchObject({ version: 2, aim: "Minst 20 elever fullföljer.", hypothesis: defaultPlan.hypothesis });
    expect(r.cycle!.measures.map((m) => [m.id === s.measure.id, m.seriesId === s.measure.seriesId, m.name, m.baseline])).toEqual([
      [true, true, "Elever som fullföljer", 8],
      [false, false, "Nöjdhet", 60],
    ]);
    const { updateTestCycle: stale } = await s.guide.ok(UpdateTestCycle, { input: { id: s.cycle.id, expectedVersion: 1, aim: "Annat" } });
    expect(stale.errors).toEqual([
      {
        field: "input.expectedVersion",
        code: "CYCLE_STALE",
        message: "Någon annan har ändrat planen medan du skrev. Din text är kvar; ladda om planen, jämför och spara igen.",
      },
    ]);
    // Removing a measure: left out of the list.
    const { updateTestCycle: removed } = await s.guide.ok(UpdateTestCycle, {
      input: {
        id: s.cycle.id,
        expectedVersion: 2,
        measures: [{ id: s.measure.id, name: "Elever som fullföljer", baseline: 8, target: 20 }],
      },
    });
    expect(removed.cycle!.measures.map((m) => m.name)).toEqual(["Elever som fullföljer"]);
    expect(removed.cycle!.measures[0]!.unit).toBe("");
    // The same measure twice is refused, and changes nothing.
    const { updateTestCycle: twice } = await s.guide.ok(UpdateTestCycle, {
      input: {
        id: s.cycle.id,
        expectedVersion: 3,
        measures: [
          { id: s.measure.id, name: "A", baseline: 1 },
          { id: s.measure.id, name: "B", baseline: 2 },
        ],
      },
    });
    expect(twice.errors.map((e) => [e.field, e.code])).toEqual([["input.measures.1.id", "MEASURE_REPEATED"]]);
    expect((await s.guide.ok(IdeaTestCycles, { id: s.idea.id })).idea!.testCycles![0]).toMatchObject({
      version: 3,
      measures: [{ name: "Elever som fullföljer", baseline: 8 }],
    });
  });

  it("while running: targets may change, but a measure with measurements stays and the plan stays test-ready", async () => {
    const s = await runningCycle(client, { values: [[daysAgo(3), 12]] });
    const v = s.cycle.version;
    const { updateTestCycle: r } = await s.guide.ok(UpdateTestCycle, {
      input: { id: s.cycle.id, expectedVersion: v, measures: [{ id: s.measure.id, name: defaultMeasure.name, baseline: 10, target: 11 }] },
    });
    expect(r.errors).toEqual([]);
    expect(r.cycle!.measures[0]!.result).toMatchObject({ value: 12, outcome: "MET" });

    const { updateTestCycle: gone } = await s.guide.ok(UpdateTestCycle, {
      input: { id: s.cycle.id, expectedVersion: v + 1, measures: [{ name: "Nytt mått", baseline: 1 }] },
    });
    expect(gone.errors).toEqual([
      {
        field: "input.measures",
        code: "MEASURE_HAS_MEASUREMENTS",
        message: "Måttet ”Deltagare som fullföljer” har mätvärden och kan inte tas bort. Ta bort mätvärdena först.",
      },
    ]);
    const { updateTestCycle: unready } = await s.guide.ok(UpdateTestCycle, {
      input: {
        id: s.cycle.id,
        expectedVersion: v + 1,
        hypothesis: "",
        measures: [{ id: s.measure.id, name: defaultMeasure.name, baseline: null, target: 11 }],
      },
    });
    expect(unready.errors.map((e) => [e.field, e.code])).toEqual([
      ["input.hypothesis", "HYPOTHESIS_REQUIRED"],
      ["input.measures.0.baseline", "BASELINE_REQUIRED"],
    ]);
    const after = (await s.guide.ok(IdeaTestCycles, { id: s.idea.id })).idea!.testCycles![0]!;
    expect(after).toMatchObject({ version: v + 1, hypothesis: defaultPlan.hypothesis });
    expect(after.measures.map((m) => [m.name, m.baseline, m.target])).toEqual([[defaultMeasure.name, 10, 11]]);
  });
});

// ---- the test-ready gate ----

describe("the test-ready gate", () => {
  it("refuses to start without a hypothesis or a baseline, says what is missing (sv and en), and changes nothing", async () => {
    const s = await guidedIdea(client);
    const cycle = await planCycle(s.guide, s.idea.id, {
      hypothesis: "",
      measures: [
        { name: "Deltagare", baseline: 5, target: 10 },
        { name: "Nöjdhet", unit: "%", target: 80 },
      ],
    });
    expect(cycle.readiness).toEqual({ ready: false, missing: ["HYPOTHESIS", "BASELINE"], baselineMissing: ["Nöjdhet"] });
    const before = await stageOf(s.idea.id);
    const eventsBefore = await cycleEvents(s.idea.id);

    const { startTestCycle: sv } = await s.guide.ok(StartTestCycle, { id: cycle.id });
    expect(sv).toMatchObject({ cycle: null, idea: null });
    expect(sv.errors).toEqual([
      {
        field: "hypothesis",
        code: "HYPOTHESIS_REQUIRED",
        message: "Skriv en hypotes: vad tror ni ska hända, och varför? Cykeln kan inte starta utan den.",
      },
      {
        field: "measures.1.baseline",
        code: "BASELINE_REQUIRED",
        message: "Ange ett utgångsvärde för måttet ”Nöjdhet”: värdet före testet. Cykeln kan inte starta utan det.",
      },
    ]);
    s.guide.locale = "en";
    const { startTestCycle: en } = await s.guide.ok(StartTestCycle, { id: cycle.id });
    expect(en.errors.map((e) => e.message)).toEqual([
      "Write a hypothesis: what do you believe will happen, and why? The cycle cannot start without one.",
      "Enter a baseline for the measure “Nöjdhet”: its value before the test. The cycle cannot start without it.",
    ]);

    const after = (await s.guide.ok(IdeaTestCycles, { id: s.idea.id })).idea!;
    expect(after.testCycles![0]).toMatchObject({ status: "PLANNED", version: 1 });
    expect(await stageOf(s.idea.id)).toEqual(before);
    expect(await cycleEvents(s.idea.id)).toEqual(eventsBefore);
  });

  it("refuses to start without any measure", async () => {
    const s = await guidedIdea(client);
    const cycle = await planCycle(s.guide, s.idea.id, { hypothesis: "Vi tror att…" });
    const { startTestCycle: r } = await s.bearer.ok(StartTestCycle, { id: cycle.id });
    expect(r.errors).toEqual([
      {
        field: "measures",
        code: "MEASURE_REQUIRED",
        message: "Lägg till minst ett mått med ett utgångsvärde. Cykeln kan inte starta utan det.",
      },
    ]);
  });

  it("starts a test-ready cycle: running, and the idea moves to testing", async () => {
    const s = await plannedCycle(client, { by: "bearer" });
    const { startTestCycle: r } = await s.bearer.ok(StartTestCycle, { id: s.cycle.id });
    expect(r.errors).toEqual([]);
    expect(r.cycle).toMatchObject({ status: "RUNNING", version: 2 });
    expect(r.idea).toEqual({ id: s.idea.id, stage: "TESTING" });
    const { startTestCycle: again } = await s.guide.ok(StartTestCycle, { id: s.cycle.id });
    expect(again.errors.map((e) => e.code)).toEqual(["CYCLE_STARTED"]);
    expect(await cycleEvents(s.idea.id)).toEqual(["test_cycle.planned", "scaling.step_reached", "test_cycle.started"]);
  });
});

// ---- do and study ----

describe("measurements and the study", () => {
  it("records measurements; results show against the target, latest by date", async () => {
    const s = await runningCycle(client);
    await recordValues(s.bearer, s.measure.id, [
      [daysAgo(10), 12],
      [daysAgo(1), 22],
    ]);
    // Recorded late, dated earlier: the latest by date counts.
    const { recordMeasurement: r } = await s.guide.ok(RecordMeasurement, {
      input: { measureId: s.measure.id, measuredOn: daysAgo(5), value: 18, note: "  Efter lovet  " },
    });
    expect(r.errors).toEqual([]);
    expect(r.measurement).toMatchObject({ value: 18, note: "Efter lovet", recordedBy: { name: "Gustav Lots" } });
    expect(r.measure!.result).toEqual({ value: 22, outcome: "MET", change: 12 });
    const m = (await s.guide.ok(IdeaTestCycles, { id: s.idea.id })).idea!.testCycles![0]!.measures[0]!;
    expect(m.measurements.map((x) => [x.measuredOn, x.value])).toEqual([
      [daysAgo(10), 12],
      [daysAgo(5), 18],
      [daysAgo(1), 22],
    ]);

    const { deleteMeasurement: d } = await s.guide.ok(DeleteMeasurement, { id: m.measurements[2]!.id });
    expect(d.errors).toEqual([]);
    expect(d.measure!.measurements).toHaveLength(2);
    const after = (await s.guide.ok(IdeaTestCycles, { id: s.idea.id })).idea!.testCycles![0]!.measures[0]!;
    expect(after.result).toEqual({ value: 18, measuredOn: daysAgo(5), outcome: "NOT_MET", change: 8 });
  });

  it("a lower-is-better measure is met at or below its target", async () => {
    const s = await runningCycle(client, {
      plan: { ...defaultPlan, measures: [{ name: "Väntetid", unit: "dagar", baseline: 30, target: 14, direction: "LOWER" }] },
      values: [
        [daysAgo(20), 25],
        [daysAgo(2), 14],
      ],
    });
    expect(s.measure.result).toEqual({ value: 14, measuredOn: daysAgo(2), outcome: "MET", change: -16 });
  });

  it("refuses measurements before the start, in the future or far back", async () => {
    const planned = await plannedCycle(client);
    const { recordMeasurement: early } = await planned.guide.ok(RecordMeasurement, {
      input: { measureId: planned.measure.id, measuredOn: today(), value: 1 },
    });
    expect(early.errors.map((e) => [e.field, e.code])).toEqual([["input.measureId", "CYCLE_NOT_RUNNING"]]);
    await startCycle(planned.guide, planned.cycle.id);
    const bad = async (measuredOn: string) =>
      (await planned.guide.ok(RecordMeasurement, { input: { measureId: planned.measure.id, measuredOn, value: 1 } })).recordMeasurement
        .errors;
    expect(await bad(plusDays(today(), 1))).toEqual([
      {
        field: "input.measuredOn",
        code: "MEASURED_IN_FUTURE",
        message: "Datumet kan inte ligga i framtiden. Ange dagen då värdet mättes.",
      },
    ]);
    expect((await bad("2001-01-01")).map((e) => e.code)).toEqual(["MEASURED_TOO_EARLY"]);
    const huge = await planned.guide.ok(RecordMeasurement, { input: { measureId: planned.measure.id, measuredOn: today(), value: 1e300 } });
    expect(huge.recordMeasurement.errors).toEqual([
      {
        field: "input.value",
        code: "VALUE_RANGE",
        message: "Värdet är för stort. Ange ett tal mellan −1 000 000 000 000 och 1 000 000 000 000.",
      },
    ]);
    expect((await planned.guide.ok(IdeaTestCycles, { id: planned.idea.id })).idea!.testCycles![0]!.measures[0]!.measurements).toEqual([]);
  });

  it("records the study: observations required, participants reached, status studied", async () => {
    const s = await runningCycle(client, { values: [[daysAgo(1), 15]] });
    const seen = await cycleVersion(s.bearer, s.cycle.id);
    const { recordStudy: empty } = await s.bearer.ok(RecordStudy, { input: { id: s.cycle.id, observations: "  ", expectedVersion: seen } });
    expect(empty.errors.map((e) => [e.field, e.code])).toEqual([["input.observations", "REQUIRED"]]);
    const cycle = await studyCycle(s.bearer, s.cycle.id, "Eleverna kom, men färre än vi hoppats.", 18);
    expect(cycle).toMatchObject({
      status: "STUDIED",
      observations: "Eleverna kom, men färre än vi hoppats.",
      participantsReached: 18,
      viewerCanDecide: false,
      version: seen + 1,
    });
    // The guide, writing from the page as it was before the bearer saved, does not overwrite it.
    const { recordStudy: stale } = await s.guide.ok(RecordStudy, {
      input: { id: s.cycle.id, observations: "Något annat", expectedVersion: seen },
    });
    expect(stale.errors).toEqual([
      {
        field: "input.expectedVersion",
        code: "STUDY_STALE",
        message: "Någon annan har sparat testcykeln medan du skrev. Din text är kvar; ladda om sidan, jämför och spara igen.",
      },
    ]);
    expect((await s.guide.ok(IdeaTestCycles, { id: s.idea.id })).idea!.testCycles![0]!.observations).toBe(
      "Eleverna kom, men färre än vi hoppats.",
    );
    // The guide may decide it now; the bearer may not.
    expect((await s.guide.ok(IdeaTestCycles, { id: s.idea.id })).idea!.testCycles![0]!.viewerCanDecide).toBe(true);
  });
});

// ---- act ----

describe("decisions", () => {
  it("a decision needs a studied cycle, a rationale, learnings and the bearers' agreement", async () => {
    const s = await runningCycle(client, { values: [[daysAgo(1), 15]] });
    const { decideTestCycle: early } = await s.guide.ok(DecideTestCycle, {
      input: { id: s.cycle.id, ...defaultDecision("ADVANCE"), expectedVersion: await cycleVersion(s.guide, s.cycle.id) },
    });
    expect(early.errors.map((e) => [e.field, e.code])).toEqual([["input.id", "CYCLE_NOT_STUDIED"]]);
    await studyCycle(s.guide, s.cycle.id);
    const { decideTestCycle: r } = await s.guide.ok(DecideTestCycle, {
      input: {
        id: s.cycle.id,
        decision: "ADVANCE",
        rationale: "",
        learnings: " ",
        bearerAgreement: "",
        expectedVersion: await cycleVersion(s.guide, s.cycle.id),
      },
    });
    expect(r.errors.map((e) => [e.field, e.code])).toEqual([
      ["input.rationale", "REQUIRED"],
      ["input.learnings", "REQUIRED"],
      ["input.bearerAgreement", "REQUIRED"],
    ]);
    expect(await learningsOf(s.idea.id)).toEqual([]);
    expect((await stageOf(s.idea.id)).stage).toBe("testing");
  });

  it("a decision based on a study saved again meanwhile is refused, and nothing changes", async () => {
    const s = await studiedCycle(client, { values: [[daysAgo(1), 15]] });
    const seen = await cycleVersion(s.guide, s.cycle.id);
    // The bearer adds to the observations while the guide writes the decision.
    await studyCycle(s.bearer, s.cycle.id, "Fler kom den sista veckan.");
    const { decideTestCycle: stale } = await s.guide.ok(DecideTestCycle, {
      input: { id: s.cycle.id, ...defaultDecision("ADVANCE"), expectedVersion: seen },
    });
    expect(stale.errors).toEqual([
      {
        field: "input.expectedVersion",
        code: "DECISION_STALE",
        message:
          "Resultaten har sparats på nytt medan du skrev beslutet. Din text är kvar; läs den nya sammanfattningen och spara beslutet igen.",
      },
    ]);
    expect(stale.cycle).toBeNull();
    expect((await s.guide.ok(IdeaTestCycles, { id: s.idea.id })).idea!.testCycles![0]!).toMatchObject({
      status: "STUDIED",
      decision: null,
      observations: "Fler kom den sista veckan.",
    });
    expect(await learningsOf(s.idea.id)).toEqual([]);
    expect((await stageOf(s.idea.id)).stage).toBe("testing");
    // Read again, the decision goes through.
    expect((await decideCycle(s.guide, s.cycle.id, "ADVANCE")).cycle!.decision).toBe("ADVANCE");
  });

  it("retest: cycle n+1 is planned, linked back, with the plan and measures copied (same series, no measurements)", async () => {
    const s = await guidedIdea(client);
    const arena = await arenaOf(s.guide);
    const munis = arena.organisations.slice(0, 2);
    const d = await decidedCycle(client, "RETEST", {
      on: s,
      plan: {
        ...defaultPlan,
        municipalityIds: munis.map((m) => m.id),
        measures: [defaultMeasure, { name: "Nöjdhet", unit: "%", baseline: 60, target: 80 }],
      },
      values: [
        [daysAgo(9), 12],
        [daysAgo(5), 14],
        [daysAgo(1), 16],
      ],
    });
    expect(d.cycle).toMatchObject({ status: "DECIDED", decision: "RETEST", nextCycle: { number: 2 }, viewerCanRecord: false });
    const next = d.nextCycle!;
    expect(next).toMatchObject({
      number: 2,
      status: "PLANNED",
      version: 1,
      previousCycle: { id: d.cycle.id, number: 1 },
      hypothesis: defaultPlan.hypothesis,
      aim: defaultPlan.aim,
      targetGroup: defaultPlan.targetGroup,
      plannedParticipants: 30,
      observations: "",
      decision: null,
      readiness: { ready: true, missing: [], baselineMissing: [] },
    });
    expect(next.municipalities.map((m) => m.id).sort()).toEqual(munis.map((m) => m.id).sort());
    expect(next.measures.map((m) => [m.seriesId, m.name, m.unit, m.baseline, m.target, m.direction, m.measurements.length])).toEqual(
      d.cycle.measures.map((m) => [m.seriesId, m.name, m.unit, m.baseline, m.target, m.direction, 0]),
    );
    expect(next.measures.map((m) => m.id)).not.toContain(d.cycle.measures[0]!.id);
    expect(d.ideaAfter).toEqual({ id: s.idea.id, stage: "TESTING", viewerCanPlanTestCycle: false });
    const learning = await learningsOf(s.idea.id);
    expect(learning.map((l) => [l.outcome, l.title, l.body, l.cycleId, l.publishedAt !== null])).toEqual([
      ["retest", "Läxhjälp i biblioteket – testcykel 1", defaultDecision("RETEST").learnings, rawId(d.cycle.id), true],
    ]);
    // Cycle 2 runs as cycle 1 did, and the decision on it follows.
    await startCycle(s.guide, next.id);
    const all = (await s.guide.ok(IdeaTestCycles, { id: s.idea.id })).idea!.testCycles!;
    expect(all.map((c) => [c.number, c.status, c.previousCycle?.number ?? null, c.nextCycle?.number ?? null])).toEqual([
      [1, "DECIDED", null, 2],
      [2, "RUNNING", 1, null],
    ]);
  });

  it("advance: the idea moves to scaling and ladder step 2 with the results as evidence; the bearers are told", async () => {
    const d = await decidedCycle(client, "ADVANCE", {
      values: [
        [daysAgo(9), 12],
        [daysAgo(1), 21.5],
      ],
    });
    expect(d.ideaAfter.stage).toBe("SCALING");
    expect(await stageOf(d.idea.id)).toMatchObject({ stage: "scaling" });
    const ladder = await ladderOf(d.idea.id);
    expect(ladder.map((l) => [l.step, l.cycleId])).toEqual([
      [1, rawId(d.cycle.id)],
      [2, rawId(d.cycle.id)],
    ]);
    expect(ladder[1]!.evidence).toBe(
      "Deltagare som fullföljer: 10 → 21,5 personer (mål 20): målet nått\nResultaten visar att läxhjälpen gör skillnad.",
    );
    expect((await learningsOf(d.idea.id)).map((l) => l.outcome)).toEqual(["advance"]);
    expect(await cycleEvents(d.idea.id)).toEqual([
      "test_cycle.planned",
      "scaling.step_reached",
      "test_cycle.started",
      "test_cycle.measurement_recorded",
      "test_cycle.measurement_recorded",
      "test_cycle.studied",
      "test_cycle.decided",
      "learning.recorded",
      "scaling.step_reached",
    ]);
    const told = await notificationsOf(d.bearer);
    expect(told.map((n) => n.message)).toContain(
      "Gustav Lots har fattat beslut om testet av ”Läxhjälp i biblioteket”: läs beslutet och lärdomarna",
    );
    // A decided cycle is closed for edits.
    const { recordStudy: closed } = await d.guide.ok(RecordStudy, {
      input: { id: d.cycle.id, observations: "Mer", expectedVersion: d.cycle.version },
    });
    expect(closed.errors.map((e) => e.code)).toEqual(["CYCLE_DECIDED"]);
  });

  it("pivot: back to development, and a new cycle may be planned", async () => {
    const d = await decidedCycle(client, { ...defaultDecision("PIVOT"), publishLearning: false });
    expect(d.ideaAfter).toMatchObject({ stage: "DEVELOPMENT", viewerCanPlanTestCycle: true });
    expect((await learningsOf(d.idea.id)).map((l) => [l.outcome, l.publishedAt])).toEqual([["pivot", null]]);
    expect((await ladderOf(d.idea.id)).map((l) => l.step)).toEqual([1]);
    const second = await planCycle(d.bearer, d.idea.id);
    expect(second).toMatchObject({ number: 2, previousCycle: null });
  });

  it("stop: the idea is closed, its learnings kept", async () => {
    const d = await decidedCycle(client, "STOP", { values: [[daysAgo(1), 3]] });
    expect(d.cycle.measures[0]!.result.outcome).toBe("NOT_MET");
    expect(d.ideaAfter).toMatchObject({ stage: "CLOSED", viewerCanPlanTestCycle: false });
    expect((await learningsOf(d.idea.id)).map((l) => l.outcome)).toEqual(["stop"]);
    const { planTestCycle: r } = await d.guide.ok(PlanTestCycle, { input: { ideaId: d.idea.id } });
    expect(r.errors.map((e) => e.code)).toEqual(["CYCLE_STAGE"]);
    // The cycles stay readable.
    expect((await d.bearer.ok(IdeaTestCycles, { id: d.idea.id })).idea!.testCycles!.map((c) => c.decision)).toEqual(["STOP"]);
  });
});

// ---- who may do what ----

describe("permissions", () => {
  it("only the team decides: the bearer is forbidden and nothing changes", async () => {
    const s = await studiedCycle(client, { values: [[daysAgo(1), 15]] });
    const r = await s.bearer.request(DecideTestCycle, {
      input: { id: s.cycle.id, ...defaultDecision("ADVANCE"), expectedVersion: await cycleVersion(s.bearer, s.cycle.id) },
    });
    expect(codeOf(r)).toBe("FORBIDDEN");
    expect((await s.bearer.ok(IdeaTestCycles, { id: s.idea.id })).idea!.testCycles![0]!).toMatchObject({
      status: "STUDIED",
      viewerCanDecide: false,
      viewerCanRecord: true,
    });
    // The coordinator of the arena may.
    const coordinator = await client().signInAs(demo.coordinator);
    expect((await decideCycle(coordinator, s.cycle.id, "ADVANCE")).cycle!.decision).toBe("ADVANCE");
  });

  it("outsiders do not see cycles; a body member reads a public idea's cycles but may not record", async () => {
    const s = await runningCycle(client, { values: [[daysAgo(1), 15]] });
    const anonymous = client();
    const otherArena = await client().signInAs(demo.dalarnaCoordinator);
    for (const c of [anonymous, otherArena]) {
      expect((await c.ok(IdeaTestCycles, { id: s.idea.id })).idea).toMatchObject({ testCycles: null, viewerCanPlanTestCycle: false });
      expect((await c.ok(CycleNode, { id: s.cycle.id })).node).toBeNull();
      expect((await c.ok(CycleNode, { id: s.measure.id })).node).toBeNull();
      const kinds = (await c.ok(IdeaTimeline, { id: s.idea.id })).idea!.timeline.map((e) => e.kind);
      expect(kinds).toContain("idea.submitted");
      expect(kinds.filter((k) => k.startsWith("test_cycle."))).toEqual([]);
      // Starting the cycle moved the idea to testing: that shows as a change of stage.
      expect((await c.ok(IdeaTimeline, { id: s.idea.id })).idea!.timeline.at(-1)).toEqual({
        kind: "idea.stage_changed",
        toStage: "TESTING",
        about: null,
      }); // It reads as one, in the reader's language.
      c.locale = "en";
      expect((await c.ok(IdeaTimelineLabels, { id: s.idea.id })).idea!.timeline.at(-1)!.label).toBe("Moved to: Being tested");
      c.locale = "sv";
      expect((await c.ok(IdeaTimelineLabels, { id: s.idea.id })).idea!.timeline.at(-1)!.label).toBe("Ny fas: Testas");
    }
    const { recordMeasurement: hidden } = await otherArena.ok(RecordMeasurement, {
      input: { measureId: s.measure.id, measuredOn: today(), value: 99 },
    });
    expect(hidden.errors.map((e) => [e.field, e.code])).toEqual([["input.measureId", "NOT_FOUND"]]);

    const member = await client().signInAs(demo.bodyMember);
    const seen = (await member.ok(IdeaTestCycles, { id: s.idea.id })).idea!;
    expect(seen.viewerCanPlanTestCycle).toBe(false);
    expect(seen.testCycles!.map((c) => [c.number, c.viewerCanRecord, c.viewerCanDecide, c.measures[0]!.result.value])).toEqual([
      [1, false, false, 15],
    ]);
    expect((await member.ok(CycleNode, { id: s.cycle.id })).node).toMatchObject({ number: 1 });
    const kinds = (await member.ok(IdeaTimeline, { id: s.idea.id })).idea!.timeline.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["test_cycle.planned", "test_cycle.started", "test_cycle.measurement_recorded"]));
    const labels = (await member.ok(IdeaTimelineLabels, { id: s.idea.id })).idea!.timeline.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(["Testcykel planerad", "Testcykel startad: Testas", "Mätvärde registrerat"]));
    const r = await member.request(RecordMeasurement, { input: { measureId: s.measure.id, measuredOn: today(), value: 99 } });
    expect(codeOf(r)).toBe("FORBIDDEN");
    const p = await member.request(PlanTestCycle, { input: { ideaId: s.idea.id } });
    expect(codeOf(p)).toBe("FORBIDDEN");
  });

  it("a guidance-only idea's cycles are hidden from arena members", async () => {
    const s = await plannedCycle(client, { on: await guidedIdea(client, { visibility: "GUIDANCE" }) });
    const member = await client().signInAs(demo.bodyMember);
    expect((await member.ok(IdeaTestCycles, { id: s.idea.id })).idea).toBeNull();
    const { startTestCycle: r } = await member.ok(StartTestCycle, { id: s.cycle.id });
    expect(r.errors.map((e) => [e.field, e.code])).toEqual([["id", "NOT_FOUND"]]);
    expect((await s.guide.ok(IdeaTestCycles, { id: s.idea.id })).idea!.testCycles).toHaveLength(1);
  });
});

// ---- no N+1 ----

describe("reading cycles", () => {
  it("reads an idea's cycles in the same number of SQL statements, whether 1 or many cycles, measures and measurements", async () => {
    const small = await decidedCycle(client, "ADVANCE", { values: [[daysAgo(1), 11]] });
    const large = await guidedIdea(client, { title: "Många cykler" });
    const arena = await arenaOf(large.guide);
    const plan = {
      ...defaultPlan,
      municipalityIds: arena.organisations.slice(0, 3).map((o) => o.id),
      measures: [
        defaultMeasure,
        { name: "Nöjdhet", unit: "%", baseline: 60, target: 80 },
        { name: "Väntetid", baseline: 9, direction: "LOWER" as const },
      ],
    };
    let cycle = await planCycle(large.guide, large.idea.id, plan);
    for (let n = 1; n <= 3; n++) {
      await startCycle(large.guide, cycle.id);
      for (const m of cycle.measures)
        await recordValues(large.guide, m.id, [
          [daysAgo(20), n],
          [daysAgo(10), n + 1],
          [daysAgo(1), n + 2],
        ]);
      await studyCycle(large.guide, cycle.id);
      cycle = (await decideCycle(large.guide, cycle.id, "RETEST")).nextCycle!;
    }
    const one = await small.guide.request(IdeaCyclesCount, { id: small.idea.id });
    const many = await large.guide.request(IdeaCyclesCount, { id: large.idea.id });
    expect(one.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(one.data!.idea!.testCycles).toHaveLength(1);
    expect(many.data!.idea!.testCycles!.map((c) => [c.number, c.measures.length, c.measures[0]!.measurements.length])).toEqual([
      [1, 3, 3],
      [2, 3, 3],
      [3, 3, 3],
      [4, 3, 0],
    ]);
    expect(many.data!.idea!.testCycles![1]!.decidedBy).toEqual({ name: "Gustav Lots" });
    expect(one.extensions!.sqlStatements).toBe(many.extensions!.sqlStatements);
  });
});

// ---- the stored rows agree ----

describe("records", () => {
  it("keeps one row per cycle with its number and link", async () => {
    const d = await decidedCycle(client, "RETEST");
    const { db } = await testDatabase();
    const rows = await db
      .select()
      .from(testCycles)
      .where(eq(testCycles.ideaId, rawId(d.idea.id)))
      .orderBy(asc(testCycles.number));
    expect(rows.map((r) => [r.number, r.status, r.previousCycleId])).toEqual([
      [1, "decided", null],
      [2, "planned", rawId(d.cycle.id)],
    ]);
  });
});
