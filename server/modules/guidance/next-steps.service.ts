import { type SQL, and, asc, count, eq, exists, gt, gte, inArray, isNull, lt, lte, notInArray, or, sql } from "drizzle-orm";
import type { Viewer } from "../../auth/sessions.js";
import type { Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { type UserError, UserErrors, apiError, fail, userError } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { cursorKind, decodeCursor, pageSize, toConnection, toGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { roleGrants } from "../accounts/accounts.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import { TEAM_ROLES } from "../ideas/ideas.access.js";
import { ideaCoBearers, ideas } from "../ideas/ideas.tables.js";
import { type Idea, toIdea } from "../ideas/ideas.types.js";
import { type NotificationInput, notify } from "../notifications/notifications.service.js";
import { guidanceSessions, ideaGuides, nextSteps } from "./guidance.tables.js";
import {
  type AddNextStepInput,
  type MyNextStepsArgs,
  type NextStepDraftInput,
  type SetNextStepDoneInput,
  type UpdateNextStepInput,
} from "./sessions.inputs.js";
import { DUE_SOON_DAYS, type GuidanceSession, type NextStep, NextStepFilterEnum, guidanceView, toNextStep } from "./sessions.types.js";
import { plusDays, swedishToday } from "../../shared/swedish-date.js";
import { OUT_OF_CASELOAD, actor, into, lockGuidance, requireOpen, requireTeam, teamArenas, validArgs, viewOn } from "./guidance.rules.js";
import { GuidanceEvents } from "./guidance.events.js";
import type { EventKind } from "../../shared/events.js";
import * as clock from "../../shared/clock.js";
import { bearersOf } from "../ideas/lifecycle.js";

type IdeaRow = typeof ideas.$inferSelect;
type NextStepRow = typeof nextSteps.$inferSelect;

export async function ideaNextSteps(ctx: Context, idea: Idea): Promise<NextStep[] | null> {
  if (!guidanceView(idea.access)) return null;
  const today = swedishToday();
  return (await ctx.loaders.nextStepsByIdea.load(idea.rawId)).map((r) => toNextStep(r, today));
}

export async function sessionNextSteps(ctx: Context, session: GuidanceSession): Promise<NextStep[]> {
  const today = swedishToday();
  return (await ctx.loaders.nextStepsByIdea.load(session.ideaRawId))
    .filter((r) => r.sessionId === session.rawId)
    .map((r) => toNextStep(r, today));
}

export async function nextStepById(ctx: Context, rawId: string): Promise<NextStep | null> {
  const row = await ctx.loaders.nextStepById.load(rawId);
  return row && (await viewOn(ctx, row.ideaId)) ? toNextStep(row, swedishToday()) : null;
}

const NEXT_STEP_CURSOR = cursorKind("next-steps", "text", "uuid");

/** Next steps of the ideas the viewer guides or bears, soonest due first (those without a due date last). */
export async function myNextSteps(ctx: Context, args: MyNextStepsArgs) {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  await validArgs(ctx, args);
  const size = pageSize(args);
  const arenaIds = teamArenas(ctx.viewer);
  const today = swedishToday();
  const byFilter: Record<NextStepFilterEnum, SQL | undefined> = {
    [NextStepFilterEnum.DUE]: and(
      isNull(nextSteps.doneAt),
      gte(nextSteps.dueOn, today),
      lte(nextSteps.dueOn, plusDays(today, DUE_SOON_DAYS)),
    ),
    [NextStepFilterEnum.OVERDUE]: and(isNull(nextSteps.doneAt), lt(nextSteps.dueOn, today)),
    [NextStepFilterEnum.OPEN]: isNull(nextSteps.doneAt),
    [NextStepFilterEnum.ALL]: undefined,
  };
  const viewerId = ctx.viewer.id;
  const guided = and(
    arenaIds.length > 0 ? inArray(ideas.arenaId, arenaIds) : sql`false`,
    exists(
      ctx.db
        .select({ one: sql`1` })
        .from(ideaGuides)
        .where(and(eq(ideaGuides.ideaId, nextSteps.ideaId), eq(ideaGuides.userId, viewerId))),
    ),
  );
  // A bearer's own steps count too: "Mina nästa steg" serves bearers as well as guides.
  const borne = or(
    eq(ideas.bearerId, viewerId),
    exists(
      ctx.db
        .select({ one: sql`1` })
        .from(ideaCoBearers)
        .where(and(eq(ideaCoBearers.ideaId, nextSteps.ideaId), eq(ideaCoBearers.userId, viewerId), eq(ideaCoBearers.status, "accepted"))),
    ),
  );
  const mine = and(or(guided, borne), notInArray(ideas.stage, OUT_OF_CASELOAD), byFilter[args.filter]);
  const dueKey = sql<string>`coalesce(${nextSteps.dueOn}::text, '9999-12-31')`;
  const after = decodeCursor(args.after, NEXT_STEP_CURSOR);
  const afterCond =
    after && after.length === 2
      ? or(gt(dueKey, String(after[0])), and(eq(dueKey, String(after[0])), gt(nextSteps.id, String(after[1]))))
      : undefined;
  const rows = await ctx.db
    .select({ step: nextSteps, dueKey })
    .from(nextSteps)
    .innerJoin(ideas, eq(ideas.id, nextSteps.ideaId))
    .where(and(mine, afterCond))
    .orderBy(asc(dueKey), asc(nextSteps.id))
    .limit(size + 1);
  const [total] = await ctx.db.select({ n: count() }).from(nextSteps).innerJoin(ideas, eq(ideas.id, nextSteps.ideaId)).where(mine);
  return toConnection(
    rows,
    size,
    total?.n ?? 0,
    (r) => [r.dueKey, r.step.id],
    (r) => toNextStep(r.step, today),
    after !== null,
    NEXT_STEP_CURSOR,
  );
}

/** Of the given people, those who may own a next step of the idea: its bearers and the guidance team of its arena. */
async function mayOwn(tx: Tx, idea: IdeaRow, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const team = await tx
    .selectDistinct({ userId: roleGrants.userId })
    .from(roleGrants)
    .where(and(eq(roleGrants.arenaId, idea.arenaId), inArray(roleGrants.userId, userIds), inArray(roleGrants.role, [...TEAM_ROLES])));
  return new Set([...(await bearersOf(tx, idea)), ...team.map((t) => t.userId)].filter((id) => userIds.includes(id)));
}

interface StepDraft {
  title: string;
  ownerId: string | null;
  ownerLabel: string;
  dueOn: string | null;
}

/**
 * Checks the owner and due date of new next steps (at `prefix` of the input); returns them
 * ready to insert, or throws every error found.
 */
export async function checkSteps(
  ctx: Context,
  tx: Tx,
  idea: IdeaRow,
  drafts: { prefix: string; input: NextStepDraftInput }[],
): Promise<StepDraft[]> {
  const errors: UserError[] = [];
  const today = swedishToday();
  const out = drafts.map(({ prefix, input }) => {
    const label = input.ownerLabel?.trim() ?? "";
    let ownerId: string | null = null;
    if (input.ownerId) {
      try {
        ownerId = inputId(ctx, input.ownerId, "User", `${prefix}.ownerId`);
      } catch (e) {
        if (!(e instanceof UserErrors)) throw e;
        errors.push(...e.errors);
      }
    }
    if (input.ownerId && label) errors.push(userError(ctx.locale, `${prefix}.ownerLabel`, "OWNER_EITHER"));
    else if (!input.ownerId && !label) errors.push(userError(ctx.locale, `${prefix}.ownerId`, "OWNER_REQUIRED"));
    if (input.dueOn && input.dueOn < today) errors.push(userError(ctx.locale, `${prefix}.dueOn`, "DUE_IN_PAST"));
    return { prefix, draft: { title: input.title.trim(), ownerId, ownerLabel: ownerId ? "" : label, dueOn: input.dueOn ?? null } };
  });
  const owners = [...new Set(out.flatMap((o) => (o.draft.ownerId ? [o.draft.ownerId] : [])))];
  const allowed = await mayOwn(tx, idea, owners);
  for (const o of out)
    if (o.draft.ownerId && !allowed.has(o.draft.ownerId)) errors.push(userError(ctx.locale, `${o.prefix}.ownerId`, "OWNER_NOT_ALLOWED"));
  if (errors.length > 0) throw new UserErrors(errors);
  return out.map((o) => o.draft);
}

/** Tells who must act on new next steps: the owner, or the bearers when a label owns it; never the one who added it. */
export async function tellOwners(
  tx: Tx,
  idea: IdeaRow,
  steps: NextStepRow[],
  by: Viewer,
  kind: EventKind = GuidanceEvents.nextStepCreated,
) {
  const bearers = steps.some((s) => !s.ownerId) ? await bearersOf(tx, idea) : [];
  const list: NotificationInput[] = steps.flatMap((s) =>
    (s.ownerId ? [s.ownerId] : bearers)
      .filter((userId) => userId !== by.id)
      .map((userId) => ({
        userId,
        arenaId: idea.arenaId,
        kind,
        subjectType: "Idea",
        subjectId: idea.id,
        data: { title: idea.title, step: s.title, dueOn: s.dueOn ?? "", nextStepId: s.id, by: by.name },
      })),
  );
  await notify(tx, list);
}

export async function stepAdded(tx: Tx, idea: IdeaRow, steps: NextStepRow[], actorId: string) {
  for (const s of steps)
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: GuidanceEvents.nextStepAdded,
      data: { nextStepId: s.id, sessionId: s.sessionId },
    });
}

