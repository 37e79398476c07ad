import type { Locale } from "../accounts/accounts.tables.js";

/** Messages of the research domain; merged into the catalog in server/graphql/messages.ts. */
export const researchMessages = {
  ACCESS_NOT_NEEDED: {
    sv: "Du kan redan läsa idén. Öppna den i stället för att be om behörighet.",
    en: "You can already read this idea. Open it instead of asking for access.",
  },
  ACCESS_REQUEST_PENDING: {
    sv: "Du har redan bett om att få läsa idén. Vänta på idébärarnas svar; du får en notis.",
    en: "You have already asked to read this idea. Wait for the bearers' answer; you will be notified.",
  },
  ACCESS_REQUEST_NOT_PENDING: {
    sv: "Begäran är redan besvarad. Ladda om sidan för att se hur den står.",
    en: "The request has already been answered. Reload the page to see where it stands.",
  },
  ACCESS_REQUEST_GRANTED: {
    sv: "Forskaren har redan läsbehörighet till idén.",
    en: "The researcher already has access to read the idea.",
  },
  ACCESS_REQUEST_NOT_GRANTED: {
    sv: "Bara en beviljad behörighet kan dras tillbaka. Ladda om sidan för att se hur begäran står.",
    en: "Only granted access can be revoked. Reload the page to see where the request stands.",
  },
} as const satisfies Record<string, Record<Locale, string>>;
