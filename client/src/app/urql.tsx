import { type Cache, type CacheExchangeOpts, type Data, cacheExchange } from "@urql/exchange-graphcache";
import { createClient as createWsClient } from "graphql-ws";
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Client, Provider, fetchExchange, subscriptionExchange } from "urql";
import { isLanguage, type Language } from "../i18n";

const noKey = () => null;

/** Drop the cached arena trees, so that what depends on who is signed in (people in bodies) is fetched again. */
function invalidateViewerDependent(cache: Cache) {
  for (const f of cache.inspectFields("Query")) {
    if (f.fieldName === "arena" || f.fieldName === "arenas" || f.fieldName === "users") {
      cache.invalidate("Query", f.fieldName, f.arguments ?? undefined);
    }
  }
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
  },
  updates: {
    Mutation: {
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
  // Lazy: connects with the first subscription and closes after the last one ends.
  const ws = createWsClient({ url: wsUrl, lazy: true, retryAttempts: 5 });
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
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
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
