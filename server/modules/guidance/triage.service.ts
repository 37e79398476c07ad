import { and, asc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { cappedCount } from "../../db/capped-count.js";
import type { Database, Tx } from "../../db/index.js";
import { inputId, requireArenaRole } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { afterTimeAndId, timeText } from "../../db/keyset.js";
import { UserErrors, apiError, fail, userError } from "../../graphql/errors.js";
import { manyLoader } from "../../graphql/loader-utils.js";
import { runMutation } from "../../graphql/mutation.js";
import { cursorKind, decodeCursor, fromGlobalId, pageSize, toConnection, toGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { roleGrants, userColumns, users } from "../accounts/accounts.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import { lockIdea } from "../ideas/ideas.service.js";
import { type IdeaRow, type IdeaStage, ideaColumns, ideas } from "../ideas/ideas.tables.js";
import { bearersOf, moveIdea } from "../ideas/lifecycle.js";
import * as clock from "../../shared/clock.js";
import { toIdea } from "../ideas/ideas.types.js";
import { notify } from "../notifications/notifications.service.js";
import { arenas } from "../partnership/partnership.tables.js";
import { ideaGuides, ideaQuestions } from "./guidance.tables.js";
import {
  type AnswerQuestionInput,
  type AssignGuidesInput,
  type FeedbackPromiseInput,
  type QueueArgs,
  TriageDecisionEnum,
  type TriageInput,
} from "./triage.inputs.js";
import { addWorkingDays, swedishDate, workingDaysBetween } from "../../shared/working-days.js";
import { TriageEvents } from "./guidance.events.js";
import { IdeaEvents } from "../ideas/ideas.events.js";
import { referIdeaTo } from "../ideas/ideas.hooks.js";
import type { EventKind } from "../../shared/events.js";

const TRIAGEABLE: IdeaStage[] = ["submitted", "needs_info"];
const COORDINATORS = ["coordinator"] as const; // admins hold every role in their arena

export function createTriageLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  return {
    guidesByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ ideaId: ideaGuides.ideaId, user: userColumns })
          .from(ideaGuides)
          .innerJoin(users, eq(users.id, ideaGuides.userId))
          .where(inArray(ideaGuides.ideaId, ids(k)))
          .orderBy(asc(ideaGuides.assignedAt)),
      (r) => r.ideaId,
    ),
    /** Guides, coordinators and admins of each arena: who can be assigned to its ideas. */
    guidanceTeamByArena: manyLoader(
      (k: readonly string[]) =>
        db
          .selectDistinct({ arenaId: roleGrants.arenaId, user: userColumns })
          .from(roleGrants)
          .innerJoin(users, eq(users.id, roleGrants.userId))
          .where(and(inArray(roleGrants.arenaId, ids(k)), inArray(roleGrants.role, ["guide", "coordinator", "admin"])))
          .orderBy(asc(users.name)),
      (r) => r.arenaId,
    ),
    questionsByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(ideaQuestions)
          .where(inArray(ideaQuestions.ideaId, ids(k)))
          .orderBy(asc(ideaQuestions.askedAt)),
      (r) => r.ideaId,
    ),
  };
}

/** Guides of the arena among the given global ids, or a payload error on guideIds. */
async function guidesOfArena(ctx: Context, tx: Tx, arenaId: string, globalIds: string[]): Promise<string[]> {
  const raw = [...new Set(globalIds.map((g) => inputId(ctx, g, "User", "input.guideIds")))];
  if (raw.length === 0) fail(ctx.locale, "input.guideIds", "GUIDE_REQUIRED");
  const ok = await tx
    .selectDistinct({ userId: roleGrants.userId })
    .from(roleGrants)
    .where(
      and(eq(roleGrants.arenaId, arenaId), inArray(roleGrants.userId, raw), inArray(roleGrants.role, ["guide", "coordinator", "admin"])),
    );
  if (ok.length !== raw.length) fail(ctx.locale, "input.guideIds", "NOT_A_GUIDE");
  return raw;
}

