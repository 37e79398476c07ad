import type { Locale } from "../accounts/accounts.tables.js";

/** Messages of the research domain; merged into the catalog in server/graphql/messages.ts. */
export const researchMessages = {} as const satisfies Record<string, Record<Locale, string>>;
