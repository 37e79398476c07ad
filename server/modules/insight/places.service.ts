import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { hasRole } from "../../auth/sessions.js";
import type { Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { apiError, fail } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { validateInput } from "../../graphql/validation.js";
import * as clock from "../../shared/clock.js";
import { recordEvent } from "../audit/audit.service.js";
import { accessTo } from "../ideas/ideas.access.js";
import { ideaColumns, ideaPlaces, ideas } from "../ideas/ideas.tables.js";
import { toIdea } from "../ideas/ideas.types.js";
import { arenas, organisations } from "../partnership/partnership.tables.js";
import { municipalityAdoptions } from "../scaling/scaling.tables.js";
import type { CreateGoodExampleInput, GoodExampleFieldsInput, UpdateGoodExampleInput } from "./good-examples.inputs.js";
import { toGoodExample } from "./good-examples.types.js";
import { changeCache, changeMarker } from "./insight.cache.js";
import { goodExamples } from "./insight.tables.js";
import { PlacesEvents } from "./places.events.js";

/** What the public sees of an idea anywhere: published (public, past draft, not withdrawn). The municipality pages show only this, to everyone. */
export const publishedIdea = () => and(eq(ideas.visibility, "public"), ne(ideas.stage, "draft"), ne(ideas.stage, "withdrawn"))!;

/** A page lists at most this many ideas; a municipality with more is a national-dataset outlier, read through the idea list's filter. */
export const MUNICIPALITY_IDEAS_CAP = 200;

/** The municipality of an arena by keys, or null (unknown arena or key, or not a municipality). */
export async function municipalityByKeys(ctx: Context, arenaSlug: string, key: string) {
  const [row] = await ctx.db
    .select({ org: organisations })
    .from(organisations)
    .innerJoin(arenas, eq(arenas.id, organisations.arenaId))
    .where(and(eq(arenas.slug, arenaSlug), eq(organisations.key, key), eq(organisations.kind, "municipality")));
  return row?.org ?? null;
}

/**
 * The published ideas located in a municipality (its places), newest first; one statement. Driven
 * from idea_places' organisation index: a municipality holds a few hundred of the nation's ideas,
 * which a walk down the newest-first index of all ideas would reach only after tens of thousands.
 * A semi-join, not DISTINCT: DISTINCT over whole idea rows sorted every wide column (EXPLAIN on
 * the national dataset: a tenth of a second for Gävle's 540 places).
 */
async function ideasLocatedIn(db: Context["db"], organisationId: string) {
  return db
    .select(ideaColumns)
    .from(ideas)
    .where(
      and(
        inArray(ideas.id, db.select({ id: ideaPlaces.ideaId }).from(ideaPlaces).where(eq(ideaPlaces.organisationId, organisationId))),
        publishedIdea(),
      ),
    )
    .orderBy(desc(ideas.submittedAt), desc(ideas.id))
    .limit(MUNICIPALITY_IDEAS_CAP);
}

/** Adoptions recorded in a municipality, of published ideas only (an internal idea's title must not reach the page). */
async function adoptionsIn(db: Context["db"], organisationId: string) {
  return db
    .select({ idea: ideaColumns, adoption: municipalityAdoptions })
    .from(municipalityAdoptions)
    .innerJoin(ideas, eq(ideas.id, municipalityAdoptions.ideaId))
    .where(and(eq(municipalityAdoptions.organisationId, organisationId), publishedIdea()))
    .orderBy(desc(municipalityAdoptions.updatedAt), asc(ideas.id))
    .limit(MUNICIPALITY_IDEAS_CAP);
}

async function goodExamplesIn(db: Context["db"], organisationId: string) {
  return db
    .select()
    .from(goodExamples)
    .where(eq(goodExamples.organisationId, organisationId))
    .orderBy(asc(goodExamples.createdAt), asc(goodExamples.id));
}

/** A page holds up to 400 idea rows: a hundred pages is a few tens of megabytes at most. */
const cachedPages = changeCache(100);

/**
 * What a municipality's page lists, read once per change of its arena (insight.cache.ts): the
 * page is the same for everyone (published ideas only), so the rows are shared and only the
 * viewer's access to each idea is worked out per request.
 */
export async function municipalityContent(ctx: Context, org: { id: string; arenaId: string }) {
  const marker = await changeMarker(ctx.db, org.arenaId);
  const rows = await cachedPages(`${org.id}:${marker}`, async () => {
    const [located, adopted, examples] = await Promise.all([
      ideasLocatedIn(ctx.db, org.id),
      adoptionsIn(ctx.db, org.id),
      goodExamplesIn(ctx.db, org.id),
    ]);
    return { located, adopted, examples };
  });
  return {
    ideas: rows.located.map((r) => toIdea(r, accessTo(ctx.viewer, r, []))),
    adoptions: rows.adopted.map((r) => ({ idea: toIdea(r.idea, accessTo(ctx.viewer, r.idea, [])), adoption: r.adoption })),
    goodExamples: rows.examples.map(toGoodExample),
  };
}

/** publishedIdea() over an idea aliased i, inside the counts' subqueries. */
const PUBLISHED_I = sql.raw(`i.visibility = 'public' and i.stage not in ('draft', 'withdrawn')`);

/** Per municipality of an arena: published ideas located there, adoptions recorded there, good examples. One statement. */
export async function municipalitySummaries(ctx: Context, arenaId: string) {
  return ctx.db
    .select({
      org: organisations,
      ideaCount:
        sql<number>`(select count(*) from idea_places p inner join ideas i on i.id = p.idea_id where p.organisation_id = "organisations"."id" and ${PUBLISHED_I})`.mapWith(
          Number,
        ),
      adoptionCount:
        sql<number>`(select count(*) from municipality_adoptions a inner join ideas i on i.id = a.idea_id where a.organisation_id = "organisations"."id" and a.status = 'adopted' and ${PUBLISHED_I})`.mapWith(
          Number,
        ),
      goodExampleCount: sql<number>`(select count(*) from good_examples g where g.organisation_id = "organisations"."id")`.mapWith(Number),
    })
    .from(organisations)
    .where(and(eq(organisations.arenaId, arenaId), eq(organisations.kind, "municipality")))
    .orderBy(asc(organisations.name));
}

/** The arena's kansli keeps the good examples: its coordinators (and admins). */
export const keepsGoodExamples = (ctx: Context, arenaId: string) => hasRole(ctx.viewer, arenaId, ["coordinator"]);

function requireKansli(ctx: Context, arenaId: string) {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  if (!keepsGoodExamples(ctx, arenaId)) throw apiError("FORBIDDEN", ctx.locale);
  return ctx.viewer.id;
}

const fields = (i: GoodExampleFieldsInput) => ({
  title: i.title,
  summary: i.summary ?? "",
  partners: i.partners ?? "",
  funding: i.funding ?? "",
  results: i.results ?? "",
  link: i.link ?? "",
});

async function lockExample(ctx: Context, tx: Tx, globalId: string) {
  const id = inputId(ctx, globalId, "GoodExample", "input.id");
  const [row] = await tx.select().from(goodExamples).where(eq(goodExamples.id, id)).for("update");
  if (!row) fail(ctx.locale, "input.id", "NOT_FOUND");
  return row;
}

export function createGoodExample(ctx: Context, input: CreateGoodExampleInput) {
  return runMutation(ctx, async (tx) => {
    const orgId = inputId(ctx, input.municipalityId, "Organisation", "input.municipalityId");
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, orgId));
    if (!org) fail(ctx.locale, "input.municipalityId", "NOT_FOUND");
    const actorId = requireKansli(ctx, org.arenaId);
    if (org.kind !== "municipality") fail(ctx.locale, "input.municipalityId", "GOOD_EXAMPLE_MUNICIPALITY");
    await validateInput(input, ctx.locale);
    const now = clock.now();
    const [row] = await tx
      .insert(goodExamples)
      .values({ arenaId: org.arenaId, organisationId: org.id, ...fields(input), createdBy: actorId, createdAt: now, updatedAt: now })
      .returning();
    await recordEvent(tx, {
      arenaId: org.arenaId,
      actorId,
      subjectType: "Organisation",
      subjectId: org.id,
      kind: PlacesEvents.goodExampleAdded,
      data: { goodExampleId: row!.id, title: row!.title },
    });
    return toGoodExample(row!);
  });
}