// ---- the intake queue ----

const INTAKE_CURSOR = cursorKind("intake", "time", "uuid");

export async function intakeQueue(ctx: Context, args: QueueArgs) {
  const arenaId = fromGlobalId(args.arenaId, "Arena")?.id;
  if (!arenaId) throw apiError("NOT_FOUND", ctx.locale);
  requireArenaRole(ctx, arenaId, COORDINATORS);
  const size = pageSize(args);
  const inQueue = and(eq(ideas.arenaId, arenaId), eq(ideas.stage, "submitted"));
  const after = decodeCursor(args.after, INTAKE_CURSOR);
  const afterCond = afterTimeAndId(ideas.submittedAt, ideas.id, after, { time: "asc", id: "asc" });
  const [page, total] = await Promise.all([
    ctx.db
      .select({ ...ideaColumns, queuedAt: timeText(ideas.submittedAt) })
      .from(ideas)
      .where(and(inQueue, afterCond))
      .orderBy(asc(ideas.submittedAt), asc(ideas.id))
      .limit(size + 1),
    cappedCount(
      ctx.db,
      ctx.db
        .select({ one: sql`1` })
        .from(ideas)
        .where(inQueue)
        .$dynamic(),
    ),
  ]);
  const today = clock.swedishToday();
  const times = new Map<IdeaRow, string>();
  const rows = page.map(({ queuedAt, ...r }) => (times.set(r, queuedAt), r));
  for (const r of rows) ctx.loaders.ideaById.prime(r.id, r);
  return toConnection(
    rows,
    size,
    total,
    (r) => [times.get(r)!, r.id],
    (r) => ({
      idea: toIdea(r, "team"),
      waitingWorkingDays: workingDaysBetween(swedishDate(r.submittedAt!), today),
      acknowledgementOverdue: r.acknowledgedAt === null && r.hearBackBy !== null && r.hearBackBy < today,
      decisionOverdue: r.triagedAt === null && r.decisionDueBy !== null && r.decisionDueBy < today,
      acknowledgedAt: r.acknowledgedAt,
      decisionDueBy: r.decisionDueBy,
    }),
    after !== null,
    INTAKE_CURSOR,
  );
}

/** Ideas whose feedback promise has passed unkept, for the arena's coordinators. */
export async function overduePromises(ctx: Context, arenaGlobalId: string) {
  const arenaId = fromGlobalId(arenaGlobalId, "Arena")?.id;
  if (!arenaId) throw apiError("NOT_FOUND", ctx.locale);
  requireArenaRole(ctx, arenaId, COORDINATORS);
  const today = clock.swedishToday();
  const rows = await ctx.db
    .select()
    .from(ideas)
    .where(
      and(
        eq(ideas.arenaId, arenaId),
        inArray(ideas.stage, TRIAGEABLE),
        or(and(isNull(ideas.acknowledgedAt), lt(ideas.hearBackBy, today)), and(isNull(ideas.triagedAt), lt(ideas.decisionDueBy, today))),
      ),
    )
    .orderBy(asc(ideas.submittedAt))
    .limit(200);
  return rows.map((r) => ({
    idea: toIdea(r, "team"),
    waitingWorkingDays: workingDaysBetween(swedishDate(r.submittedAt ?? r.createdAt), today),
    acknowledgementOverdue: r.acknowledgedAt === null && r.hearBackBy !== null && r.hearBackBy < today,
    decisionOverdue: r.triagedAt === null && r.decisionDueBy !== null && r.decisionDueBy < today,
    acknowledgedAt: r.acknowledgedAt,
    decisionDueBy: r.decisionDueBy,
  }));
}

// ---- decisions ----

function requireCoordinator(ctx: Context, arenaId: string) {
  return requireArenaRole(ctx, arenaId, COORDINATORS);
}

