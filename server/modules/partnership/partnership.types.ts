import { Field, Int, ObjectType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { Node, toGlobalId } from "../../graphql/relay.js";
import type { Locale } from "../accounts/accounts.tables.js";
import { User } from "../accounts/accounts.types.js";
import { Strategy } from "../strategy/strategy.types.js";
import type { arenas, bodies, bodyMemberships, countyParts, organisations } from "./partnership.tables.js";
import { BodyKindEnum, BodyLevelEnum, MembershipRoleEnum, OrganisationKindEnum, SectorEnum } from "./partnership.vocabulary.js";

@ObjectType({ implements: Node, description: "A county part (länsdel) of an arena's region." })
export class CountyPart extends Node {
  rawId!: string;
  arenaRawId!: string;

  @Field(() => String, { description: "Stable key within the arena." })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [Organisation], { description: "Organisations in the county part (its municipalities)." })
  organisations?: Organisation[];
}

@ObjectType({ implements: Node, description: "An organisation of the region: a party to the partnership or another actor." })
export class Organisation extends Node {
  rawId!: string;
  arenaRawId!: string;
  countyPartRawId!: string | null;
  /** Read through contactName/contactEmail, which only the arena's kansli sees. */
  contact!: { name: string; email: string };

  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrganisationKindEnum)
  kind!: OrganisationKindEnum;

  @Field(() => SectorEnum)
  sector!: SectorEnum;

  @Field(() => Boolean, { description: "Whether it is a party to the partnership agreement." })
  isParty!: boolean;

  @Field(() => String, { nullable: true, description: "SCB's four-digit municipality code (Hofors 2104), for municipalities." })
  municipalityCode!: string | null;

  @Field(() => CountyPart, { nullable: true })
  countyPart?: CountyPart | null;

  @Field(() => String, {
    nullable: true,
    description: "The contact person decisions are dispatched to. Only the arena's coordinators and admins see it; null for others.",
  })
  contactName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The contact person's email. Only the arena's coordinators and admins see it; null for others.",
  })
  contactEmail?: string | null;
}

@ObjectType({ implements: Node, description: "A seat in a body: an organisation represented, a person, or both." })
export class BodyMembership extends Node {
  rawId!: string;
  organisationRawId!: string | null;
  userRawId!: string | null;

  @Field(() => MembershipRoleEnum)
  role!: MembershipRoleEnum;

  @Field(() => Organisation, { nullable: true })
  organisation?: Organisation | null;

  @Field(() => User, { nullable: true })
  person?: User | null;
}

@ObjectType({ implements: Node, description: "A body of the partnership structure: network, leadership, committee, office or group." })
export class Body extends Node {
  rawId!: string;
  arenaRawId!: string;
  parentRawId!: string | null;
  countyPartRawId!: string | null;

  @Field(() => String, { description: "The description in Swedish, as written (for editing)." })
  descriptionSv!: string;

  @Field(() => String, { description: "The description in English, as written (for editing); may be empty." })
  descriptionEn!: string;

  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => BodyKindEnum)
  kind!: BodyKindEnum;

  @Field(() => BodyLevelEnum)
  level!: BodyLevelEnum;

  @Field(() => String, { description: "Description in the caller's language." })
  description!: string;

  @Field(() => Boolean, { description: "A temporary body, e.g. a working group for one task." })
  temporary!: boolean;

  @Field(() => Body, { nullable: true })
  parent?: Body | null;

  @Field(() => [Body], { description: "Bodies directly under this one." })
  children?: Body[];

  @Field(() => CountyPart, { nullable: true, description: "For a county part's steering group." })
  countyPart?: CountyPart | null;

  @Field(() => [BodyMembership])
  memberships?: BodyMembership[];
}

@ObjectType({ description: "When an idea's bearers will hear back, in Swedish working days (weekends and public holidays skipped)." })
export class FeedbackPromise {
  @Field(() => Int, { description: "Working days from submission until the bearer hears that the idea was received." })
  acknowledgeWorkingDays!: number;
  @Field(() => Int, { description: "Working days from submission until a guidance decision." })
  decisionWorkingDays!: number;
}

@ObjectType({ implements: Node, description: "One regional arena: a region's partnership structure, strategy and (later) its ideas." })
export class Arena extends Node {
  rawId!: string;
  nameSv!: string;
  nameEn!: string;
  descriptionSv!: string;
  descriptionEn!: string;

