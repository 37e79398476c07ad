import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { swedishTodayIso } from "../../shared/clock.js";
import type { Database } from "../../db/index.js";
import { inputId, requireArenaRole } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { fail } from "../../graphql/errors.js";
import { manyLoader } from "../../graphql/loader-utils.js";
import { runMutation } from "../../graphql/mutation.js";
import { validateInput } from "../../graphql/validation.js";
import { recordEvent } from "../audit/audit.service.js";
import { StrategyEvents } from "./strategy.events.js";
import type { CreateFocusAreaInput, UpdateFocusAreaInput, UpdateStrategicGoalInput } from "./strategy.inputs.js";
import {
  agenda2030Goals,
  focusAreas,
  publicHealthTargetAreas,
  scaleUpSteps,
  skrIndicators,
  strategicGoals,
  strategies,
  strategyAgenda2030Goals,
  strategyAreas,
} from "./strategy.tables.js";
import { toAgendaGoal, toFocusArea, toGoal, toIndicator, toStep, toTargetArea } from "./strategy.types.js";

const EDITORS = ["coordinator"] as const;

export function createStrategyLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  return {
    strategiesByArena: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(strategies)
          .where(inArray(strategies.arenaId, ids(k)))
          .orderBy(asc(strategies.fromYear)),
      (r) => r.arenaId,
    ),
    areasByStrategy: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(strategyAreas)
          .where(inArray(strategyAreas.strategyId, ids(k)))
          .orderBy(asc(strategyAreas.sort)),
      (r) => r.strategyId,
    ),
    goalsByArea: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(strategicGoals)
          .where(inArray(strategicGoals.areaId, ids(k)))
          .orderBy(asc(strategicGoals.number)),
      (r) => r.areaId,
    ),
    focusAreasByGoal: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(focusAreas)
          .where(inArray(focusAreas.goalId, ids(k)))
          .orderBy(asc(focusAreas.sort), asc(focusAreas.code)),
      (r) => r.goalId,
    ),
    agendaGoalsByStrategy: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ strategyId: strategyAgenda2030Goals.strategyId, goal: agenda2030Goals })
          .from(strategyAgenda2030Goals)
          .innerJoin(agenda2030Goals, eq(agenda2030Goals.number, strategyAgenda2030Goals.goalNumber))
          .where(inArray(strategyAgenda2030Goals.strategyId, ids(k)))
          .orderBy(asc(agenda2030Goals.number)),
      (r) => r.strategyId,
    ),
  };
}

export async function frameworks(ctx: Context) {
  const l = ctx.locale;
  const [a, p, s, u] = await Promise.all([
    ctx.db.select().from(agenda2030Goals).orderBy(asc(agenda2030Goals.number)),
    ctx.db.select().from(publicHealthTargetAreas).orderBy(asc(publicHealthTargetAreas.number)),
    ctx.db.select().from(skrIndicators).orderBy(asc(skrIndicators.number)),
    ctx.db.select().from(scaleUpSteps).orderBy(asc(scaleUpSteps.step)),
  ]);
  return {
    agenda2030Goals: a.map((r) => toAgendaGoal(r, l)),
    publicHealthTargetAreas: p.map((r) => toTargetArea(r, l)),
    skrIndicators: s.map((r) => toIndicator(r, l)),
    scaleUpLadder: u.map((r) => toStep(r, l)),
  };
}

export async function updateStrategicGoal(ctx: Context, input: UpdateStrategicGoalInput) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, input.id, "StrategicGoal", "input.id");
    const [cur] = await tx.select().from(strategicGoals).where(eq(strategicGoals.id, id));
    if (!cur) fail(ctx.locale, "input.id", "NOT_FOUND");
    const actorId = requireArenaRole(ctx, cur.arenaId, EDITORS);
    await validateInput(input, ctx.locale);
    const reviewChanged = input.reviewOn !== undefined && input.reviewOn !== cur.reviewOn;
    if (reviewChanged && input.reviewOn && input.reviewOn < swedishTodayIso()) fail(ctx.locale, "input.reviewOn", "DUE_IN_PAST");
    const patch = {
      ...(input.titleSv != null && { titleSv: input.titleSv }),
      ...(input.titleEn != null && { titleEn: input.titleEn }),
      ...(reviewChanged && { reviewOn: input.reviewOn ?? null }),
    };
    const [row] =
      Object.keys(patch).length > 0 ? await tx.update(strategicGoals).set(patch).where(eq(strategicGoals.id, id)).returning() : [cur];
    await recordEvent(tx, {
      arenaId: cur.arenaId,
      actorId,
      subjectType: "StrategicGoal",
      subjectId: id,
      kind: StrategyEvents.goalUpdated,
      data: {
        from: { sv: cur.titleSv, en: cur.titleEn },
        changed: Object.keys(patch),
        ...(reviewChanged && { reviewOn: { from: cur.reviewOn, to: input.reviewOn ?? null } }),
      },
    });
    return toGoal(row!, ctx.locale);
  });
}

