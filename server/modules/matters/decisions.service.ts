import { and, desc, eq, inArray, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import type { Database, Tx } from "../../db/index.js";
import { inputId, optionalInputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { type UserError, UserErrors, apiError, fail, userError } from "../../graphql/errors.js";
import { manyLoader, oneLoader, rowByIdLoader } from "../../graphql/loader-utils.js";
import { runMutation } from "../../graphql/mutation.js";
import { validateInput } from "../../graphql/validation.js";
import * as clock from "../../shared/clock.js";
import { swedishToday } from "../../shared/swedish-date.js";
import { recordEvent } from "../audit/audit.service.js";
import { bodies, organisations } from "../partnership/partnership.tables.js";
import { noteScaleDecision } from "../scaling/scaling.service.js";
import { DECISION_LIMITS, type RecordMatterDecisionInput, type ReportOnAssignmentInput } from "./decisions.inputs.js";
import { type Assignment, type MatterDecision, toAssignment, toDecision } from "./decisions.types.js";
import { MeetingEvents } from "./meetings.events.js";
import { MatterEvents } from "./matters.events.js";
import { matterDecided } from "./matters.hooks.js";
import { type MatterRow, canMoveMatter, moveMatter, recordMatterEvent } from "./matters.lifecycle.js";
import { matterRights, mayDecideFor, readsInternals } from "./matters.access.js";
import { lockMatter, rightsIn } from "./matters.read.js";
import { insertMatter } from "./matters.service.js";
import { agendaItems, assignments, matterDecisions, matterLinks, matters, meetings } from "./matters.tables.js";
import type { DecisionOutcome, MatterStage } from "./matters.vocabulary.js";

/** Where a matter goes with each outcome: decided, back to preparation, or waiting at its body (tabled). */
const STAGE_AFTER: Record<DecisionOutcome, MatterStage> = {
  approved: "decided",
  rejected: "decided",
  returned: "in_preparation",
  tabled: "placed",
};
const DECIDABLE: readonly MatterStage[] = ["placed", "on_agenda"];

/** A decision is public once its meeting's minutes are published, or at once when it was taken without a meeting. */
const isPublicDecision = sql<boolean>`(${matterDecisions.meetingId} is null or exists (select 1 from ${meetings} where ${meetings.id} = ${matterDecisions.meetingId} and ${meetings.minutesPublishedAt} is not null))`;

export function createDecisionLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  const decisionColumns = { row: matterDecisions, isPublic: isPublicDecision };
  return {
    decisionById: oneLoader(
      (k: readonly string[]) =>
        db
          .select(decisionColumns)
          .from(matterDecisions)
          .where(inArray(matterDecisions.id, ids(k))),
      (r) => r.row.id,
    ),
    decisionsByMatter: manyLoader(
      (k: readonly string[]) =>
        db
          .select(decisionColumns)
          .from(matterDecisions)
          .where(inArray(matterDecisions.matterId, ids(k)))
          .orderBy(matterDecisions.decidedOn, matterDecisions.createdAt),
      (r) => r.row.matterId,
    ),
    decisionsByAgendaItem: manyLoader(
      (k: readonly string[]) =>
        db
          .select(decisionColumns)
          .from(matterDecisions)
          .where(inArray(matterDecisions.agendaItemId, ids(k)))
          .orderBy(matterDecisions.createdAt),
      (r) => r.row.agendaItemId!,
    ),
    assignmentById: rowByIdLoader(db, assignments),
    assignmentsByDecision: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(assignments)
          .where(inArray(assignments.decisionId, ids(k)))
          .orderBy(assignments.dueOn, assignments.createdAt),
      (r) => r.decisionId,
    ),
    reportMatterByAssignment: oneLoader(
      (k: readonly string[]) =>
        db
          .select({ id: matters.id, assignmentId: matters.reportsOnAssignmentId })
          .from(matters)
          .where(inArray(matters.reportsOnAssignmentId, ids(k))),
      (r) => r.assignmentId!,
    ),
  };
}

type DecisionRead = { row: typeof matterDecisions.$inferSelect; isPublic: boolean };

// ---- reading ----

