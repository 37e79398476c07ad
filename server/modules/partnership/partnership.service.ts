import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { hasRole } from "../../auth/sessions.js";
import type { Database, Tx } from "../../db/index.js";
import { inputId, optionalInputId, requireArenaRole } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { fail } from "../../graphql/errors.js";
import { manyLoader, rowByIdLoader } from "../../graphql/loader-utils.js";
import { runMutation } from "../../graphql/mutation.js";
import { fromGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { slugify, uniqueKey } from "../../shared/slug.js";
import { roleGrants, userColumns, users } from "../accounts/accounts.tables.js";
import { toUser } from "../accounts/accounts.types.js";
import { recordEvent } from "../audit/audit.service.js";
import { PartnershipEvents } from "./partnership.events.js";
import type { EventKind } from "../../shared/events.js";
import type {
  AddBodyMemberInput,
  CreateBodyInput,
  CreateCountyPartInput,
  CreateOrganisationInput,
  UpdateBodyInput,
  UpdateCountyPartInput,
  UpdateOrganisationInput,
} from "./partnership.inputs.js";
import { arenas, bodies, bodyMemberships, countyParts, organisations } from "./partnership.tables.js";
import { toArena, toBody, toCountyPart, toMembership, toOrganisation } from "./partnership.types.js";

const STRUCTURE_EDITORS = ["coordinator"] as const; // admins hold every role of their arena

export function createPartnershipLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  return {
    arenaById: rowByIdLoader(db, arenas),
    countyPartById: rowByIdLoader(db, countyParts),
    countyPartsByArena: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(countyParts)
          .where(inArray(countyParts.arenaId, ids(k)))
          .orderBy(asc(countyParts.name)),
      (r) => r.arenaId,
    ),
    organisationById: rowByIdLoader(db, organisations),
    organisationsByArena: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(organisations)
          .where(inArray(organisations.arenaId, ids(k)))
          .orderBy(desc(organisations.isParty), asc(organisations.name)),
      (r) => r.arenaId,
    ),
    organisationsByCountyPart: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(organisations)
          .where(inArray(organisations.countyPartId, ids(k)))
          .orderBy(asc(organisations.name)),
      (r) => r.countyPartId!,
    ),
    bodyById: rowByIdLoader(db, bodies),
    bodiesByArena: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(bodies)
          .where(inArray(bodies.arenaId, ids(k)))
          .orderBy(asc(bodies.createdAt), asc(bodies.name)),
      (r) => r.arenaId,
    ),
    bodiesByParent: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(bodies)
          .where(inArray(bodies.parentId, ids(k)))
          .orderBy(asc(bodies.createdAt), asc(bodies.name)),
      (r) => r.parentId!,
    ),
    membershipsByBody: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(bodyMemberships)
          .where(inArray(bodyMemberships.bodyId, ids(k)))
          .orderBy(asc(bodyMemberships.sort), asc(bodyMemberships.createdAt)),
      (r) => r.bodyId,
    ),
  };
}

// ---- queries ----

/** The parties' contact persons are for the arena's kansli: its coordinators and admins. */
export function seesContacts(ctx: Context, arenaId: string): boolean {
  return hasRole(ctx.viewer, arenaId, STRUCTURE_EDITORS);
}

export async function listArenas(ctx: Context) {
  const rows = await ctx.db.select().from(arenas).orderBy(asc(arenas.nameSv));
  for (const r of rows) ctx.loaders.arenaById.prime(r.id, r);
  return rows.map((r) => toArena(r, ctx.locale));
}

export async function arenaBySlug(ctx: Context, slug: string) {
  const [row] = await ctx.db.select().from(arenas).where(eq(arenas.slug, slug));
  return row ? toArena(row, ctx.locale) : null;
}

/**
 * A person by the exact email of their account, for the arena's coordinators and admins who seat
 * people in bodies and grant roles; null for anyone else. An exact match only, so that the
 * staff can find someone they know without browsing everyone's accounts.
 */
