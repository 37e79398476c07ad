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

  @Field(() => SectorEnum, { nullable: true, description: "Required; null is answered with a field error beside the others." })
  @OneOf(Object.values(SectorEnum))
  sector?: SectorEnum | null;

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

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @Length(1, 1024)
  currentPassword!: string;

  @Field(() => String, { description: `${PASSWORD_MIN}–${PASSWORD_MAX} characters; common passwords are refused.` })
  @Length(PASSWORD_MIN, PASSWORD_MAX)
  newPassword!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field(() => String)
  @Length(1, 254)
  @Email()
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: "The token of the link in the mail." })
  @Length(1, 200)
  token!: string;

  @Field(() => String, { description: `${PASSWORD_MIN}–${PASSWORD_MAX} characters; common passwords are refused.` })
  @Length(PASSWORD_MIN, PASSWORD_MAX)
  newPassword!: string;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String)
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @Field(() => String, { nullable: true, description: "The organisation you come from, if any." })
  @Length(0, 200)
  @SingleLine()
  organisation?: string | null;
}

@InputType()
export class ChangeEmailInput {
  @Field(() => String)
  @Length(1, 254)
  @Email()
  newEmail!: string;

  @Field(() => String, { description: "Your current password." })
  @Length(1, 1024)
  password!: string;
}

@InputType()
export class DeleteAccountInput {
  @Field(() => String, { description: "Your current password, to confirm." })
  @Length(1, 1024)
  password!: string;
}
