import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { type IdeaAccess, atLeast } from "../ideas/ideas.access.js";
import type { IdeaStage } from "../ideas/ideas.tables.js";
import { Idea } from "../ideas/ideas.types.js";
import type { cycleMeasures, measurements, testCycles } from "./testing.tables.js";

type CycleRow = typeof testCycles.$inferSelect;
type MeasureRow = typeof cycleMeasures.$inferSelect;
type MeasurementRow = typeof measurements.$inferSelect;

/** Who reads an idea's test cycles: anyone with at least "member" access (arena role holders on readable ideas, the team, the bearers). */
export const readsCycles = (access: IdeaAccess) => atLeast(access, "member");
/** Who plans a cycle and records what happens: the arena's guidance team and the idea's bearers. */
export const writesCycles = (access: IdeaAccess) => access === "team" || access === "bearer";
/** Stages in which an idea is tested: a cycle may be planned, started and recorded. */
export const TESTABLE_STAGES: readonly IdeaStage[] = ["guidance", "development", "testing"];

export enum TestCycleStatusEnum {
  PLANNED = "planned",
  RUNNING = "running",
  STUDIED = "studied",
  DECIDED = "decided",
}
registerEnumType(TestCycleStatusEnum, {
  name: "TestCycleStatus",
  description:
    "PDSA: PLANNED (plan, may be edited), RUNNING (started past the test-ready gate: measurements are recorded), STUDIED (results and observations recorded), DECIDED (the act: a decision with its rationale).",
});

export enum CycleDecisionEnum {
  RETEST = "retest",
  PIVOT = "pivot",
  ADVANCE = "advance",
  STOP = "stop",
}
registerEnumType(CycleDecisionEnum, {
  name: "CycleDecision",
  description:
    "RETEST: a new cycle n+1 linked to this one, its plan and measures copied to adjust; PIVOT: back to development; ADVANCE: to scaling (ladder step 2); STOP: the idea is closed, its learnings kept.",
});

export enum MeasureDirectionEnum {
  HIGHER = "higher",
  LOWER = "lower",
}
registerEnumType(MeasureDirectionEnum, { name: "MeasureDirection", description: "Whether a higher or a lower value is better." });

export enum MeasureOutcomeEnum {
  MET = "met",
  NOT_MET = "not_met",
  INCONCLUSIVE = "inconclusive",
}
registerEnumType(MeasureOutcomeEnum, {
  name: "MeasureOutcome",
  description:
    "INCONCLUSIVE when the measure has no target or no measurement; MET when the latest measurement reaches the target in the measure's direction (value ≥ target for HIGHER, value ≤ target for LOWER); otherwise NOT_MET.",
});

/** The idea a cycle belongs to, as far as a cycle needs to know it. */
export interface CycleIdea {
  rawId: string;
  arenaRawId: string;
  stage: IdeaStage;
  access: IdeaAccess;
}

/**
 * Whether the viewer may decide: on the guidance team of the idea's arena (a guide who also
 * carries the idea reads it as a bearer, but still decides as the team).
 */
export interface CycleViewer {
  onTeam: boolean;
}

@ObjectType({ description: "The test-ready gate: a cycle starts only with a hypothesis and at least one measure with a baseline." })
export class CycleReadiness {
  @Field(() => Boolean)
  ready!: boolean;
  @Field(() => [String], {
    description:
      "What is missing, as codes: HYPOTHESIS (no hypothesis), MEASURE (no measure), BASELINE (a measure has no baseline; then baselineMissing names them).",
  })
  missing!: string[];
  @Field(() => [String], { description: "The names of the measures that still lack a baseline." })
  baselineMissing!: string[];
}

@ObjectType({
  description:
    "A measure's result against its target. Rule: outcome is INCONCLUSIVE when there is no target or no measurement; MET when the latest measurement reaches the target in the measure's direction (≥ for HIGHER, ≤ for LOWER); otherwise NOT_MET.",
})
export class MeasureResult {
  @Field(() => Float, { nullable: true, description: "The latest measurement's value (by date), or null when there is none." })
  value!: number | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "The date of the latest measurement." })
  measuredOn!: string | null;
  @Field(() => MeasureOutcomeEnum)
  outcome!: MeasureOutcomeEnum;
  @Field(() => Float, { nullable: true, description: "value − baseline; null when either is missing." })
  change!: number | null;
}

@ObjectType({ implements: Node, description: "One value of a measure on a date." })
export class Measurement extends Node {
  rawId!: string;
  measureRawId!: string;
  recordedByRawId!: string | null;
  cycle!: TestCycle;

