import { eq, inArray, or } from "drizzle-orm";
import { registerPersonalData } from "../accounts/accounts.hooks.js";
import { ideaCoBearers, ideas } from "../ideas/ideas.tables.js";
import { guidanceSessions, nextSteps } from "./guidance.tables.js";

/**
 * The guidance sessions shared with a person (their notes for the bearers, never the team's
 * internal notes) and the next steps they own. These are the guidance team's records of its
 * work: erasure leaves them, and a step the person owned loses its owner.
 */
registerPersonalData({
  key: "guidanceSessions",
  async collect(tx, userId) {
    const coBorne = tx.select({ id: ideaCoBearers.ideaId }).from(ideaCoBearers).where(eq(ideaCoBearers.userId, userId));
    const theirs = tx
      .select({ id: ideas.id })
      .from(ideas)
      .where(or(eq(ideas.bearerId, userId), inArray(ideas.id, coBorne)));
    const sessions = await tx
      .select({
        ideaId: guidanceSessions.ideaId,
        heldOn: guidanceSessions.heldOn,
        participants: guidanceSessions.participants,
        sharedNotes: guidanceSessions.sharedNotes,
        advice: guidanceSessions.advice,
      })
      .from(guidanceSessions)
      .where(inArray(guidanceSessions.ideaId, theirs));
    const steps = await tx
      .select({ ideaId: nextSteps.ideaId, title: nextSteps.title, dueOn: nextSteps.dueOn, doneAt: nextSteps.doneAt })
      .from(nextSteps)
      .where(eq(nextSteps.ownerId, userId));
    return { sessions, nextSteps: steps };
  },
  async erase(tx, user) {
    await tx.update(nextSteps).set({ ownerId: null }).where(eq(nextSteps.ownerId, user.id));
  },
});
