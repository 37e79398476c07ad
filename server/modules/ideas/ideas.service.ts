import { and, asc, count, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Database, Tx } from "../../db/index.js";
import type { Context } from "../../graphql/context.js";
import { apiError } from "../../graphql/errors.js";
import { manyLoader, oneLoader } from "../../graphql/loader-utils.js";
import { runMutation } from "../../graphql/mutation.js";
import { afterTimeAndId, timeText } from "../../db/keyset.js";
import { type ConnectionArgs, cursorKind, decodeCursor, fromGlobalId, pageSize, toConnection } from "../../graphql/relay.js";
import { roleGrants, users } from "../accounts/accounts.tables.js";
import { addArenaPeople } from "../accounts/accounts.service.js";
import { events } from "../audit/audit.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import { notifications } from "../notifications/notifications.tables.js";
import { registerSubjectReaders } from "../notifications/notifications.service.js";
import { countyParts, organisations } from "../partnership/partnership.tables.js";
import { agenda2030Goals, focusAreas, publicHealthTargetAreas, strategicGoals } from "../strategy/strategy.tables.js";
import { lockIdea } from "./mutate-idea.js";
import { type IdeaAccess, accessTo, grantedReadersOf, mayBeGrantedReader, visibleToViewer } from "./ideas.access.js";
import {
  type IdeaRow,
  follows,
  ideaColumns,
  ideaAgendaGoals,
  ideaCoBearers,
  ideaFocusAreas,
  ideaGoals,
  ideaHealthAreas,
  ideaPlaces,
  ideas,
} from "./ideas.tables.js";
import { type Idea, toIdea } from "./ideas.types.js";
import { IdeaEvents } from "./ideas.events.js";
import { bearersOf } from "./lifecycle.js";

export function createIdeaLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  return {
    ideaById: oneLoader(
      (k: readonly string[]) =>
        db
          .select(ideaColumns)
          .from(ideas)
          .where(inArray(ideas.id, ids(k))),
      (r: IdeaRow) => r.id,
    ),
    coBearersByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(ideaCoBearers)
          .where(inArray(ideaCoBearers.ideaId, ids(k)))
          .orderBy(asc(ideaCoBearers.createdAt)),
      (r) => r.ideaId,
    ),
    /** Researchers whose access request the idea's bearers granted; loaded only for researchers of the arena. */
    grantedReadersByIdea: manyLoader(
      (k: readonly string[]) => grantedReadersOf(db, ids(k)),
      (r) => r.ideaId,
    ),
    /** Where each idea would take place, with the county part's or municipality's row: one statement for a page's places and names. */
    placesByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ ideaId: ideaPlaces.ideaId, countyPart: countyParts, organisation: organisations })
          .from(ideaPlaces)
          .leftJoin(countyParts, eq(countyParts.id, ideaPlaces.countyPartId))
          .leftJoin(organisations, eq(organisations.id, ideaPlaces.organisationId))
          .where(inArray(ideaPlaces.ideaId, ids(k))),
      (r) => r.ideaId,
    ),
    goalsByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ ideaId: ideaGoals.ideaId, goal: strategicGoals })
          .from(ideaGoals)
          .innerJoin(strategicGoals, eq(strategicGoals.id, ideaGoals.goalId))
          .where(inArray(ideaGoals.ideaId, ids(k)))
          .orderBy(asc(strategicGoals.number)),
      (r) => r.ideaId,
    ),
    focusAreasByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ ideaId: ideaFocusAreas.ideaId, focusArea: focusAreas })
          .from(ideaFocusAreas)
          .innerJoin(focusAreas, eq(focusAreas.id, ideaFocusAreas.focusAreaId))
          .where(inArray(ideaFocusAreas.ideaId, ids(k)))
          .orderBy(asc(focusAreas.code)),
      (r) => r.ideaId,
    ),
    agendaGoalsByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ ideaId: ideaAgendaGoals.ideaId, goal: agenda2030Goals })
          .from(ideaAgendaGoals)
          .innerJoin(agenda2030Goals, eq(agenda2030Goals.number, ideaAgendaGoals.goalNumber))
          .where(inArray(ideaAgendaGoals.ideaId, ids(k)))
          .orderBy(asc(agenda2030Goals.number)),
      (r) => r.ideaId,
    ),
    healthAreasByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ ideaId: ideaHealthAreas.ideaId, area: publicHealthTargetAreas })
          .from(ideaHealthAreas)
          .innerJoin(publicHealthTargetAreas, eq(publicHealthTargetAreas.number, ideaHealthAreas.areaNumber))
          .where(inArray(ideaHealthAreas.ideaId, ids(k)))
          .orderBy(asc(publicHealthTargetAreas.number)),
      (r) => r.ideaId,
    ),
    /** Keys are "userId:ideaId": whether that user follows that idea. */
    follows: oneLoader(
      async (k: readonly string[]) => {
        const pairs = k.map((x) => x.split(":") as [string, string]);
        const rows = await db
          .select({ userId: follows.userId, ideaId: follows.ideaId })
          .from(follows)
          .where(
            and(
              inArray(follows.userId, [...new Set(pairs.map((p) => p[0]))]),
              inArray(
                follows.ideaId,
                pairs.map((p) => p[1]),
              ),
            ),
          );
        return rows.map((r) => `${r.userId}:${r.ideaId}`);
      },
      (key) => key,
    ),
    eventsByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ event: events, actorName: users.name })
          .from(events)
          .leftJoin(users, eq(users.id, events.actorId))
          .where(and(eq(events.subjectType, "Idea"), inArray(events.subjectId, ids(k))))
          .orderBy(asc(events.createdAt)),
      (r) => r.event.subjectId,
    ),
    followerCountByIdea: oneLoader(
      (k: readonly string[]) =>
        db
          .select({ ideaId: follows.ideaId, n: count() })
          .from(follows)
          .where(inArray(follows.ideaId, ids(k)))
          .groupBy(follows.ideaId),
      (r) => r.ideaId,
    ),
  };
}

