import { and, eq, isNotNull } from "drizzle-orm";
import type { Tx } from "../../db/index.js";
import { now } from "../../shared/clock.js";
import type { EventKind } from "../../shared/events.js";
import { recordEvent } from "../audit/audit.service.js";
import { bodies } from "../partnership/partnership.tables.js";
import { MatterEvents } from "./matters.events.js";
import { matterLinks, matters } from "./matters.tables.js";
import type { MatterStage } from "./matters.vocabulary.js";

// Plain data and SQL, no GraphQL: meetings, dispatch and the seed move matters through the same path.

export type MatterRow = typeof matters.$inferSelect;

/** Stages in which a matter is still being worked on: it may be withdrawn from any of them. */
export const OPEN_STAGES: readonly MatterStage[] = ["initiated", "in_preparation", "placed", "on_agenda"];

/**
 * The path a matter takes (issue 12): from each stage, the stages it may move to.
 * in_preparation from placed, on_agenda or decided is a return for more preparation (with a
 * reason); placed from on_agenda is a tabling; a rejected matter is closed once decided.
 */
export const MATTER_TRANSITIONS: Readonly<Record<MatterStage, readonly MatterStage[]>> = {
  initiated: ["in_preparation", "withdrawn"],
  in_preparation: ["placed", "withdrawn"],
  placed: ["on_agenda", "in_preparation", "withdrawn"],
  on_agenda: ["decided", "placed", "in_preparation", "withdrawn"],
  decided: ["dispatched", "closed", "in_preparation"],
  dispatched: ["closed"],
  closed: [],
  withdrawn: [],
};

export function canMoveMatter(from: MatterStage, to: MatterStage): boolean {
  return MATTER_TRANSITIONS[from].includes(to);
}

/** The event a move records unless the caller names another (a return, a tabling). */
function defaultKind(from: MatterStage, to: MatterStage): EventKind {
  switch (to) {
    case "in_preparation":
      return from === "initiated" ? MatterEvents.preparerAssigned : MatterEvents.returned;
    case "placed":
      return from === "on_agenda" ? MatterEvents.tabled : MatterEvents.placed;
    case "on_agenda":
      return MatterEvents.putOnAgenda;
    case "decided":
      return MatterEvents.decided;
    case "dispatched":
      return MatterEvents.dispatched;
    case "closed":
      return MatterEvents.closed;
    case "withdrawn":
      return MatterEvents.withdrawn;
    case "initiated":
      return MatterEvents.created;
  }
}

export interface MatterMove {
  actorId: string | null;
  /** Why (a return or withdrawal reason): shown to the bearers and the team, never to the public. */
  why?: string;
  /** The body it is placed at, put before or decided by; written on the matter when placing. */
  bodyId?: string;
  /** The day of the meeting or decision, YYYY-MM-DD, for labels such as "Beslut i Länsledning Välfärd 2027-03-12". */
  date?: string;
  /** The event, when not the move's usual one. */
  kind?: EventKind;
  /** Further event data (never preparation notes: the idea's readers see the event's data). */
  data?: Record<string, unknown>;
  /** Other columns written with the move (the preparer, when assigning). */
  set?: Partial<Pick<MatterRow, "preparerId">>;
  /** When it happened: the clock's now, unless the seed writes the past. */
  at?: Date;
}

/**
 * The one place a matter changes stage: checks the move against the path, writes the stage (the
 * body when placing, closedAt when closing) with a new version, and records the event on the
 * matter and on its ideas' timelines. Moving to the stage it is in is a stay (reassigning the
 * preparer): the row is written only if `set` is given, and the event is recorded. A move the
 * path forbids is a programming error; callers whose users ask for it check canMoveMatter first
 * and answer with a payload error.
 */
export async function moveMatter(tx: Tx, matter: MatterRow, to: MatterStage, move: MatterMove): Promise<MatterRow> {
  const from = matter.stage;
  const moves = canMoveMatter(from, to);
  if (!moves && from !== to) throw new Error(`A matter cannot move from ${from} to ${to}`);
  const at = move.at ?? now();
  let row = matter;
  if (moves || move.set) {
    const [updated] = await tx
      .update(matters)
      .set({
        ...move.set,
        stage: to,
        ...(moves ? { stageSince: at } : {}),
        ...(to === "placed" && move.bodyId ? { bodyId: move.bodyId } : {}),
        ...(to === "closed" || to === "withdrawn" ? { closedAt: at } : {}),
        version: matter.version + 1,
        updatedAt: at,
      })
      .where(eq(matters.id, matter.id))
      .returning();
    row = updated!;
  }
  await recordMatterEvent(tx, row, move.kind ?? defaultKind(from, to), {
    actorId: move.actorId,
    at: move.at,
    bodyId: move.bodyId ?? row.bodyId ?? undefined,
    data: {
      ...move.data,
      ...(move.why ? { reason: move.why } : {}),
      ...(move.date ? { date: move.date } : {}),
      ...(moves ? { fromMatterStage: from, toMatterStage: to } : {}),
    },
  });
  return row;
}

export interface MatterEventInput {
  actorId: string | null;
  data?: Record<string, unknown>;
  /** The body the step concerns; its name goes into the event as `body`. */
  bodyId?: string;
  /** Whether the step also shows on the linked ideas' timelines (the matter's own edits do not). */
  onIdeas?: boolean;
  at?: Date;
}

/**
 * Records a step of a matter: its own event, and the same kind on the timeline of each idea
 * the matter links to (matter_links.idea_id), so that the idea module, which cannot know of
 * matters, shows it among the idea's events in both languages. The data carry the matter's
 * number and title and the body's name, as they were at the step.
 * Stage keys are fromMatterStage/toMatterStage: an idea's timeline reads fromStage/toStage as the idea's own stages.
 */
export async function recordMatterEvent(
  tx: Tx,
  matter: Pick<MatterRow, "id" | "arenaId" | "number" | "title">,
  kind: EventKind,
  input: MatterEventInput,
): Promise<void> {
  let body: string | undefined;
  if (input.bodyId) {
    const [b] = await tx.select({ name: bodies.name }).from(bodies).where(eq(bodies.id, input.bodyId));
    body = b?.name;
  }
  const data = {
    ...input.data,
    matterId: matter.id,
    number: matter.number,
    title: matter.title,
    ...(input.bodyId ? { bodyId: input.bodyId } : {}),
    ...(body ? { body } : {}),
  };
  const base = { arenaId: matter.arenaId, actorId: input.actorId, kind, data, ...(input.at ? { createdAt: input.at } : {}) };
  await recordEvent(tx, { ...base, subjectType: "Matter", subjectId: matter.id });
  if (input.onIdeas === false) return;
  const linked = await tx
    .selectDistinct({ ideaId: matterLinks.ideaId })
    .from(matterLinks)
    .where(and(eq(matterLinks.matterId, matter.id), isNotNull(matterLinks.ideaId)));
  for (const l of linked) await recordEvent(tx, { ...base, subjectType: "Idea", subjectId: l.ideaId! });
}
