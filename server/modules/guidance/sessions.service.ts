import { and, asc, count, desc, eq, gt, inArray, notInArray, or, sql } from "drizzle-orm";
import type { Database } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { type UserError, UserErrors, apiError, fail, userError } from "../../graphql/errors.js";
import { manyLoader, rowByIdLoader } from "../../graphql/loader-utils.js";
import { runMutation } from "../../graphql/mutation.js";
import { type ConnectionArgs, cursorKind, decodeCursor, pageSize, toConnection, toGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { recordEvent } from "../audit/audit.service.js";
import { accessTo } from "../ideas/ideas.access.js";
import { ideas } from "../ideas/ideas.tables.js";
import { type Idea, toIdea } from "../ideas/ideas.types.js";
import { guidanceSessions, ideaGuides, nextSteps, supportNeeds } from "./guidance.tables.js";
import { type RecordGuidanceSessionInput, SESSION_LIMITS, type UpdateGuidanceSessionInput } from "./sessions.inputs.js";
import {
  CONTACT_THRESHOLD_DAYS,
  type CaseloadItem,
  DUE_SOON_DAYS,
  type GuidanceSession,
  type NextStep,
  guidanceView,
  isOverdue,
  toNextStep,
  toSession,
} from "./sessions.types.js";
import { plusDays, swedishToday } from "../../shared/swedish-date.js";
import {
  OUT_OF_CASELOAD,
  actor,
  into,
  lockGuidance,
  requireOpen,
  requireTeam,
  teamArenas,
  trimmed,
  validArgs,
  viewOn,
} from "./guidance.rules.js";
import { checkSteps, stepAdded, tellOwners } from "./next-steps.service.js";
import { GuidanceEvents } from "./guidance.events.js";
import * as clock from "../../shared/clock.js";

type IdeaRow = typeof ideas.$inferSelect;

export function createSessionLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  return {
    guidanceSessionById: rowByIdLoader(db, guidanceSessions),
    /** Latest first. */
    guidanceSessionsByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(guidanceSessions)
          .where(inArray(guidanceSessions.ideaId, ids(k)))
          .orderBy(desc(guidanceSessions.heldOn), desc(guidanceSessions.createdAt), asc(guidanceSessions.id)),
      (r) => r.ideaId,
    ),
    nextStepById: rowByIdLoader(db, nextSteps),
    /** Soonest due first, those without a due date last. */
    nextStepsByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(nextSteps)
          .where(inArray(nextSteps.ideaId, ids(k)))
          .orderBy(asc(nextSteps.dueOn), asc(nextSteps.createdAt), asc(nextSteps.id)),
      (r) => r.ideaId,
    ),
    supportNeedById: rowByIdLoader(db, supportNeeds),
    supportNeedsByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(supportNeeds)
          .where(inArray(supportNeeds.ideaId, ids(k)))
          .orderBy(asc(supportNeeds.createdAt), asc(supportNeeds.id)),
      (r) => r.ideaId,
    ),
  };
}

export async function ideaSessions(ctx: Context, idea: Idea): Promise<GuidanceSession[] | null> {
  const view = guidanceView(idea.access);
  if (!view) return null;
  return (await ctx.loaders.guidanceSessionsByIdea.load(idea.rawId)).map((r) => toSession(r, view));
}

/** For node(id:) and NextStep.session: null unless the viewer reads the idea's guidance. */
export async function sessionById(ctx: Context, rawId: string): Promise<GuidanceSession | null> {
  const row = await ctx.loaders.guidanceSessionById.load(rawId);
  const view = row && (await viewOn(ctx, row.ideaId));
  return row && view ? toSession(row, view) : null;
}

/** An idea of the caseload, decided once per page: its co-bearers come in one statement. */
async function ideasWithAccess(ctx: Context, rows: IdeaRow[]): Promise<Map<string, Idea>> {
  for (const r of rows) ctx.loaders.ideaById.prime(r.id, r);
  const co = await Promise.all(rows.map((r) => ctx.loaders.coBearersByIdea.load(r.id)));
  return new Map(
    rows.map((r, i) => {
      const accepted = co[i]!.flatMap((c) => (c.status === "accepted" && c.userId ? [c.userId] : []));
      return [r.id, toIdea(r, accessTo(ctx.viewer, r, accepted))];
    }),
  );
}

const CASELOAD_CURSOR = cursorKind("caseload", "text", "uuid");