  @Field(() => String, { description: "URL slug, e.g. `gavleborg`." })
  slug!: string;

  @Field(() => String, { description: "Name in the caller's language." })
  name!: string;

  @Field(() => String)
  region!: string;

  @Field(() => String, {
    nullable: true,
    description: "SCB's two-digit county code (Gävleborg 21): the area code of the county's indicator values.",
  })
  countyCode!: string | null;

  @Field(() => String, { description: "Description in the caller's language." })
  description!: string;

  @Field(() => [CountyPart])
  countyParts?: CountyPart[];

  @Field(() => [Organisation], { description: "Organisations, parties first, then by name." })
  organisations?: Organisation[];

  @Field(() => [Body], { description: "Every body, top-level first; build the tree from `parent` or `children`." })
  bodies?: Body[];

  @Field(() => [Strategy])
  strategies?: Strategy[];

  @Field(() => FeedbackPromise)
  feedbackPromise!: FeedbackPromise;
}

const pick = (locale: Locale, sv: string, en: string) => (locale === "en" && en ? en : sv);

export function toArena(row: typeof arenas.$inferSelect, locale: Locale): Arena {
  return Object.assign(new Arena(), {
    __typename: "Arena",
    id: toGlobalId("Arena", row.id),
    rawId: row.id,
    slug: row.slug,
    nameSv: row.nameSv,
    nameEn: row.nameEn,
    name: pick(locale, row.nameSv, row.nameEn),
    region: row.region,
    countyCode: row.countyCode,
    descriptionSv: row.descriptionSv,
    descriptionEn: row.descriptionEn,
    description: pick(locale, row.descriptionSv, row.descriptionEn),
    feedbackPromise: { acknowledgeWorkingDays: row.ackWorkingDays, decisionWorkingDays: row.decisionWorkingDays },
  });
}

export function toCountyPart(row: typeof countyParts.$inferSelect): CountyPart {
  return Object.assign(new CountyPart(), {
    __typename: "CountyPart",
    id: toGlobalId("CountyPart", row.id),
    rawId: row.id,
    arenaRawId: row.arenaId,
    key: row.key,
    name: row.name,
  });
}

export function toOrganisation(row: typeof organisations.$inferSelect): Organisation {
  return Object.assign(new Organisation(), {
    __typename: "Organisation",
    id: toGlobalId("Organisation", row.id),
    rawId: row.id,
    arenaRawId: row.arenaId,
    countyPartRawId: row.countyPartId,
    key: row.key,
    name: row.name,
    kind: row.kind as OrganisationKindEnum,
    sector: row.sector as SectorEnum,
    isParty: row.isParty,
    municipalityCode: row.municipalityCode,
    contact: { name: row.contactName, email: row.contactEmail },
  });
}

export function toBody(row: typeof bodies.$inferSelect, locale: Locale): Body {
  return Object.assign(new Body(), {
    __typename: "Body",
    id: toGlobalId("Body", row.id),
    rawId: row.id,
    arenaRawId: row.arenaId,
    parentRawId: row.parentId,
    countyPartRawId: row.countyPartId,
    key: row.key,
    name: row.name,
    kind: row.kind as BodyKindEnum,
    level: row.level as BodyLevelEnum,
    descriptionSv: row.descriptionSv,
    descriptionEn: row.descriptionEn,
    description: pick(locale, row.descriptionSv, row.descriptionEn),
    temporary: row.temporary,
  });
}

export function toMembership(row: typeof bodyMemberships.$inferSelect): BodyMembership {
  return Object.assign(new BodyMembership(), {
    __typename: "BodyMembership",
    id: toGlobalId("BodyMembership", row.id),
    rawId: row.id,
    organisationRawId: row.organisationId,
    userRawId: row.userId,
    role: row.role as MembershipRoleEnum,
  });
}

@ObjectType()
export class OrganisationPayload {
  @Field(() => Organisation, { nullable: true })
  organisation!: Organisation | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class CountyPartPayload {
  @Field(() => CountyPart, { nullable: true })
  countyPart!: CountyPart | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class BodyPayload {
  @Field(() => Body, { nullable: true })
  body!: Body | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class BodyMembershipPayload {
  @Field(() => BodyMembership, { nullable: true })
  membership!: BodyMembership | null;
  @Field(() => Body, { nullable: true, description: "The body, with its memberships updated." })
  body!: Body | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class DeletePayload {
  @Field(() => String, { nullable: true, description: "Global id of what was removed." })
  deletedId!: string | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
