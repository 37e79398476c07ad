import { registerEnumType } from "type-graphql";

// GraphQL enums over the string values stored in the database.

export enum SectorEnum {
  CIVIL_SOCIETY = "civil_society",
  PUBLIC = "public",
  BUSINESS = "business",
  ACADEMIA = "academia",
}
registerEnumType(SectorEnum, { name: "Sector", description: "The sector an organisation or a person comes from." });

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

export enum LocaleEnum {
  SV = "sv",
  EN = "en",
}
registerEnumType(LocaleEnum, { name: "Locale" });

export enum OrganisationKindEnum {
  REGION = "region",
  MUNICIPALITY = "municipality",
  COUNTY_ADMINISTRATIVE_BOARD = "county_administrative_board",
  UNIVERSITY = "university",
  EDUCATION_FEDERATION = "education_federation",
  CIVIL_SOCIETY_ORGANISATION = "civil_society_organisation",
  COMPANY = "company",
  OTHER = "other",
}
registerEnumType(OrganisationKindEnum, { name: "OrganisationKind" });

export enum BodyKindEnum {
  POLITICAL_NETWORK = "political_network",
  STRATEGIC_LEADERSHIP = "strategic_leadership",
  COMMITTEE = "committee",
  PREPARATION_BODY = "preparation_body",
  COORDINATION_OFFICE = "coordination_office",
  COUNTY_PART_STEERING_GROUP = "county_part_steering_group",
  WORKING_GROUP = "working_group",
}
registerEnumType(BodyKindEnum, { name: "BodyKind" });

export enum BodyLevelEnum {
  POLITICAL = "political",
  STRATEGIC = "strategic",
  PREPARATORY = "preparatory",
  OPERATIONAL = "operational",
}
registerEnumType(BodyLevelEnum, { name: "BodyLevel" });

export enum MembershipRoleEnum {
  CHAIR = "chair",
  MEMBER = "member",
  SECRETARY = "secretary",
  DEPUTY = "deputy",
}
registerEnumType(MembershipRoleEnum, { name: "MembershipRole" });

export enum SkrIndicatorGroupEnum {
  GOOD_EQUAL_HEALTH = "good_equal_health",
  SUSTAINABLE = "sustainable",
  GOOD_QUALITY = "good_quality",
}
registerEnumType(SkrIndicatorGroupEnum, { name: "SkrIndicatorGroup" });
