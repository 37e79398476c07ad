import { type SQL, and, asc, eq, getTableColumns, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Viewer } from "../../auth/sessions.js";
import type { Database, Tx } from "../../db/index.js";
import type { Context } from "../../graphql/context.js";
import { manyLoader, oneLoader } from "../../graphql/loader-utils.js";
import { swedishToday } from "../../shared/clock.js";
import { isWorkingDay } from "../../shared/working-days.js";
import { users } from "../accounts/accounts.tables.js";
import { events } from "../audit/audit.tables.js";
import { type MatterRights, matterRights, readsInternals } from "./matters.access.js";
import type { MatterRow } from "./matters.lifecycle.js";
import { matterAttachments, matterDecisions, matterLinks, matters, meetings } from "./matters.tables.js";
import type { MatterStage } from "./matters.vocabulary.js";

/**
 * How much of a matter a person reads (issue 12, "Who may do what"):
 * - internal: the arena's kansli, beredning and bodies' members: everything, preparation notes and attachments too;
 * - bearer: the bearers and accepted co-bearers of an idea the matter links to: the matter and its
 *   steps, never preparation notes or attachments (attachments are working papers of the basis,
 *   which may hold what only the partnership reads);
 * - public: anyone, once the matter has a public decision (its meeting's minutes are published,
 *   or it was decided without a meeting): the same as a bearer.
 * No access: null. Nothing of one arena's matters is internal to another arena's staff.
 */
export type MatterAccess = "internal" | "bearer" | "public";

/** Matters waiting this many Swedish working days in their stage (initiated, in preparation or placed) are overdue. */
export const OVERDUE_AFTER_WORKING_DAYS = 10;
const WAITING: readonly MatterStage[] = ["initiated", "in_preparation", "placed"];

/** The first day that is not yet overdue: `OVERDUE_AFTER_WORKING_DAYS` working days before today. */
function overdueCutoff(): Date {
  const d = swedishToday();
  for (let left = OVERDUE_AFTER_WORKING_DAYS; left > 0;) {
    d.setUTCDate(d.getUTCDate() - 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/**
 * Overdue: waiting in its stage since before the cutoff, or one of its decisions' assignments is
 * open past its due date. As SQL, so that the board filters and shows it in the statement of the page.
 */
export function overdueSql(): SQL<boolean> {
  const today = swedishToday().toISOString().slice(0, 10);
  const waiting = sql.join(
    WAITING.map((s) => sql`${s}`),
    sql`, `,
  );
  // Spelled out: drizzle leaves columns unqualified in a one-table select, where a subquery's "id" would be ambiguous.
  return sql<boolean>`(("matters"."stage" in (${waiting}) and "matters"."stage_since" < ${overdueCutoff().toISOString()}) or exists (select 1 from assignments a inner join matter_decisions d on d.id = a.decision_id where d.matter_id = "matters"."id" and a.status = 'open' and a.due_on < ${today}))`;
}

/** A matter's columns as readers load them: the row and whether it is overdue. */
export const matterColumns = () => ({ ...getTableColumns(matters), overdue: overdueSql() });
export type ReadMatterRow = MatterRow & { overdue: boolean };

/** Holds for matters with a decision the public may read: its minutes are published, or it has no meeting. */
export const hasPublicDecision = (): SQL =>
  sql`exists (select 1 from matter_decisions d left join meetings m on m.id = d.meeting_id where d.matter_id = "matters"."id" and (d.meeting_id is null or m.minutes_published_at is not null))`;

/** Holds for matters linked to an idea the user bears or co-bears. */
const bearsLinkedIdea = (userId: string): SQL =>
  sql`exists (select 1 from matter_links l inner join ideas i on i.id = l.idea_id where l.matter_id = "matters"."id" and (i.bearer_id = ${userId} or exists (select 1 from idea_co_bearers c where c.idea_id = i.id and c.user_id = ${userId} and c.status = 'accepted')))`;

/** The SQL twin of matterAccess for one arena's lists: the matters the person may read at all. */
export function readableIn(rights: MatterRights): SQL {
  const inArena = eq(matters.arenaId, rights.arenaId);
  if (readsInternals(rights)) return inArena;
  const readable = rights.viewerId ? or(hasPublicDecision(), bearsLinkedIdea(rights.viewerId))! : hasPublicDecision();
  return and(inArena, readable)!;
}

export function createMatterLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  return {
    matterById: oneLoader(
      (k: readonly string[]) =>
        db
          .select(matterColumns())
          .from(matters)
          .where(inArray(matters.id, ids(k))),
      (r) => r.id,
    ),
    matterLinksByMatter: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(matterLinks)
          .where(inArray(matterLinks.matterId, ids(k)))
          .orderBy(asc(matterLinks.createdAt), asc(matterLinks.id)),
      (r) => r.matterId,
    ),
    /** Matters with a public decision, by id. */
    publicDecisionByMatter: oneLoader(
      (k: readonly string[]) =>
        db
          .selectDistinct({ matterId: matterDecisions.matterId })
          .from(matterDecisions)
          .leftJoin(meetings, eq(meetings.id, matterDecisions.meetingId))
          .where(
            and(inArray(matterDecisions.matterId, ids(k)), or(isNull(matterDecisions.meetingId), isNotNull(meetings.minutesPublishedAt))),
          ),
      (r) => r.matterId,
    ),
    attachmentsByMatter: manyLoader(
      (k: readonly string[]) => {
        const { content: _content, ...meta } = getTableColumns(matterAttachments);
        return db
          .select(meta)
          .from(matterAttachments)
          .where(inArray(matterAttachments.matterId, ids(k)))
          .orderBy(asc(matterAttachments.createdAt), asc(matterAttachments.id));
      },
      (r) => r.matterId,
    ),
    eventsByMatter: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ event: events, actorName: users.name })
          .from(events)
          .leftJoin(users, eq(users.id, events.actorId))
          .where(and(eq(events.subjectType, "Matter"), inArray(events.subjectId, ids(k))))
          .orderBy(asc(events.createdAt), asc(events.id)),
      (r) => r.event.subjectId,
    ),
    /** Matters linked to an idea, by idea id, oldest first. */
    mattersByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .selectDistinct({ ideaId: matterLinks.ideaId, matter: matterColumns() })
          .from(matterLinks)
          .innerJoin(matters, eq(matters.id, matterLinks.matterId))
          .where(inArray(matterLinks.ideaId, ids(k)))
          .orderBy(matterLinks.ideaId, asc(matters.number)),
      (r) => r.ideaId!,
    ),
  };
}