// ---- reading ----

/** The user ids of a list of co-bearers who have accepted. */
export const acceptedIds = (rows: { status: string; userId: string | null }[]) =>
  rows.flatMap((c) => (c.status === "accepted" && c.userId !== null ? [c.userId] : []));

/** Granted readers of an idea, when they could matter to the viewer (else none, and no query). */
export async function grantedReaders(ctx: Context, row: IdeaRow): Promise<string[]> {
  if (!mayBeGrantedReader(ctx.viewer, row.arenaId)) return [];
  return (await ctx.loaders.grantedReadersByIdea.load(row.id)).map((r) => r.userId);
}

/** The viewer's access to an idea row, through the per-request loaders (co-bearers, granted readers). */
export async function accessToRow(ctx: Context, row: IdeaRow): Promise<IdeaAccess> {
  const [co, granted] = await Promise.all([ctx.loaders.coBearersByIdea.load(row.id), grantedReaders(ctx, row)]);
  return accessTo(ctx.viewer, row, acceptedIds(co), granted);
}

async function withAccess(ctx: Context, row: IdeaRow): Promise<Idea | null> {
  const access = await accessToRow(ctx, row);
  return access === "none" ? null : toIdea(row, access);
}

/** An idea the viewer may see, or null (whether it does not exist or is hidden from them). */
export async function ideaById(ctx: Context, rawId: string): Promise<Idea | null> {
  const row = await ctx.loaders.ideaById.load(rawId);
  return row ? withAccess(ctx, row) : null;
}

export async function ideaByGlobalId(ctx: Context, globalId: string): Promise<Idea | null> {
  const parsed = fromGlobalId(globalId, "Idea");
  return parsed ? ideaById(ctx, parsed.id) : null;
}

export { lockIdea };

export function requireBearer(ctx: Context, access: IdeaAccess) {
  if (access !== "bearer") throw apiError("FORBIDDEN", ctx.locale);
}

const MY_IDEAS_CURSOR = cursorKind("my-ideas:changed", "time", "uuid");

/** The viewer's own ideas (as bearer or accepted co-bearer), drafts included, last changed first. */
export async function myIdeas(ctx: Context, args: ConnectionArgs) {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  const size = pageSize(args);
  const mine = or(
    eq(ideas.bearerId, ctx.viewer.id),
    inArray(
      ideas.id,
      ctx.db
        .select({ id: ideaCoBearers.ideaId })
        .from(ideaCoBearers)
        .where(and(eq(ideaCoBearers.userId, ctx.viewer.id), eq(ideaCoBearers.status, "accepted"))),
    ),
  );
  const after = decodeCursor(args.after, MY_IDEAS_CURSOR);
  const page = await ctx.db
    .select({ idea: ideas, changedAt: timeText(ideas.updatedAt) })
    .from(ideas)
    .where(and(mine, afterTimeAndId(ideas.updatedAt, ideas.id, after, { time: "desc", id: "asc" })))
    .orderBy(desc(ideas.updatedAt), asc(ideas.id))
    .limit(size + 1);
  const [total] = await ctx.db.select({ n: count() }).from(ideas).where(mine);
  const times = new Map(page.map((r) => [r.idea, r.changedAt]));
  const rows = page.map((r) => r.idea);
  for (const r of rows) ctx.loaders.ideaById.prime(r.id, r);
  return toConnection(
    rows,
    size,
    total?.n ?? 0,
    (r) => [times.get(r)!, r.id],
    (r) => toIdea(r, "bearer"),
    after !== null,
    MY_IDEAS_CURSOR,
  );
}