/** The arena has seen the idea: the first promise is kept, and the bearers now wait for a decision. */
export async function acknowledgeIdea(ctx: Context, ideaGlobalId: string) {
  return runMutation(ctx, async (tx) => {
    const { row } = await lockIdea(ctx, tx, ideaGlobalId, "ideaId");
    const actorId = requireCoordinator(ctx, row.arenaId);
    if (!TRIAGEABLE.includes(row.stage)) fail(ctx.locale, "ideaId", "WRONG_STAGE");
    if (row.acknowledgedAt) return toIdea(row, "team");
    const [updated] = await tx
      .update(ideas)
      .set({ acknowledgedAt: clock.now(), hearBackBy: row.decisionDueBy, version: row.version + 1, updatedAt: clock.now() })
      .where(eq(ideas.id, row.id))
      .returning();
    await recordEvent(tx, {
      arenaId: row.arenaId,
      actorId,
      subjectType: "Idea",
      subjectId: row.id,
      kind: TriageEvents.acknowledged,
      data: { version: updated!.version },
    });
    await notify(
      tx,
      (await bearersOf(tx, row)).map((userId) => ({
        userId,
        arenaId: row.arenaId,
        kind: TriageEvents.acknowledged,
        subjectType: "Idea",
        subjectId: row.id,
        data: { title: row.title, by: ctx.viewer!.name },
      })),
    );
    return toIdea(updated!, "team");
  });
}

const TO_STAGE: Record<TriageDecisionEnum, IdeaStage> = {
  [TriageDecisionEnum.ACCEPT]: "guidance",
  [TriageDecisionEnum.NEEDS_INFO]: "needs_info",
  [TriageDecisionEnum.REFER]: "referred",
  [TriageDecisionEnum.MERGE]: "merged",
  [TriageDecisionEnum.DECLINE]: "declined",
};

