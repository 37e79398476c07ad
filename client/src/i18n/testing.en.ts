import type { TestingTranslations } from "./testing.sv";

/** English strings of the "testing" namespace; typed against the Swedish source so that no key can be missing. */
export const testingEn: TestingTranslations = {
  placeholder: "",
};
