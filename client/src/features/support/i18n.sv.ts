import type { Strings } from "../../i18n/strings";

/** Editing the support system's registry (Stödsystemet); the registry's own words are in guidance's namespace. */
export const supportSv = {
  add: "Lägg till aktör",
  added: "{{name}} är tillagd i stödsystemet.",
  saved: "Ändringarna för {{name}} är sparade.",
  removed: "{{name}} är borttagen ur stödsystemet.",
  edit: "Ändra",
  remove: "Ta bort",
  removeHeading: "Ta bort {{name}}",
  removeQuestion:
    "Ta bort {{name}} ur stödsystemet? En aktör som idéer redan har hänvisats till finns kvar i deras historik och kan inte tas bort.",
  confirmRemove: "Ja, ta bort",
  removing: "Tar bort…",
  form: {
    addHeading: "Ny aktör i stödsystemet",
    editHeading: "Ändra {{name}}",
    name: "Namn",
    chooseKind: "Välj typ av aktör",
    phases: "Vilka faser de stödjer",
    phasesHint: "Idéns väg: idé, utveckling, test och spridning. Välj minst en.",
    choosePhase: "Välj minst en fas som aktören stödjer.",
    offer: "Vad de erbjuder",
    offerHint: "Vad en idébärare kan få hjälp med, med några ord.",
    contactHint: "En funktion eller ett kontor, inte en person.",
    emailHint: "Hit mejlas hänvisningar med aktörens personliga länk. Utan adress visas länken för den som hänvisar.",
    add: "Lägg till",
    save: "Spara",
    saving: "Sparar…",
    cancel: "Avbryt",
  },
} as const;

export type SupportTranslations = Strings<typeof supportSv>;
