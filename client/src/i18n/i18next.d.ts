import "i18next";
import type { resources } from "./resources";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    // A feature's t finds the shared strings too, without naming their namespace.
    fallbackNS: "translation";
    resources: (typeof resources)["sv"];
  }
}
