import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { IntRange } from "../../graphql/validation.js";
import { ArrayMaxSize, IsIn } from "class-validator";
import { UserError } from "../../graphql/errors.js";

export enum MailDeliveryEnum {
  IMMEDIATE = "immediate",
  DAILY = "daily",
  NONE = "none",
}
registerEnumType(MailDeliveryEnum, {
  name: "MailDelivery",
  description: "How notifications also go by mail: each at once, one digest a day, or not at all.",
});

@ObjectType({ description: "A kind of notification, and whether it also goes by mail." })
export class NotificationKindSetting {
  @Field(() => String)
  kind!: string;
  @Field(() => String, { description: "What such a notification says, in your language." })
  label!: string;
  @Field(() => Boolean)
  byMail!: boolean;
}

@ObjectType({ description: "Your mail settings. Only you see them." })
export class MailSettings {
  @Field(() => MailDeliveryEnum)
  delivery!: MailDeliveryEnum;
  @Field(() => [NotificationKindSetting])
  kinds!: NotificationKindSetting[];
  @Field(() => Int, { nullable: true, description: "The Swedish hour (0–23) your daily digest goes out; null: the installation's." })
  digestHour!: number | null;
  @Field(() => Int, { description: "The hour daily digests go out for people who chose none." })
  defaultDigestHour!: number;
}

@InputType()
export class MailSettingsInput {
  @Field(() => MailDeliveryEnum)
  @IsIn(Object.values(MailDeliveryEnum), { message: "INVALID_CHOICE|{}" })
  delivery!: MailDeliveryEnum;

  @Field(() => [String], { description: "The kinds that do not go by mail; the others do." })
  @ArrayMaxSize(200, { message: 'TOO_MANY_ITEMS|{"max":200}' })
  mutedKinds!: string[];

  @Field(() => Int, { nullable: true, description: "The Swedish hour (0–23) of the daily digest; null or left out: the installation's." })
  @IntRange(0, 23)
  digestHour?: number | null;
}

@ObjectType()
export class MailSettingsPayload {
  @Field(() => MailSettings, { nullable: true })
  settings!: MailSettings | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class UnsubscribePayload {
  @Field(() => String, { nullable: true, description: "What no longer goes by mail, in your language; null when it failed." })
  stopped!: string | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
