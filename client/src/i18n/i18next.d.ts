import "i18next";
import type { guidanceSv } from "./guidance.sv";
import type { learningSv } from "./learning.sv";
import type { researchSv } from "./research.sv";
import type { sv } from "./sv";
import type { testingSv } from "./testing.sv";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: {
      translation: typeof sv;
      guidance: typeof guidanceSv;
      testing: typeof testingSv;
      research: typeof researchSv;
      learning: typeof learningSv;
    };
  }
}
