import type { StrategyTranslations } from "./i18n.sv";

/** English strings of strategy and the frameworks; typed against the Swedish source so that no key can be missing. */
export const strategyEn: StrategyTranslations = {
  skrGroup: {
    GOOD_EQUAL_HEALTH: "Good and equal health",
    SUSTAINABLE: "Sustainable and lasting",
    GOOD_QUALITY: "Good quality",
  },
  strategy: {
    title: "Strategy",
    intro:
      "The strategy sets out what the region and the municipalities want to achieve together. Ideas in the arena can be linked to its goals and focus areas.",
    empty: "The arena has no strategy yet.",
    period: "{{from}}–{{to}}",
    periodLabel: "Period",
    overallGoal: "Overall goal",
    agendaGoals: "Agenda 2030 goals",
    agendaGoal: "Goal {{number}}",
    goal: "Strategic goal {{number}}",
    focusAreas: "Focus areas",
    focusAreasEmpty: "No focus areas.",
    goalsEmpty: "No strategic goals in this area.",
    areasEmpty: "The strategy has no areas yet.",
    goalsIn: "Strategic goals in {{area}}",
  },
  frameworks: {
    title: "Frameworks",
    intro: "National and international frameworks that ideas, tests and learnings can be linked to. They are shared by every arena.",
    agendaHeading: "Agenda 2030",
    agendaIntro: "The 17 global goals for sustainable development.",
    publicHealthHeading: "Public-health target areas",
    publicHealthIntro: "The eight national target areas for good and equal health.",
    skrHeading: "SKR's indicators",
    skrIntro: "22 indicators from SKR's Strategy for health, in three groups.",
    ladderHeading: "The scale-up ladder",
    ladderIntro: "Four steps from planning to a way of working that is part of the county's ordinary collaboration.",
    step: "Step {{step}}",
    number: "No. {{number}}",
  },
};