// ---- next steps ----

/** The guidance team adds a next step, at a session or on its own. */
export async function addNextStep(ctx: Context, input: AddNextStepInput) {
  return runMutation(ctx, async (tx) => {
    const { row: idea, access, view } = await lockGuidance(ctx, tx, input.ideaId, "input.ideaId", "idea");
    requireTeam(ctx, view);
    requireOpen(ctx, idea, "input.ideaId");
    const errors: UserError[] = [];
    await validateInput(input, ctx.locale).catch(into(errors));
    let sessionId: string | null = null;
    if (input.sessionId) {
      sessionId = inputId(ctx, input.sessionId, "GuidanceSession", "input.sessionId");
      const [s] = await tx.select({ ideaId: guidanceSessions.ideaId }).from(guidanceSessions).where(eq(guidanceSessions.id, sessionId));
      if (s?.ideaId !== idea.id) errors.push(userError(ctx.locale, "input.sessionId", "NOT_FOUND"));
    }
    const [draft] = (await checkSteps(ctx, tx, idea, [{ prefix: "input", input }]).catch(into(errors))) ?? [];
    if (errors.length > 0) throw new UserErrors(errors);
    const viewer = actor(ctx);
    const [step] = await tx
      .insert(nextSteps)
      .values({ ...draft!, ideaId: idea.id, sessionId, createdBy: viewer.id })
      .returning();
    await stepAdded(tx, idea, [step!], viewer.id);
    await tellOwners(tx, idea, [step!], viewer);
    return { nextStep: toNextStep(step!, swedishToday()), idea: toIdea(idea, access) };
  });
}

