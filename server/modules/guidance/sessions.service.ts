import { type SQL, and, asc, count, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, notInArray, or, sql } from "drizzle-orm";
import type { Logger } from "pino";
import type { Viewer } from "../../auth/sessions.js";
import type { Database, Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { type UserError, UserErrors, apiError, fail, userError } from "../../graphql/errors.js";
import { manyLoader, rowByIdLoader } from "../../graphql/loader-utils.js";
import { runMutation } from "../../graphql/mutation.js";
import { type ConnectionArgs, cursorKind, decodeCursor, pageSize, toConnection, toGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { roleGrants } from "../accounts/accounts.tables.js";
import { events } from "../audit/audit.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import { TEAM_ROLES, accessTo } from "../ideas/ideas.access.js";
import { ideaById, lockIdea } from "../ideas/ideas.service.js";
import { type IdeaStage, ideaCoBearers, ideas } from "../ideas/ideas.tables.js";
import { type Idea, toIdea } from "../ideas/ideas.types.js";
import { type NotificationInput, type NotificationRow, notify } from "../notifications/notifications.service.js";
import { guidanceSessions, ideaGuides, nextSteps, supportNeeds } from "./guidance.tables.js";
import {
  type AddNextStepInput,
  type MyNextStepsArgs,
  type NextStepDraftInput,
  type RecordGuidanceSessionInput,
  SESSION_LIMITS,
  type SetNextStepDoneInput,
  type SetSupportNeedInput,
  type UpdateGuidanceSessionInput,
  type UpdateNextStepInput,
} from "./sessions.inputs.js";
import {
  CONTACT_THRESHOLD_DAYS,
  type CaseloadItem,
  DUE_SOON_DAYS,
  type GuidanceSession,
  type GuidanceView,
  type NextStep,
  NextStepFilterEnum,
  SupportNeedKindEnum,
  guidanceView,
  isOverdue,
  toNextStep,
  toSession,
  toSupportNeed,
} from "./sessions.types.js";
import { swedishDate } from "./working-days.js";

type IdeaRow = typeof ideas.$inferSelect;
type NextStepRow = typeof nextSteps.$inferSelect;

/** Stages in which an idea takes no more guidance: its record stays readable, but nothing is added. */
const CLOSED_TO_GUIDANCE: IdeaStage[] = ["draft", "withdrawn", "merged"];
/** Stages whose ideas leave the guides' caseloads and get no reminders. */
const OUT_OF_CASELOAD: IdeaStage[] = ["draft", "withdrawn", "merged", "declined", "closed", "adopted"];

// ---- dates: calendar dates as YYYY-MM-DD, in Swedish time ----

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const plusDays = (date: string, n: number) => isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000));
/** Today's date in Sweden. */
export const swedishToday = (now: Date = new Date()) => isoDate(swedishDate(now));

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

// ---- reading ----

async function validArgs(ctx: Context, args: object) {
  await validateInput(args, ctx.locale, "args").catch((e: unknown) => {
    if (e instanceof UserErrors) throw apiError("BAD_USER_INPUT", ctx.locale);
    throw e;
  });
}

/** The arenas where the viewer is on the guidance team. */
const teamArenas = (viewer: Viewer) => [...new Set(viewer.roles.filter((r) => TEAM_ROLES.includes(r.role)).map((r) => r.arenaId))];

export async function ideaSessions(ctx: Context, idea: Idea): Promise<GuidanceSession[] | null> {
  const view = guidanceView(idea.access);
  if (!view) return null;
  return (await ctx.loaders.guidanceSessionsByIdea.load(idea.rawId)).map((r) => toSession(r, view));
}

export async function ideaNextSteps(ctx: Context, idea: Idea): Promise<NextStep[] | null> {
  if (!guidanceView(idea.access)) return null;
  const today = swedishToday();
  return (await ctx.loaders.nextStepsByIdea.load(idea.rawId)).map((r) => toNextStep(r, today));
}

export async function ideaSupportPlan(ctx: Context, idea: Idea) {
  if (!guidanceView(idea.access)) return null;
  return (await ctx.loaders.supportNeedsByIdea.load(idea.rawId)).map(toSupportNeed);
}

export async function sessionNextSteps(ctx: Context, session: GuidanceSession): Promise<NextStep[]> {
  const today = swedishToday();
  return (await ctx.loaders.nextStepsByIdea.load(session.ideaRawId))
    .filter((r) => r.sessionId === session.rawId)
    .map((r) => toNextStep(r, today));
}

