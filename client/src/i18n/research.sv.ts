/**
 * Swedish strings of the "research" namespace. Every key here must also be in research.en.ts (the compiler checks).
 */
export const researchSv = {
  placeholder: "",
} as const;

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type ResearchTranslations = Strings<typeof researchSv>;