/** A next step locked with its idea (idea first, as everywhere), and how the viewer reads it. */
async function lockStep(ctx: Context, tx: Tx, globalId: string, field: string) {
  const id = inputId(ctx, globalId, "NextStep", field);
  const [peek] = await tx.select({ ideaId: nextSteps.ideaId }).from(nextSteps).where(eq(nextSteps.id, id));
  if (!peek) fail(ctx.locale, field, "NOT_FOUND");
  const locked = await lockGuidance(ctx, tx, toGlobalId("Idea", peek.ideaId), field, "guidance");
  const [row] = await tx.select().from(nextSteps).where(eq(nextSteps.id, id)).for("update");
  if (!row) fail(ctx.locale, field, "NOT_FOUND");
  return { ...locked, step: row };
}

/** The guidance team edits a next step: title, owner, due date. A person who becomes its owner is told. */
export async function updateNextStep(ctx: Context, input: UpdateNextStepInput) {
  return runMutation(ctx, async (tx) => {
    const { row: idea, access, view, step } = await lockStep(ctx, tx, input.id, "input.id");
    requireTeam(ctx, view);
    requireOpen(ctx, idea, "input.id");
    const errors: UserError[] = [];
    await validateInput(input, ctx.locale).catch(into(errors));
    const today = swedishToday();
    const patch: Partial<Pick<NextStepRow, "title" | "ownerId" | "ownerLabel" | "dueOn">> = {};
    const changed: string[] = [];
    if (input.title != null && input.title !== step.title) {
      patch.title = input.title;
      changed.push("title");
    }
    // The owner is a person or a label: giving one replaces the other; clearing it leaves none, which is refused.
    const label = input.ownerLabel ?? "";
    if (input.ownerId && label) errors.push(userError(ctx.locale, "input.ownerLabel", "OWNER_EITHER"));
    else if (input.ownerId) {
      const ownerId = inputId(ctx, input.ownerId, "User", "input.ownerId");
      if (!(await mayOwn(tx, idea, [ownerId])).has(ownerId)) errors.push(userError(ctx.locale, "input.ownerId", "OWNER_NOT_ALLOWED"));
      if (ownerId !== step.ownerId) Object.assign(patch, { ownerId, ownerLabel: "" });
    } else if (label) {
      if (label !== step.ownerLabel || step.ownerId !== null) Object.assign(patch, { ownerId: null, ownerLabel: label });
    } else if (input.ownerId === null || input.ownerId === "" || (input.ownerLabel === "" && step.ownerId === null))
      errors.push(userError(ctx.locale, "input.ownerId", "OWNER_REQUIRED"));
    if ("ownerLabel" in patch) changed.push("owner");
    if (input.dueOn !== undefined && input.dueOn !== step.dueOn) {
      if (input.dueOn !== null && input.dueOn < today) errors.push(userError(ctx.locale, "input.dueOn", "DUE_IN_PAST"));
      patch.dueOn = input.dueOn;
      changed.push("dueOn");
    }
    if (errors.length > 0) throw new UserErrors(errors);
    if (changed.length === 0) return { nextStep: toNextStep(step, today), idea: toIdea(idea, access) };
    const [updated] = await tx.update(nextSteps).set(patch).where(eq(nextSteps.id, step.id)).returning();
    const viewer = actor(ctx);
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: viewer.id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: GuidanceEvents.nextStepUpdated,
      data: { nextStepId: step.id, changed },
    });
    if (patch.ownerId) await tellOwners(tx, idea, [updated!], viewer, GuidanceEvents.nextStepAssigned);
    return { nextStep: toNextStep(updated!, today), idea: toIdea(idea, access) };
  });
}

