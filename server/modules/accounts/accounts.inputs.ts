import { ArgsType, Field, ID, InputType } from "type-graphql";
import { SectorEnum } from "../partnership/partnership.vocabulary.js";
import { LocaleEnum, RoleEnum } from "./accounts.vocabulary.js";
import { ConnectionArgs } from "../../graphql/relay.js";
import { Email, Length, OneOf, SingleLine } from "../../graphql/validation.js";
import { PASSWORD_MAX, PASSWORD_MIN } from "../../auth/passwords.js";

@InputType()
export class RegisterInput {
  @Field(() => String)
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @Field(() => String)
  @Length(1, 254)
  @Email()
  email!: string;

  @Field(() => String, { description: `${PASSWORD_MIN}–${PASSWORD_MAX} characters; common passwords are refused.` })
  @Length(PASSWORD_MIN, PASSWORD_MAX)
  password!: string;

  @Field(() => String, { nullable: true, description: "The organisation you come from, if any." })
  @Length(0, 200)
  @SingleLine()
  organisation?: string | null;

  @Field(() => SectorEnum)
  @OneOf(Object.values(SectorEnum))
  sector!: SectorEnum;

  @Field(() => LocaleEnum, { nullable: true })
  locale?: LocaleEnum | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "The person confirms having read the privacy notice; required, and recorded with the notice's version.",
  })
  acceptPrivacyNotice!: boolean;
}

@InputType()
export class SignInInput {
  @Field(() => String)
  @Length(1, 254)
  email!: string;

  @Field(() => String)
  @Length(1, 1024)
  password!: string;
}

@InputType()
export class RoleInput {
  @Field(() => ID, { description: "Global id of the user." })
  userId!: string;

  @Field(() => ID, { description: "Global id of the arena." })
  arenaId!: string;

  @Field(() => RoleEnum)
  @OneOf(Object.values(RoleEnum))
  role!: RoleEnum;
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Matches name, email or organisation." })
  @Length(0, 200)
  @SingleLine()
  search?: string | null;
}