export async function personByEmail(ctx: Context, arenaId: string, email: string) {
  const wanted = email.trim().toLowerCase();
  if (!seesContacts(ctx, arenaId) || wanted === "" || wanted.length > 254) return null;
  const [row] = await ctx.db
    .select(userColumns)
    .from(users)
    .where(eq(sql`lower(${users.email})`, wanted));
  return row ? toUser(row) : null;
}

export async function arenaById(ctx: Context, id: string) {
  const row = await ctx.loaders.arenaById.load(id);
  return row ? toArena(row, ctx.locale) : null;
}

// ---- mutations ----

async function arenaForEdit(ctx: Context, tx: Tx, arenaGlobalId: string) {
  const arenaId = inputId(ctx, arenaGlobalId, "Arena", "input.arenaId");
  const [arena] = await tx.select({ id: arenas.id }).from(arenas).where(eq(arenas.id, arenaId));
  if (!arena) fail(ctx.locale, "input.arenaId", "NOT_FOUND");
  return { arenaId, actorId: requireArenaRole(ctx, arenaId, STRUCTURE_EDITORS) };
}

async function keyFor(
  tx: Tx,
  table: typeof organisations | typeof bodies | typeof countyParts,
  arenaId: string,
  name: string,
  given?: string | null,
) {
  if (given) return given;
  const taken = await tx.select({ key: table.key }).from(table).where(eq(table.arenaId, arenaId));
  return uniqueKey(slugify(name), new Set(taken.map((t) => t.key)));
}

async function countyPartInArena(ctx: Context, tx: Tx, id: string | null | undefined, arenaId: string) {
  if (!id) return id;
  const [cp] = await tx.select({ arenaId: countyParts.arenaId }).from(countyParts).where(eq(countyParts.id, id));
  if (!cp) fail(ctx.locale, "input.countyPartId", "NOT_FOUND");
  if (cp.arenaId !== arenaId) fail(ctx.locale, "input.countyPartId", "WRONG_ARENA");
  return id;
}

function announce(ctx: Context, arenaId: string, kind: string, subjectId: string) {
  ctx.pubSub.publish("STRUCTURE_CHANGED", { arenaId, kind, subjectId, actorId: ctx.viewer!.id });
}

async function mutateStructure<T extends { rawId: string }>(
  ctx: Context,
  kind: EventKind,
  work: (tx: Tx) => Promise<{ arenaId: string; value: T; data?: Record<string, unknown>; subjectType: string }>,
) {
  const res = await runMutation(ctx, async (tx) => {
    const out = await work(tx);
    await recordEvent(tx, {
      arenaId: out.arenaId,
      actorId: ctx.viewer!.id,
      subjectType: out.subjectType,
      subjectId: out.value.rawId,
      kind,
      data: out.data,
    });
    return out;
  });
  if (res.value) announce(ctx, res.value.arenaId, kind, res.value.value.rawId);
  return { value: res.value?.value ?? null, errors: res.errors };
}

export function createCountyPart(ctx: Context, input: CreateCountyPartInput) {
  return mutateStructure(ctx, PartnershipEvents.countyPartCreated, async (tx) => {
    const { arenaId } = await arenaForEdit(ctx, tx, input.arenaId);
    await validateInput(input, ctx.locale);
    const key = await keyFor(tx, countyParts, arenaId, input.name, input.key);
    const [row] = await tx.insert(countyParts).values({ arenaId, key, name: input.name }).returning();
    return { arenaId, value: toCountyPart(row!), subjectType: "CountyPart", data: { name: input.name } };
  });
}

export function updateCountyPart(ctx: Context, input: UpdateCountyPartInput) {
  return mutateStructure(ctx, PartnershipEvents.countyPartUpdated, async (tx) => {
    const id = inputId(ctx, input.id, "CountyPart", "input.id");
    const [cur] = await tx.select().from(countyParts).where(eq(countyParts.id, id));
    if (!cur) fail(ctx.locale, "input.id", "NOT_FOUND");
    requireArenaRole(ctx, cur.arenaId, STRUCTURE_EDITORS);
    await validateInput(input, ctx.locale);
    const [row] = await tx.update(countyParts).set({ name: input.name }).where(eq(countyParts.id, id)).returning();
    return { arenaId: cur.arenaId, value: toCountyPart(row!), subjectType: "CountyPart", data: { from: cur.name, to: input.name } };
  });
}