/** How the viewer reads the guidance of an idea, or null when they may not. */
async function viewOn(ctx: Context, ideaRawId: string): Promise<GuidanceView | null> {
  const idea = await ideaById(ctx, ideaRawId);
  return idea ? guidanceView(idea.access) : null;
}

/** For node(id:) and NextStep.session: null unless the viewer reads the idea's guidance. */
export async function sessionById(ctx: Context, rawId: string): Promise<GuidanceSession | null> {
  const row = await ctx.loaders.guidanceSessionById.load(rawId);
  const view = row && (await viewOn(ctx, row.ideaId));
  return row && view ? toSession(row, view) : null;
}

export async function nextStepById(ctx: Context, rawId: string): Promise<NextStep | null> {
  const row = await ctx.loaders.nextStepById.load(rawId);
  return row && (await viewOn(ctx, row.ideaId)) ? toNextStep(row, swedishToday()) : null;
}

export async function supportNeedById(ctx: Context, rawId: string) {
  const row = await ctx.loaders.supportNeedById.load(rawId);
  return row && (await viewOn(ctx, row.ideaId)) ? toSupportNeed(row) : null;
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

const NEXT_STEP_CURSOR = cursorKind("next-steps", "text", "uuid");

/** Next steps of the ideas in the viewer's caseload, soonest due first (those without a due date last). */
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
  const mine = and(
    arenaIds.length > 0 ? inArray(ideas.arenaId, arenaIds) : sql`false`,
    notInArray(ideas.stage, OUT_OF_CASELOAD),
    byFilter[args.filter],
  );
  const dueKey = sql<string>`coalesce(${nextSteps.dueOn}::text, '9999-12-31')`;
  const after = decodeCursor(args.after, NEXT_STEP_CURSOR);
  const afterCond =
    after && after.length === 2
      ? or(gt(dueKey, String(after[0])), and(eq(dueKey, String(after[0])), gt(nextSteps.id, String(after[1]))))
      : undefined;
  const guided = and(eq(ideaGuides.ideaId, nextSteps.ideaId), eq(ideaGuides.userId, ctx.viewer.id));
  const rows = await ctx.db
    .select({ step: nextSteps, dueKey })
    .from(nextSteps)
    .innerJoin(ideas, eq(ideas.id, nextSteps.ideaId))
    .innerJoin(ideaGuides, guided)
    .where(and(mine, afterCond))
    .orderBy(asc(dueKey), asc(nextSteps.id))
    .limit(size + 1);
  const [total] = await ctx.db
    .select({ n: count() })
    .from(nextSteps)
    .innerJoin(ideas, eq(ideas.id, nextSteps.ideaId))
    .innerJoin(ideaGuides, guided)
    .where(mine);
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

// ---- writing: shared rules ----

/**
 * Inside a mutation: the idea locked, and how the viewer reads its guidance. NOT_FOUND when
 * they may not see the idea; when they see it but not its guidance, NOT_FOUND too if they named
 * a thing of its guidance (a session, a step, a need: to them it does not exist), and FORBIDDEN
 * (from requireTeam) if they named the idea.
 */
async function lockGuidance(ctx: Context, tx: Tx, ideaGlobalId: string, field: string, named: "idea" | "guidance") {
  const { row, access } = await lockIdea(ctx, tx, ideaGlobalId, field);
  const view = guidanceView(access);
  if (!view && named === "guidance") fail(ctx.locale, field, "NOT_FOUND");
  return { row, access, view };
}

/** Only the guidance team of the idea's arena writes its guidance. */
function requireTeam(ctx: Context, view: GuidanceView | null) {
  if (view !== "team") throw apiError("FORBIDDEN", ctx.locale);
}

function requireOpen(ctx: Context, idea: IdeaRow, field: string) {
  if (CLOSED_TO_GUIDANCE.includes(idea.stage)) fail(ctx.locale, field, "WRONG_STAGE");
}

const actor = (ctx: Context) => ctx.viewer!;

/** The bearer and accepted co-bearers of an idea. */
async function bearersOf(tx: Tx, idea: Pick<IdeaRow, "id" | "bearerId">): Promise<string[]> {
  const co = await tx
    .select({ userId: ideaCoBearers.userId })
    .from(ideaCoBearers)
    .where(and(eq(ideaCoBearers.ideaId, idea.id), eq(ideaCoBearers.status, "accepted")));
  return [...new Set([idea.bearerId, ...co.flatMap((c) => (c.userId ? [c.userId] : []))])];
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
async function checkSteps(
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
async function tellOwners(tx: Tx, idea: IdeaRow, steps: NextStepRow[], by: Viewer, kind = "next_step.created") {
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

async function stepAdded(tx: Tx, idea: IdeaRow, steps: NextStepRow[], actorId: string) {
  for (const s of steps)
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: "next_step.added",
      data: { nextStepId: s.id, sessionId: s.sessionId },
    });
}

/** Collects the payload errors of a failed check, so that every bad field is reported at once. */
const into = (errors: UserError[]) => (e: unknown) => {
  if (!(e instanceof UserErrors)) throw e;
  errors.push(...e.errors);
  return undefined;
};

const trimmed = (input: object, keys: string[]) => {
  for (const k of keys) {
    const v = (input as Record<string, unknown>)[k];
    if (typeof v === "string") (input as Record<string, unknown>)[k] = v.trim();
  }
};

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
    const now = new Date();
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
      kind: "guidance.session_recorded",
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
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(guidanceSessions.id, id))
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: actor(ctx).id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: "guidance.session_updated",
      data: { sessionId: id, changed },
    });
    return { session: toSession(updated!, "team"), idea: toIdea(idea, access) };
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
      kind: "next_step.updated",
      data: { nextStepId: step.id, changed },
    });
    if (patch.ownerId) await tellOwners(tx, idea, [updated!], viewer, "next_step.assigned");
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
      .set({ doneAt: input.done ? new Date() : null })
      .where(eq(nextSteps.id, step.id))
      .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: actor(ctx).id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: input.done ? "next_step.done" : "next_step.reopened",
      data: { nextStepId: step.id },
    });
    return { nextStep: toNextStep(updated!, today), idea: toIdea(idea, access) };
  });
}

