import { desc, eq } from "drizzle-orm";
import type { Tx } from "../../db/index.js";
import { recordEvent } from "../audit/audit.service.js";
import { ideaScaleSteps } from "./scaling.tables.js";

export interface ScaleStepReached {
  arenaId: string;
  ideaId: string;
  /** 1 planning; 2 tested; 3 shown to improve and introduced more widely; 4 part of ordinary work. */
  step: 1 | 2 | 3 | 4;
  evidence: string;
  cycleId: string | null;
  actorId: string | null;
}

/** The idea's current step on the SKR ladder (0 when none is recorded), read inside a transaction. */
export async function currentScaleStep(tx: Tx, ideaId: string): Promise<number> {
  const [row] = await tx
    .select({ step: ideaScaleSteps.step })
    .from(ideaScaleSteps)
    .where(eq(ideaScaleSteps.ideaId, ideaId))
    .orderBy(desc(ideaScaleSteps.recordedAt), desc(ideaScaleSteps.step))
    .limit(1);
  return row?.step ?? 0;
}

/**
 * Records that an idea reached a step, with its evidence, unless it already stands at that
 * step or higher (automatic steps never move an idea down). Returns whether a step was added.
 */
export async function reachScaleStep(tx: Tx, s: ScaleStepReached): Promise<boolean> {
  if ((await currentScaleStep(tx, s.ideaId)) >= s.step) return false;
  await tx.insert(ideaScaleSteps).values({
    ideaId: s.ideaId,
    step: s.step,
    evidence: s.evidence,
    cycleId: s.cycleId,
    recordedBy: s.actorId,
  });
  await recordEvent(tx, {
    arenaId: s.arenaId,
    actorId: s.actorId,
    subjectType: "Idea",
    subjectId: s.ideaId,
    kind: "scaling.step_reached",
    data: { step: s.step, cycleId: s.cycleId },
  });
  return true;
}
