import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { Indicator, toIndicator } from "../indicators/indicators.types.js";
import type { Context } from "../../graphql/context.js";
import { User, toUser } from "../accounts/accounts.types.js";
import { ideaById } from "../ideas/ideas.service.js";
import { Idea } from "../ideas/ideas.types.js";
import { Organisation, toOrganisation } from "../partnership/partnership.types.js";
import {
  DecideTestCycleInput,
  PlanTestCycleInput,
  RecordMeasurementInput,
  RecordStudyInput,
  UpdateTestCycleInput,
} from "./cycles.inputs.js";
import {
  cycleMeasuresOf,
  cycleMunicipalitiesOf,
  cycleReadiness,
  ideaTestCycles,
  measureResult,
  measurementsOf,
  nextCycle,
  planTestCycle,
  previousCycle,
  startTestCycle,
  updateTestCycle,
  viewerCanPlanTestCycle,
} from "./cycles.service.js";
import { decideTestCycle, recordStudy } from "./decisions.service.js";
import { deleteMeasurement, recordMeasurement } from "./measurements.service.js";
import {
  CycleMeasure,
  CycleReadiness,
  DecideTestCyclePayload,
  MeasureResult,
  Measurement,
  MeasurementPayload,
  TestCycle,
  TestCyclePayload,
} from "./cycles.types.js";

/** The test cycles of an idea, added to the Idea type from this module. */
@Resolver(() => Idea)
export class IdeaTestingResolver {
  @FieldResolver(() => [TestCycle], {
    nullable: true,
    description:
      "The idea's test cycles (PDSA), cycle 1 first. Null unless you have at least member access to the idea: the arena's role holders on public and partnership ideas, its guidance team, its bearers and researchers granted access. Compare cycles side by side through each measure's seriesId.",
  })
  testCycles(@Root() idea: Idea, @Ctx() ctx: Context) {
    return ideaTestCycles(ctx, idea);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether you may plan a test cycle now: the team or the bearers, while the idea is in guidance, development or testing and has no cycle without a decision.",
  })
  viewerCanPlanTestCycle(@Root() idea: Idea, @Ctx() ctx: Context) {
    return viewerCanPlanTestCycle(ctx, idea);
  }
}

type CycleResult = Awaited<ReturnType<typeof planTestCycle>>;
const cyclePayload = (r: CycleResult) => ({ cycle: r.value?.cycle ?? null, idea: r.value?.idea ?? null, errors: r.errors });

@Resolver(() => TestCycle)
export class TestCycleResolver {
  @FieldResolver(() => Idea, { nullable: true })
  idea(@Root() c: TestCycle, @Ctx() ctx: Context) {
    return ideaById(ctx, c.ideaRef.rawId);
  }

  @FieldResolver(() => TestCycle, { nullable: true, description: "The cycle this one retests." })
  previousCycle(@Root() c: TestCycle, @Ctx() ctx: Context) {
    return previousCycle(ctx, c);
  }

  @FieldResolver(() => TestCycle, { nullable: true, description: "The retest that followed this cycle, if it was decided RETEST." })
  nextCycle(@Root() c: TestCycle, @Ctx() ctx: Context) {
    return nextCycle(ctx, c);
  }

  @FieldResolver(() => [CycleMeasure], { description: "In the plan's order." })
  measures(@Root() c: TestCycle, @Ctx() ctx: Context) {
    return cycleMeasuresOf(ctx, c);
  }

  @FieldResolver(() => CycleReadiness, { description: "The test-ready gate: what the plan still lacks before the cycle can start." })
  readiness(@Root() c: TestCycle, @Ctx() ctx: Context) {
    return cycleReadiness(ctx, c);
  }

