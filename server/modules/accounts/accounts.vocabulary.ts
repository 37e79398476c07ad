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