export function deleteCountyPart(ctx: Context, globalId: string) {
  return mutateStructure(ctx, PartnershipEvents.countyPartDeleted, async (tx) => {
    const id = inputId(ctx, globalId, "CountyPart", "id");
    const [cur] = await tx.select().from(countyParts).where(eq(countyParts.id, id));
    if (!cur) fail(ctx.locale, "id", "NOT_FOUND");
    requireArenaRole(ctx, cur.arenaId, STRUCTURE_EDITORS);
    const [used] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.countyPartId, id)).limit(1);
    if (used) fail(ctx.locale, "id", "IN_USE");
    await tx.delete(countyParts).where(eq(countyParts.id, id));
    return { arenaId: cur.arenaId, value: toCountyPart(cur), subjectType: "CountyPart", data: { name: cur.name } };
  });
}

export function createOrganisation(ctx: Context, input: CreateOrganisationInput) {
  return mutateStructure(ctx, PartnershipEvents.organisationCreated, async (tx) => {
    const { arenaId } = await arenaForEdit(ctx, tx, input.arenaId);
    await validateInput(input, ctx.locale);
    const countyPartId = await countyPartInArena(
      ctx,
      tx,
      optionalInputId(ctx, input.countyPartId, "CountyPart", "input.countyPartId"),
      arenaId,
    );
    const key = await keyFor(tx, organisations, arenaId, input.name, input.key);
    const [row] = await tx
      .insert(organisations)
      .values({
        arenaId,
        key,
        name: input.name,
        kind: input.kind,
        sector: input.sector,
        countyPartId: countyPartId ?? null,
        isParty: input.isParty,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
      })
      .returning();
    return { arenaId, value: toOrganisation(row!), subjectType: "Organisation", data: { name: input.name } };
  });
}

export function updateOrganisation(ctx: Context, input: UpdateOrganisationInput) {
  return mutateStructure(ctx, PartnershipEvents.organisationUpdated, async (tx) => {
    const id = inputId(ctx, input.id, "Organisation", "input.id");
    const [cur] = await tx.select().from(organisations).where(eq(organisations.id, id));
    if (!cur) fail(ctx.locale, "input.id", "NOT_FOUND");
    requireArenaRole(ctx, cur.arenaId, STRUCTURE_EDITORS);
    await validateInput(input, ctx.locale);
    const countyPartId = await countyPartInArena(
      ctx,
      tx,
      optionalInputId(ctx, input.countyPartId, "CountyPart", "input.countyPartId"),
      cur.arenaId,
    );
    const patch = {
      ...(input.name != null && { name: input.name }),
      ...(input.kind != null && { kind: input.kind }),
      ...(input.sector != null && { sector: input.sector }),
      ...(input.isParty != null && { isParty: input.isParty }),
      ...(input.contactName != null && { contactName: input.contactName }),
      ...(input.contactEmail != null && { contactEmail: input.contactEmail }),
      ...(countyPartId !== undefined && { countyPartId }),
    };
    const [row] =
      Object.keys(patch).length > 0 ? await tx.update(organisations).set(patch).where(eq(organisations.id, id)).returning() : [cur];
    return { arenaId: cur.arenaId, value: toOrganisation(row!), subjectType: "Organisation", data: { changed: Object.keys(patch) } };
  });
}

export function deleteOrganisation(ctx: Context, globalId: string) {
  return mutateStructure(ctx, PartnershipEvents.organisationDeleted, async (tx) => {
    const id = inputId(ctx, globalId, "Organisation", "id");
    const [cur] = await tx.select().from(organisations).where(eq(organisations.id, id));
    if (!cur) fail(ctx.locale, "id", "NOT_FOUND");
    requireArenaRole(ctx, cur.arenaId, STRUCTURE_EDITORS);
    await tx.delete(organisations).where(eq(organisations.id, id));
    return { arenaId: cur.arenaId, value: toOrganisation(cur), subjectType: "Organisation", data: { name: cur.name } };
  });
}

