import { asc, eq } from "drizzle-orm";
import { hasRole } from "../../auth/sessions.js";
import type { Tx } from "../../db/index.js";
import { inputId, optionalInputId, requireArenaRole } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { fail } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { validateInput } from "../../graphql/validation.js";
import * as clock from "../../shared/clock.js";
import { recordEvent } from "../audit/audit.service.js";
import { bodies } from "../partnership/partnership.tables.js";
import { WheelEvents } from "./wheel.events.js";
import type {
  CreateWheelMilestoneInput,
  DeleteWheelMilestoneInput,
  UpdateWheelMilestoneInput,
  WheelMilestoneFields,
} from "./wheel.inputs.js";
import { wheelMilestones } from "./wheel.tables.js";
import { toWheelMilestone } from "./wheel.types.js";

/** The kansli keeps the wheel. */
const KANSLI = ["coordinator"] as const;

/** The arena's wheel in calendar order (dated milestones first within a month). Public. */
export async function arenaWheel(ctx: Context, arenaId: string) {
  const rows = await ctx.db
    .select()
    .from(wheelMilestones)
    .where(eq(wheelMilestones.arenaId, arenaId))
    .orderBy(asc(wheelMilestones.month), asc(wheelMilestones.day), asc(wheelMilestones.titleSv));
  return rows.map((r) => toWheelMilestone(r, ctx.locale));
}

export const mayEditWheel = (ctx: Context, arenaId: string) => ctx.viewer !== null && hasRole(ctx.viewer, arenaId, KANSLI);

const LAST_DAY = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Checks the fields against each other and the arena; the columns to store. */
async function checkedFields(ctx: Context, tx: Tx, arenaId: string, input: WheelMilestoneFields) {
  await validateInput(input, ctx.locale);
  if (input.day !== null && input.day !== undefined && (input.day < 1 || input.day > LAST_DAY[input.month - 1]!))
    fail(ctx.locale, "input.day", "NO_SUCH_DAY");
  const bodyId = optionalInputId(ctx, input.bodyId, "Body", "input.bodyId") ?? null;
  if (bodyId) {
    const [body] = await tx.select({ arenaId: bodies.arenaId }).from(bodies).where(eq(bodies.id, bodyId));
    if (!body) fail(ctx.locale, "input.bodyId", "NOT_FOUND");
    if (body.arenaId !== arenaId) fail(ctx.locale, "input.bodyId", "BODY_OF_OTHER_ARENA");
  }
  if (input.audience === "body_members" && !bodyId) fail(ctx.locale, "input.bodyId", "AUDIENCE_NEEDS_BODY");
  if (input.audience === "role" && (input.audienceRole === null || input.audienceRole === undefined))
    fail(ctx.locale, "input.audienceRole", "AUDIENCE_NEEDS_ROLE");
  return {
    month: input.month,
    day: input.day ?? null,
    bodyId,
    titleSv: input.titleSv,
    titleEn: input.titleEn,
    descriptionSv: input.descriptionSv,
    descriptionEn: input.descriptionEn,
    audience: input.audience,
    audienceRole: input.audience === "role" ? (input.audienceRole ?? null) : null,
    remindWorkingDays: input.remindWorkingDays,
  };
}

export function createWheelMilestone(ctx: Context, input: CreateWheelMilestoneInput) {
  return runMutation(ctx, async (tx) => {
    const arenaId = inputId(ctx, input.arenaId, "Arena", "input.arenaId");
    const actorId = requireArenaRole(ctx, arenaId, KANSLI);
    const fields = await checkedFields(ctx, tx, arenaId, input);
    const [row] = await tx
      .insert(wheelMilestones)
      .values({ arenaId, ...fields, createdBy: actorId, createdAt: clock.now(), updatedAt: clock.now() })
      .returning();
    await recordEvent(tx, {
      arenaId,
      actorId,
      subjectType: "WheelMilestone",
      subjectId: row!.id,
      kind: WheelEvents.milestoneCreated,
      data: { title: row!.titleSv, month: row!.month, day: row!.day },
    });
    return toWheelMilestone(row!, ctx.locale);
  });
}

/** Locks the milestone, checks the viewer is its arena's kansli and read the current version. */
async function lockMilestone(ctx: Context, tx: Tx, input: { id: string; version: number }) {
  const id = inputId(ctx, input.id, "WheelMilestone", "input.id");
  const [row] = await tx.select().from(wheelMilestones).where(eq(wheelMilestones.id, id)).for("update");
  if (!row) fail(ctx.locale, "input.id", "NOT_FOUND");
  const actorId = requireArenaRole(ctx, row.arenaId, KANSLI);
  if (row.version !== input.version) fail(ctx.locale, "input.version", "STALE_MILESTONE");
  return { row, actorId };
}

export function updateWheelMilestone(ctx: Context, input: UpdateWheelMilestoneInput) {
  return runMutation(ctx, async (tx) => {
    const { row, actorId } = await lockMilestone(ctx, tx, input);
    const fields = await checkedFields(ctx, tx, row.arenaId, input);
    const [updated] = await tx
      .update(wheelMilestones)
      .set({ ...fields, version: row.version + 1, updatedAt: clock.now() })
      .where(eq(wheelMilestones.id, row.id))
      .returning();
    await recordEvent(tx, {
      arenaId: row.arenaId,
      actorId,
      subjectType: "WheelMilestone",
      subjectId: row.id,
      kind: WheelEvents.milestoneUpdated,
      data: { title: updated!.titleSv, month: updated!.month, day: updated!.day },
    });
    return toWheelMilestone(updated!, ctx.locale);
  });
}

export function deleteWheelMilestone(ctx: Context, input: DeleteWheelMilestoneInput) {
  return runMutation(ctx, async (tx) => {
    const { row, actorId } = await lockMilestone(ctx, tx, input);
    await tx.delete(wheelMilestones).where(eq(wheelMilestones.id, row.id));
    await recordEvent(tx, {
      arenaId: row.arenaId,
      actorId,
      subjectType: "WheelMilestone",
      subjectId: row.id,
      kind: WheelEvents.milestoneDeleted,
      data: { title: row.titleSv, month: row.month, day: row.day },
    });
    return toWheelMilestone(row, ctx.locale);
  });
}

export async function wheelMilestoneById(ctx: Context, id: string) {
  const [row] = await ctx.db.select().from(wheelMilestones).where(eq(wheelMilestones.id, id));
  return row ? toWheelMilestone(row, ctx.locale) : null;
}
