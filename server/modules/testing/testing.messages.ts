import type { Locale } from "../accounts/accounts.tables.js";

/** Messages of the testing domain; merged into the catalog in server/graphql/messages.ts. */
export const testingMessages = {
  CYCLE_STAGE: {
    sv: "Testcykler planeras och genomförs när idén är i lotsning, utveckling eller test.",
    en: "Test cycles are planned and run while the idea is in guidance, development or testing.",
  },
  CYCLE_OPEN: {
    sv: "Idén har redan en testcykel utan beslut. Avsluta den med ett beslut innan ni planerar nästa.",
    en: "The idea already has a test cycle without a decision. Finish it with a decision before planning the next.",
  },
  CYCLE_STALE: {
    sv: "Någon annan har ändrat planen medan du skrev. Din text är kvar; ladda om planen, jämför och spara igen.",
    en: "Someone else changed the plan while you were writing. Your text is still here; reload the plan, compare and save again.",
  },
  STUDY_STALE: {
    sv: "Någon annan har sparat testcykeln medan du skrev. Din text är kvar; ladda om sidan, jämför och spara igen.",
    en: "Someone else saved the test cycle while you were writing. Your text is still here; reload the page, compare and save again.",
  },
  DECISION_STALE: {
    sv: "Resultaten har sparats på nytt medan du skrev beslutet. Din text är kvar; läs den nya sammanfattningen och spara beslutet igen.",
    en: "The results were saved again while you were writing the decision. Your text is still here; read the new summary and save the decision again.",
  },
  CYCLE_STARTED: {
    sv: "Testcykeln är redan startad.",
    en: "The test cycle has already started.",
  },
  CYCLE_NOT_RUNNING: {
    sv: "Starta testcykeln först. Mätvärden och resultat registreras när cykeln pågår och innan beslutet.",
    en: "Start the test cycle first. Measurements and results are recorded while the cycle runs and before the decision.",
  },
  CYCLE_PLAN_CLOSED: {
    sv: "Planen kan ändras medan cykeln är planerad eller pågår, inte efter att resultaten har sammanfattats.",
    en: "The plan can be changed while the cycle is planned or running, not once its results have been studied.",
  },
  CYCLE_NOT_STUDIED: {
    sv: "Sammanfatta resultaten och observationerna (studera) innan ni fattar beslut.",
    en: "Record the results and observations (study) before deciding.",
  },
  CYCLE_DECIDED: {
    sv: "Testcykeln har redan ett beslut och kan inte ändras.",
    en: "The test cycle already has a decision and cannot be changed.",
  },
  MEASURE_REPEATED: {
    sv: "Samma mått finns två gånger i listan. Ta bort den ena.",
    en: "The same measure is in the list twice. Remove one of them.",
  },
  VALUE_RANGE: {
    sv: "Värdet är för stort. Ange ett tal mellan −1 000 000 000 000 och 1 000 000 000 000.",
    en: "The value is too large. Enter a number between −1,000,000,000,000 and 1,000,000,000,000.",
  },
  HYPOTHESIS_REQUIRED: {
    sv: "Skriv en hypotes: vad tror ni ska hända, och varför? Cykeln kan inte starta utan den.",
    en: "Write a hypothesis: what do you believe will happen, and why? The cycle cannot start without one.",
  },
  MEASURE_REQUIRED: {
    sv: "Lägg till minst ett mått med ett utgångsvärde. Cykeln kan inte starta utan det.",
    en: "Add at least one measure with a baseline. The cycle cannot start without one.",
  },
  BASELINE_REQUIRED: {
    sv: "Ange ett utgångsvärde för måttet ”{name}”: värdet före testet. Cykeln kan inte starta utan det.",
    en: "Enter a baseline for the measure “{name}”: its value before the test. The cycle cannot start without it.",
  },
  MEASURE_HAS_MEASUREMENTS: {
    sv: "Måttet ”{name}” har mätvärden och kan inte tas bort. Ta bort mätvärdena först.",
    en: "The measure “{name}” has measurements and cannot be removed. Delete its measurements first.",
  },
  ENDS_BEFORE_START: {
    sv: "Slutdatumet ligger före startdatumet. Välj ett senare slutdatum.",
    en: "The end date is before the start date. Choose a later end date.",
  },
  NOT_A_MUNICIPALITY: {
    sv: "Välj kommuner och organisationer i idéns arena.",
    en: "Choose municipalities and organisations of the idea's arena.",
  },
  MEASURED_IN_FUTURE: {
    sv: "Datumet kan inte ligga i framtiden. Ange dagen då värdet mättes.",
    en: "The date cannot be in the future. Enter the day the value was measured.",
  },
  MEASURED_TOO_EARLY: {
    sv: "Datumet ligger mer än {years} år bakåt. Kontrollera året.",
    en: "The date is more than {years} years back. Check the year.",
  },
} as const satisfies Record<string, Record<Locale, string>>;
