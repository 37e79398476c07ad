import { initGraphQLTada } from "gql.tada";
// One generated introspection for the client and the tests (`npm run schema`).
import type { introspection } from "../../client/src/graphql-env.d.ts";

/** Typed documents for tests, compiled against schema/schema.graphql (`npm run schema`). */
export const graphql = initGraphQLTada<{ introspection: introspection; scalars: { DateTime: string; LocalDate: string; ID: string } }>();
export type { ResultOf, VariablesOf } from "gql.tada";
