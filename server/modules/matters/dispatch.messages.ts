import type { Locale } from "../accounts/accounts.tables.js";

/** Messages of dispatching decisions to the parties; merged into the catalog in server/graphql/messages.ts. */
export const dispatchMessages = {
  DISPATCH_NOT_APPROVED: {
    sv: "Bara ett bifallet beslut expedieras till parterna.",
    en: "Only an approved decision is dispatched to the parties.",
  },
  DISPATCH_NO_CONTACT: {
    sv: "Ingenting skickades: {parties} saknar kontaktperson med e-postadress. Lägg till den under Samverkansstruktur och försök igen.",
    en: "Nothing was sent: {parties} has no contact person with an email address. Add one under Partnership structure and try again.",
  },
  DISPATCH_ALREADY_SENT: {
    sv: "Ingenting skickades: beslutet är redan expedierat till {party}.",
    en: "Nothing was sent: the decision has already been dispatched to {party}.",
  },
  NOT_A_PARTY: {
    sv: "Välj bland arenans parter.",
    en: "Choose among the arena's parties.",
  },
  NO_PARTIES: {
    sv: "Arenan har inga parter att expediera till.",
    en: "The arena has no parties to dispatch to.",
  },
  DISPATCH_LINK: {
    sv: "Länken fungerar inte. Kontrollera att hela länken från mejlet kom med, eller kontakta samverkanskansliet.",
    en: "The link does not work. Check that the whole link from the email came along, or contact the partnership office.",
  },
  DISPATCH_ANSWERED: {
    sv: "Ni har redan svarat på beslutet. Kontakta samverkanskansliet om svaret behöver ändras.",
    en: "You have already answered the decision. Contact the partnership office if the answer needs to change.",
  },
  ADOPTED_ON_REQUIRED: {
    sv: "Ange dagen då ni antog beslutet.",
    en: "Enter the day you adopted the decision.",
  },
  DECLINE_REASON: {
    sv: "Skriv varför ni avböjer beslutet.",
    en: "Write why you decline the decision.",
  },
} as const satisfies Record<string, Record<Locale, string>>;
