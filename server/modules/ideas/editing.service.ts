import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { UserErrors, apiError, fail, userError } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { fromGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { roleGrants, users } from "../accounts/accounts.tables.js";
import { events } from "../audit/audit.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import { notify } from "../notifications/notifications.service.js";
import { arenas, countyParts, organisations } from "../partnership/partnership.tables.js";
import { addWorkingDays, swedishDate } from "../../shared/working-days.js";
import { focusAreas, strategicGoals } from "../strategy/strategy.tables.js";
import type { CreateIdeaInput, IdeaFieldsInput, SubmitIdeaInput, UpdateIdeaInput, WithdrawIdeaInput } from "./ideas.inputs.js";
import {
  type IdeaRow,
  type IdeaStage,
  ideaAgendaGoals,
  ideaFocusAreas,
  ideaGoals,
  ideaHealthAreas,
  ideaPlaces,
  ideas,
} from "./ideas.tables.js";
import { type Idea, toIdea } from "./ideas.types.js";
import { ideaLeftPublic } from "./ideas.hooks.js";
import { ideaAudience, lockIdea, requireBearer } from "./ideas.service.js";
import { canMove, moveIdea } from "./lifecycle.js";
import { mutateIdea } from "./mutate-idea.js";
import * as clock from "../../shared/clock.js";
import { IdeaEvents } from "./ideas.events.js";

/** Stages in which the bearers may still edit what they wrote. */
const EDITABLE: IdeaStage[] = ["draft", "submitted", "needs_info", "guidance", "development", "testing", "parked"];

const TEXT_FIELDS = ["title", "summary", "need", "targetGroup", "solution", "expectedBenefit", "triedBefore", "organisationName"] as const;

// ---- writing ----

/** Checks that every linked id belongs to the idea's arena; returns raw ids per list. */
async function resolveLinks(ctx: Context, tx: Tx, arenaId: string, input: IdeaFieldsInput) {
  const check = async (
    list: string[] | null | undefined,
    type: string,
    field: string,
    table: typeof countyParts | typeof organisations | typeof strategicGoals | typeof focusAreas,
  ) => {
    if (list == null) return undefined;
    const raw = list.map((g) => {
      const p = fromGlobalId(g, type);
      if (!p) fail(ctx.locale, field, "NOT_FOUND");
      return p.id;
    });
    const unique = [...new Set(raw)];
    if (unique.length === 0) return [];
    const found = await tx.select({ id: table.id, arenaId: table.arenaId }).from(table).where(inArray(table.id, unique));
    if (found.length !== unique.length) fail(ctx.locale, field, "NOT_FOUND");
    if (found.some((f) => f.arenaId !== arenaId)) fail(ctx.locale, field, "WRONG_ARENA");
    return unique;
  };
  const numbers = (list: number[] | null | undefined, max: number, field: string) => {
    if (list == null) return undefined;
    if (list.some((n) => !Number.isInteger(n) || n < 1 || n > max)) fail(ctx.locale, field, "OUT_OF_RANGE", { min: 1, max });
    return [...new Set(list)];
  };
  return {
    countyPartIds: await check(input.countyPartIds, "CountyPart", "input.countyPartIds", countyParts),
    municipalityIds: await check(input.municipalityIds, "Organisation", "input.municipalityIds", organisations),
    goalIds: await check(input.goalIds, "StrategicGoal", "input.goalIds", strategicGoals),
    focusAreaIds: await check(input.focusAreaIds, "FocusArea", "input.focusAreaIds", focusAreas),
    agenda2030Goals: numbers(input.agenda2030Goals, 17, "input.agenda2030Goals"),
    publicHealthTargetAreas: numbers(input.publicHealthTargetAreas, 8, "input.publicHealthTargetAreas"),
  };
}

async function writeLinks(tx: Tx, ideaId: string, links: Awaited<ReturnType<typeof resolveLinks>>) {
  const changed: string[] = [];
  if (links.countyPartIds || links.municipalityIds) {
    if (links.countyPartIds) {
      await tx.delete(ideaPlaces).where(and(eq(ideaPlaces.ideaId, ideaId), sql`${ideaPlaces.countyPartId} is not null`));
      if (links.countyPartIds.length > 0)
        await tx.insert(ideaPlaces).values(links.countyPartIds.map((countyPartId) => ({ ideaId, countyPartId })));
      changed.push("countyPartIds");
    }
    if (links.municipalityIds) {
      await tx.delete(ideaPlaces).where(and(eq(ideaPlaces.ideaId, ideaId), sql`${ideaPlaces.organisationId} is not null`));
      if (links.municipalityIds.length > 0)
        await tx.insert(ideaPlaces).values(links.municipalityIds.map((organisationId) => ({ ideaId, organisationId })));
      changed.push("municipalityIds");
    }
  }
  if (links.goalIds) {
    await tx.delete(ideaGoals).where(eq(ideaGoals.ideaId, ideaId));
    if (links.goalIds.length > 0) await tx.insert(ideaGoals).values(links.goalIds.map((goalId) => ({ ideaId, goalId })));
    changed.push("goalIds");
  }
  if (links.focusAreaIds) {
    await tx.delete(ideaFocusAreas).where(eq(ideaFocusAreas.ideaId, ideaId));
    if (links.focusAreaIds.length > 0)
      await tx.insert(ideaFocusAreas).values(links.focusAreaIds.map((focusAreaId) => ({ ideaId, focusAreaId })));
    changed.push("focusAreaIds");
  }
  if (links.agenda2030Goals) {
    await tx.delete(ideaAgendaGoals).where(eq(ideaAgendaGoals.ideaId, ideaId));
    if (links.agenda2030Goals.length > 0)
      await tx.insert(ideaAgendaGoals).values(links.agenda2030Goals.map((goalNumber) => ({ ideaId, goalNumber })));
    changed.push("agenda2030Goals");
  }
  if (links.publicHealthTargetAreas) {
    await tx.delete(ideaHealthAreas).where(eq(ideaHealthAreas.ideaId, ideaId));
    if (links.publicHealthTargetAreas.length > 0)
      await tx.insert(ideaHealthAreas).values(links.publicHealthTargetAreas.map((areaNumber) => ({ ideaId, areaNumber })));
    changed.push("publicHealthTargetAreas");
  }
  return changed;
}

function scalarPatch(input: IdeaFieldsInput) {
  const patch: Partial<Pick<IdeaRow, (typeof TEXT_FIELDS)[number] | "sector" | "visibility" | "consentToContact">> = {};
  for (const f of TEXT_FIELDS) if (input[f] != null) patch[f] = input[f];
  if (input.sector != null) patch.sector = input.sector;
  if (input.visibility != null) patch.visibility = input.visibility as IdeaRow["visibility"];
  if (input.consentToContact != null) patch.consentToContact = input.consentToContact;
  return patch;
}

/** Starts a draft; idempotent per (bearer, clientKey), so a retried save never makes two ideas. */
export async function createIdea(ctx: Context, input: CreateIdeaInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const viewer = ctx.viewer;
    await validateInput(input, ctx.locale);
    const arenaId = inputId(ctx, input.arenaId, "Arena", "input.arenaId");
    const [arena] = await tx.select({ id: arenas.id }).from(arenas).where(eq(arenas.id, arenaId));
    if (!arena) fail(ctx.locale, "input.arenaId", "NOT_FOUND");
    const [existing] = await tx
      .select()
      .from(ideas)
      .where(and(eq(ideas.bearerId, viewer.id), eq(ideas.clientKey, input.clientKey)));
    if (existing) return toIdea(existing, "bearer");
    const links = await resolveLinks(ctx, tx, arenaId, input);
    const [me] = await tx.select({ organisation: users.organisation, sector: users.sector }).from(users).where(eq(users.id, viewer.id));
    const inserted = await tx
      .insert(ideas)
      .values({
        arenaId,
        bearerId: viewer.id,
        clientKey: input.clientKey,
        organisationName: me!.organisation,
        sector: me!.sector,
        ...scalarPatch(input),
      })
      .onConflictDoNothing()
      .returning();
    // A concurrent retry won the race: return what it made.
    const row =
      inserted[0] ??
      (
        await tx
          .select()
          .from(ideas)
          .where(and(eq(ideas.bearerId, viewer.id), eq(ideas.clientKey, input.clientKey)))
      )[0]!;
    if (inserted[0]) {
      await writeLinks(tx, row.id, links);
      await recordEvent(tx, {
        arenaId,
        actorId: viewer.id,
        subjectType: "Idea",
        subjectId: row.id,
        kind: IdeaEvents.created,
        data: { toStage: "draft" },
      });
    }
    return toIdea(row, "bearer");
  });
}

