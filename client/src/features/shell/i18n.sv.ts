import type { Strings } from "../../i18n/strings";

/** Swedish strings of the shell: the arena switcher, the language switch, the landing and arena pages, in the "shell" namespace. Every key here must also be in i18n.en.ts (the compiler checks). */
export const shellSv = {
  arenaSwitcher: {
    caption: "Arena",
    button: "Byt arena",
    current: "Aktuell arena: {{name}}",
    choose: "Välj arena",
  },
  language: {
    /** The button shows the language you can switch to, in that language. */
    switchTo: "English",
    switchToCode: "en",
    current: "Svenska",
  },
  menu: {
    partnership: "Partnerskapet",
    work: "Mitt arbete",
  },
  landing: {
    title: "Idéer som gör skillnad, prövade tillsammans",
    lead: "Arena är en öppen plattform för social innovation i regionen. Här får idéer från civilsamhälle, offentlig sektor, näringsliv och akademi stöd att utvecklas, testas och spridas – i samverkan med regionens och kommunernas gemensamma arbete för välfärd.",
    arenasHeading: "Välj din arena",
    openArena: "Gå till {{name}}",
    howHeading: "Så fungerar det",
    step1Title: "Idé",
    step1Text: "Du har en idé som kan göra livet bättre för fler. Arenan hjälper dig att formulera den och hitta rätt stöd.",
    step2Title: "Test och lärande",
    step2Text: "Idén prövas i liten skala, följs upp och justeras. Även det som inte fungerade ger kunskap.",
    step3Title: "Spridning",
    step3Text: "Det som visar sig fungera kan införas i fler kommuner och bli en del av det ordinarie arbetet.",
    noArenas: "Det finns inga arenor ännu.",
  },
  arenaHome: {
    sections: "Innehåll",
    structureText: "Organ, parter och länsdelar som samverkar inom välfärden.",
    strategyText: "Strategins mål och fokusområden som idéerna kan bidra till.",
    frameworksText: "Agenda 2030, folkhälsans målområden, SKR:s indikatorer och spridningsstegen.",
    bodies_one: "{{count}} organ",
    bodies_other: "{{count}} organ",
    parties_one: "{{count}} part",
    parties_other: "{{count}} parter",
    goals_one: "{{count}} strategiskt mål",
    goals_other: "{{count}} strategiska mål",
    region: "Region",
    ideasText: "Idéer från civilsamhälle, offentlig sektor, näringsliv och akademi – sök, följ och lämna din egen.",
    ideas_one: "{{count}} idé",
    ideas_other: "{{count}} idéer",
    newIdea: "Lämna en idé",
    browseIdeas: "Se alla idéer",
    latestIdeas: "Senaste idéerna",
    allIdeas_one: "Visa idén",
    allIdeas_other: "Visa alla {{count}} idéer",
  },
} as const;

export type ShellTranslations = Strings<typeof shellSv>;