export async function triageIdea(ctx: Context, input: TriageInput) {
  return runMutation(ctx, async (tx) => {
    const { row } = await lockIdea(ctx, tx, input.ideaId, "input.ideaId");
    const actorId = requireCoordinator(ctx, row.arenaId);
    await validateInput(input, ctx.locale);
    if (!TRIAGEABLE.includes(row.stage)) fail(ctx.locale, "input.ideaId", "WRONG_STAGE");
    const reason = input.reason?.trim() ?? "";
    const d = input.decision;
    const errors = [];
    if ((d === TriageDecisionEnum.DECLINE || d === TriageDecisionEnum.REFER || d === TriageDecisionEnum.MERGE) && reason === "")
      errors.push(userError(ctx.locale, "input.reason", "REASON_REQUIRED"));
    if (d === TriageDecisionEnum.NEEDS_INFO && (input.question?.trim() ?? "") === "")
      errors.push(userError(ctx.locale, "input.question", "REQUIRED"));
    if (errors.length > 0) throw new UserErrors(errors);

    const now = clock.now();
    const audience = await bearersOf(tx, row);
    const note = (kind: EventKind, extra: Record<string, unknown> = {}) =>
      audience.map((userId) => ({
        userId,
        arenaId: row.arenaId,
        kind,
        subjectType: "Idea",
        subjectId: row.id,
        data: { title: row.title, reason, ...extra },
      }));
    let mergedIntoId: string | null = null;
    let confirmationUrl: string | null = null;

    if (d === TriageDecisionEnum.ACCEPT) {
      const guides = await guidesOfArena(ctx, tx, row.arenaId, input.guideIds ?? []);
      await tx
        .insert(ideaGuides)
        .values(guides.map((userId) => ({ ideaId: row.id, userId, assignedBy: actorId })))
        .onConflictDoNothing();
      await notify(
        tx,
        guides.map((userId) => ({
          userId,
          arenaId: row.arenaId,
          kind: TriageEvents.assigned,
          subjectType: "Idea",
          subjectId: row.id,
          data: { title: row.title },
        })),
      );
    } else if (d === TriageDecisionEnum.NEEDS_INFO) {
      await tx.insert(ideaQuestions).values({ ideaId: row.id, question: input.question!.trim(), askedBy: actorId });
      await notify(tx, note(TriageEvents.question, { question: input.question!.trim() }));
    } else if (d === TriageDecisionEnum.REFER) {
      if (!input.actorId) fail(ctx.locale, "input.actorId", "REQUIRED");
      confirmationUrl = await referIdeaTo(ctx, tx, row, input.actorId, reason);
    } else if (d === TriageDecisionEnum.MERGE) {
      const target = optionalTarget(ctx, input.mergeIntoId);
      const [into] = await tx.select().from(ideas).where(eq(ideas.id, target)).for("update");
      if (!into || into.arenaId !== row.arenaId) fail(ctx.locale, "input.mergeIntoId", "NOT_FOUND");
      if (into.id === row.id || ["draft", "merged", "withdrawn", "declined"].includes(into.stage))
        fail(ctx.locale, "input.mergeIntoId", "MERGE_TARGET");
      mergedIntoId = into.id;
      await recordEvent(tx, {
        arenaId: row.arenaId,
        actorId,
        subjectType: "Idea",
        subjectId: into.id,
        kind: TriageEvents.mergedIn,
        data: { fromIdeaId: row.id, title: row.title, reason },
      });
      // Both ideas' bearers are told.
      const intoBearers = await bearersOf(tx, into);
      await notify(
        tx,
        intoBearers.map((userId) => ({
          userId,
          arenaId: row.arenaId,
          kind: TriageEvents.mergedIn,
          subjectType: "Idea",
          subjectId: into.id,
          data: { title: into.title, other: row.title, reason },
        })),
      );
    }
    const toStage = TO_STAGE[d];
    const updated = await moveIdea(tx, row, toStage, {
      actorId,
      kind: TriageEvents.triaged,
      withVersion: true,
      data: { decision: d, reason, ...(mergedIntoId ? { mergedIntoId } : {}) },
      set: {
        mergedIntoId: mergedIntoId ?? row.mergedIntoId,
        acknowledgedAt: row.acknowledgedAt ?? now,
        // Asking for more information is not yet a decision: the promise clock restarts on the answer.
        triagedAt: d === TriageDecisionEnum.NEEDS_INFO ? row.triagedAt : now,
        hearBackBy: null,
      },
      at: now,
    });
    if (d !== TriageDecisionEnum.NEEDS_INFO) await notify(tx, note(IdeaEvents.stageChanged, { toStage }));
    return { idea: toIdea(updated, "team"), confirmationUrl };
  });
}

function optionalTarget(ctx: Context, globalId: string | null | undefined): string {
  if (!globalId) fail(ctx.locale, "input.mergeIntoId", "REQUIRED");
  return inputId(ctx, globalId, "Idea", "input.mergeIntoId");
}

/** The bearers answer a question: the idea goes back in the queue, with a fresh decision promise. */
export async function answerQuestion(ctx: Context, input: AnswerQuestionInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    await validateInput(input, ctx.locale);
    const qid = inputId(ctx, input.questionId, "IdeaQuestion", "input.questionId");
    const [q] = await tx.select().from(ideaQuestions).where(eq(ideaQuestions.id, qid)).for("update");
    if (!q) fail(ctx.locale, "input.questionId", "NOT_FOUND");
    const { row, access } = await lockIdea(ctx, tx, toGlobalId("Idea", q.ideaId), "input.questionId");
    if (access !== "bearer") throw apiError("FORBIDDEN", ctx.locale);
    if (q.answeredAt) fail(ctx.locale, "input.questionId", "ALREADY_ANSWERED");
    const now = clock.now();
    await tx
      .update(ideaQuestions)
      .set({ answer: input.answer, answeredAt: now, answeredBy: ctx.viewer.id })
      .where(eq(ideaQuestions.id, qid));
    const [arena] = await tx.select({ decisionWorkingDays: arenas.decisionWorkingDays }).from(arenas).where(eq(arenas.id, row.arenaId));
    const due = addWorkingDays(swedishDate(now), arena!.decisionWorkingDays);
    const back = row.stage === "needs_info";
    // Answered while waiting, it goes back in the queue; answered later, it stays where it is.
    const updated = await moveIdea(tx, row, back ? "submitted" : row.stage, {
      actorId: ctx.viewer.id,
      kind: TriageEvents.answered,
      withVersion: true,
      set: back ? { submittedAt: now, decisionDueBy: due, hearBackBy: due } : {},
      at: now,
    });
    const coordinators = await tx
      .selectDistinct({ userId: roleGrants.userId })
      .from(roleGrants)
      .where(and(eq(roleGrants.arenaId, row.arenaId), eq(roleGrants.role, "coordinator")));
    const asker = q.askedBy ? [q.askedBy] : [];
    await notify(
      tx,
      [...new Set([...coordinators.map((c) => c.userId), ...asker])].map((userId) => ({
        userId,
        arenaId: row.arenaId,
        kind: TriageEvents.answered,
        subjectType: "Idea",
        subjectId: row.id,
        data: { title: row.title, by: ctx.viewer!.name },
      })),
    );
    return toIdea(updated, access);
  });
}