export function updateGoodExample(ctx: Context, input: UpdateGoodExampleInput) {
  return runMutation(ctx, async (tx) => {
    const row = await lockExample(ctx, tx, input.id);
    const actorId = requireKansli(ctx, row.arenaId);
    await validateInput(input, ctx.locale);
    if (row.version !== input.expectedVersion) fail(ctx.locale, null, "GOOD_EXAMPLE_STALE");
    const [updated] = await tx
      .update(goodExamples)
      .set({ ...fields(input), version: row.version + 1, updatedAt: clock.now() })
      .where(eq(goodExamples.id, row.id))
      .returning();
    await recordEvent(tx, {
      arenaId: row.arenaId,
      actorId,
      subjectType: "Organisation",
      subjectId: row.organisationId,
      kind: PlacesEvents.goodExampleEdited,
      data: { goodExampleId: row.id, title: updated!.title },
    });
    return toGoodExample(updated!);
  });
}

export function deleteGoodExample(ctx: Context, globalId: string) {
  return runMutation(ctx, async (tx) => {
    const id = inputId(ctx, globalId, "GoodExample", "id");
    const [row] = await tx.select().from(goodExamples).where(eq(goodExamples.id, id)).for("update");
    if (!row) fail(ctx.locale, "id", "NOT_FOUND");
    const actorId = requireKansli(ctx, row.arenaId);
    await tx.delete(goodExamples).where(eq(goodExamples.id, id));
    await recordEvent(tx, {
      arenaId: row.arenaId,
      actorId,
      subjectType: "Organisation",
      subjectId: row.organisationId,
      kind: PlacesEvents.goodExampleRemoved,
      data: { goodExampleId: row.id, title: row.title },
    });
    return globalId;
  });
}
