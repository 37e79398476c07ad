import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
} from "graphql";
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import type { Logger } from "pino";
import { currentTally } from "../db/statement-counter.js";
import type { Locale } from "../modules/accounts/accounts.tables.js";
import type { Context } from "./context.js";
import { KNOWN_CODES } from "./errors.js";
import { MAX_PAGE_SIZE } from "./relay.js";
import { message } from "./messages.js";
import { markCacheable } from "./public-cache.js";

/** What a search costs: full-text and trigram matching over an arena's rows, however small the page. */
export const SEARCH_COST = 100;
/** What `totalCount` costs: a count over every match, not just the page. */
export const COUNT_COST = 20;
const DEFAULT_PAGE_SIZE = 20;

function selectsTotalCount(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): boolean {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD && s.name.value === "totalCount") return true;
    if (s.kind === Kind.INLINE_FRAGMENT && selectsTotalCount(s.selectionSet, fragments, seen)) return true;
    if (s.kind === Kind.FRAGMENT_SPREAD && !seen.has(s.name.value)) {
      seen.add(s.name.value);
      if (selectsTotalCount(fragments.get(s.name.value)?.selectionSet, fragments, seen)) return true;
    }
  }
  return false;
}

/** The name under List and NonNull wrappers (by shape: type-graphql's types may come from graphql's other build). */
function namedType(type: unknown): string {
  let t = type as { ofType?: unknown; name?: string };
  while (t.ofType !== undefined && t.ofType !== null) t = t.ofType as typeof t;
  return t.name ?? "";
}

/**
 * Lists cost their children times the page size (`first`, or the default page for a
 * connection without it; over the cap is refused anyway). A `search` and a `totalCount` cost
 * what the database pays for them, once per list and not per row of the page.
 */
function listEstimator(document: DocumentNode): ComplexityEstimator {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return ({ field, args, node, childComplexity }) => {
    // Counted by the connection that holds it, once.
    if (field.name === "totalCount") return 0;
    const connection = namedType(field.type).endsWith("Connection");
    const searching = typeof args.search === "string" && args.search.trim() !== "";
    if (!connection && typeof args.first !== "number" && !searching) return undefined;
    const size = typeof args.first === "number" ? Math.min(Math.max(args.first, 1), MAX_PAGE_SIZE) : connection ? DEFAULT_PAGE_SIZE : 1;
    return (
      1 +
      (searching ? SEARCH_COST : 0) +
      (connection && selectsTotalCount(node.selectionSet, fragments) ? COUNT_COST : 0) +
      childComplexity * size
    );
  };
}

/** How an operation's cost is estimated (exported for the check of the client's own queries). */
export function costEstimators(document: DocumentNode): ComplexityEstimator[] {
  return [fieldExtensionsEstimator(), listEstimator(document), simpleEstimator({ defaultComplexity: 1 })];
}

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
              estimators: costEstimators(document),
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

interface Unexpected {
  ref: string;
  locale: Locale;
  /** Stopped at its deadline (statement_timeout): said as such, not as our fault. */
  timeout: boolean;
}

/** Errors we did not expect: logged with a correlation id, shown only as that id. */
const unexpected = new WeakMap<object, Unexpected>();

/** PostgreSQL's query_canceled, which statement_timeout raises, anywhere in the error's causes. */
export function isStatementTimeout(e: unknown): boolean {
  for (let cur: unknown = e, i = 0; typeof cur === "object" && cur !== null && i < 8; i++) {
    if ((cur as { code?: unknown }).code === "57014") return true;
    const next = cur as { originalError?: unknown; cause?: unknown };
    cur = next.originalError ?? next.cause;
  }
  return false;
}

const original = (e: unknown) => (e as { originalError?: unknown } | null)?.originalError ?? e;

export function errorLoggingPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const e of errors) {
            const code = e.extensions?.code;
            if (typeof code === "string" && KNOWN_CODES.has(code)) continue;
            const info: Unexpected = { ref: randomUUID(), locale: contextValue?.locale ?? "sv", timeout: isStatementTimeout(e) };
            unexpected.set(e, info);
            const to = contextValue?.log ?? log;
            if (info.timeout) to.warn({ err: original(e), ref: info.ref, path: e.path }, "GraphQL operation stopped at its deadline");
            else to.error({ err: original(e), ref: info.ref, path: e.path }, "unexpected error in GraphQL operation");
          }
        },
      };
    },
  };
}

/**
 * Apollo's formatError: known codes pass (without stack traces); anything else is masked as
 * its correlation id. Errors that never reached an operation (the context could not be built,
 * e.g. the session lookup failed with the database down) were not seen by errorLoggingPlugin,
 * so they are logged here, with the id the client is shown.
 */
export function errorFormatter(log: Logger): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const code = formatted.extensions?.code;
    if (typeof code === "string" && KNOWN_CODES.has(code)) {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    let info = typeof error === "object" && error !== null ? unexpected.get(error) : undefined;
    if (!info) {
      info = { ref: randomUUID(), locale: "sv", timeout: isStatementTimeout(error) };
      log.error({ err: original(error), ref: info.ref }, "unexpected error outside a GraphQL operation");
    }
    if (info.timeout)
      return {
        message: message("TIMEOUT", info.locale),
        path: formatted.path,
        extensions: { code: "TIMEOUT", correlationId: info.ref },
      };
    return {
      message: message("INTERNAL", info.locale, { ref: info.ref }),
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", correlationId: info.ref },
    };
  };
}

/** Marks queries (not mutations) so that the public read cache may keep an anonymous answer. */
export const publicCachePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === "query") markCacheable(contextValue.res);
      },
    };
  },
};

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