  @Field(() => LocalDateResolver)
  measuredOn!: string;
  @Field(() => Float)
  value!: number;
  @Field(() => String)
  note!: string;
  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

@ObjectType({
  implements: Node,
  description: "A measure of a test cycle. Its copies in retests share its seriesId, so cycles line up side by side.",
})
export class CycleMeasure extends Node {
  rawId!: string;
  cycle!: TestCycle;
  indicatorRawId!: string | null;

  @Field(() => ID, { description: "Shared by this measure's copies in later cycles (retests)." })
  seriesId!: string;
  @Field(() => Int)
  position!: number;
  @Field(() => String)
  name!: string;
  @Field(() => String, { description: "e.g. “personer”, “%”, “dagar”." })
  unit!: string;
  @Field(() => Float, { nullable: true, description: "The value before the test." })
  baseline!: number | null;
  @Field(() => Float, { nullable: true })
  target!: number | null;
  @Field(() => MeasureDirectionEnum)
  direction!: MeasureDirectionEnum;
}

@ObjectType({
  implements: Node,
  description: "A plan-do-study-act cycle of an idea. Visible to those with at least member access to the idea.",
})
export class TestCycle extends Node {
  rawId!: string;
  ideaRef!: CycleIdea;
  viewer!: CycleViewer;
  previousRawId!: string | null;
  decidedByRawId!: string | null;

  @Field(() => Int, { description: "1, 2, … within the idea." })
  number!: number;
  @Field(() => TestCycleStatusEnum)
  status!: TestCycleStatusEnum;
  @Field(() => Int, { description: "Pass it back as expectedVersion when editing the plan; a stale version is refused." })
  version!: number;

  // Plan
  @Field(() => String, { description: "What we believe will happen, and why." })
  hypothesis!: string;
  @Field(() => String, { description: "What we want to achieve." })
  aim!: string;
  @Field(() => String)
  site!: string;
  @Field(() => String)
  hostOrganisation!: string;
  @Field(() => String)
  targetGroup!: string;
  @Field(() => Int, { nullable: true })
  plannedParticipants!: number | null;
  @Field(() => LocalDateResolver, { nullable: true })
  startsOn!: string | null;
  @Field(() => LocalDateResolver, { nullable: true })
  endsOn!: string | null;

  // Do
  @Field(() => DateTimeResolver, { nullable: true })
  startedAt!: Date | null;
  @Field(() => Int, { nullable: true })
  participantsReached!: number | null;

  // Study
  @Field(() => String)
  observations!: string;
  @Field(() => DateTimeResolver, { nullable: true })
  studiedAt!: Date | null;

  // Act
  @Field(() => CycleDecisionEnum, { nullable: true })
  decision!: CycleDecisionEnum | null;
  @Field(() => String)
  decisionRationale!: string;
  @Field(() => String)
  learnings!: string;
  @Field(() => String, { description: "How the bearers agreed to the decision, as recorded by the decider." })
  bearerAgreement!: string;
  @Field(() => DateTimeResolver, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => DateTimeResolver)
  createdAt!: Date;
  @Field(() => DateTimeResolver)
  updatedAt!: Date;

