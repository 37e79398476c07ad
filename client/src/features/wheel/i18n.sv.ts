import type { Strings } from "../../i18n/strings";

/** Swedish strings of the annual wheel, in the "wheel" namespace. Every key here must also be in i18n.en.ts (the compiler checks). */
export const wheelSv = {
  page: {
    title: "Årshjul",
    lead: "Det som återkommer varje år i partnerskapet: när organen beslutar, följer upp och reviderar, och vem som påminns.",
    wheelTitle: "Årshjulet som cirkel med årets tolv månader",
    wheelDesc: "{{count}} händelser fördelade över året. Samma händelser står månad för månad i tabellen nedan.",
    tableHeading: "Månad för månad",
    caption: "Årshjulets händelser per månad",
    month: "Månad",
    when: "När",
    what: "Vad händer",
    body: "Organ",
    reminded: "Påminns",
    empty: "Årshjulet har inga händelser ännu.",
    wholeMonth: "Under månaden",
    workingDaysAhead: "{{who}}, {{count}} arbetsdagar innan",
    notFound: "Arenan finns inte.",
    remove: "Ta bort",
    removeLabel: "Ta bort ”{{title}}”",
    removed: "”{{title}}” togs bort.",
  },
  audience: {
    BODY_MEMBERS: "Organets ledamöter",
    KANSLI: "Kansliet",
    ROLE: "En roll",
  },
  form: {
    heading: "Lägg till en händelse",
    month: "Månad",
    day: "Dag",
    dayHint: "Lämna tomt om händelsen gäller hela månaden.",
    body: "Organ",
    noBody: "Inget särskilt organ",
    titleSv: "Vad händer (svenska)",
    titleEn: "Vad händer (engelska)",
    audience: "Vem påminns",
    remindWorkingDays: "Antal arbetsdagar innan",
    submit: "Lägg till",
    submitting: "Lägger till…",
    created: "”{{title}}” lades till i årshjulet.",
  },
} as const;

export type WheelTranslations = Strings<typeof wheelSv>;