/** The viewer's rights in an arena's matters, asked once per request and arena. */
const rightsCache = new WeakMap<Context, Map<string, Promise<MatterRights>>>();
export function rightsIn(ctx: Context, arenaId: string): Promise<MatterRights> {
  let byArena = rightsCache.get(ctx);
  if (!byArena) rightsCache.set(ctx, (byArena = new Map()));
  let rights = byArena.get(arenaId);
  if (!rights) byArena.set(arenaId, (rights = matterRights(ctx.db, ctx.viewer, arenaId)));
  return rights;
}

/** Whether the viewer bears or co-bears one of the matter's ideas, through the per-request loaders. */
async function bearsOneOf(ctx: Context, viewer: Viewer, matterId: string): Promise<boolean> {
  const ideaIds = [...new Set((await ctx.loaders.matterLinksByMatter.load(matterId)).flatMap((l) => (l.ideaId ? [l.ideaId] : [])))];
  const [rows, co] = await Promise.all([
    Promise.all(ideaIds.map((id) => ctx.loaders.ideaById.load(id))),
    Promise.all(ideaIds.map((id) => ctx.loaders.coBearersByIdea.load(id))),
  ]);
  return rows.some((r) => r?.bearerId === viewer.id) || co.flat().some((c) => c.userId === viewer.id && c.status === "accepted");
}

/** How much of this matter the viewer reads; null: nothing. */
export async function matterAccess(ctx: Context, row: Pick<MatterRow, "id" | "arenaId">): Promise<MatterAccess | null> {
  if (readsInternals(await rightsIn(ctx, row.arenaId))) return "internal";
  if (ctx.viewer && (await bearsOneOf(ctx, ctx.viewer, row.id))) return "bearer";
  if (await ctx.loaders.publicDecisionByMatter.load(row.id)) return "public";
  return null;
}

/** A matter row locked for a change, with its arena's rights for the acting person. */
export async function lockMatter(tx: Tx, id: string) {
  const [row] = await tx.select().from(matters).where(eq(matters.id, id)).for("update");
  return row ?? null;
}