/** Rejects a parent that is the body itself or lies below it. */
async function checkParent(ctx: Context, tx: Tx, bodyId: string | null, parentId: string | null | undefined, arenaId: string) {
  if (!parentId) return;
  const [parent] = await tx.select({ arenaId: bodies.arenaId }).from(bodies).where(eq(bodies.id, parentId));
  if (!parent) fail(ctx.locale, "input.parentId", "NOT_FOUND");
  if (parent.arenaId !== arenaId) fail(ctx.locale, "input.parentId", "WRONG_ARENA");
  if (!bodyId) return;
  const all = await tx.select({ id: bodies.id, parentId: bodies.parentId }).from(bodies).where(eq(bodies.arenaId, arenaId));
  const parentOf = new Map(all.map((b) => [b.id, b.parentId]));
  for (let cur: string | null | undefined = parentId; cur; cur = parentOf.get(cur)) {
    if (cur === bodyId) fail(ctx.locale, "input.parentId", "PARENT_CYCLE");
  }
}

export function createBody(ctx: Context, input: CreateBodyInput) {
  return mutateStructure(ctx, PartnershipEvents.bodyCreated, async (tx) => {
    const { arenaId } = await arenaForEdit(ctx, tx, input.arenaId);
    await validateInput(input, ctx.locale);
    const parentId = optionalInputId(ctx, input.parentId, "Body", "input.parentId");
    await checkParent(ctx, tx, null, parentId, arenaId);
    const countyPartId = await countyPartInArena(
      ctx,
      tx,
      optionalInputId(ctx, input.countyPartId, "CountyPart", "input.countyPartId"),
      arenaId,
    );
    const key = await keyFor(tx, bodies, arenaId, input.name, input.key);
    const [row] = await tx
      .insert(bodies)
      .values({
        arenaId,
        key,
        name: input.name,
        kind: input.kind,
        level: input.level,
        parentId: parentId ?? null,
        countyPartId: countyPartId ?? null,
        descriptionSv: input.descriptionSv ?? "",
        descriptionEn: input.descriptionEn ?? "",
        temporary: input.temporary,
      })
      .returning();
    return { arenaId, value: toBody(row!, ctx.locale), subjectType: "Body", data: { name: input.name } };
  });
}

export function updateBody(ctx: Context, input: UpdateBodyInput) {
  return mutateStructure(ctx, PartnershipEvents.bodyUpdated, async (tx) => {
    const id = inputId(ctx, input.id, "Body", "input.id");
    const [cur] = await tx.select().from(bodies).where(eq(bodies.id, id));
    if (!cur) fail(ctx.locale, "input.id", "NOT_FOUND");
    requireArenaRole(ctx, cur.arenaId, STRUCTURE_EDITORS);
    await validateInput(input, ctx.locale);
    const parentId = optionalInputId(ctx, input.parentId, "Body", "input.parentId");
    await checkParent(ctx, tx, id, parentId, cur.arenaId);
    const countyPartId = await countyPartInArena(
      ctx,
      tx,
      optionalInputId(ctx, input.countyPartId, "CountyPart", "input.countyPartId"),
      cur.arenaId,
    );
    const patch = {
      ...(input.name != null && { name: input.name }),
      ...(input.kind != null && { kind: input.kind }),
      ...(input.level != null && { level: input.level }),
      ...(input.descriptionSv != null && { descriptionSv: input.descriptionSv }),
      ...(input.descriptionEn != null && { descriptionEn: input.descriptionEn }),
      ...(input.temporary != null && { temporary: input.temporary }),
      ...(parentId !== undefined && { parentId }),
      ...(countyPartId !== undefined && { countyPartId }),
    };
    const [row] = Object.keys(patch).length > 0 ? await tx.update(bodies).set(patch).where(eq(bodies.id, id)).returning() : [cur];
    return { arenaId: cur.arenaId, value: toBody(row!, ctx.locale), subjectType: "Body", data: { changed: Object.keys(patch) } };
  });
}

