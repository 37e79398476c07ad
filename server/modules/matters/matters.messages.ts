import type { Locale } from "../accounts/accounts.tables.js";

/** Messages of the matters module; merged into the catalog in server/graphql/messages.ts. */
export const mattersMessages = {
  MATTER_STAGE: {
    sv: "Ärendet kan inte göra det steget i det skede det är nu. Ladda om sidan för att se var det står.",
    en: "The matter cannot take that step at the stage it is in now. Reload the page to see where it stands.",
  },
  NOT_A_PREPARER: {
    sv: "Välj en person som sitter i arenans beredningsorgan.",
    en: "Choose a person who sits in the arena's preparation body.",
  },
  NOT_A_DECIDING_BODY: {
    sv: "Välj ett organ i arenan som fattar beslut: inte beredningsorganet eller kansliet.",
    en: "Choose a body of the arena that takes decisions: not the preparation body or the office.",
  },
  MATTER_ORIGIN_TAKEN: {
    sv: "Det finns redan ett öppet ärende från det här. Öppna det i stället.",
    en: "There is already an open matter from this. Open that one instead.",
  },
  ATTACHMENT_TOO_BIG: {
    sv: "Filen är för stor. Högst {max} MB.",
    en: "The file is too large. At most {max} MB.",
  },
  ATTACHMENT_TYPE: {
    sv: "Den filtypen går inte att bifoga. Välj en PDF, ett Office- eller OpenDocument-dokument eller en bild (PNG, JPEG, WebP).",
    en: "That type of file cannot be attached. Choose a PDF, an Office or OpenDocument document, or an image (PNG, JPEG, WebP).",
  },
  MATTER_STALE_EDIT: {
    sv: "Någon annan har ändrat underlaget medan du skrev. Din text är kvar här; jämför med det som nu är sparat och spara igen.",
    en: "Someone else changed the basis while you were writing. Your text is still here; compare it with what is saved now and save again.",
  },
  ATTACHMENT_EMPTY: { sv: "Filen är tom.", en: "The file is empty." },
} as const satisfies Record<string, Record<Locale, string>>;