// ---- the support plan ----

/** The guidance team sets a need of the support plan: one per kind, except OTHER, which may repeat. */
export async function setSupportNeed(ctx: Context, input: SetSupportNeedInput) {
  return runMutation(ctx, async (tx) => {
    const { row: idea, access, view } = await lockGuidance(ctx, tx, input.ideaId, "input.ideaId", "idea");
    requireTeam(ctx, view);
    requireOpen(ctx, idea, "input.ideaId");
    await validateInput(input, ctx.locale);
    const ofIdea = await tx.select().from(supportNeeds).where(eq(supportNeeds.ideaId, idea.id));
    let existing: (typeof ofIdea)[number] | undefined;
    if (input.id) {
      const id = inputId(ctx, input.id, "SupportNeed", "input.id");
      existing = ofIdea.find((n) => n.id === id);
      if (!existing) fail(ctx.locale, "input.id", "NOT_FOUND");
    } else if (input.kind !== SupportNeedKindEnum.OTHER) existing = ofIdea.find((n) => n.kind === input.kind);
    if (input.kind !== SupportNeedKindEnum.OTHER && ofIdea.some((n) => n.kind === input.kind && n.id !== existing?.id))
      fail(ctx.locale, "input.kind", "SUPPORT_NEED_EXISTS");
    // Notes left out are kept.
    const next = { kind: input.kind, status: input.status, notes: input.notes ?? existing?.notes ?? "" };
    if (next.kind === SupportNeedKindEnum.OTHER && next.notes === "") fail(ctx.locale, "input.notes", "REQUIRED");
    if (existing && existing.kind === next.kind && existing.status === next.status && existing.notes === next.notes)
      return { supportNeed: toSupportNeed(existing), idea: toIdea(idea, access) };
    const viewer = actor(ctx);
    const [saved] = existing
      ? await tx
          .update(supportNeeds)
          .set({ ...next, updatedAt: new Date() })
          .where(eq(supportNeeds.id, existing.id))
          .returning()
      : await tx
          .insert(supportNeeds)
          .values({ ...next, ideaId: idea.id, createdBy: viewer.id })
          .returning();
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: viewer.id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: "support_need.updated",
      data: {
        supportNeedId: saved!.id,
        kind: saved!.kind,
        status: saved!.status,
        fromStatus: existing?.status ?? null,
        created: !existing,
      },
    });
    return { supportNeed: toSupportNeed(saved!), idea: toIdea(idea, access) };
  });
}

