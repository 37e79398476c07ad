import type { Cache } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { type FeatureCache, invalidateFields, noKey } from "../../app/cacheFields";

/** Idea lists (browse, search, one's own) after an idea changes stage or comes into being. */
const invalidateIdeaLists = (cache: Cache) => invalidateFields(cache, "Query", ["ideas", "myIdeas"]);

/** Follow and unfollow answer at once; the server's reply then corrects the count if need be. */
function optimisticFollow(follows: boolean) {
  return (args: { ideaId?: unknown }, cache: Cache) => {
    const id = String(args.ideaId);
    const entity = { __typename: "Idea", id };
    const count = cache.resolve(entity, "followerCount");
    const was = cache.resolve(entity, "viewerFollows");
    const delta = was === follows ? 0 : follows ? 1 : -1;
    return {
      __typename: "IdeaPayload",
      idea: { ...entity, viewerFollows: follows, followerCount: (typeof count === "number" ? count : 0) + delta },
      errors: [],
    };
  };
}

export const ideasCache: FeatureCache = {
  keys: {
    IdeaConnection: noKey,
    IdeaEdge: noKey,
    IdeaConflict: noKey,
    CoBearerInvitation: noKey,
    IdeaPayload: noKey,
    CoBearerPayload: noKey,
  },
  resolvers: { Query: { ideas: relayPagination(), myIdeas: relayPagination() } },
  viewerDependent: ["idea", "ideas", "myIdeas", "myInvitations"],
  optimistic: {
    followIdea: optimisticFollow(true),
    unfollowIdea: optimisticFollow(false),
  },
  updates: {
    Mutation: {
      createIdea: (_result, _args, cache) => invalidateFields(cache, "Query", ["myIdeas"]),
      submitIdea: (_result, _args, cache) => invalidateIdeaLists(cache),
      withdrawIdea: (_result, _args, cache) => invalidateIdeaLists(cache),
      respondToInvitation: (_result, _args, cache) => invalidateFields(cache, "Query", ["myInvitations", "myIdeas"]),
    },
  },
};