/**
 * The ideas the viewer guides (listed in idea_guides) in arenas where they are still on the
 * guidance team, while they are active; the longest without contact first.
 */
export async function myCaseload(ctx: Context, args: ConnectionArgs) {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  await validArgs(ctx, args);
  const size = pageSize(args);
  const arenaIds = teamArenas(ctx.viewer);
  const lastHeld = sql`(select max(${guidanceSessions.heldOn}) from ${guidanceSessions} where ${guidanceSessions.ideaId} = ${ideas.id})`;
  // The date contact was last made: the latest session, or the assignment when there has been none.
  const since = sql<string>`coalesce(${lastHeld}, (${ideaGuides.assignedAt} at time zone 'Europe/Stockholm')::date)::text`;
  const mine = and(
    eq(ideaGuides.userId, ctx.viewer.id),
    arenaIds.length > 0 ? inArray(ideas.arenaId, arenaIds) : sql`false`,
    notInArray(ideas.stage, OUT_OF_CASELOAD),
  );
  const after = decodeCursor(args.after, CASELOAD_CURSOR);
  const afterCond =
    after && after.length === 2
      ? or(gt(since, String(after[0])), and(eq(since, String(after[0])), gt(ideas.id, String(after[1]))))
      : undefined;
  const rows = await ctx.db
    .select({ idea: ideas, assignedAt: ideaGuides.assignedAt, lastContactOn: sql<string | null>`${lastHeld}::text`, since })
    .from(ideaGuides)
    .innerJoin(ideas, eq(ideas.id, ideaGuides.ideaId))
    .where(and(mine, afterCond))
    .orderBy(asc(since), asc(ideas.id))
    .limit(size + 1);
  const [total] = await ctx.db.select({ n: count() }).from(ideaGuides).innerJoin(ideas, eq(ideas.id, ideaGuides.ideaId)).where(mine);
  const byId = await ideasWithAccess(
    ctx,
    rows.slice(0, size).map((r) => r.idea),
  );
  const threshold = plusDays(swedishToday(), -CONTACT_THRESHOLD_DAYS);
  return toConnection(
    rows,
    size,
    total?.n ?? 0,
    (r) => [r.since, r.idea.id],
    (r): CaseloadItem => ({
      ideaRawId: r.idea.id,
      idea: byId.get(r.idea.id)!,
      assignedAt: r.assignedAt,
      lastContactOn: r.lastContactOn,
      withoutContact: r.since < threshold,
    }),
    after !== null,
    CASELOAD_CURSOR,
  );
}

/** The open steps of a caseload idea that are due soon, or overdue. */
export async function caseloadSteps(ctx: Context, item: CaseloadItem, which: "due" | "overdue" | "open"): Promise<NextStep[]> {
  const today = swedishToday();
  const soon = plusDays(today, DUE_SOON_DAYS);
  const rows = (await ctx.loaders.nextStepsByIdea.load(item.ideaRawId)).filter((r) => r.doneAt === null);
  const picked =
    which === "open"
      ? rows
      : which === "overdue"
        ? rows.filter((r) => isOverdue(r, today))
        : rows.filter((r) => r.dueOn !== null && r.dueOn >= today && r.dueOn <= soon);
  return picked.map((r) => toNextStep(r, today));
}

// ---- sessions ----

