import { and, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/index.js";
import { requireArenaRole } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { fail } from "../../graphql/errors.js";
import { validateInput } from "../../graphql/validation.js";
import { events } from "../audit/audit.tables.js";
import type { IdeaStage } from "./ideas.tables.js";
import { toIdea } from "./ideas.types.js";
import { PARKABLE, bearersOf, canMove, moveIdea } from "./lifecycle.js";
import { mutateIdea } from "./mutate-idea.js";
import type { ParkIdeaInput, ResumeIdeaInput } from "./parking.inputs.js";
import { IdeaEvents } from "./ideas.events.js";

const COORDINATORS = ["coordinator"] as const; // admins hold every role in their arena

/** The stage an idea was parked from: the last move into "parked" on its timeline. */
async function parkedFrom(tx: Tx, ideaId: string): Promise<IdeaStage> {
  const [last] = await tx
    .select({ fromStage: sql<string | null>`${events.data}->>'fromStage'` })
    .from(events)
    .where(and(eq(events.subjectType, "Idea"), eq(events.subjectId, ideaId), sql`${events.data}->>'toStage' = 'parked'`))
    .orderBy(desc(events.createdAt))
    .limit(1);
  const from = last?.fromStage as IdeaStage | null | undefined;
  // An idea parked before its timeline said from where goes back to guidance, where a coordinator decides again.
  return from && PARKABLE.includes(from) ? from : "guidance";
}

/** A coordinator parks an idea in progress with a reason; the bearers are told why. */
export function parkIdea(ctx: Context, input: ParkIdeaInput) {
  return mutateIdea(
    ctx,
    { id: input.id, field: "input.id", may: ({ row }) => requireArenaRole(ctx, row.arenaId, COORDINATORS) },
    async (tx, { row, actorId }) => {
      await validateInput(input, ctx.locale);
      const reason = input.reason.trim();
      if (reason === "") fail(ctx.locale, "input.reason", "REASON_REQUIRED");
      if (!canMove(row.stage, "parked")) fail(ctx.locale, "input.id", "WRONG_STAGE");
      const parked = await moveIdea(tx, row, "parked", { actorId, kind: IdeaEvents.parked, data: { reason }, withVersion: true });
      return {
        value: toIdea(parked, "team"),
        notify: (await bearersOf(tx, row)).map((userId) => ({
          userId,
          arenaId: row.arenaId,
          kind: IdeaEvents.stageChanged,
          subjectType: "Idea",
          subjectId: row.id,
          data: { title: row.title, reason, toStage: "parked" },
        })),
      };
    },
  );
}

/** A coordinator resumes a parked idea: it goes back to the stage it was parked from. */
export function resumeIdea(ctx: Context, input: ResumeIdeaInput) {
  return mutateIdea(
    ctx,
    { id: input.id, field: "input.id", may: ({ row }) => requireArenaRole(ctx, row.arenaId, COORDINATORS) },
    async (tx, { row, actorId }) => {
      if (row.stage !== "parked") fail(ctx.locale, "input.id", "WRONG_STAGE");
      const to = await parkedFrom(tx, row.id);
      const resumed = await moveIdea(tx, row, to, { actorId, kind: IdeaEvents.resumed, withVersion: true });
      return {
        value: toIdea(resumed, "team"),
        notify: (await bearersOf(tx, row)).map((userId) => ({
          userId,
          arenaId: row.arenaId,
          kind: IdeaEvents.stageChanged,
          subjectType: "Idea",
          subjectId: row.id,
          data: { title: row.title, toStage: to },
        })),
      };
    },
  );
}
