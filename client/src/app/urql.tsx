import { type Cache, type CacheExchangeOpts, type Data, cacheExchange } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import type { Client as WsClient } from "graphql-ws";
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Client, Provider, fetchExchange, subscriptionExchange } from "urql";
import { guidanceKeys, guidanceQueryResolvers, guidanceUpdates } from "../features/guidance/cache";
import { UnreadCountQuery } from "../features/notifications/unreadCount";
import { testingKeys, testingUpdates } from "../features/testing/cache";
import { RESEARCH_VIEWER_DEPENDENT, researchKeys, researchUpdates } from "../features/research/cache";
import { learningKeys, learningQueryResolvers, learningUpdates } from "../features/learning/cache";
import { isLanguage, type Language } from "../i18n";
import { invalidateEntity, invalidateFields } from "./cacheFields";

const noKey = () => null;

/** Drops the cached Query fields of these names (every argument combination), so that they are fetched again. */
const invalidateQueryFields = (cache: Cache, names: readonly string[]) => invalidateFields(cache, "Query", names);

/** What depends on who is signed in: people in bodies, which ideas are visible, and one's own. */
const VIEWER_DEPENDENT = [
  "arena",
  "arenas",
  "users",
  "idea",
  "ideas",
  "myIdeas",
  "myInvitations",
  "myNotifications",
  "unreadNotificationCount",
  "outbox",
  ...RESEARCH_VIEWER_DEPENDENT,
];
const invalidateViewerDependent = (cache: Cache) => invalidateQueryFields(cache, VIEWER_DEPENDENT);

/** Idea lists (browse, search, one's own) after an idea changes stage or comes into being. */
const invalidateIdeaLists = (cache: Cache) => invalidateQueryFields(cache, ["ideas", "myIdeas"]);

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

/** Sets the bell's number where the cache keeps it. */
function setUnreadCount(cache: Cache, next: (count: number) => number) {
  cache.updateQuery({ query: UnreadCountQuery }, (data) =>
    data ? { ...data, unreadNotificationCount: Math.max(0, next(data.unreadNotificationCount)) } : data,
  );
}

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

function onAuthenticated(field: "signIn" | "register") {
  return (result: Data, _args: unknown, cache: Cache) => {
    const payload = result[field] as { user?: Data | null } | null | undefined;
    if (!payload?.user) return;
    cache.link("Query", "me", payload.user);
    invalidateViewerDependent(cache);
  };
}

