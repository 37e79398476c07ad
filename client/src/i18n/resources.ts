import { accountsEn } from "../features/accounts/i18n.en";
import { accountsSv } from "../features/accounts/i18n.sv";
import { discussionEn } from "../features/discussion/i18n.en";
import { discussionSv } from "../features/discussion/i18n.sv";
import { guidanceEn } from "../features/guidance/i18n.en";
import { guidanceSv } from "../features/guidance/i18n.sv";
import { ideasEn } from "../features/ideas/i18n.en";
import { ideasSv } from "../features/ideas/i18n.sv";
import { learningEn } from "../features/learning/i18n.en";
import { learningSv } from "../features/learning/i18n.sv";
import { notificationsEn } from "../features/notifications/i18n.en";
import { notificationsSv } from "../features/notifications/i18n.sv";
import { researchEn } from "../features/research/i18n.en";
import { researchSv } from "../features/research/i18n.sv";
import { shellEn } from "../features/shell/i18n.en";
import { shellSv } from "../features/shell/i18n.sv";
import { strategyEn } from "../features/strategy/i18n.en";
import { strategySv } from "../features/strategy/i18n.sv";
import { structureEn } from "../features/structure/i18n.en";
import { structureSv } from "../features/structure/i18n.sv";
import { testingEn } from "../features/testing/i18n.en";
import { testingSv } from "../features/testing/i18n.sv";
import { en } from "./en";
import { sv } from "./sv";

/**
 * Every namespace, in both languages: "translation" holds the shared strings (the app's name,
 * the main menu, states, form words), each feature its own (features/<f>/i18n.sv.ts and
 * i18n.en.ts). The one place that registers them; i18next.d.ts takes its types from here.
 */
export const resources = {
  sv: {
    translation: sv,
    shell: shellSv,
    accounts: accountsSv,
    structure: structureSv,
    strategy: strategySv,
    ideas: ideasSv,
    discussion: discussionSv,
    notifications: notificationsSv,
    guidance: guidanceSv,
    testing: testingSv,
    research: researchSv,
    learning: learningSv,
  },
  en: {
    translation: en,
    shell: shellEn,
    accounts: accountsEn,
    structure: structureEn,
    strategy: strategyEn,
    ideas: ideasEn,
    discussion: discussionEn,
    notifications: notificationsEn,
    guidance: guidanceEn,
    testing: testingEn,
    research: researchEn,
    learning: learningEn,
  },
};

export type Namespace = keyof (typeof resources)["sv"];
