import type { LearningTranslations } from "./learning.sv";

/** English strings of the "learning" namespace; typed against the Swedish source so that no key can be missing. */
export const learningEn: LearningTranslations = {
  placeholder: "",
};