  @FieldResolver(() => [Organisation], { description: "The municipalities and organisations the cycle runs in." })
  async municipalities(@Root() c: TestCycle, @Ctx() ctx: Context) {
    return (await cycleMunicipalitiesOf(ctx, c)).map(toOrganisation);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who recorded the decision." })
  async decidedBy(@Root() c: TestCycle, @Ctx() ctx: Context) {
    const row = c.decidedByRawId ? await ctx.loaders.userById.load(c.decidedByRawId) : null;
    return row && toUser(row);
  }

  @Authorized()
  @Mutation(() => TestCyclePayload, {
    description:
      "Plan a test cycle: the idea's guidance team or its bearers, while the idea is in guidance, development or testing and has no cycle without a decision. The first plan puts the idea on step 1 of the scale-up ladder.",
  })
  async planTestCycle(@Arg("input", () => PlanTestCycleInput) input: PlanTestCycleInput, @Ctx() ctx: Context) {
    return cyclePayload(await planTestCycle(ctx, input));
  }

  @Authorized()
  @Mutation(() => TestCyclePayload, {
    description:
      "Edit the plan and its measures: the team or the bearers, while the cycle is planned or running. A running cycle must stay test-ready, and measures with measurements cannot be removed.",
  })
  async updateTestCycle(@Arg("input", () => UpdateTestCycleInput) input: UpdateTestCycleInput, @Ctx() ctx: Context) {
    return cyclePayload(await updateTestCycle(ctx, input));
  }

  @Authorized()
  @Mutation(() => TestCyclePayload, {
    description:
      "Start a planned cycle, past the test-ready gate: a hypothesis and at least one measure with a baseline. Otherwise each gap is an error on the plan's field (hypothesis, measures, measures.N.baseline) and nothing changes. Moves the idea to TESTING.",
  })
  async startTestCycle(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return cyclePayload(await startTestCycle(ctx, id));
  }

  @Authorized()
  @Mutation(() => TestCyclePayload, {
    description:
      "Record the study: observations and participants reached; the cycle becomes STUDIED. May be recorded again until the decision.",
  })
  async recordStudy(@Arg("input", () => RecordStudyInput) input: RecordStudyInput, @Ctx() ctx: Context) {
    return cyclePayload(await recordStudy(ctx, input));
  }

  @Authorized()
  @Mutation(() => DecideTestCyclePayload, {
    description:
      "Record the decision of a studied cycle, with the bearers' agreement: the arena's guidance team only. Every decision files its learnings in the library; RETEST plans cycle n+1 with the plan copied; PIVOT moves the idea to DEVELOPMENT; ADVANCE to SCALING and ladder step 2; STOP closes it. The bearers are told.",
  })
  async decideTestCycle(@Arg("input", () => DecideTestCycleInput) input: DecideTestCycleInput, @Ctx() ctx: Context) {
    const r = await decideTestCycle(ctx, input);
    return { cycle: r.value?.cycle ?? null, nextCycle: r.value?.nextCycle ?? null, idea: r.value?.idea ?? null, errors: r.errors };
  }
}

type MeasurementResult = Awaited<ReturnType<typeof recordMeasurement>>;
const measurementPayload = (r: MeasurementResult) => ({
  measurement: r.value?.measurement ?? null,
  measure: r.value?.measure ?? null,
  cycle: r.value?.cycle ?? null,
  errors: r.errors,
});

@Resolver(() => CycleMeasure)
export class CycleMeasureResolver {
  @FieldResolver(() => [Measurement], { description: "Oldest first." })
  measurements(@Root() m: CycleMeasure, @Ctx() ctx: Context) {
    return measurementsOf(ctx, m);
  }

  @FieldResolver(() => MeasureResult)
  result(@Root() m: CycleMeasure, @Ctx() ctx: Context) {
    return measureResult(ctx, m);
  }

  @FieldResolver(() => TestCycle)
  cycle(@Root() m: CycleMeasure) {
    return m.cycle;
  }

  @FieldResolver(() => Indicator, { nullable: true, description: "The arena's indicator this measure is meant to move." })
  async indicator(@Root() m: CycleMeasure, @Ctx() ctx: Context) {
    const row = m.indicatorRawId ? await ctx.loaders.indicatorById.load(m.indicatorRawId) : null;
    return row && toIndicator(row, ctx.locale);
  }
}

@Resolver(() => Measurement)
export class MeasurementResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who recorded it." })
  async recordedBy(@Root() m: Measurement, @Ctx() ctx: Context) {
    const row = m.recordedByRawId ? await ctx.loaders.userById.load(m.recordedByRawId) : null;
    return row && toUser(row);
  }

  @Authorized()
  @Mutation(() => MeasurementPayload, {
    description:
      "Record a measurement (date, value, note): the team or the bearers, once the cycle has started and until its decision. The date is today or earlier.",
  })
  async recordMeasurement(@Arg("input", () => RecordMeasurementInput) input: RecordMeasurementInput, @Ctx() ctx: Context) {
    return measurementPayload(await recordMeasurement(ctx, input));
  }

  @Authorized()
  @Mutation(() => MeasurementPayload, {
    description: "Delete a measurement recorded by mistake: the team or the bearers, until the decision.",
  })
  async deleteMeasurement(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return measurementPayload(await deleteMeasurement(ctx, id));
  }
}
