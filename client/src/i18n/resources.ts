import { accountsSv } from "../features/accounts/i18n.sv";
import { shellSv } from "../features/shell/i18n.sv";
import { sv } from "./sv";

/**
 * The namespaces bundled with the app: what the page frame (header, menus, footer, sign-in
 * links) and the landing page show. Every other feature's Swedish strings
 * (features/<f>/i18n.sv.ts) load with the first page that reads them (see ./index.ts), so
 * that a first visit parses only the strings of what it shows.
 */
export const bundled = {
  translation: sv,
  shell: shellSv,
  accounts: accountsSv,
};

/**
 * Every namespace's shape: "translation" holds the shared strings (the app's name, the main
 * menu, states, form words), each feature its own (features/<f>/i18n.sv.ts and i18n.en.ts).
 * English, their mirror, is in english.ts. Types only: i18next.d.ts takes the keys from here.
 */
export interface Resources {
  translation: typeof sv;
  shell: typeof shellSv;
  accounts: typeof accountsSv;
  structure: typeof import("../features/structure/i18n.sv").structureSv;
  strategy: typeof import("../features/strategy/i18n.sv").strategySv;
  ideas: typeof import("../features/ideas/i18n.sv").ideasSv;
  discussion: typeof import("../features/discussion/i18n.sv").discussionSv;
  notifications: typeof import("../features/notifications/i18n.sv").notificationsSv;
  guidance: typeof import("../features/guidance/i18n.sv").guidanceSv;
  testing: typeof import("../features/testing/i18n.sv").testingSv;
  research: typeof import("../features/research/i18n.sv").researchSv;
  learning: typeof import("../features/learning/i18n.sv").learningSv;
  matters: typeof import("../features/matters/i18n.sv").mattersSv;
  bodies: typeof import("../features/bodies/i18n.sv").bodiesSv;
  dispatch: typeof import("../features/dispatch/i18n.sv").dispatchSv;
  wheel: typeof import("../features/wheel/i18n.sv").wheelSv;
  funding: typeof import("../features/funding/i18n.sv").fundingSv;
  support: typeof import("../features/support/i18n.sv").supportSv;
  statements: typeof import("../features/statements/i18n.sv").statementsSv;
  indicators: typeof import("../features/indicators/i18n.sv").indicatorsSv;
  places: typeof import("../features/places/i18n.sv").placesSv;
  insight: typeof import("../features/insight/i18n.sv").insightSv;
  plans: typeof import("../features/plans/i18n.sv").plansSv;
}

export type Namespace = keyof Resources;
