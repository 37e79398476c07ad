import "i18next";
import type { Resources } from "./resources";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    // A feature's t finds the shared strings too, without naming their namespace.
    fallbackNS: "translation";
    resources: Resources;
  }
}
