/**
 * Swedish strings of the "testing" namespace. Every key here must also be in testing.en.ts (the compiler checks).
 */
export const testingSv = {
  placeholder: "",
} as const;

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type TestingTranslations = Strings<typeof testingSv>;