/** The guidance team records a session held with the bearers, and the next steps agreed there. */
export async function recordGuidanceSession(ctx: Context, input: RecordGuidanceSessionInput) {
  return runMutation(ctx, async (tx) => {
    const { row: idea, access, view } = await lockGuidance(ctx, tx, input.ideaId, "input.ideaId", "idea");
    requireTeam(ctx, view);
    requireOpen(ctx, idea, "input.ideaId");
    const steps = input.nextSteps ?? [];
    for (const s of steps) trimmed(s, ["title", "ownerLabel"]);
    const errors: UserError[] = [];
    await validateInput(input, ctx.locale).catch(into(errors));
    if (steps.length > SESSION_LIMITS.stepsPerSession)
      fail(ctx.locale, "input.nextSteps", "TOO_MANY_ITEMS", { max: SESSION_LIMITS.stepsPerSession });
    if (input.heldOn > swedishToday()) errors.push(userError(ctx.locale, "input.heldOn", "DATE_IN_FUTURE"));
    const drafts =
      (await checkSteps(
        ctx,
        tx,
        idea,
        steps.map((s, i) => ({ prefix: `input.nextSteps.${i}`, input: s })),
      ).catch(into(errors))) ?? [];
    if (errors.length > 0) throw new UserErrors(errors);
    const viewer = actor(ctx);
    const [session] = await tx
      .insert(guidanceSessions)
      .values({
        ideaId: idea.id,
        heldOn: input.heldOn,
        participants: input.participants ?? "",
        sharedNotes: input.sharedNotes ?? "",
        internalNotes: input.internalNotes ?? "",
        advice: input.advice ?? "",
        createdBy: viewer.id,
      })
      .returning();
    const now = clock.now();
    const added =
      drafts.length > 0
        ? await tx
            .insert(nextSteps)
            // One creation time a millisecond apart each, so that they list in the order agreed.
            .values(
              drafts.map((d, i) => ({
                ...d,
                ideaId: idea.id,
                sessionId: session!.id,
                createdBy: viewer.id,
                createdAt: new Date(now.getTime() + i),
              })),
            )
            .returning()
        : [];
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: viewer.id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: GuidanceEvents.sessionRecorded,
      data: { sessionId: session!.id, heldOn: session!.heldOn, nextSteps: added.length },
    });
    await stepAdded(tx, idea, added, viewer.id);
    await tellOwners(tx, idea, added, viewer);
    return { session: toSession(session!, "team"), idea: toIdea(idea, access) };
  });
}

const SESSION_FIELDS = ["heldOn", "participants", "sharedNotes", "internalNotes", "advice"] as const;

/** The guidance team corrects or completes a session's record. */
export async function updateGuidanceSession(ctx: Context, input: UpdateGuidanceSessionInput) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, input.id, "GuidanceSession", "input.id");
    const [peek] = await tx.select({ ideaId: guidanceSessions.ideaId }).from(guidanceSessions).where(eq(guidanceSessions.id, id));
    if (!peek) fail(ctx.locale, "input.id", "NOT_FOUND");
    const { row: idea, access, view } = await lockGuidance(ctx, tx, toGlobalId("Idea", peek.ideaId), "input.id", "guidance");
    requireTeam(ctx, view);
    requireOpen(ctx, idea, "input.id");
    await validateInput(input, ctx.locale);
    if (input.heldOn && input.heldOn > swedishToday()) fail(ctx.locale, "input.heldOn", "DATE_IN_FUTURE");
    const [row] = await tx.select().from(guidanceSessions).where(eq(guidanceSessions.id, id)).for("update");
    if (!row) fail(ctx.locale, "input.id", "NOT_FOUND");
    const patch: Partial<Record<(typeof SESSION_FIELDS)[number], string>> = {};
    for (const f of SESSION_FIELDS) if (input[f] != null && input[f] !== row[f]) patch[f] = input[f];
    const changed = Object.keys(patch);
    if (changed.length === 0) return { session: toSession(row, "team"), idea: toIdea(idea, access) };
    const [updated] = await tx
      .update(guidanceSessions)
      .set({ ...patch, updatedAt: clock.now() })
      .where(eq(guidanceSessions.id, id))
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: actor(ctx).id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: GuidanceEvents.sessionUpdated,
      data: { sessionId: id, changed },
    });
    return { session: toSession(updated!, "team"), idea: toIdea(idea, access) };
  });
}

/**
 * Removes a session recorded by mistake: the guidance team. The next steps agreed at it stay
 * (they are work still to do; they only lose the link to the session), and the event keeps
 * when it was held, so the idea's timeline still shows that something was removed.
 */
export async function removeGuidanceSession(ctx: Context, globalId: string) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, globalId, "GuidanceSession", "id");
    const [peek] = await tx.select({ ideaId: guidanceSessions.ideaId }).from(guidanceSessions).where(eq(guidanceSessions.id, id));
    if (!peek) fail(ctx.locale, "id", "NOT_FOUND");
    const { row: idea, access, view } = await lockGuidance(ctx, tx, toGlobalId("Idea", peek.ideaId), "id", "guidance");
    requireTeam(ctx, view);
    requireOpen(ctx, idea, "id");
    const [removed] = await tx.delete(guidanceSessions).where(eq(guidanceSessions.id, id)).returning();
    if (!removed) fail(ctx.locale, "id", "NOT_FOUND");
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: ctx.viewer!.id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: GuidanceEvents.sessionRemoved,
      data: { sessionId: id, heldOn: removed.heldOn },
    });
    return { session: toSession(removed, "team"), idea: toIdea(idea, access) };
  });
}
