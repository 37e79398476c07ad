import { and, eq, inArray, isNull, or } from "drizzle-orm";
import { registerPersonalData } from "../accounts/accounts.hooks.js";
import { follows, ideaCoBearers, ideas } from "./ideas.tables.js";

/**
 * A person's ideas (borne or co-borne) and the ideas they follow. On erasure, drafts (never
 * sent, so never received by the arena) go; a submitted idea is a public record and stays,
 * under the account's neutral name. Follows and co-bearer places end.
 */
registerPersonalData({
  key: "ideas",
  async collect(tx, userId) {
    const coBorne = tx.select({ id: ideaCoBearers.ideaId }).from(ideaCoBearers).where(eq(ideaCoBearers.userId, userId));
    const borne = await tx
      .select()
      .from(ideas)
      .where(or(eq(ideas.bearerId, userId), inArray(ideas.id, coBorne)));
    const followed = await tx.select({ ideaId: follows.ideaId, since: follows.createdAt }).from(follows).where(eq(follows.userId, userId));
    return { borne: borne.map(({ search: _search, ...idea }) => idea), followed };
  },
  async erase(tx, user) {
    await tx.delete(ideas).where(and(eq(ideas.bearerId, user.id), isNull(ideas.submittedAt)));
    await tx.delete(follows).where(eq(follows.userId, user.id));
    await tx.delete(ideaCoBearers).where(eq(ideaCoBearers.userId, user.id));
  },
});

/** What a person agreed to on their ideas: the notice of what becomes public, and being contacted. */
registerPersonalData({
  key: "consents",
  async collect(tx, userId) {
    const rows = await tx
      .select({ ideaId: ideas.id, publicNoticeAcceptedAt: ideas.publicNoticeAcceptedAt, consentToContact: ideas.consentToContact })
      .from(ideas)
      .where(eq(ideas.bearerId, userId));
    return { ideas: rows };
  },
  async erase() {
    // Recorded with the idea, which stays a public record or goes with it (a draft).
  },
});