export async function assignGuides(ctx: Context, input: AssignGuidesInput) {
  return runMutation(ctx, async (tx) => {
    const { row } = await lockIdea(ctx, tx, input.ideaId, "input.ideaId");
    const actorId = requireCoordinator(ctx, row.arenaId);
    const guides = await guidesOfArena(ctx, tx, row.arenaId, input.guideIds);
    const before = await tx.select({ userId: ideaGuides.userId }).from(ideaGuides).where(eq(ideaGuides.ideaId, row.id));
    const added = guides.filter((g) => !before.some((b) => b.userId === g));
    const removed = before.map((b) => b.userId).filter((b) => !guides.includes(b));
    if (removed.length > 0) await tx.delete(ideaGuides).where(and(eq(ideaGuides.ideaId, row.id), inArray(ideaGuides.userId, removed)));
    if (added.length > 0) await tx.insert(ideaGuides).values(added.map((userId) => ({ ideaId: row.id, userId, assignedBy: actorId })));
    await recordEvent(tx, {
      arenaId: row.arenaId,
      actorId,
      subjectType: "Idea",
      subjectId: row.id,
      kind: TriageEvents.guidesChanged,
      data: { added, removed },
    });
    await notify(
      tx,
      added.map((userId) => ({
        userId,
        arenaId: row.arenaId,
        kind: TriageEvents.assigned,
        subjectType: "Idea",
        subjectId: row.id,
        data: { title: row.title },
      })),
    );
    return toIdea(row, "team");
  });
}

export async function setFeedbackPromise(ctx: Context, input: FeedbackPromiseInput) {
  return runMutation(ctx, async (tx) => {
    const arenaId = inputId(ctx, input.arenaId, "Arena", "input.arenaId");
    const actorId = requireCoordinator(ctx, arenaId);
    await validateInput(input, ctx.locale);
    if (input.decisionWorkingDays < input.acknowledgeWorkingDays) fail(ctx.locale, "input.decisionWorkingDays", "DECISION_BEFORE_ACK");
    const [row] = await tx
      .update(arenas)
      .set({ ackWorkingDays: input.acknowledgeWorkingDays, decisionWorkingDays: input.decisionWorkingDays })
      .where(eq(arenas.id, arenaId))
      .returning();
    if (!row) fail(ctx.locale, "input.arenaId", "NOT_FOUND");
    await recordEvent(tx, {
      arenaId,
      actorId,
      subjectType: "Arena",
      subjectId: arenaId,
      kind: TriageEvents.feedbackPromiseSet,
      data: { acknowledgeWorkingDays: input.acknowledgeWorkingDays, decisionWorkingDays: input.decisionWorkingDays },
    });
    return { acknowledgeWorkingDays: row.ackWorkingDays, decisionWorkingDays: row.decisionWorkingDays };
  });
}
