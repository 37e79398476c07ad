import { registerEnumType } from "type-graphql";

// The partnership's vocabulary: the values stored in its tables, and their GraphQL enums.

export enum SectorEnum {
  CIVIL_SOCIETY = "civil_society",
  PUBLIC = "public",
  BUSINESS = "business",
  ACADEMIA = "academia",
}
registerEnumType(SectorEnum, { name: "Sector", description: "The sector an organisation or a person comes from." });
export type Sector = `${SectorEnum}`;

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
export type OrganisationKind = `${OrganisationKindEnum}`;

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
export type BodyKind = `${BodyKindEnum}`;

export enum BodyLevelEnum {
  POLITICAL = "political",
  STRATEGIC = "strategic",
  PREPARATORY = "preparatory",
  OPERATIONAL = "operational",
}
registerEnumType(BodyLevelEnum, { name: "BodyLevel" });
export type BodyLevel = `${BodyLevelEnum}`;

export enum MembershipRoleEnum {
  CHAIR = "chair",
  MEMBER = "member",
  SECRETARY = "secretary",
  DEPUTY = "deputy",
}
registerEnumType(MembershipRoleEnum, { name: "MembershipRole" });
export type MembershipRole = `${MembershipRoleEnum}`;
