import { en } from "./en";
import { guidanceEn } from "./guidance.en";
import { learningEn } from "./learning.en";
import { researchEn } from "./research.en";
import { testingEn } from "./testing.en";

/** Every English namespace: loaded only by those who read English, apart from Swedish's first bundle. */
export const english = { translation: en, guidance: guidanceEn, testing: testingEn, research: researchEn, learning: learningEn };
