import { and, arrayContains, asc, count, eq, gt, ilike, inArray, or } from "drizzle-orm";
import { hasRole } from "../../auth/sessions.js";
import type { Tx } from "../../db/index.js";
import { inputId, requireArenaRole } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { apiError, fail } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { cursorKind, decodeCursor, fromGlobalId, pageSize, toConnection } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { slugify, uniqueKey } from "../../shared/slug.js";
import { type Role } from "../accounts/accounts.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import { arenas } from "../partnership/partnership.tables.js";
import type { CreateSupportActorInput, SupportActorsArgs, UpdateSupportActorInput } from "./support.inputs.js";
import { SUPPORT_PHASES, type SupportPhase, referrals, supportActorArenas, supportActors } from "./support.tables.js";
import { type SupportActor, toSupportActor } from "./support.types.js";
import { validArgs } from "./support.service.js";
import { SupportEvents } from "./support.events.js";
import type { EventKind } from "../../shared/events.js";

type ActorRow = typeof supportActors.$inferSelect;

/**
 * Who keeps the registry: the coordinators of an arena (admins hold every role of theirs).
 * An actor is shared data of every arena it serves, so editing it takes that role in each of
 * them: a coordinator never changes what another arena's guides rely on.
 */
const REGISTRY_EDITORS: readonly Role[] = ["coordinator"];

// ---- the registry ----

const canEdit = (ctx: Context, arenaIds: readonly string[]) =>
  arenaIds.length > 0 && arenaIds.every((a) => hasRole(ctx.viewer, a, REGISTRY_EDITORS));

export const actorOf = (ctx: Context, row: ActorRow, arenaIds: string[]) =>
  toSupportActor(row, arenaIds, { signedIn: ctx.viewer !== null, canEdit: canEdit(ctx, arenaIds) });

/** An actor by raw id (for node(id:) and referrals); the registry is public. */
export async function supportActorById(ctx: Context, rawId: string): Promise<SupportActor | null> {
  const [row, served] = await Promise.all([ctx.loaders.supportActorById.load(rawId), ctx.loaders.arenasBySupportActor.load(rawId)]);
  return row
    ? actorOf(
        ctx,
        row,
        served.map((s) => s.arenaId),
      )
    : null;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const ACTOR_CURSOR = cursorKind("support-actors:name", "text", "uuid");

/**
 * The actors serving an arena, by name. The registry is public (it tells anyone where support
 * is to be had); contact details are for signed-in people only.
 */
export async function listSupportActors(ctx: Context, args: SupportActorsArgs) {
  const arena = fromGlobalId(args.arenaId, "Arena");
  if (!arena) throw apiError("NOT_FOUND", ctx.locale);
  await validArgs(ctx, args);
  const size = pageSize(args, 50);
  const q = args.search?.trim() ?? "";
  const pattern = `%${escapeLike(q)}%`;
  const filter = and(
    inArray(
      supportActors.id,
      ctx.db.select({ id: supportActorArenas.actorId }).from(supportActorArenas).where(eq(supportActorArenas.arenaId, arena.id)),
    ),
    args.kind != null ? eq(supportActors.kind, args.kind) : undefined,
    args.phase != null ? arrayContains(supportActors.phases, [args.phase]) : undefined,
    q ? or(ilike(supportActors.name, pattern), ilike(supportActors.offer, pattern)) : undefined,
  );
  const after = decodeCursor(args.after, ACTOR_CURSOR);
  const afterCond =
    after && after.length === 2
      ? or(gt(supportActors.name, String(after[0])), and(eq(supportActors.name, String(after[0])), gt(supportActors.id, String(after[1]))))
      : undefined;
  const rows = await ctx.db
    .select()
    .from(supportActors)
    .where(and(filter, afterCond))
    .orderBy(asc(supportActors.name), asc(supportActors.id))
    .limit(size + 1);
  const [total] = await ctx.db.select({ n: count() }).from(supportActors).where(filter);
  for (const r of rows) ctx.loaders.supportActorById.prime(r.id, r);
  const served = await Promise.all(rows.map((r) => ctx.loaders.arenasBySupportActor.load(r.id)));
  const arenaIdsOf = new Map(rows.map((r, i) => [r.id, served[i]!.map((s) => s.arenaId)]));
  return toConnection(
    rows,
    size,
    total?.n ?? 0,
    (r) => [r.name, r.id],
    (r) => actorOf(ctx, r, arenaIdsOf.get(r.id) ?? []),
    after !== null,
    ACTOR_CURSOR,
  );
}

/** The arenas named in an input: each must exist and be coordinated by the viewer. */
async function arenasToServe(ctx: Context, tx: Tx, globalIds: string[], field: string): Promise<string[]> {
  if (globalIds.length === 0) fail(ctx.locale, field, "REQUIRED");
  const ids = [...new Set(globalIds.map((g) => inputId(ctx, g, "Arena", field)))];
  const found = await tx.select({ id: arenas.id }).from(arenas).where(inArray(arenas.id, ids));
  if (found.length !== ids.length) fail(ctx.locale, field, "NOT_FOUND");
  for (const id of ids) requireArenaRole(ctx, id, REGISTRY_EDITORS);
  return ids;
}

/** The phases named in an (validated, non-empty) input, once each and in the path's order. */
const phasesOf = (phases: readonly string[]): SupportPhase[] => SUPPORT_PHASES.filter((p) => phases.includes(p));

/** Locks an actor for an edit that the viewer must be allowed in every arena it serves. */
async function lockActorForEdit(ctx: Context, tx: Tx, globalId: string, field: string) {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  const id = inputId(ctx, globalId, "SupportActor", field);
  const [row] = await tx.select().from(supportActors).where(eq(supportActors.id, id)).for("update");
  if (!row) fail(ctx.locale, field, "NOT_FOUND");
  const served = (await tx.select().from(supportActorArenas).where(eq(supportActorArenas.actorId, id))).map((s) => s.arenaId);
  // An actor serving no arena (left so by its last coordinator) is kept by administrators.
  if (served.length === 0 ? !ctx.viewer.roles.some((r) => r.role === "admin") : !canEdit(ctx, served))
    throw apiError("FORBIDDEN", ctx.locale);
  return { row, served };
}

/** One event per arena concerned, so that each arena's audit trail shows the change. */
async function recordActorEvent(ctx: Context, tx: Tx, arenaIds: string[], actorId: string, kind: EventKind, data: Record<string, unknown>) {
  for (const arenaId of arenaIds)
    await recordEvent(tx, { arenaId, actorId: ctx.viewer!.id, subjectType: "SupportActor", subjectId: actorId, kind, data });
}

export function createSupportActor(ctx: Context, input: CreateSupportActorInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const arenaIds = await arenasToServe(ctx, tx, input.arenaIds, "input.arenaIds");
    await validateInput(input, ctx.locale);
    const phases = phasesOf(input.phases);
    let key = input.key;
    if (key) {
      const [taken] = await tx.select({ id: supportActors.id }).from(supportActors).where(eq(supportActors.key, key));
      if (taken) fail(ctx.locale, "input.key", "DUPLICATE_KEY");
    } else {
      const base = slugify(input.name);
      const taken = await tx
        .select({ key: supportActors.key })
        .from(supportActors)
        .where(or(eq(supportActors.key, base), ilike(supportActors.key, `${escapeLike(base)}-%`)));
      key = uniqueKey(base, new Set(taken.map((t) => t.key)));
    }
    const [row] = await tx
      .insert(supportActors)
      .values({
        key,
        name: input.name,
        kind: input.kind,
        phases,
        offer: input.offer,
        contact: input.contact,
        email: input.email,
        website: input.website,
        createdBy: ctx.viewer.id,
      })
      .returning();
    await tx.insert(supportActorArenas).values(arenaIds.map((arenaId) => ({ actorId: row!.id, arenaId })));
    await recordActorEvent(ctx, tx, arenaIds, row!.id, SupportEvents.actorCreated, { name: row!.name, kind: row!.kind, phases });
    return actorOf(ctx, row!, arenaIds);
  });
}

