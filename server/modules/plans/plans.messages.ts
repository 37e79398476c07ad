import type { Locale } from "../accounts/accounts.tables.js";

/** Messages of the plans module; merged into the catalog in server/graphql/messages.ts. */
export const plansMessages = {
  PLAN_EXISTS: {
    sv: "Det finns redan en plan för det året och organet. Öppna den i stället.",
    en: "There is already a plan for that year and body. Open it instead.",
  },
  PLAN_STALE_EDIT: {
    sv: "Någon annan har ändrat det här medan du skrev. Din text är kvar; ladda om för att se det som nu är sparat och spara igen.",
    en: "Someone else changed this while you were writing. Your text is still here; reload to see what is saved now and save again.",
  },
  PLAN_BODY_KIND: {
    sv: "Handlingsplanen ägs av arenans strategiska ledning; en aktivitetsplan av ett utskott eller annat beslutande organ.",
    en: "The action plan is owned by the arena's strategic leadership; an activity plan by a committee or another deciding body.",
  },
  PLAN_REMOVE_ADOPTED: {
    sv: "Planen är antagen: det den innehåller står kvar. Sätt aktiviteten som inställd i stället.",
    en: "The plan is adopted: what it holds stays. Mark the activity as cancelled instead.",
  },
  ACTIVITY_HAS_FUNDING: {
    sv: "Aktiviteten har en finansieringsplan och kan inte tas bort. Sätt den som inställd i stället.",
    en: "The activity has a funding plan and cannot be removed. Mark it as cancelled instead.",
  },
  PLAN_NOT_DRAFT: {
    sv: "Planen är redan antagen eller avslutad.",
    en: "The plan is already adopted or closed.",
  },
  PLAN_ADOPTION_PENDING: {
    sv: "Planen har redan ett öppet ärende om antagande. Öppna ärendet i stället.",
    en: "The plan already has an open matter for its adoption. Open that matter instead.",
  },
  SUB_GOAL_OTHER_GOAL: {
    sv: "Delmålet hör till ett annat mål eller en annan plan.",
    en: "The sub-goal belongs to another goal or another plan.",
  },
  ACTIVITY_DATES: {
    sv: "Slutdatum kan inte ligga före startdatum.",
    en: "The end date cannot be before the start date.",
  },
  DECISION_NOT_APPROVED: {
    sv: "Bara ett bifallet beslut kan bli en aktivitet.",
    en: "Only an approved decision can become an activity.",
  },
  ACTIVITY_FROM_DECISION_TAKEN: {
    sv: "Beslutet har redan blivit en aktivitet i den här planen.",
    en: "The decision has already become an activity in this plan.",
  },
  UPDATE_IN_FUTURE: {
    sv: "Datumet kan inte ligga i framtiden.",
    en: "The date cannot be in the future.",
  },
  NOT_A_PERSON_HERE: {
    sv: "Välj en person från listan.",
    en: "Choose a person from the list.",
  },
} as const satisfies Record<string, Record<Locale, string>>;
