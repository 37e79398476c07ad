import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ConnectionArgs } from "../../graphql/relay.js";
import { Email, Key, Length, NonEmpty, OneOf, SingleLine, Url, WhenFilled } from "../../graphql/validation.js";
import { ReferralOutcomeEnum, ReferralStatusEnum, SupportActorKindEnum, SupportPhaseEnum } from "./support.types.js";

export const LIMITS = { name: 200, offer: 2000, contact: 500, email: 254, website: 500, message: 5000, note: 2000 } as const;

@ArgsType()
export class SupportActorsArgs extends ConnectionArgs {
  @Field(() => ID, { description: "Actors serving this arena." })
  arenaId!: string;

  @Field(() => SupportActorKindEnum, { nullable: true })
  @OneOf(Object.values(SupportActorKindEnum))
  kind?: SupportActorKindEnum | null;

  @Field(() => SupportPhaseEnum, { nullable: true, description: "Actors supporting this phase of an idea's path." })
  @OneOf(Object.values(SupportPhaseEnum))
  phase?: SupportPhaseEnum | null;

  @Field(() => String, { nullable: true, description: "Words in the name or the offer." })
  @Length(0, 200)
  @SingleLine()
  search?: string | null;
}

@InputType({ description: "An actor of the support system. Contact details describe a function or an office, never a private person." })
export class CreateSupportActorInput {
  @Field(() => [ID], { description: "The arenas it serves; you must coordinate (or administer) each of them." })
  arenaIds!: string[];

  @Field(() => String)
  @Length(1, LIMITS.name)
  @SingleLine()
  name!: string;

  @Field(() => String, { nullable: true, description: "Stable key; derived from the name when left out." })
  @Length(1, 80)
  @Key()
  key?: string | null;

  @Field(() => SupportActorKindEnum)
  @OneOf(Object.values(SupportActorKindEnum))
  kind!: SupportActorKindEnum;

  @Field(() => [SupportPhaseEnum], { description: "The phases of an idea's path they support; at least one." })
  @NonEmpty()
  @OneOf(Object.values(SupportPhaseEnum), { each: true })
  phases!: SupportPhaseEnum[];

  @Field(() => String, { defaultValue: "", description: "What they offer an idea bearer." })
  @Length(0, LIMITS.offer)
  offer!: string;

  @Field(() => String, { defaultValue: "", description: "How to reach them." })
  @Length(0, LIMITS.contact)
  contact!: string;

  @Field(() => String, { defaultValue: "", description: "Where referrals are mailed; empty for none." })
  @WhenFilled()
  @Length(0, LIMITS.email)
  @Email()
  email!: string;

  @Field(() => String, { defaultValue: "", description: "An http(s) address, or empty." })
  @WhenFilled()
  @Length(0, LIMITS.website)
  @Url()
  website!: string;
}

@InputType({ description: "Fields left out are kept." })
export class UpdateSupportActorInput {
  @Field(() => ID)
  id!: string;

  @Field(() => [ID], { nullable: true, description: "Replaces the arenas it serves; you must coordinate each of them." })
  arenaIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @Length(1, LIMITS.name)
  @SingleLine()
  name?: string | null;

  @Field(() => SupportActorKindEnum, { nullable: true })
  @OneOf(Object.values(SupportActorKindEnum))
  kind?: SupportActorKindEnum | null;

  @Field(() => [SupportPhaseEnum], { nullable: true, description: "Replaces the phases they support; at least one." })
  @NonEmpty()
  @OneOf(Object.values(SupportPhaseEnum), { each: true })
  phases?: SupportPhaseEnum[] | null;

  @Field(() => String, { nullable: true })
  @Length(0, LIMITS.offer)
  offer?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, LIMITS.contact)
  contact?: string | null;

  @Field(() => String, { nullable: true })
  @WhenFilled()
  @Length(0, LIMITS.email)
  @Email()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @WhenFilled()
  @Length(0, LIMITS.website)
  @Url()
  website?: string | null;
}

@InputType()
export class ReferIdeaInput {
  @Field(() => ID)
  ideaId!: string;

  @Field(() => ID, { description: "A support actor serving the idea's arena." })
  actorId!: string;

  @Field(() => String, { description: "The hand-off: what the idea needs from the actor. The actor reads it through their link." })
  @Length(10, LIMITS.message)
  message!: string;
}

@InputType({ description: "The guidance team records what the actor said (by phone, by mail) on the actor's behalf." })
export class UpdateReferralInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ReferralStatusEnum, { description: "RECEIVED or an outcome (ACCEPTED, DECLINED, COMPLETED); never back to SENT." })
  @OneOf([ReferralStatusEnum.RECEIVED, ReferralStatusEnum.ACCEPTED, ReferralStatusEnum.DECLINED, ReferralStatusEnum.COMPLETED])
  status!: ReferralStatusEnum;

  @Field(() => String, { defaultValue: "", description: "Required to decline." })
  @Length(0, LIMITS.note)
  note!: string;
}

@InputType({ description: "The actor confirms receipt through their personal link." })
export class ConfirmReferralInput {
  @Field(() => String, { description: "The token of the personal link." })
  token!: string;

  @Field(() => String, { defaultValue: "" })
  @Length(0, LIMITS.note)
  note!: string;
}

@InputType({ description: "The actor reports what came of the referral through their personal link." })
export class RecordReferralOutcomeInput {
  @Field(() => String, { description: "The token of the personal link." })
  token!: string;

  @Field(() => ReferralOutcomeEnum)
  @OneOf(Object.values(ReferralOutcomeEnum))
  outcome!: ReferralOutcomeEnum;

  @Field(() => String, { defaultValue: "", description: "Required to decline; read by the guide and the idea's bearers." })
  @Length(0, LIMITS.note)
  note!: string;
}

@ArgsType()
export class OverdueReferralsArgs extends ConnectionArgs {
  @Field(() => ID)
  arenaId!: string;
}