  @Field(() => Boolean, {
    description:
      "Whether you may edit the plan, start it, record measurements and the study: the team or the bearers, until it is decided.",
  })
  viewerCanRecord!: boolean;
  @Field(() => Boolean, { description: "Whether you may record the decision: the arena's guidance team, once the cycle is studied." })
  viewerCanDecide!: boolean;
}

export function toCycle(row: CycleRow, idea: CycleIdea, viewer: CycleViewer): TestCycle {
  const open = row.status !== "decided" && TESTABLE_STAGES.includes(idea.stage);
  return Object.assign(new TestCycle(), {
    __typename: "TestCycle",
    id: toGlobalId("TestCycle", row.id),
    rawId: row.id,
    ideaRef: idea,
    viewer,
    previousRawId: row.previousCycleId,
    decidedByRawId: row.decidedBy,
    number: row.number,
    status: row.status as TestCycleStatusEnum,
    version: row.version,
    hypothesis: row.hypothesis,
    aim: row.aim,
    site: row.site,
    hostOrganisation: row.hostOrganisation,
    targetGroup: row.targetGroup,
    plannedParticipants: row.plannedParticipants,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    startedAt: row.startedAt,
    participantsReached: row.participantsReached,
    observations: row.observations,
    studiedAt: row.studiedAt,
    decision: row.decision as CycleDecisionEnum | null,
    decisionRationale: row.decisionRationale,
    learnings: row.learnings,
    bearerAgreement: row.bearerAgreement,
    decidedAt: row.decidedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    viewerCanRecord: open && writesCycles(idea.access),
    viewerCanDecide: open && viewer.onTeam && row.status === "studied",
  });
}

export function toMeasure(row: MeasureRow, cycle: TestCycle): CycleMeasure {
  return Object.assign(new CycleMeasure(), {
    __typename: "CycleMeasure",
    id: toGlobalId("CycleMeasure", row.id),
    rawId: row.id,
    cycle,
    seriesId: toGlobalId("MeasureSeries", row.seriesId),
    position: row.position,
    name: row.name,
    unit: row.unit,
    baseline: row.baseline,
    target: row.target,
    direction: row.direction as MeasureDirectionEnum,
    indicatorRawId: row.indicatorId,
  });
}

export function toMeasurement(row: MeasurementRow, cycle: TestCycle): Measurement {
  return Object.assign(new Measurement(), {
    __typename: "Measurement",
    id: toGlobalId("Measurement", row.id),
    rawId: row.id,
    measureRawId: row.measureId,
    recordedByRawId: row.recordedBy,
    cycle,
    measuredOn: row.measuredOn,
    value: row.value,
    note: row.note,
    createdAt: row.createdAt,
  });
}

/** The result rule (see MeasureResult): rows ordered by date, latest last. */
export function resultOf(
  measure: Pick<MeasureRow, "baseline" | "target" | "direction">,
  rows: readonly Pick<MeasurementRow, "measuredOn" | "value">[],
): MeasureResult {
  const latest = rows[rows.length - 1];
  const value = latest?.value ?? null;
  let outcome = MeasureOutcomeEnum.INCONCLUSIVE;
  if (value !== null && measure.target !== null)
    outcome = (measure.direction === "lower" ? value <= measure.target : value >= measure.target)
      ? MeasureOutcomeEnum.MET
      : MeasureOutcomeEnum.NOT_MET;
  return {
    value,
    measuredOn: latest?.measuredOn ?? null,
    outcome,
    change: value !== null && measure.baseline !== null ? value - measure.baseline : null,
  };
}

const OUTCOME_SV: Record<MeasureOutcomeEnum, string> = {
  [MeasureOutcomeEnum.MET]: "målet nått",
  [MeasureOutcomeEnum.NOT_MET]: "målet inte nått",
  [MeasureOutcomeEnum.INCONCLUSIVE]: "oklart",
};

const numberSv = (n: number | null) => (n === null ? "–" : String(n).replace(".", ","));

/**
 * A measure's result in words, in Swedish as the record is kept (the evidence of a ladder
 * step): "Elever som fullföljer: 10 → 23 elever (mål 20): målet nått".
 */
export function resultInWords(
  measure: Pick<MeasureRow, "name" | "unit" | "baseline" | "target" | "direction">,
  rows: readonly Pick<MeasurementRow, "measuredOn" | "value">[],
): string {
  const r = resultOf(measure, rows);
  const unit = measure.unit ? ` ${measure.unit}` : "";
  return `${measure.name}: ${numberSv(measure.baseline)} → ${numberSv(r.value)}${unit} (mål ${numberSv(measure.target)}): ${OUTCOME_SV[r.outcome]}`;
}

/** The test-ready gate over a cycle's plan. */
export function readinessOf(
  cycle: Pick<CycleRow, "hypothesis">,
  measures: readonly Pick<MeasureRow, "name" | "baseline">[],
): CycleReadiness {
  const missing: string[] = [];
  if (cycle.hypothesis.trim() === "") missing.push("HYPOTHESIS");
  if (measures.length === 0) missing.push("MEASURE");
  const baselineMissing = measures.filter((m) => m.baseline === null).map((m) => m.name);
  if (baselineMissing.length > 0) missing.push("BASELINE");
  return { ready: missing.length === 0, missing, baselineMissing };
}

@ObjectType()
export class TestCyclePayload {
  @Field(() => TestCycle, { nullable: true })
  cycle!: TestCycle | null;
  @Field(() => Idea, { nullable: true })
  idea!: Idea | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class DecideTestCyclePayload extends TestCyclePayload {
  @Field(() => TestCycle, { nullable: true, description: "RETEST: the new cycle n+1, planned, with the plan and measures copied." })
  nextCycle!: TestCycle | null;
}

@ObjectType()
export class MeasurementPayload {
  @Field(() => Measurement, { nullable: true, description: "The measurement as saved; as it was, when deleted." })
  measurement!: Measurement | null;
  @Field(() => CycleMeasure, { nullable: true })
  measure!: CycleMeasure | null;
  @Field(() => TestCycle, { nullable: true })
  cycle!: TestCycle | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