export function deleteBody(ctx: Context, globalId: string) {
  return mutateStructure(ctx, PartnershipEvents.bodyDeleted, async (tx) => {
    const id = inputId(ctx, globalId, "Body", "id");
    const [cur] = await tx.select().from(bodies).where(eq(bodies.id, id));
    if (!cur) fail(ctx.locale, "id", "NOT_FOUND");
    requireArenaRole(ctx, cur.arenaId, STRUCTURE_EDITORS);
    const [child] = await tx.select({ id: bodies.id }).from(bodies).where(eq(bodies.parentId, id)).limit(1);
    if (child) fail(ctx.locale, "id", "HAS_CHILDREN");
    await tx.delete(bodies).where(eq(bodies.id, id));
    return { arenaId: cur.arenaId, value: toBody(cur, ctx.locale), subjectType: "Body", data: { name: cur.name } };
  });
}

export async function addBodyMember(ctx: Context, input: AddBodyMemberInput) {
  const res = await mutateStructure(ctx, PartnershipEvents.bodyMemberAdded, async (tx) => {
    const bodyId = inputId(ctx, input.bodyId, "Body", "input.bodyId");
    const [body] = await tx.select().from(bodies).where(eq(bodies.id, bodyId));
    if (!body) fail(ctx.locale, "input.bodyId", "NOT_FOUND");
    const actorId = requireArenaRole(ctx, body.arenaId, STRUCTURE_EDITORS);
    await validateInput(input, ctx.locale);
    const organisationId = optionalInputId(ctx, input.organisationId, "Organisation", "input.organisationId") ?? null;
    const userId = optionalInputId(ctx, input.userId, "User", "input.userId") ?? null;
    if (!organisationId && !userId) fail(ctx.locale, "input.organisationId", "MEMBERSHIP_TARGET");
    if (organisationId) {
      const [org] = await tx.select({ arenaId: organisations.arenaId }).from(organisations).where(eq(organisations.id, organisationId));
      if (!org) fail(ctx.locale, "input.organisationId", "NOT_FOUND");
      if (org.arenaId !== body.arenaId) fail(ctx.locale, "input.organisationId", "WRONG_ARENA");
    }
    if (userId) {
      const [u] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
      if (!u) fail(ctx.locale, "input.userId", "NOT_FOUND");
      // A person seated in a body is a body member of its arena.
      await tx.insert(roleGrants).values({ userId, arenaId: body.arenaId, role: "body_member", grantedBy: actorId }).onConflictDoNothing();
    }
    const [row] = await tx.insert(bodyMemberships).values({ bodyId, organisationId, userId, role: input.role }).returning();
    return {
      arenaId: body.arenaId,
      value: toMembership(row!),
      subjectType: "BodyMembership",
      data: { bodyId, organisationId, userId, role: input.role },
    };
  });
  return { ...res, bodyRawId: res.value ? fromGlobalId(input.bodyId)?.id : undefined };
}

export async function removeBodyMember(ctx: Context, globalId: string) {
  return mutateStructure(ctx, PartnershipEvents.bodyMemberRemoved, async (tx) => {
    const id = inputId(ctx, globalId, "BodyMembership", "id");
    const [cur] = await tx
      .select({ m: bodyMemberships, arenaId: bodies.arenaId })
      .from(bodyMemberships)
      .innerJoin(bodies, eq(bodies.id, bodyMemberships.bodyId))
      .where(eq(bodyMemberships.id, id));
    if (!cur) fail(ctx.locale, "id", "NOT_FOUND");
    requireArenaRole(ctx, cur.arenaId, STRUCTURE_EDITORS);
    await tx.delete(bodyMemberships).where(and(eq(bodyMemberships.id, id)));
    return { arenaId: cur.arenaId, value: toMembership(cur.m), subjectType: "BodyMembership", data: { bodyId: cur.m.bodyId } };
  });
}