/** The decisions the viewer may read of these: all for those who read the arena's matters in full, else the public ones. */
async function readable(ctx: Context, arenaId: string, list: DecisionRead[]): Promise<MatterDecision[]> {
  const internals = readsInternals(await rightsIn(ctx, arenaId));
  return list.filter((d) => internals || d.isPublic).map((d) => toDecision(d.row));
}

/** A matter's decisions, oldest first, for whoever reads the matter (its access is checked where it was read). */
export async function decisionsOfMatter(ctx: Context, matterRawId: string): Promise<MatterDecision[]> {
  return (await ctx.loaders.decisionsByMatter.load(matterRawId)).map((d) => toDecision(d.row));
}

export async function decisionOfAgendaItem(ctx: Context, arenaId: string, itemRawId: string): Promise<MatterDecision | null> {
  const list = await readable(ctx, arenaId, await ctx.loaders.decisionsByAgendaItem.load(itemRawId));
  return list[list.length - 1] ?? null;
}

export async function decisionById(ctx: Context, id: string): Promise<MatterDecision | null> {
  const d = await ctx.loaders.decisionById.load(id);
  if (!d) return null;
  const body = await ctx.loaders.bodyById.load(d.row.bodyId);
  return (await readable(ctx, body!.arenaId, [d]))[0] ?? null;
}

/** A body's decisions, latest first: the public ones for the public. */
export async function decisionsOfBody(ctx: Context, body: { rawId: string; arenaRawId: string }, first: number) {
  const internals = readsInternals(await rightsIn(ctx, body.arenaRawId));
  const rows = await ctx.db
    .select({ row: matterDecisions, isPublic: isPublicDecision })
    .from(matterDecisions)
    .where(and(eq(matterDecisions.bodyId, body.rawId), internals ? undefined : isPublicDecision))
    .orderBy(desc(matterDecisions.decidedOn), desc(matterDecisions.createdAt))
    .limit(Math.min(Math.max(first, 1), 100));
  for (const r of rows) ctx.loaders.decisionById.prime(r.row.id, r);
  return rows.map((r) => toDecision(r.row));
}

/** Open assignments a body was given, or its decisions gave, soonest due first: those of public decisions for the public. */
export async function openAssignmentsOfBody(ctx: Context, body: { rawId: string; arenaRawId: string }): Promise<Assignment[]> {
  const internals = readsInternals(await rightsIn(ctx, body.arenaRawId));
  const rows = await ctx.db
    .select({ a: assignments, d: matterDecisions, isPublic: isPublicDecision })
    .from(assignments)
    .innerJoin(matterDecisions, eq(matterDecisions.id, assignments.decisionId))
    .where(
      and(
        eq(assignments.status, "open"),
        or(eq(assignments.assigneeBodyId, body.rawId), eq(matterDecisions.bodyId, body.rawId)),
        internals ? undefined : isPublicDecision,
      ),
    )
    .orderBy(assignments.dueOn, assignments.createdAt)
    .limit(100);
  // An assignment's fields read its decision: primed here, so the page's statements do not depend on
  // whether the body's decision list happened to prime it first.
  for (const r of rows) ctx.loaders.decisionById.prime(r.d.id, { row: r.d, isPublic: r.isPublic });
  const today = swedishToday();
  return rows.map((r) => toAssignment(r.a, today));
}

export async function assignmentsOfDecision(ctx: Context, d: MatterDecision): Promise<Assignment[]> {
  const today = swedishToday();
  return (await ctx.loaders.assignmentsByDecision.load(d.rawId)).map((a) => toAssignment(a, today));
}

export async function assignmentById(ctx: Context, id: string): Promise<Assignment | null> {
  const row = await ctx.loaders.assignmentById.load(id);
  if (!row) return null;
  // Read with the decision that gave it.
  return (await decisionById(ctx, row.decisionId)) ? toAssignment(row, swedishToday()) : null;
}

/** May report on it: the assignee body's members, or the kansli (for a party, the kansli records what it reports). */
export async function viewerMayReport(ctx: Context, a: Assignment): Promise<boolean> {
  if (a.status !== "open") return false;
  const rights = await rightsIn(ctx, a.arenaRawId);
  return rights.kansli || (a.assigneeBodyRawId !== null && rights.bodyIds.has(a.assigneeBodyRawId));
}