const ACTOR_FIELDS = ["name", "kind", "offer", "contact", "email", "website"] as const;

export function updateSupportActor(ctx: Context, input: UpdateSupportActorInput) {
  return runMutation(ctx, async (tx) => {
    const { row, served } = await lockActorForEdit(ctx, tx, input.id, "input.id");
    await validateInput(input, ctx.locale);
    const arenaIds = input.arenaIds ? await arenasToServe(ctx, tx, input.arenaIds, "input.arenaIds") : served;
    const patch: Partial<Pick<ActorRow, (typeof ACTOR_FIELDS)[number] | "phases">> = {};
    for (const f of ACTOR_FIELDS) {
      const v = input[f];
      if (v != null && v !== row[f]) Object.assign(patch, { [f]: v });
    }
    if (input.phases != null) {
      const phases = phasesOf(input.phases);
      if (phases.join() !== row.phases.join()) patch.phases = phases;
    }
    const changed: string[] = Object.keys(patch);
    const arenasChanged = arenaIds.length !== served.length || arenaIds.some((a) => !served.includes(a));
    if (arenasChanged) changed.push("arenaIds");
    if (changed.length === 0) return actorOf(ctx, row, served);
    const [updated] =
      Object.keys(patch).length > 0 ? await tx.update(supportActors).set(patch).where(eq(supportActors.id, row.id)).returning() : [row];
    if (arenasChanged) {
      await tx.delete(supportActorArenas).where(eq(supportActorArenas.actorId, row.id));
      await tx.insert(supportActorArenas).values(arenaIds.map((arenaId) => ({ actorId: row.id, arenaId })));
    }
    await recordActorEvent(ctx, tx, [...new Set([...served, ...arenaIds])], row.id, SupportEvents.actorUpdated, {
      changed,
      ...(arenasChanged ? { fromArenaIds: served, toArenaIds: arenaIds } : {}),
    });
    return actorOf(ctx, updated!, arenaIds);
  });
}

/** Removes an actor that no idea was ever referred to; one with referrals is part of their history and stays. */
export function deleteSupportActor(ctx: Context, globalId: string) {
  return runMutation(ctx, async (tx) => {
    const { row, served } = await lockActorForEdit(ctx, tx, globalId, "id");
    const [used] = await tx.select({ id: referrals.id }).from(referrals).where(eq(referrals.actorId, row.id)).limit(1);
    if (used) fail(ctx.locale, "id", "IN_USE");
    await recordActorEvent(ctx, tx, served, row.id, SupportEvents.actorDeleted, { name: row.name });
    await tx.delete(supportActors).where(eq(supportActors.id, row.id));
    return row.id;
  });
}
