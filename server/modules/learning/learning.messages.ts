import type { Locale } from "../accounts/accounts.tables.js";

/** Messages of the learning domain; merged into the catalog in server/graphql/messages.ts. */
export const learningMessages = {} as const satisfies Record<string, Record<Locale, string>>;
