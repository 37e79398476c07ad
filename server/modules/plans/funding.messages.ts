import type { Locale } from "../accounts/accounts.tables.js";

/** Messages of co-funding; merged into the catalog in server/graphql/messages.ts. */
export const fundingMessages = {
  KEY_SUM: {
    sv: "Andelarna ska bli exakt 100 %. Nu blir de {percent} %.",
    en: "The shares must add up to exactly 100 %. Now they add up to {percent} %.",
  },
  KEY_PARTY: {
    sv: "Varje andel ska gälla en av arenans kommuner som är part, och varje kommun bara en gång.",
    en: "Each share must be for one of the arena's municipalities that is a party, and each municipality only once.",
  },
  MATTER_NOT_DECIDED: {
    sv: "Välj ett ärende i arenan som har ett bifallsbeslut.",
    en: "Choose a matter of the arena with a decision to approve.",
  },
  NO_KEY: {
    sv: "Det finns ingen beslutad fördelningsnyckel för {year}. Besluta en först.",
    en: "There is no decided distribution key for {year}. Decide one first.",
  },
  NO_REGION: {
    sv: "Arenan har ingen region som part att fördela regionens andel på.",
    en: "The arena has no region among its parties to carry the region's share.",
  },
  FUNDING_TARGET: {
    sv: "Ange en aktivitet för en aktivitetsplan, ett ärende för en ärendeplan, och varken eller för kansliets kostnader.",
    en: "Give an activity for an activity's plan, a matter for a matter's plan, and neither for the kansli's costs.",
  },
  NOT_A_PLAN_PARTY: {
    sv: "Välj en av parterna i finansieringsplanen.",
    en: "Choose one of the parties of the funding plan.",
  },
} as const satisfies Record<string, Record<Locale, string>>;