/** The guidance team removes a need from the support plan. */
export async function removeSupportNeed(ctx: Context, globalId: string) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, globalId, "SupportNeed", "id");
    const [peek] = await tx.select({ ideaId: supportNeeds.ideaId }).from(supportNeeds).where(eq(supportNeeds.id, id));
    if (!peek) fail(ctx.locale, "id", "NOT_FOUND");
    const { row: idea, access, view } = await lockGuidance(ctx, tx, toGlobalId("Idea", peek.ideaId), "id", "guidance");
    requireTeam(ctx, view);
    requireOpen(ctx, idea, "id");
    const [removed] = await tx.delete(supportNeeds).where(eq(supportNeeds.id, id)).returning();
    if (!removed) fail(ctx.locale, "id", "NOT_FOUND");
    await recordEvent(tx, {
      arenaId: idea.arenaId,
      actorId: actor(ctx).id,
      subjectType: "Idea",
      subjectId: idea.id,
      kind: "support_need.removed",
      data: { supportNeedId: id, kind: removed.kind, status: removed.status },
    });
    return { supportNeed: toSupportNeed(removed), idea: toIdea(idea, access) };
  });
}

// ---- reminders ----

export interface ReminderResult {
  due: number;
  overdue: number;
  notifications: NotificationRow[];
}

/** Steps per transaction: small enough that PGlite's one connection is never held for long, and far below PostgreSQL's 65,534 bind parameters. */
export const REMINDER_CHUNK = 200;
/** Notifications per insert (a step may tell many people). */
const NOTIFY_SLICE = 1000;

/**
 * Reminds of next steps that fall due tomorrow (or today) and of those now overdue, once each
 * per due date: a reminder is recorded as an event on the step (next_step.due_notified,
 * next_step.overdue_notified, with the due date), so a second run sends nothing, and a step
 * whose due date moves is reminded again. Who is told: the owner, or the bearers when a label
 * owns the step; of an overdue step also the idea's guides.
 *
 * The backlog is worked through in chunks of REMINDER_CHUNK steps in due order, each chunk in
 * its own transaction that writes the events and the notifications together: a crash loses at
 * most the chunk in flight, whole, and the next run sends exactly what is still unsent. Each
 * chunk first takes a transaction-scoped advisory lock, so two servers running this at once
 * take turns, and each chunk's query sees what the other's committed (SKIP LOCKED alone let a
 * step locked and released between the other's snapshot and its lock be sent twice). Between
 * chunks the connection is free, so requests are served while a large backlog is sent.
 *
 * Returns what it sent; `onChunk` hears of each chunk once committed, so the caller can
 * publish the notifications and wake the mailer (there is no request here to do it after
 * commit).
 */
export async function notifyDueNextSteps(
  db: Database,
  now: Date = new Date(),
  onChunk?: (r: ReminderResult) => void,
): Promise<ReminderResult> {
  const total: ReminderResult = { due: 0, overdue: 0, notifications: [] };
  let after: { dueOn: string; id: string } | undefined;
  for (;;) {
    const chunk = await remindChunk(db, now, after);
    if (chunk.steps === 0) break;
    total.due += chunk.result.due;
    total.overdue += chunk.result.overdue;
    total.notifications.push(...chunk.result.notifications);
    onChunk?.(chunk.result);
    if (chunk.steps < REMINDER_CHUNK) break;
    after = chunk.last;
  }
  return total;
}

