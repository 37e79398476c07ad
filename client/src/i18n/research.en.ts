import type { ResearchTranslations } from "./research.sv";

/** English strings of the "research" namespace; typed against the Swedish source so that no key can be missing. */
export const researchEn: ResearchTranslations = {
  placeholder: "",
};