// ---- recording a decision ----

/** The agenda item a decision is recorded under: the one given, or the matter's item on its body's latest meeting. */
async function agendaItemFor(ctx: Context, tx: Tx, matter: MatterRow, given: string | null | undefined) {
  const itemId = optionalInputId(ctx, given, "AgendaItem", "input.agendaItemId");
  const rows = await tx
    .select({ id: agendaItems.id, meetingId: meetings.id })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(
      and(
        eq(agendaItems.matterId, matter.id),
        eq(meetings.bodyId, matter.bodyId!),
        isNull(meetings.cancelledAt),
        itemId ? eq(agendaItems.id, itemId) : undefined,
      ),
    )
    .orderBy(desc(meetings.startsAt))
    .limit(1);
  if (itemId && rows.length === 0) fail(ctx.locale, "input.agendaItemId", "NOT_AGENDA_OF_MATTER");
  return rows[0] ?? null;
}

type Draft = RecordMatterDecisionInput["assignments"][number];

/** Checks every assignment at once, so that all that is wrong comes back together. */
async function checkAssignments(ctx: Context, tx: Tx, arenaId: string, drafts: Draft[]) {
  const errors: UserError[] = [];
  const today = swedishToday();
  const out: { bodyId: string | null; organisationId: string | null; description: string; dueOn: string }[] = [];
  for (const [i, d] of drafts.entries()) {
    const at = `input.assignments.${i}`;
    const bodyId = optionalInputId(ctx, d.assigneeBodyId, "Body", `${at}.assigneeBodyId`) ?? null;
    const organisationId = optionalInputId(ctx, d.assigneeOrganisationId, "Organisation", `${at}.assigneeOrganisationId`) ?? null;
    if ((bodyId === null) === (organisationId === null)) errors.push(userError(ctx.locale, `${at}.assigneeBodyId`, "ASSIGNEE_EITHER"));
    if (bodyId) {
      const [b] = await tx.select({ arenaId: bodies.arenaId }).from(bodies).where(eq(bodies.id, bodyId));
      if (b?.arenaId !== arenaId) errors.push(userError(ctx.locale, `${at}.assigneeBodyId`, "NOT_FOUND"));
    }
    if (organisationId) {
      const [o] = await tx.select({ arenaId: organisations.arenaId }).from(organisations).where(eq(organisations.id, organisationId));
      if (o?.arenaId !== arenaId) errors.push(userError(ctx.locale, `${at}.assigneeOrganisationId`, "NOT_FOUND"));
    }
    if (d.dueOn < today) errors.push(userError(ctx.locale, `${at}.dueOn`, "DUE_IN_PAST"));
    out.push({ bodyId, organisationId, description: d.description.trim(), dueOn: d.dueOn });
  }
  if (errors.length > 0) throw new UserErrors(errors);
  return out;
}

/** The report-back of an assignment: a matter of its own, placed at the deciding body, linked to the same ideas. */
async function reportBackMatter(
  tx: Tx,
  decided: MatterRow,
  assignmentId: string,
  description: string,
  actorId: string | null,
  body: string,
  at?: Date,
) {
  const title = `Återrapportering: ${description}`.slice(0, 200);
  let row = await insertMatter(tx, { arenaId: decided.arenaId, kind: "proposal", title, summary: description, createdBy: actorId, at });
  await tx.update(matters).set({ reportsOnAssignmentId: assignmentId }).where(eq(matters.id, row.id));
  const why = `Återrapportering av uppdrag från ärende ${decided.number} (${body}).`;
  row = await moveMatter(tx, row, "in_preparation", { actorId, at, data: { reportBack: true, why } });
  row = await moveMatter(tx, row, "placed", { actorId, at, bodyId: decided.bodyId!, data: { reportBack: true } });
  const links = await tx.select().from(matterLinks).where(eq(matterLinks.matterId, decided.id));
  if (links.length > 0)
    await tx
      .insert(matterLinks)
      .values(links.map((l) => ({ matterId: row.id, kind: l.kind, targetId: l.targetId, ideaId: l.ideaId, isOrigin: false })));
  return row;
}

