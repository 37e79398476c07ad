import type { Strings } from "../../i18n/strings";

/** Swedish strings of strategy and the frameworks, in the "strategy" namespace. Every key here must also be in i18n.en.ts (the compiler checks). */
export const strategySv = {
  skrGroup: {
    GOOD_EQUAL_HEALTH: "God och jämlik hälsa",
    SUSTAINABLE: "Hållbart och uthålligt",
    GOOD_QUALITY: "God kvalitet",
  },
  strategy: {
    title: "Strategi",
    intro:
      "Strategin beskriver vad regionen och kommunerna vill uppnå tillsammans. Idéer i arenan kan kopplas till dess mål och fokusområden.",
    empty: "Arenan har ingen strategi ännu.",
    period: "{{from}}–{{to}}",
    periodLabel: "Period",
    overallGoal: "Övergripande mål",
    agendaGoals: "Agenda 2030-mål",
    agendaGoal: "Mål {{number}}",
    goal: "Strategiskt mål {{number}}",
    focusAreas: "Fokusområden",
    focusAreasEmpty: "Inga fokusområden.",
    reviewOn: "Följs upp {{date}}",
    reviewDue: "Dags för uppföljning (sedan {{date}})",
    goalsEmpty: "Inga strategiska mål inom området.",
    areasEmpty: "Strategin har inga områden ännu.",
    goalsIn: "Strategiska mål inom {{area}}",
  },
  edit: {
    editGoal: "Ändra mål {{number}}",
    goalHeading: "Ändra strategiskt mål {{number}}",
    addArea: "Lägg till fokusområde under mål {{number}}",
    addAreaHeading: "Nytt fokusområde under mål {{number}}",
    editArea: "Ändra {{code}}",
    areaHeading: "Ändra fokusområde {{code}}",
    removeArea: "Ta bort {{code}}",
    code: "Nummer",
    codeHint: "Till exempel 2.5.",
    titleSv: "Rubrik på svenska",
    titleEn: "Rubrik på engelska",
    reviewOn: "Nästa uppföljning",
    reviewOnHint: "När målet ska följas upp och ses över nästa gång. Lämna tomt om inget datum är bestämt.",
    save: "Spara",
    saving: "Sparar…",
    cancel: "Avbryt",
  },
  frameworks: {
    title: "Ramverk",
    intro: "Nationella och internationella ramverk som idéer, tester och lärdomar kan kopplas till. De är gemensamma för alla arenor.",
    agendaHeading: "Agenda 2030",
    agendaIntro: "De 17 globala målen för hållbar utveckling.",
    publicHealthHeading: "Folkhälsopolitikens målområden",
    publicHealthIntro: "De åtta nationella målområdena för en god och jämlik hälsa.",
    skrHeading: "SKR:s indikatorer",
    skrIntro: "22 indikatorer från SKR:s Strategi för hälsa, i tre grupper.",
    ladderHeading: "Spridningsstegen",
    ladderIntro: "Fyra steg från planering till att ett arbetssätt blir en del av länets ordinarie samverkan.",
    step: "Steg {{step}}",
    number: "Nr {{number}}",
  },
} as const;

export type StrategyTranslations = Strings<typeof strategySv>;