/** Saves the bearer's edit if it is based on the current version; otherwise returns a conflict and saves nothing. */
export async function updateIdea(ctx: Context, input: UpdateIdeaInput) {
  let conflict: { current: Idea; changedFields: string[] } | null = null;
  const res = await runMutation(ctx, async (tx) => {
    const { row, access } = await lockIdea(ctx, tx, input.id, "input.id");
    requireBearer(ctx, access);
    await validateInput(input, ctx.locale);
    if (!EDITABLE.includes(row.stage)) fail(ctx.locale, "input.id", "WRONG_STAGE");
    if (row.version !== input.expectedVersion) {
      const since = await tx
        .select({ data: events.data })
        .from(events)
        .where(
          and(
            eq(events.subjectType, "Idea"),
            eq(events.subjectId, row.id),
            eq(events.kind, IdeaEvents.updated),
            sql`(${events.data}->>'version')::int > ${input.expectedVersion}`,
          ),
        );
      const changedFields = [...new Set(since.flatMap((e) => (e.data.changed as string[] | undefined) ?? []))];
      conflict = { current: toIdea(row, access), changedFields };
      fail(ctx.locale, null, "STALE_EDIT");
    }
    const links = await resolveLinks(ctx, tx, row.arenaId, input);
    const patch = scalarPatch(input);
    const changed = [
      ...Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== row[k as keyof IdeaRow]),
      ...(await writeLinks(tx, row.id, links)),
    ];
    if (changed.length === 0) return toIdea(row, access);
    const [updated] = await tx
      .update(ideas)
      .set({ ...patch, version: row.version + 1, updatedAt: clock.now() })
      .where(eq(ideas.id, row.id))
      .returning();
    await recordEvent(tx, {
      arenaId: row.arenaId,
      actorId: ctx.viewer!.id,
      subjectType: "Idea",
      subjectId: row.id,
      kind: IdeaEvents.updated,
      data: { changed, version: updated!.version },
    });
    if (row.visibility === "public" && updated!.visibility !== "public") await ideaLeftPublic(tx, updated!);
    return toIdea(updated!, access);
  });
  return { ...res, conflict: conflict as { current: Idea; changedFields: string[] } | null };
}

