import type { Locale } from "../accounts/accounts.tables.js";

/** Messages of the annual wheel; merged into the catalog in server/graphql/messages.ts. */
export const wheelMessages = {
  STALE_MILESTONE: {
    sv: "Någon annan har ändrat händelsen medan du redigerade. Ladda om och gör ändringen igen.",
    en: "Someone else changed the milestone while you were editing. Reload and make the change again.",
  },
  NO_SUCH_DAY: { sv: "Den månaden har inte så många dagar.", en: "That month does not have that many days." },
  AUDIENCE_NEEDS_BODY: {
    sv: "Välj vilket organ vars ledamöter ska påminnas.",
    en: "Choose the body whose members are to be reminded.",
  },
  AUDIENCE_NEEDS_ROLE: { sv: "Välj vilken roll som ska påminnas.", en: "Choose the role to be reminded." },
  BODY_OF_OTHER_ARENA: { sv: "Välj ett organ i den här arenan.", en: "Choose a body of this arena." },
} as const satisfies Record<string, Record<Locale, string>>;
