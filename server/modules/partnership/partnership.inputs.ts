import { Field, ID, InputType } from "type-graphql";
import { Email, Key, Length, OneOf, SingleLine, WhenFilled } from "../../graphql/validation.js";
import { BodyKindEnum, BodyLevelEnum, MembershipRoleEnum, OrganisationKindEnum, SectorEnum } from "./partnership.vocabulary.js";

@InputType()
export class CreateCountyPartInput {
  @Field(() => ID)
  arenaId!: string;

  @Field(() => String)
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @Field(() => String, { nullable: true, description: "Stable key; derived from the name when left out." })
  @Length(1, 80)
  @Key()
  key?: string | null;
}

@InputType()
export class UpdateCountyPartInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  @Length(1, 120)
  @SingleLine()
  name!: string;
}

@InputType()
export class CreateOrganisationInput {
  @Field(() => ID)
  arenaId!: string;

  @Field(() => String)
  @Length(1, 200)
  @SingleLine()
  name!: string;

  @Field(() => String, { nullable: true, description: "Stable key; derived from the name when left out." })
  @Length(1, 80)
  @Key()
  key?: string | null;

  @Field(() => OrganisationKindEnum)
  @OneOf(Object.values(OrganisationKindEnum))
  kind!: OrganisationKindEnum;

  @Field(() => SectorEnum)
  @OneOf(Object.values(SectorEnum))
  sector!: SectorEnum;

  @Field(() => ID, { nullable: true })
  countyPartId?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  isParty!: boolean;

  @Field(() => String, { defaultValue: "", description: "The party's contact person, to whom decisions are dispatched." })
  @Length(0, 200)
  @SingleLine()
  contactName!: string;

  @Field(() => String, { defaultValue: "", description: "The contact person's email; empty for none." })
  @WhenFilled()
  @Length(0, 254)
  @Email()
  contactEmail!: string;
}

@InputType({ description: "Fields left out are kept." })
export class UpdateOrganisationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @Length(1, 200)
  @SingleLine()
  name?: string | null;

  @Field(() => OrganisationKindEnum, { nullable: true })
  @OneOf(Object.values(OrganisationKindEnum))
  kind?: OrganisationKindEnum | null;

  @Field(() => SectorEnum, { nullable: true })
  @OneOf(Object.values(SectorEnum))
  sector?: SectorEnum | null;

  @Field(() => ID, { nullable: true, description: "An empty string removes the county part." })
  countyPartId?: string | null;

  @Field(() => Boolean, { nullable: true })
  isParty?: boolean | null;

  @Field(() => String, { nullable: true, description: "An empty string removes it." })
  @Length(0, 200)
  @SingleLine()
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: "An empty string removes it." })
  @WhenFilled()
  @Length(0, 254)
  @Email()
  contactEmail?: string | null;
}

@InputType()
export class CreateBodyInput {
  @Field(() => ID)
  arenaId!: string;

  @Field(() => String)
  @Length(1, 200)
  @SingleLine()
  name!: string;

  @Field(() => String, { nullable: true, description: "Stable key; derived from the name when left out." })
  @Length(1, 80)
  @Key()
  key?: string | null;

  @Field(() => BodyKindEnum)
  @OneOf(Object.values(BodyKindEnum))
  kind!: BodyKindEnum;

  @Field(() => BodyLevelEnum)
  @OneOf(Object.values(BodyLevelEnum))
  level!: BodyLevelEnum;

  @Field(() => ID, { nullable: true, description: "The body this one sits under." })
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  countyPartId?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, 2000)
  descriptionSv?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, 2000)
  descriptionEn?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  temporary!: boolean;
}

@InputType({ description: "Fields left out are kept." })
export class UpdateBodyInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @Length(1, 200)
  @SingleLine()
  name?: string | null;

  @Field(() => BodyKindEnum, { nullable: true })
  @OneOf(Object.values(BodyKindEnum))
  kind?: BodyKindEnum | null;

  @Field(() => BodyLevelEnum, { nullable: true })
  @OneOf(Object.values(BodyLevelEnum))
  level?: BodyLevelEnum | null;

  @Field(() => ID, { nullable: true, description: "An empty string makes the body top-level." })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: "An empty string removes the county part." })
  countyPartId?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, 2000)
  descriptionSv?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, 2000)
  descriptionEn?: string | null;

  @Field(() => Boolean, { nullable: true })
  temporary?: boolean | null;
}

@InputType()
export class AddBodyMemberInput {
  @Field(() => ID)
  bodyId!: string;

  @Field(() => ID, { nullable: true, description: "An organisation of the same arena." })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: "A person; they get the body-member role in the arena." })
  userId?: string | null;

  @Field(() => MembershipRoleEnum, { defaultValue: MembershipRoleEnum.MEMBER })
  @OneOf(Object.values(MembershipRoleEnum))
  role!: MembershipRoleEnum;
}