async function codeFree(
  ctx: Context,
  tx: Parameters<Parameters<Database["transaction"]>[0]>[0],
  strategyId: string,
  code: string,
  exceptId?: string,
) {
  const [dup] = await tx
    .select({ id: focusAreas.id })
    .from(focusAreas)
    .where(and(eq(focusAreas.strategyId, strategyId), eq(focusAreas.code, code), exceptId ? ne(focusAreas.id, exceptId) : undefined));
  if (dup) fail(ctx.locale, "input.code", "DUPLICATE_KEY");
}

export async function createFocusArea(ctx: Context, input: CreateFocusAreaInput) {
  return runMutation(ctx, async (tx) => {
    const goalId = inputId(ctx, input.goalId, "StrategicGoal", "input.goalId");
    const [goal] = await tx.select().from(strategicGoals).where(eq(strategicGoals.id, goalId));
    if (!goal) fail(ctx.locale, "input.goalId", "NOT_FOUND");
    const actorId = requireArenaRole(ctx, goal.arenaId, EDITORS);
    await validateInput(input, ctx.locale);
    await codeFree(ctx, tx, goal.strategyId, input.code);
    const [row] = await tx
      .insert(focusAreas)
      .values({
        arenaId: goal.arenaId,
        strategyId: goal.strategyId,
        goalId,
        code: input.code,
        titleSv: input.titleSv,
        titleEn: input.titleEn,
        sort: 100,
      })
      .returning();
    await recordEvent(tx, {
      arenaId: goal.arenaId,
      actorId,
      subjectType: "FocusArea",
      subjectId: row!.id,
      kind: StrategyEvents.focusAreaCreated,
      data: { code: input.code },
    });
    return toFocusArea(row!, ctx.locale);
  });
}

export async function updateFocusArea(ctx: Context, input: UpdateFocusAreaInput) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, input.id, "FocusArea", "input.id");
    const [cur] = await tx.select().from(focusAreas).where(eq(focusAreas.id, id));
    if (!cur) fail(ctx.locale, "input.id", "NOT_FOUND");
    const actorId = requireArenaRole(ctx, cur.arenaId, EDITORS);
    await validateInput(input, ctx.locale);
    if (input.code != null) await codeFree(ctx, tx, cur.strategyId, input.code, id);
    const patch = {
      ...(input.code != null && { code: input.code }),
      ...(input.titleSv != null && { titleSv: input.titleSv }),
      ...(input.titleEn != null && { titleEn: input.titleEn }),
    };
    const [row] = Object.keys(patch).length > 0 ? await tx.update(focusAreas).set(patch).where(eq(focusAreas.id, id)).returning() : [cur];
    await recordEvent(tx, {
      arenaId: cur.arenaId,
      actorId,
      subjectType: "FocusArea",
      subjectId: id,
      kind: StrategyEvents.focusAreaUpdated,
      data: { changed: Object.keys(patch) },
    });
    return toFocusArea(row!, ctx.locale);
  });
}

export async function deleteFocusArea(ctx: Context, globalId: string) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, globalId, "FocusArea", "id");
    const [cur] = await tx.select().from(focusAreas).where(eq(focusAreas.id, id));
    if (!cur) fail(ctx.locale, "id", "NOT_FOUND");
    const actorId = requireArenaRole(ctx, cur.arenaId, EDITORS);
    await tx.delete(focusAreas).where(eq(focusAreas.id, id));
    await recordEvent(tx, {
      arenaId: cur.arenaId,
      actorId,
      subjectType: "FocusArea",
      subjectId: id,
      kind: StrategyEvents.focusAreaDeleted,
      data: { code: cur.code, titleSv: cur.titleSv },
    });
    return toFocusArea(cur, ctx.locale);
  });
}
