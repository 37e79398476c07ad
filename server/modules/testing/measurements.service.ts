import { eq } from "drizzle-orm";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { type UserError, UserErrors, fail, userError } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { toGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { recordEvent } from "../audit/audit.service.js";
import { CYCLE_LIMITS, type RecordMeasurementInput } from "./cycles.inputs.js";
import { toCycle, toMeasure, toMeasurement } from "./cycles.types.js";
import { measurements } from "./testing.tables.js";
import { actor, cycleIdeaOfRow, into, lockMeasure, requireRecording, requireTestable, requireWriter, viewerOn } from "./cycles.rules.js";
import * as clock from "../../shared/clock.js";
import { TestingEvents } from "./testing.events.js";

const yearsBefore = (date: string, years: number) => `${String(Number(date.slice(0, 4)) - years).padStart(4, "0")}${date.slice(4)}`;

export async function recordMeasurement(ctx: Context, input: RecordMeasurementInput) {
  return runMutation(ctx, async (tx) => {
    const { idea, access, cycle, measure } = await lockMeasure(ctx, tx, input.measureId, "input.measureId");
    requireWriter(ctx, access);
    requireRecording(ctx, cycle, "input.measureId");
    requireTestable(ctx, idea, "input.measureId");
    const errors: UserError[] = [];
    await validateInput(input, ctx.locale).catch(into(errors));
    const today = clock.swedishTodayIso();
    if (input.measuredOn > today) errors.push(userError(ctx.locale, "input.measuredOn", "MEASURED_IN_FUTURE"));
    else if (input.measuredOn < yearsBefore(today, CYCLE_LIMITS.yearsBack))
      errors.push(userError(ctx.locale, "input.measuredOn", "MEASURED_TOO_EARLY", { years: CYCLE_LIMITS.yearsBack }));
    if (errors.length > 0) throw new UserErrors(errors);
    const viewer = actor(ctx);
    const [row] = await tx
      .insert(measurements)
      .values({ measureId: measure.id, measuredOn: input.measuredOn, value: input.value, note: input.note ?? "", recordedBy: viewer.id })
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: viewer.id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: TestingEvents.measurementRecorded,
      data: { cycleId: cycle.id, measureId: measure.id, measurementId: row!.id, measuredOn: row!.measuredOn },
    });
    const c = toCycle(cycle, cycleIdeaOfRow(idea, access), viewerOn(ctx, idea.arenaId));
    return { measurement: toMeasurement(row!, c), measure: toMeasure(measure, c), cycle: c };
  });
}

export async function deleteMeasurement(ctx: Context, globalId: string) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, globalId, "Measurement", "id");
    const [peek] = await tx.select({ measureId: measurements.measureId }).from(measurements).where(eq(measurements.id, id));
    if (!peek) fail(ctx.locale, "id", "NOT_FOUND");
    const { idea, access, cycle, measure } = await lockMeasure(ctx, tx, toGlobalId("CycleMeasure", peek.measureId), "id");
    requireWriter(ctx, access);
    requireRecording(ctx, cycle, "id");
    requireTestable(ctx, idea, "id");
    const [removed] = await tx.delete(measurements).where(eq(measurements.id, id)).returning();
    if (!removed) fail(ctx.locale, "id", "NOT_FOUND");
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: actor(ctx).id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: TestingEvents.measurementDeleted,
      data: { cycleId: cycle.id, measureId: measure.id, measurementId: id, measuredOn: removed.measuredOn, value: removed.value },
    });
    const c = toCycle(cycle, cycleIdeaOfRow(idea, access), viewerOn(ctx, idea.arenaId));
    return { measurement: toMeasurement(removed, c), measure: toMeasure(measure, c), cycle: c };
  });
}
