import { accountsSv } from "../features/accounts/i18n.sv";
import { placesSv } from "../features/places/i18n.sv";
import { mattersSv } from "../features/matters/i18n.sv";
import { bodiesSv } from "../features/bodies/i18n.sv";
import { discussionSv } from "../features/discussion/i18n.sv";
import { dispatchSv } from "../features/dispatch/i18n.sv";
import { wheelSv } from "../features/wheel/i18n.sv";
import { fundingSv } from "../features/funding/i18n.sv";
import { guidanceSv } from "../features/guidance/i18n.sv";
import { ideasSv } from "../features/ideas/i18n.sv";
import { insightSv } from "../features/insight/i18n.sv";
import { learningSv } from "../features/learning/i18n.sv";
import { notificationsSv } from "../features/notifications/i18n.sv";
import { researchSv } from "../features/research/i18n.sv";
import { shellSv } from "../features/shell/i18n.sv";
import { strategySv } from "../features/strategy/i18n.sv";
import { statementsSv } from "../features/statements/i18n.sv";
import { structureSv } from "../features/structure/i18n.sv";
import { supportSv } from "../features/support/i18n.sv";
import { testingSv } from "../features/testing/i18n.sv";
import { indicatorsSv } from "../features/indicators/i18n.sv";
import { plansSv } from "../features/plans/i18n.sv";
import { sv } from "./sv";

/**
 * Every namespace: "translation" holds the shared strings (the app's name, the main menu, states,
 * form words), each feature its own (features/<f>/i18n.sv.ts and i18n.en.ts). Swedish is bundled
 * with the app; English, its mirror, is in english.ts and loads when someone reads English. The one
 * place that registers them; i18next.d.ts takes its types from here.
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
    matters: mattersSv,
    bodies: bodiesSv,
    dispatch: dispatchSv,
    wheel: wheelSv,
    funding: fundingSv,
    support: supportSv,
    statements: statementsSv,
    indicators: indicatorsSv,
    places: placesSv,
    insight: insightSv,
    plans: plansSv,
  },
};

export type Namespace = keyof (typeof resources)["sv"];
