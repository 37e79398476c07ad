import { registerEnumType } from "type-graphql";

// The accounts' vocabulary: the values stored in its tables, and their GraphQL enums.

export enum RoleEnum {
  GUIDE = "guide",
  COORDINATOR = "coordinator",
  RESEARCHER = "researcher",
  BODY_MEMBER = "body_member",
  ADMIN = "admin",
}
registerEnumType(RoleEnum, {
  name: "Role",
  description: "A role in one arena. Every signed-in person is also an idea bearer, which needs no grant.",
});
export type Role = `${RoleEnum}`;

export enum LocaleEnum {
  SV = "sv",
  EN = "en",
}
registerEnumType(LocaleEnum, { name: "Locale" });
export type Locale = `${LocaleEnum}`;

/**
 * The privacy notice's version (client/src/features/statements/PrivacyPage.tsx shows the same):
 * registration records which one the person confirmed having read. Change both together when
 * the notice changes in substance.
 */
export const PRIVACY_NOTICE_VERSION = "2026-12-06";