async function remindChunk(
  db: Database,
  now: Date,
  after: { dueOn: string; id: string } | undefined,
): Promise<{ steps: number; last?: { dueOn: string; id: string }; result: ReminderResult }> {
  const today = swedishToday(now);
  const tomorrow = plusDays(today, 1);
  const reminderKind = sql`case when ${nextSteps.dueOn} < ${today}::date then 'next_step.overdue_notified' else 'next_step.due_notified' end`;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('arena.next_step_reminders'))`);
    const rows = await tx
      .select({ step: nextSteps, idea: { id: ideas.id, arenaId: ideas.arenaId, bearerId: ideas.bearerId, title: ideas.title } })
      .from(nextSteps)
      .innerJoin(ideas, eq(ideas.id, nextSteps.ideaId))
      .where(
        and(
          isNull(nextSteps.doneAt),
          isNotNull(nextSteps.dueOn),
          lte(nextSteps.dueOn, tomorrow),
          // Keyset: the steps before this chunk were handled (or are locked by an edit, and wait for the next run).
          after ? sql`(${nextSteps.dueOn}, ${nextSteps.id}) > (${after.dueOn}::date, ${after.id}::uuid)` : undefined,
          notInArray(ideas.stage, OUT_OF_CASELOAD),
          sql`not exists (select 1 from ${events} where ${events.subjectType} = 'NextStep' and ${events.subjectId} = ${nextSteps.id} and ${events.kind} = ${reminderKind} and ${events.data}->>'dueOn' = ${nextSteps.dueOn}::text)`,
        ),
      )
      .orderBy(asc(nextSteps.dueOn), asc(nextSteps.id))
      .limit(REMINDER_CHUNK)
      .for("update", { of: nextSteps, skipLocked: true });
    if (rows.length === 0) return { steps: 0, result: { due: 0, overdue: 0, notifications: [] } };
    const lastStep = rows[rows.length - 1]!.step;
    const ideaIds = [...new Set(rows.map((r) => r.idea.id))];
    const co = await tx
      .select({ ideaId: ideaCoBearers.ideaId, userId: ideaCoBearers.userId })
      .from(ideaCoBearers)
      .where(and(inArray(ideaCoBearers.ideaId, ideaIds), eq(ideaCoBearers.status, "accepted")));
    const guides = await tx
      .select({ ideaId: ideaGuides.ideaId, userId: ideaGuides.userId })
      .from(ideaGuides)
      .where(inArray(ideaGuides.ideaId, ideaIds));
    const of = (list: { ideaId: string; userId: string | null }[], ideaId: string) =>
      list.flatMap((x) => (x.ideaId === ideaId && x.userId ? [x.userId] : []));
    const list: NotificationInput[] = [];
    const recorded: (typeof events.$inferInsert)[] = [];
    let due = 0;
    let overdue = 0;
    for (const { step, idea } of rows) {
      const late = step.dueOn! < today;
      if (late) overdue++;
      else due++;
      const owners = step.ownerId ? [step.ownerId] : [idea.bearerId, ...of(co, idea.id)];
      const told = new Set([...owners, ...(late ? of(guides, idea.id) : [])]);
      recorded.push({
        arenaId: idea.arenaId,
        actorId: null,
        subjectType: "NextStep",
        subjectId: step.id,
        kind: late ? "next_step.overdue_notified" : "next_step.due_notified",
        data: { ideaId: idea.id, dueOn: step.dueOn, told: [...told] },
      });
      for (const userId of told)
        list.push({
          userId,
          arenaId: idea.arenaId,
          kind: late ? "next_step.overdue" : "next_step.due",
          subjectType: "Idea",
          subjectId: idea.id,
          data: { title: idea.title, step: step.title, dueOn: step.dueOn, nextStepId: step.id },
        });
    }
    // One insert for the chunk's events (recordEvent writes one row per statement).
    await tx.insert(events).values(recorded);
    const notifications: NotificationRow[] = [];
    for (let i = 0; i < list.length; i += NOTIFY_SLICE) notifications.push(...(await notify(tx, list.slice(i, i + NOTIFY_SLICE))));
    return { steps: rows.length, last: { dueOn: lastStep.dueOn!, id: lastStep.id }, result: { due, overdue, notifications } };
  });
}

/**
 * Runs notifyDueNextSteps shortly after start and then every `everyMs`; returns a function
 * that stops it. `sent` publishes what was sent and wakes the mailer.
 */
export function scheduleNextStepReminders(opts: {
  db: Database;
  everyMs: number;
  log: Logger;
  sent: (r: ReminderResult) => void;
}): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    // Each chunk is published as it commits, so a later failure does not withhold what was sent.
    notifyDueNextSteps(opts.db, new Date(), (chunk) => {
      if (chunk.notifications.length > 0) opts.sent(chunk);
    })
      .then((r) => {
        if (r.notifications.length > 0)
          opts.log.info({ due: r.due, overdue: r.overdue, notifications: r.notifications.length }, "next-step reminders sent");
      })
      .catch((err: unknown) => opts.log.error({ err }, "next-step reminders failed"))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(run, Math.min(opts.everyMs, 30_000));
  const timer = setInterval(run, opts.everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
