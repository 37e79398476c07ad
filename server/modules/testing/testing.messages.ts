import type { Locale } from "../accounts/accounts.tables.js";

/** Messages of the testing domain; merged into the catalog in server/graphql/messages.ts. */
export const testingMessages = {} as const satisfies Record<string, Record<Locale, string>>;
