import type { Locale } from "../accounts/accounts.tables.js";

/** Messages of the municipality pages; merged into the catalog in server/graphql/messages.ts. */
export const placesMessages = {
  GOOD_EXAMPLE_MUNICIPALITY: {
    sv: "Välj en kommun i arenan.",
    en: "Choose a municipality of the arena.",
  },
  GOOD_EXAMPLE_STALE: {
    sv: "Någon annan har ändrat exemplet medan du skrev. Ladda om sidan och gör ändringen igen.",
    en: "Someone else changed the example while you were writing. Reload the page and make the change again.",
  },
} as const satisfies Record<string, Record<Locale, string>>;
