import { cacheExchange } from "@urql/exchange-graphcache";
import type { Client as WsClient } from "graphql-ws";
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Client, Provider, fetchExchange, subscriptionExchange } from "urql";
import { accountsCache } from "../features/accounts/cache";
import { bodiesCache } from "../features/bodies/cache";
import { discussionCache } from "../features/discussion/cache";
import { dispatchCache } from "../features/dispatch/cache";
import { wheelCache } from "../features/wheel/cache";
import { fundingCache } from "../features/funding/cache";
import { guidanceCache } from "../features/guidance/cache";
import { ideasCache } from "../features/ideas/cache";
import { learningCache } from "../features/learning/cache";
import { mattersCache } from "../features/matters/cache";
import { notificationsCache } from "../features/notifications/cache";
import { plansCache } from "../features/plans/cache";
import { researchCache } from "../features/research/cache";
import { insightCache } from "../features/insight/cache";
import { scalingCache } from "../features/scaling/cache";
import { strategyCache } from "../features/strategy/cache";
import { structureCache } from "../features/structure/cache";
import { testingCache } from "../features/testing/cache";
import { indicatorsCache } from "../features/indicators/cache";
import { isLanguage, type Language } from "../i18n";
import { type FeatureCache, composeCache, noKey } from "./cacheFields";
import { transitionExchange } from "./transitionExchange";

/**
 * The cache's rules, each beside its feature (features/<f>/cache.ts), composed here; only the
 * value types every feature shares are keyed in this file.
 */
const features: FeatureCache[] = [
  structureCache,
  strategyCache,
  ideasCache,
  discussionCache,
  notificationsCache,
  guidanceCache,
  testingCache,
  researchCache,
  learningCache,
  scalingCache,
  mattersCache,
  bodiesCache,
  dispatchCache,
  indicatorsCache,
  insightCache,
  wheelCache,
  fundingCache,
  plansCache,
];
const shared: FeatureCache = { keys: { PageInfo: noKey, UserError: noKey, DeletePayload: noKey } };
const cacheConfig = composeCache([shared, accountsCache(features.flatMap((f) => f.viewerDependent ?? [])), ...features]);

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
      transitionExchange,
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