export interface NewDecision {
  outcome: DecisionOutcome;
  text: string;
  decidedOn: string;
  recordedBy: string | null;
  onBehalfOfBody: boolean;
  /** The agenda item (and its meeting) it was decided under, if any. */
  item: { id: string; meetingId: string } | null;
  assignments: { bodyId: string | null; organisationId: string | null; description: string; dueOn: string }[];
  /** When it was recorded: the clock's now, unless the seed writes the past. */
  at?: Date;
}

/**
 * Writes a checked decision and what follows from it: the matter's move (decided, back to
 * preparation, or tabled), each assignment with its report-back matter, and for an approved
 * proposal the evidence on its ideas' ladder. Plain data: the seed uses it.
 */
export async function writeDecision(tx: Tx, matter: MatterRow, d: NewDecision) {
  const bodyId = matter.bodyId!;
  const at = d.at ?? clock.now();
  const [decision] = await tx
    .insert(matterDecisions)
    .values({
      matterId: matter.id,
      bodyId,
      meetingId: d.item?.meetingId ?? null,
      agendaItemId: d.item?.id ?? null,
      outcome: d.outcome,
      text: d.text,
      decidedOn: d.decidedOn,
      recordedBy: d.recordedBy,
      onBehalfOfBody: d.onBehalfOfBody,
      createdAt: at,
    })
    .returning();
  const [body] = await tx.select({ name: bodies.name }).from(bodies).where(eq(bodies.id, bodyId));
  const moved = await moveMatter(tx, matter, STAGE_AFTER[d.outcome], {
    actorId: d.recordedBy,
    bodyId,
    date: d.decidedOn,
    at: d.at,
    // Tabling a matter that was placed but not on an agenda keeps its stage; the step is still a tabling.
    ...(d.outcome === "tabled" ? { kind: MatterEvents.tabled } : {}),
    ...(d.outcome === "returned" ? { why: d.text } : {}),
    data: { decisionId: decision!.id, outcome: d.outcome, onBehalfOfBody: d.onBehalfOfBody },
  });
  for (const a of d.assignments) {
    const [row] = await tx
      .insert(assignments)
      .values({
        arenaId: matter.arenaId,
        decisionId: decision!.id,
        assigneeBodyId: a.bodyId,
        assigneeOrganisationId: a.organisationId,
        description: a.description,
        dueOn: a.dueOn,
        createdAt: at,
      })
      .returning();
    await reportBackMatter(tx, moved, row!.id, a.description, d.recordedBy, body!.name, d.at);
  }
  if (d.outcome === "approved" && matter.kind === "proposal") {
    const ideas = await tx
      .selectDistinct({ ideaId: matterLinks.ideaId })
      .from(matterLinks)
      .where(and(eq(matterLinks.matterId, matter.id), isNotNull(matterLinks.ideaId)));
    const evidence = `Beslut i ${body!.name} ${d.decidedOn} (ärende ${matter.number}): ${d.text}`;
    for (const { ideaId } of ideas)
      await noteScaleDecision(tx, { arenaId: matter.arenaId, ideaId: ideaId!, evidence, actorId: d.recordedBy });
  }
  await matterDecided({
    tx,
    matterId: matter.id,
    arenaId: matter.arenaId,
    decisionId: decision!.id,
    bodyId,
    outcome: d.outcome,
    decidedOn: d.decidedOn,
    actorId: d.recordedBy,
    at: d.at,
  });
  return decision!;
}

/**
 * A body's decision on a matter placed with it, by its members or by the kansli on its behalf.
 * Approved and rejected decide the matter; returned sends it back to preparation; tabled leaves
 * it at the body for a later meeting. An approved decision may give assignments, each with its
 * report-back matter; an approved proposal notes the decision on the ladder of its ideas.
 */
