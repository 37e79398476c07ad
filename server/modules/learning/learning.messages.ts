import type { Locale } from "../accounts/accounts.tables.js";

/** Messages of the learning library and the scale-up ladder; merged into the catalog in server/graphql/messages.ts. */
export const learningMessages = {
  SCALE_STAGE: {
    sv: "Spridningssteg och kommunernas införande registreras när idén är i lotsning, utveckling, test, spridning eller införd.",
    en: "Ladder steps and municipalities' adoption are recorded while the idea is in guidance, development, testing, scaling or adopted.",
  },
  SCALE_STEP_SAME: {
    sv: "Idén står redan på steg {step} av 4. Välj ett annat steg.",
    en: "The idea already stands at step {step} of 4. Choose another step.",
  },
  SCALE_DOWN_REASON: {
    sv: "Skriv varför idén går tillbaka till ett lägre steg.",
    en: "Write why the idea moves back to a lower step.",
  },
  NOT_MUNICIPALITY: {
    sv: "Välj en av kommunerna i idéns arena.",
    en: "Choose one of the municipalities of the idea's arena.",
  },
} as const satisfies Record<string, Record<Locale, string>>;
