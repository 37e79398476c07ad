import type { Strings } from "../../i18n/strings";

/** Swedish strings of co-funding, in the "funding" namespace. Every key here must also be in i18n.en.ts (the compiler checks). */
export const fundingSv = {
  kind: {
    ACTIVITY: "Aktivitet",
    MATTER: "Ärende",
    KANSLI: "Kansliets kostnader",
  },
  page: {
    title: "Finansiering {{year}}",
    lead: "Vad varje part har åtagit sig och betalat i år. Regionen står för sin andel, kommunerna för resten enligt fördelningsnyckeln.",
    notAllowed: "Finansieringen per part visas för partnerskapets ledamöter och kansliet.",
    notFound: "Arenan finns inte.",
    previous: "Föregående år",
    next: "Nästa år",
    yearNav: "Andra år",
    partiesHeading: "Per part",
    partiesCaption: "Åtagande, betalt och kostnader per part {{year}}, i kronor",
    party: "Part",
    committed: "Åtagit sig",
    paid: "Betalt",
    spent: "Kostnader",
    left: "Kvar att betala",
    total: "Totalt",
    region: "(regionens andel)",
    plansHeading: "Finansieringsplaner",
    noPlans: "Inga finansieringsplaner för året ännu.",
    keyHeading: "Fördelningsnyckel",
    keyVersion: "Version {{version}}, beslutad {{date}}",
    noKey: "Ingen fördelningsnyckel är beslutad för året.",
    keyCaption: "Kommunernas andelar i fördelningsnyckeln",
    share: "Andel",
  },
  plan: {
    summary: "{{total}} kr: regionen {{region}} kr ({{regionShare}}), kommunerna {{municipalities}} kr enligt nyckel version {{version}}",
    caption: "Fördelning per part för ”{{title}}”, i kronor",
  },
  panel: {
    heading: "Finansiering",
    empty: "Ingen finansieringsplan ännu.",
    formHeading: "Ny finansieringsplan",
    title: "Vad finansieras",
    totalAmount: "Totalbelopp (kr)",
    totalHint: "Hela kronor. Regionen står för 50 %, kommunerna för resten enligt årets fördelningsnyckel.",
    year: "År",
    submit: "Skapa planen",
    submitting: "Skapar…",
    created: "Finansieringsplanen skapades.",
  },
} as const;

export type FundingTranslations = Strings<typeof fundingSv>;
