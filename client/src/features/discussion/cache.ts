import type { Cache, Data } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { type FeatureCache, invalidateEntity, invalidateFields, noKey } from "../../app/cacheFields";

/** A new comment joins its thread: a reply under its parent, a top-level comment by refetching the thread. */
function commentAdded(result: Data, args: { input?: unknown }, cache: Cache) {
  const payload = result.addComment as { comment?: Data | null } | null | undefined;
  const input = args.input as { ideaId?: string; parentId?: string | null } | undefined;
  if (!payload?.comment || !input?.ideaId) return;
  if (input.parentId) {
    const parent = { __typename: "Comment", id: input.parentId };
    const replies = cache.resolve(parent, "replies");
    if (Array.isArray(replies)) {
      cache.link(parent, "replies", [...(replies as string[]), payload.comment]);
      return;
    }
  }
  invalidateEntity(cache, "Idea", input.ideaId, ["comments"]);
}

export const discussionCache: FeatureCache = {
  keys: { CommentConnection: noKey, CommentEdge: noKey, CommentReport: noKey, CommentPayload: noKey },
  resolvers: { Idea: { comments: relayPagination() }, Query: { moderationQueue: relayPagination() } },
  updates: {
    Mutation: {
      addComment: commentAdded,
      // A decided comment leaves the queue; a reported one may join it.
      moderateComment: (_r, _a, cache) => invalidateFields(cache, "Query", ["moderationQueue"]),
      reportComment: (_r, _a, cache) => invalidateFields(cache, "Query", ["moderationQueue"]),
    },
  },
};
