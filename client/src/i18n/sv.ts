import type { Strings } from "./strings";

/** Swedish, the source language. Every key here must also be in en.ts (the compiler checks). */
export const sv = {
  app: {
    name: "Arena",
    tagline: "Social innovation i regionen",
    titleSuffix: "Arena",
    footer: "Arena är en öppen plattform för regional social innovation.",
    footerLinks: "Om tjänsten",
  },
  nav: {
    skipToContent: "Hoppa till huvudinnehållet",
    main: "Huvudmeny",
    arena: "Arenameny",
    overview: "Översikt",
    structure: "Samverkansstruktur",
    strategy: "Strategi",
    frameworks: "Ramverk",
    home: "Arena, till startsidan",
    ideas: "Idéer",
    myIdeas: "Mina idéer",
  },
  account: {
    signIn: "Logga in",
    register: "Skapa konto",
    signOut: "Logga ut",
    signingOut: "Loggar ut…",
    myAccount: "Mitt konto",
    signedInAs: "Inloggad som {{name}}",
    rolesLabel: "Roller",
    ideaBearer: "Idébärare",
  },
  sector: {
    CIVIL_SOCIETY: "Civilsamhälle",
    PUBLIC: "Offentlig sektor",
    BUSINESS: "Näringsliv",
    ACADEMIA: "Akademi",
  },
  state: {
    loading: "Laddar…",
    errorTitle: "Det gick inte att hämta uppgifterna",
    networkError: "Vi når inte servern just nu. Kontrollera din anslutning och försök igen.",
    retry: "Försök igen",
    notFoundTitle: "Sidan finns inte",
    notFoundText: "Vi hittar ingen sida på den adressen. Den kan ha flyttats eller tagits bort.",
    arenaNotFoundTitle: "Arenan finns inte",
    arenaNotFoundText: "Det finns ingen arena med adressen ”{{slug}}”.",
    backHome: "Till startsidan",
    liveUpdate: "Strukturen har uppdaterats.",
  },
  form: {
    optional: "(valfritt)",
    errorSummary: "Rätta följande:",
    fieldErrorsCount_one: "{{count}} fält behöver rättas.",
    fieldErrorsCount_other: "{{count}} fält behöver rättas.",
    error: "Fel:",
  },
} as const;

export type Translations = Strings<typeof sv>;