const REQUIRED_TO_SUBMIT = [
  ["title", 3],
  ["summary", 10],
  ["need", 10],
  ["solution", 10],
] as const;

/** Submits a draft. Idempotent: submitting an idea that is already submitted returns it unchanged. */
export async function submitIdea(ctx: Context, input: SubmitIdeaInput) {
  return runMutation(ctx, async (tx) => {
    const { row, access } = await lockIdea(ctx, tx, input.id, "input.id");
    requireBearer(ctx, access);
    if (row.stage !== "draft") {
      if (row.stage === "withdrawn") fail(ctx.locale, "input.id", "WRONG_STAGE");
      return toIdea(row, access);
    }
    const errors = [];
    for (const [field, min] of REQUIRED_TO_SUBMIT) {
      const v = row[field].trim();
      if (v.length === 0) errors.push(userError(ctx.locale, `input.${field}`, "REQUIRED"));
      else if (v.length < min) errors.push(userError(ctx.locale, `input.${field}`, "TOO_SHORT", { min }));
    }
    if (!input.acceptPublicNotice) errors.push(userError(ctx.locale, "input.acceptPublicNotice", "NOTICE_REQUIRED"));
    if (errors.length > 0) throw new UserErrors(errors);
    const now = clock.now();
    const [arena] = await tx
      .select({ ackWorkingDays: arenas.ackWorkingDays, decisionWorkingDays: arenas.decisionWorkingDays })
      .from(arenas)
      .where(eq(arenas.id, row.arenaId));
    const today = swedishDate(now);
    const updated = await moveIdea(tx, row, "submitted", {
      actorId: ctx.viewer!.id,
      kind: IdeaEvents.submitted,
      withVersion: true,
      set: {
        submittedAt: now,
        publicNoticeAcceptedAt: now,
        // The arena's feedback promise: the bearer hears back within its working days.
        hearBackBy: addWorkingDays(today, arena!.ackWorkingDays),
        decisionDueBy: addWorkingDays(today, arena!.decisionWorkingDays),
      },
      at: now,
    });
    // The arena's coordinators triage what comes in.
    const coordinators = await tx
      .selectDistinct({ userId: roleGrants.userId })
      .from(roleGrants)
      .where(and(eq(roleGrants.arenaId, row.arenaId), inArray(roleGrants.role, ["coordinator"])));
    await notify(
      tx,
      coordinators.map((c) => ({
        userId: c.userId,
        arenaId: row.arenaId,
        kind: IdeaEvents.submitted,
        subjectType: "Idea",
        subjectId: row.id,
        data: { title: row.title },
      })),
    );
    return toIdea(updated, access);
  });
}

export async function withdrawIdea(ctx: Context, input: WithdrawIdeaInput) {
  return mutateIdea(
    ctx,
    { id: input.id, field: "input.id", may: ({ access }) => (requireBearer(ctx, access), ctx.viewer!.id) },
    async (tx, { row, access, actorId }) => {
      await validateInput(input, ctx.locale);
      if (!canMove(row.stage, "withdrawn")) fail(ctx.locale, "input.id", "WRONG_STAGE");
      const updated = await moveIdea(tx, row, "withdrawn", {
        actorId,
        kind: IdeaEvents.withdrawn,
        withVersion: true,
        data: { reason: input.reason ?? "" },
      });
      // Co-bearers hear of it (followers, who can no longer read it, are left out by notify); whoever withdrew it knows.
      const audience = (await ideaAudience(tx, row.id)).filter((userId) => userId !== actorId);
      return {
        value: toIdea(updated, access),
        notify: audience.map((userId) => ({
          userId,
          arenaId: row.arenaId,
          kind: IdeaEvents.withdrawn,
          subjectType: "Idea",
          subjectId: row.id,
          data: { title: row.title, by: ctx.viewer!.name, fromStage: row.stage, toStage: "withdrawn" },
        })),
      };
    },
  );
}
