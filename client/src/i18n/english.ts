import { accountsEn } from "../features/accounts/i18n.en";
import { mattersEn } from "../features/matters/i18n.en";
import { bodiesEn } from "../features/bodies/i18n.en";
import { discussionEn } from "../features/discussion/i18n.en";
import { dispatchEn } from "../features/dispatch/i18n.en";
import { wheelEn } from "../features/wheel/i18n.en";
import { fundingEn } from "../features/funding/i18n.en";
import { guidanceEn } from "../features/guidance/i18n.en";
import { ideasEn } from "../features/ideas/i18n.en";
import { insightEn } from "../features/insight/i18n.en";
import { learningEn } from "../features/learning/i18n.en";
import { notificationsEn } from "../features/notifications/i18n.en";
import { researchEn } from "../features/research/i18n.en";
import { shellEn } from "../features/shell/i18n.en";
import { strategyEn } from "../features/strategy/i18n.en";
import { statementsEn } from "../features/statements/i18n.en";
import { plansEn } from "../features/plans/i18n.en";
import { structureEn } from "../features/structure/i18n.en";
import { supportEn } from "../features/support/i18n.en";
import { placesEn } from "../features/places/i18n.en";
import { testingEn } from "../features/testing/i18n.en";
import { indicatorsEn } from "../features/indicators/i18n.en";
import { en } from "./en";
import type { Namespace } from "./resources";

/** Every English namespace: loaded only by those who read English, apart from Swedish's first bundle. */
export const english: Record<Namespace, object> = {
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
  matters: mattersEn,
  bodies: bodiesEn,
  dispatch: dispatchEn,
  wheel: wheelEn,
  funding: fundingEn,
  support: supportEn,
  places: placesEn,
  statements: statementsEn,
  indicators: indicatorsEn,
  insight: insightEn,
  plans: plansEn,
};
