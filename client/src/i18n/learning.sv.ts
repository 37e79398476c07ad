/**
 * Swedish strings of the "learning" namespace. Every key here must also be in learning.en.ts (the compiler checks).
 */
export const learningSv = {
  placeholder: "",
} as const;

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type LearningTranslations = Strings<typeof learningSv>;