/** The guidance team or the bearers mark a next step done, or reopen it. Idempotent. */
export async function setNextStepDone(ctx: Context, input: SetNextStepDoneInput) {
  return runMutation(ctx, async (tx) => {
    const { row: idea, access, step } = await lockStep(ctx, tx, input.id, "input.id");
    requireOpen(ctx, idea, "input.id");
    const today = swedishToday();
    if (input.done === (step.doneAt !== null)) return { nextStep: toNextStep(step, today), idea: toIdea(idea, access) };
    const [updated] = await tx
      .update(nextSteps)
      .set({ doneAt: input.done ? clock.now() : null })
      .where(eq(nextSteps.id, step.id))
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: actor(ctx).id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: input.done ? GuidanceEvents.nextStepDone : GuidanceEvents.nextStepReopened,
      data: { nextStepId: step.id },
    });
    return { nextStep: toNextStep(updated!, today), idea: toIdea(idea, access) };
  });
}

/**
 * Removes a next step agreed by mistake: the guidance team. Its reminders are made from the
 * step itself, so none comes after; notifications already sent stay in their readers' lists.
 */
export async function removeNextStep(ctx: Context, globalId: string) {
  return runMutation(ctx, async (tx) => {
    const { row: idea, access, view, step } = await lockStep(ctx, tx, globalId, "id");
    requireTeam(ctx, view);
    requireOpen(ctx, idea, "id");
    await tx.delete(nextSteps).where(eq(nextSteps.id, step.id));
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: actor(ctx).id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: GuidanceEvents.nextStepRemoved,
      data: { nextStepId: step.id, title: step.title },
    });
    return { nextStep: toNextStep(step, swedishToday()), idea: toIdea(idea, access) };
  });
}
