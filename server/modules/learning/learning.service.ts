import { eq } from "drizzle-orm";
import type { Tx } from "../../db/index.js";
import { recordEvent } from "../audit/audit.service.js";
import { ideaAgendaGoals, ideaGoals } from "../ideas/ideas.tables.js";
import type { CycleDecision } from "../testing/testing.tables.js";
import { learningAgendaGoals, learningGoals, learnings } from "./learning.tables.js";

export interface NewLearning {
  arenaId: string;
  ideaId: string;
  cycleId: string | null;
  outcome: CycleDecision;
  title: string;
  body: string;
  targetGroup: string;
  actorId: string | null;
  /** Published entries are readable by anyone, across arenas. */
  publish: boolean;
}

/**
 * Files what a decision taught as a library entry, tagged with the idea's strategic and
 * Agenda 2030 goals. Call inside the transaction of the decision; returns the new id.
 */
export async function recordLearning(tx: Tx, l: NewLearning): Promise<string> {
  const now = new Date();
  const [row] = await tx
    .insert(learnings)
    .values({
      arenaId: l.arenaId,
      ideaId: l.ideaId,
      cycleId: l.cycleId,
      outcome: l.outcome,
      title: l.title,
      body: l.body,
      targetGroup: l.targetGroup,
      createdBy: l.actorId,
      publishedAt: l.publish ? now : null,
      publishedBy: l.publish ? l.actorId : null,
    })
    .returning({ id: learnings.id });
  const id = row!.id;
  const goals = await tx.select({ goalId: ideaGoals.goalId }).from(ideaGoals).where(eq(ideaGoals.ideaId, l.ideaId));
  if (goals.length > 0) await tx.insert(learningGoals).values(goals.map((g) => ({ learningId: id, goalId: g.goalId })));
  const agenda = await tx.select({ n: ideaAgendaGoals.goalNumber }).from(ideaAgendaGoals).where(eq(ideaAgendaGoals.ideaId, l.ideaId));
  if (agenda.length > 0) await tx.insert(learningAgendaGoals).values(agenda.map((g) => ({ learningId: id, goalNumber: g.n })));
  await recordEvent(tx, {
    arenaId: l.arenaId,
    actorId: l.actorId,
    subjectType: "Idea",
    subjectId: l.ideaId,
    kind: "learning.recorded",
    data: { learningId: id, cycleId: l.cycleId, outcome: l.outcome, published: l.publish },
  });
  return id;
}