export async function setFollowing(ctx: Context, ideaGlobalId: string, follow: boolean) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const { row, access } = await lockIdea(ctx, tx, ideaGlobalId, "ideaId");
    if (follow) {
      const added = await tx.insert(follows).values({ userId: ctx.viewer.id, ideaId: row.id }).onConflictDoNothing().returning();
      if (added.length > 0)
        await recordEvent(tx, {
          arenaId: row.arenaId,
          actorId: ctx.viewer.id,
          subjectType: "Follow",
          subjectId: row.id,
          kind: IdeaEvents.followed,
        });
    } else {
      const removed = await tx
        .delete(follows)
        .where(and(eq(follows.userId, ctx.viewer.id), eq(follows.ideaId, row.id)))
        .returning();
      if (removed.length > 0)
        await recordEvent(tx, {
          arenaId: row.arenaId,
          actorId: ctx.viewer.id,
          subjectType: "Follow",
          subjectId: row.id,
          kind: IdeaEvents.unfollowed,
        });
    }
    return toIdea(row, access);
  });
}

// The people of an arena, for its administrators' list of accounts, include those who carry its ideas.
addArenaPeople(
  sql`select ${ideas.bearerId}, ${ideas.arenaId} from ${ideas} where ${ideas.stage} <> 'draft' union select ${ideaCoBearers.userId}, ${ideas.arenaId} from ${ideaCoBearers} join ${ideas} on ${ideas.id} = ${ideaCoBearers.ideaId} where ${ideaCoBearers.status} = 'accepted' and ${ideas.stage} <> 'draft'`,
);

/**
 * Notifications about an idea go to, and stay with, those who may read it now (accessTo), and
 * those invited to carry it while they consider the invitation.
 */
registerSubjectReaders("Idea", {
  async mayRead(tx, pairs) {
    const ideaIds = [...new Set(pairs.map((p) => p.subjectId))];
    const userIds = [...new Set(pairs.map((p) => p.userId))];
    const [rows, co, granted, grants] = await Promise.all([
      tx
        .select({ id: ideas.id, arenaId: ideas.arenaId, bearerId: ideas.bearerId, stage: ideas.stage, visibility: ideas.visibility })
        .from(ideas)
        .where(inArray(ideas.id, ideaIds)),
      tx
        .select({ ideaId: ideaCoBearers.ideaId, userId: ideaCoBearers.userId, status: ideaCoBearers.status })
        .from(ideaCoBearers)
        .where(inArray(ideaCoBearers.ideaId, ideaIds)),
      grantedReadersOf(tx, ideaIds),
      tx
        .select({ userId: roleGrants.userId, arenaId: roleGrants.arenaId, role: roleGrants.role })
        .from(roleGrants)
        .where(inArray(roleGrants.userId, userIds)),
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ok = new Set<string>();
    for (const { userId, subjectId } of pairs) {
      const idea = byId.get(subjectId);
      if (!idea) continue;
      const of = co.filter((c) => c.ideaId === subjectId);
      const accepted = of.flatMap((c) => (c.status === "accepted" && c.userId ? [c.userId] : []));
      const invited = of.some((c) => c.status === "invited" && c.userId === userId);
      const viewer = { id: userId, name: "", email: "", roles: grants.filter((g) => g.userId === userId) };
      const readers = granted.filter((g) => g.ideaId === subjectId).map((g) => g.userId);
      if (invited || accessTo(viewer, idea, accepted, readers) !== "none") ok.add(`${userId}:${subjectId}`);
    }
    return ok;
  },
  readable: (viewer) =>
    sql`exists (select 1 from ${ideas} where ${ideas.id} = ${notifications.subjectId} and (${visibleToViewer(viewer)} or exists (select 1 from ${ideaCoBearers} where ${ideaCoBearers.ideaId} = ${ideas.id} and ${ideaCoBearers.userId} = ${viewer.id} and ${ideaCoBearers.status} = 'invited')))`,
});

/** Who should hear about something that happens to an idea: bearers, co-bearers and followers. */
export async function ideaAudience(tx: Tx, ideaId: string): Promise<string[]> {
  const [idea] = await tx.select({ bearerId: ideas.bearerId }).from(ideas).where(eq(ideas.id, ideaId));
  const bearers = idea ? await bearersOf(tx, { id: ideaId, bearerId: idea.bearerId }) : [];
  const f = await tx.select({ userId: follows.userId }).from(follows).where(eq(follows.ideaId, ideaId));
  return [...new Set([...bearers, ...f.map((x) => x.userId)])];
}