export function recordMatterDecision(ctx: Context, input: RecordMatterDecisionInput) {
  return runMutation(ctx, async (tx) => {
    const viewer = ctx.viewer;
    if (!viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const matter = await lockMatter(tx, inputId(ctx, input.matterId, "Matter", "input.matterId"));
    if (!matter) fail(ctx.locale, "input.matterId", "NOT_FOUND");
    const rights = await matterRights(tx, viewer, matter.arenaId);
    const { may, onBehalf } = mayDecideFor(rights, matter.bodyId ?? "");
    if (!matter.bodyId || !may) {
      if (readsInternals(rights) && !matter.bodyId) fail(ctx.locale, "input.matterId", "NOT_DECIDABLE");
      throw apiError("FORBIDDEN", ctx.locale);
    }
    await validateInput(input, ctx.locale);
    // Approved and rejected need the agenda (the matters' path goes to decided from on_agenda only); tabling a placed matter keeps it placed.
    const to = STAGE_AFTER[input.outcome];
    if (!DECIDABLE.includes(matter.stage) || !(canMoveMatter(matter.stage, to) || matter.stage === to))
      fail(ctx.locale, "input.matterId", "NOT_DECIDABLE");
    if (input.decidedOn > swedishToday()) fail(ctx.locale, "input.decidedOn", "DECIDED_IN_FUTURE");
    if (input.assignments.length > 0 && input.outcome !== "approved") fail(ctx.locale, "input.assignments", "ASSIGNMENTS_NEED_APPROVAL");
    if (input.assignments.length > DECISION_LIMITS.assignments)
      fail(ctx.locale, "input.assignments", "TOO_MANY_ITEMS", { max: DECISION_LIMITS.assignments });
    const drafts = await checkAssignments(ctx, tx, matter.arenaId, input.assignments);
    const item = await agendaItemFor(ctx, tx, matter, input.agendaItemId);
    const decision = await writeDecision(tx, matter, {
      outcome: input.outcome,
      text: input.text.trim(),
      decidedOn: input.decidedOn,
      recordedBy: viewer.id,
      onBehalfOfBody: onBehalf,
      item,
      assignments: drafts,
    });
    return toDecision(decision);
  });
}

// ---- reporting back ----

export function reportOnAssignment(ctx: Context, input: ReportOnAssignmentInput) {
  return runMutation(ctx, async (tx) => {
    const viewer = ctx.viewer;
    if (!viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const id = inputId(ctx, input.assignmentId, "Assignment", "input.assignmentId");
    const [row] = await tx.select().from(assignments).where(eq(assignments.id, id)).for("update");
    if (!row) fail(ctx.locale, "input.assignmentId", "NOT_FOUND");
    const rights = await matterRights(tx, viewer, row.arenaId);
    if (!rights.kansli && !(row.assigneeBodyId && rights.bodyIds.has(row.assigneeBodyId))) throw apiError("FORBIDDEN", ctx.locale);
    await validateInput(input, ctx.locale);
    if (row.status !== "open") fail(ctx.locale, "input.assignmentId", "ASSIGNMENT_NOT_OPEN");
    const report = input.report.trim();
    const [updated] = await tx
      .update(assignments)
      .set({ status: "reported", report, reportedAt: clock.now() })
      .where(eq(assignments.id, id))
      .returning();
    await recordEvent(tx, {
      arenaId: row.arenaId,
      actorId: viewer.id,
      subjectType: "Assignment",
      subjectId: id,
      kind: MeetingEvents.assignmentReported,
      data: { decisionId: row.decisionId, length: report.length },
    });
    // The report becomes the basis of the report-back matter, which waits at the deciding body.
    const [matter] = await tx
      .select()
      .from(matters)
      .where(and(eq(matters.reportsOnAssignmentId, id), ne(matters.stage, "withdrawn")))
      .for("update");
    if (matter) {
      const background = matter.background ? `${matter.background}\n\n${report}` : report;
      const [m] = await tx
        .update(matters)
        .set({ background, version: matter.version + 1, updatedAt: clock.now() })
        .where(eq(matters.id, matter.id))
        .returning();
      await recordMatterEvent(tx, m!, MeetingEvents.reportReceived, { actorId: viewer.id, bodyId: m!.bodyId ?? undefined });
    }
    return toAssignment(updated!, swedishToday());
  });
}
