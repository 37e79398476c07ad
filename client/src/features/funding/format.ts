import { currentLanguage } from "../../i18n";

const tag = () => (currentLanguage() === "en" ? "en-GB" : "sv-SE");

/** Whole kronor with the locale's grouping: 1 250 000 / 1,250,000. */
export const kronor = (n: number) => new Intl.NumberFormat(tag(), { maximumFractionDigits: 0 }).format(n);

/** Basis points as a percentage: 3574 → 35,74 % / 35.74%. */
export const percent = (basisPoints: number) =>
  new Intl.NumberFormat(tag(), { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(basisPoints / 10_000);
