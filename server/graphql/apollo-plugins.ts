import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import type { Logger } from "pino";
import { currentTally } from "../db/statement-counter.js";
import type { Locale } from "../modules/accounts/accounts.tables.js";
import type { Context } from "./context.js";
import { KNOWN_CODES } from "./errors.js";
import { MAX_PAGE_SIZE } from "./relay.js";
import { message } from "./messages.js";

/** Lists paginated with `first` cost their children times the page size (over the cap is refused anyway). */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === "number" ? 1 + childComplexity * Math.min(Math.max(args.first, 1), MAX_PAGE_SIZE) : undefined;

/** Refuses operations costlier than maxCost before anything runs (graphql-query-complexity). */
export function complexityPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (e) {
            // Variables that do not fit their types (e.g. an impossible LocalDate) are the client's
            // error, as they would be when executing; not an internal one. (By name: the error may
            // come from the other of graphql's CommonJS and ESM builds.)
            if (e instanceof Error && e.name === "GraphQLError")
              throw new GraphQLError(e.message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
            throw e;
          }
          if (cost > maxCost)
            throw new GraphQLError(message("TOO_COMPLEX", contextValue.locale, { cost, max: maxCost }), {
              extensions: { code: "QUERY_TOO_COMPLEX", cost, maxCost, http: { status: 400 } },
            });
        },
      };
    },
  };
}

/** Errors we did not expect: logged with a correlation id, shown only as that id. */
const unexpected = new WeakMap<object, { ref: string; locale: Locale }>();

export function errorLoggingPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const e of errors) {
            const code = e.extensions?.code;
            if (typeof code === "string" && KNOWN_CODES.has(code)) continue;
            const ref = randomUUID();
            unexpected.set(e, { ref, locale: contextValue?.locale ?? "sv" });
            (contextValue?.log ?? log).error({ err: e.originalError ?? e, ref, path: e.path }, "unexpected error in GraphQL operation");
          }
        },
      };
    },
  };
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === "string" && KNOWN_CODES.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const info = (typeof error === "object" && error !== null ? unexpected.get(error) : undefined) ?? {
    ref: randomUUID(),
    locale: "sv" as Locale,
  };
  return {
    message: message("INTERNAL", info.locale, { ref: info.ref }),
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR", correlationId: info.ref },
  };
}

/** Adds `extensions.sqlStatements` to responses (tests and benchmarks only). */
export const statementCountPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const tally = currentTally();
        if (tally && response.body.kind === "single") {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: tally.count };
        }
      },
    };
  },
};