const cacheConfig: CacheExchangeOpts = {
  keys: {
    // Value types without a global id: stored inside their parent, or keyed by their number.
    PageInfo: noKey,
    UserError: noKey,
    Frameworks: noKey,
    StructureChange: noKey,
    UserConnection: noKey,
    UserEdge: noKey,
    Agenda2030Goal: (g) => String(g.number),
    PublicHealthTargetArea: (a) => String(a.number),
    SkrIndicator: (i) => String(i.number),
    ScaleUpStep: (s) => String(s.step),
    IdeaConnection: noKey,
    IdeaEdge: noKey,
    IdeaConflict: noKey,
    CoBearerInvitation: noKey,
    CommentConnection: noKey,
    CommentEdge: noKey,
    CommentReport: noKey,
    NotificationConnection: noKey,
    NotificationEdge: noKey,
    OutboxMailConnection: noKey,
    OutboxMailEdge: noKey,
    // Mutation payloads are never entities.
    AuthPayload: noKey,
    SignOutPayload: noKey,
    RolePayload: noKey,
    OrganisationPayload: noKey,
    BodyPayload: noKey,
    BodyMembershipPayload: noKey,
    CountyPartPayload: noKey,
    DeletePayload: noKey,
    FocusAreaPayload: noKey,
    StrategicGoalPayload: noKey,
    IdeaPayload: noKey,
    CoBearerPayload: noKey,
    CommentPayload: noKey,
    MarkNotificationsReadPayload: noKey,
    ...guidanceKeys,
    ...testingKeys,
    ...researchKeys,
    ...learningKeys,
  },
  resolvers: {
    Query: {
      ideas: relayPagination(),
      myIdeas: relayPagination(),
      myNotifications: relayPagination(),
      outbox: relayPagination(),
      ...guidanceQueryResolvers,
      ...learningQueryResolvers,
    },
    Idea: {
      comments: relayPagination(),
    },
  },
  optimistic: {
    followIdea: optimisticFollow(true),
    unfollowIdea: optimisticFollow(false),
  },
  updates: {
    Subscription: {
      notificationAdded(_result, _args, cache) {
        setUnreadCount(cache, (n) => n + 1);
        invalidateQueryFields(cache, ["myNotifications"]);
      },
    },
    Mutation: {
      ...guidanceUpdates,
      ...testingUpdates,
      ...researchUpdates,
      ...learningUpdates,
      addComment: commentAdded,
      markNotificationsRead(result, _args, cache) {
        const payload = result.markNotificationsRead as { unreadCount?: number | null } | null | undefined;
        const count = payload?.unreadCount;
        if (typeof count === "number") setUnreadCount(cache, () => count);
      },
      createIdea: (_result, _args, cache) => invalidateQueryFields(cache, ["myIdeas"]),
      submitIdea: (_result, _args, cache) => invalidateIdeaLists(cache),
      withdrawIdea: (_result, _args, cache) => invalidateIdeaLists(cache),
      respondToInvitation: (_result, _args, cache) => invalidateQueryFields(cache, ["myInvitations", "myIdeas"]),
      signIn: onAuthenticated("signIn"),
      register: onAuthenticated("register"),
      signOut(result, _args, cache) {
        const payload = result.signOut as { signedOut?: boolean } | null | undefined;
        if (!payload?.signedOut) return;
        cache.link("Query", "me", null);
        invalidateViewerDependent(cache);
      },
      createOrganisation(result, args, cache) {
        // Append the new organisation to the lists that show it, so the page updates at once
        // (without dropping to a loading state); the structureChanged refetch then brings the
        // server's order.
        const payload = result.createOrganisation as { organisation?: Data | null } | null | undefined;
        const input = args.input as { arenaId?: string; countyPartId?: string | null } | undefined;
        const organisation = payload?.organisation;
        if (!organisation || !input?.arenaId) return;
        const append = (entity: { __typename: string; id: string }) => {
          const list = cache.resolve(entity, "organisations");
          if (Array.isArray(list)) cache.link(entity, "organisations", [...(list as string[]), organisation]);
        };
        append({ __typename: "Arena", id: input.arenaId });
        if (input.countyPartId) append({ __typename: "CountyPart", id: input.countyPartId });
      },
    },
  },
};

/**
 * One urql client per UI language: the server renders names, descriptions and messages in
 * the language of Accept-Language, so a language switch starts from an empty cache.
 */
export function createArenaClient(language: Language): Client {
  const wsUrl = `${window.location.protocol === "https:" ? "wss:" : "ws:"}//${window.location.host}/graphql`;
  // Lazy twice over: its code loads with the first subscription (a signed-in person's bell), not
  // on a visitor's first page; it connects then and closes after the last subscription ends.
  let ws: Promise<WsClient> | undefined;
  const wsClient = () =>
    (ws ??= import("graphql-ws").then(
      ({ createClient }) => createClient({ url: wsUrl, lazy: true, retryAttempts: 5 }),
      (err: unknown) => {
        ws = undefined;
        throw err;
      },
    ));
  return new Client({
    url: "/graphql",
    preferGetMethod: false,
    fetchOptions: () => ({
      credentials: "same-origin",
      headers: { "Accept-Language": language },
    }),
    exchanges: [
      cacheExchange(cacheConfig),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? "" };
          return {
            subscribe(sink) {
              let unsubscribe: (() => void) | undefined;
              let ended = false;
              wsClient().then(
                (client) => {
                  if (!ended) unsubscribe = client.subscribe(input, sink);
                },
                (err: unknown) => sink.error(err),
              );
              return {
                unsubscribe() {
                  ended = true;
                  unsubscribe?.();
                },
              };
            },
          };
        },
      }),
    ],
  });
}

export function UrqlProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const language: Language = isLanguage(lang) ? lang : "sv";
  const client = useMemo(() => createArenaClient(language), [language]);
  return <Provider value={client}>{children}</Provider>;
}
