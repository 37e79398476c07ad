import { and, eq, isNull } from "drizzle-orm";
import * as clock from "../../shared/clock.js";
import { registerPersonalData } from "../accounts/accounts.hooks.js";
import { commentReports, comments } from "./discussion.tables.js";

/** A person's comments and reports. On erasure their comments' text goes (they show as removed) and their reports end. */
registerPersonalData({
  key: "comments",
  async collect(tx, userId) {
    return tx
      .select({
        id: comments.id,
        ideaId: comments.ideaId,
        thread: comments.thread,
        body: comments.body,
        createdAt: comments.createdAt,
        editedAt: comments.editedAt,
        removedAt: comments.removedAt,
      })
      .from(comments)
      .where(eq(comments.authorId, userId));
  },
  async erase(tx, user) {
    await tx
      .update(comments)
      .set({ body: "", removedAt: clock.now(), removedBy: user.id })
      .where(and(eq(comments.authorId, user.id), isNull(comments.removedAt)));
    await tx.update(comments).set({ body: "" }).where(eq(comments.authorId, user.id));
    await tx.delete(commentReports).where(eq(commentReports.reporterId, user.id));
  },
});
