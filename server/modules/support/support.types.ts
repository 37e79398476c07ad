import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { Node, connectionType, toGlobalId } from "../../graphql/relay.js";
import type { IdeaAccess } from "../ideas/ideas.access.js";
import { Idea } from "../ideas/ideas.types.js";
import type { ReferralStatus, referrals, supportActors } from "./support.tables.js";

export enum SupportActorKindEnum {
  INCUBATOR = "incubator",
  BUSINESS_ADVICE = "business_advice",
  COOPERATIVE_DEVELOPMENT = "cooperative_development",
  FUNDING_CALL = "funding_call",
  UNIVERSITY_INNOVATION_OFFICE = "university_innovation_office",
  MUNICIPAL_SERVICE = "municipal_service",
  CIVIL_SOCIETY_ORGANISATION = "civil_society_organisation",
  NATIONAL_AGENCY = "national_agency",
}
registerEnumType(SupportActorKindEnum, { name: "SupportActorKind", description: "What kind of actor of the support system it is." });

export enum SupportPhaseEnum {
  IDEA = "idea",
  DEVELOPMENT = "development",
  TESTING = "testing",
  SCALING = "scaling",
}
registerEnumType(SupportPhaseEnum, {
  name: "SupportPhase",
  description: "A phase of an idea's path an actor helps with: the idea itself, developing it, testing it, or spreading what works.",
});

export enum ReferralStatusEnum {
  SENT = "sent",
  RECEIVED = "received",
  ACCEPTED = "accepted",
  DECLINED = "declined",
  COMPLETED = "completed",
}
registerEnumType(ReferralStatusEnum, {
  name: "ReferralStatus",
  description:
    "SENT → RECEIVED (the actor confirmed) → an outcome: ACCEPTED, then COMPLETED; or DECLINED. DECLINED and COMPLETED close it.",
});

export enum ReferralOutcomeEnum {
  ACCEPTED = "accepted",
  DECLINED = "declined",
  COMPLETED = "completed",
}
registerEnumType(ReferralOutcomeEnum, { name: "ReferralOutcome", description: "What the actor made of a referral." });

@ObjectType({ implements: Node, description: "An actor of the wider support system that ideas can be referred to." })
export class SupportActor extends Node {
  rawId!: string;
  /** Filled in by the service when the actor is read; the arenas it serves. */
  arenaRawIds!: string[];

  @Field(() => String, { description: "Stable key." })
  key!: string;
  @Field(() => String)
  name!: string;
  @Field(() => SupportActorKindEnum)
  kind!: SupportActorKindEnum;
  @Field(() => [SupportPhaseEnum], { description: "The phases of an idea's path they support, in the path's order." })
  phases!: SupportPhaseEnum[];
  @Field(() => String, { description: "What they offer an idea bearer." })
  offer!: string;
  @Field(() => String, {
    nullable: true,
    description: "How to reach them (a function or an office, not a person). Signed-in people only; null for visitors.",
  })
  contact!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Where referrals are mailed (empty when they have none). Signed-in people only; null for visitors.",
  })
  email!: string | null;
  @Field(() => String, { description: "Their web site, or empty." })
  website!: string;
  @Field(() => DateTimeResolver)
  createdAt!: Date;
  @Field(() => Boolean, { description: "Whether you may edit it: you coordinate (or administer) every arena it serves." })
  viewerCanEdit!: boolean;
}

export const SupportActorConnection = connectionType("SupportActor", SupportActor);

export function toSupportActor(
  row: typeof supportActors.$inferSelect,
  arenaRawIds: string[],
  view: { signedIn: boolean; canEdit: boolean },
): SupportActor {
  return Object.assign(new SupportActor(), {
    __typename: "SupportActor",
    id: toGlobalId("SupportActor", row.id),
    rawId: row.id,
    arenaRawIds,
    key: row.key,
    name: row.name,
    kind: row.kind as SupportActorKindEnum,
    phases: row.phases as string[] as SupportPhaseEnum[],
    offer: row.offer,
    contact: view.signedIn ? row.contact : null,
    email: view.signedIn ? row.email : null,
    website: row.website,
    createdAt: row.createdAt,
    viewerCanEdit: view.canEdit,
  });
}

@ObjectType({
  implements: Node,
  description: "An idea handed to an actor of the support system, and what came of it. Its bearers and the arena's guidance team see it.",
})
export class Referral extends Node {
  rawId!: string;
  ideaRawId!: string;
  actorRawId!: string;
  sentByRawId!: string | null;
  /** The viewer's access to the idea. */
  access!: IdeaAccess;

  @Field(() => ReferralStatusEnum)
  status!: ReferralStatusEnum;
  @Field(() => String, { description: "The hand-off message to the actor." })
  message!: string;
  @Field(() => DateTimeResolver)
  sentAt!: Date;
  @Field(() => LocalDateResolver, {
    description: "By when the actor should have confirmed receipt (10 Swedish working days after sending).",
  })
  respondBy!: string;
  @Field(() => DateTimeResolver, { nullable: true })
  receivedAt!: Date | null;
  @Field(() => DateTimeResolver, { nullable: true, description: "When the latest outcome was recorded." })
  outcomeAt!: Date | null;
  @Field(() => String, { description: "The note given with the latest outcome, or empty." })
  outcomeNote!: string;
  @Field(() => Boolean, { description: "Still SENT after its respondBy date (Swedish time)." })
  overdue!: boolean;
}

export const ReferralConnection = connectionType("Referral", Referral);

export type ReferralRow = typeof referrals.$inferSelect;

/** Overdue: nobody has confirmed it, and its respond-by date has passed. */
export const isOverdue = (row: { status: ReferralStatus; respondBy: string }, today: string) =>
  row.status === "sent" && row.respondBy < today;

export function toReferral(row: ReferralRow, access: IdeaAccess, today: string): Referral {
  return Object.assign(new Referral(), {
    __typename: "Referral",
    id: toGlobalId("Referral", row.id),
    rawId: row.id,
    ideaRawId: row.ideaId,
    actorRawId: row.actorId,
    sentByRawId: row.sentBy,
    access,
    status: row.status as ReferralStatusEnum,
    message: row.message,
    sentAt: row.sentAt,
    respondBy: row.respondBy,
    receivedAt: row.receivedAt,
    outcomeAt: row.outcomeAt,
    outcomeNote: row.outcomeNote,
    overdue: isOverdue(row, today),
  });
}

@ObjectType({
  description:
    "What an actor sees through the personal link of a referral, without an account: the hand-off and where it stands. Nothing else of the idea.",
})
export class ReferralHandOff {
  @Field(() => ReferralStatusEnum)
  status!: ReferralStatusEnum;
  @Field(() => String, { description: "The actor it was sent to." })
  actorName!: string;
  @Field(() => String, { description: "The arena that sent it." })
  arenaName!: string;
  @Field(() => String, { nullable: true, description: "The guide who sent it." })
  sentByName!: string | null;
  @Field(() => String)
  ideaTitle!: string;
  @Field(() => String)
  ideaSummary!: string;
  @Field(() => String, { description: "The hand-off message." })
  message!: string;
  @Field(() => DateTimeResolver)
  sentAt!: Date;
  @Field(() => LocalDateResolver)
  respondBy!: string;
  @Field(() => DateTimeResolver, { nullable: true })
  receivedAt!: Date | null;
  @Field(() => DateTimeResolver, { nullable: true })
  outcomeAt!: Date | null;
  @Field(() => String)
  outcomeNote!: string;
}

@ObjectType()
export class SupportActorPayload {
  @Field(() => SupportActor, { nullable: true })
  supportActor!: SupportActor | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class ReferIdeaPayload {
  @Field(() => Referral, { nullable: true })
  referral!: Referral | null;
  @Field(() => Idea, { nullable: true })
  idea!: Idea | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The actor's personal link, shown this once (it is also mailed to the actor when they have an address). It cannot be read again: only its hash is kept.",
  })
  confirmationUrl!: string | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class ReferralPayload {
  @Field(() => Referral, { nullable: true })
  referral!: Referral | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class ReferralHandOffPayload {
  @Field(() => ReferralHandOff, { nullable: true })
  referral!: ReferralHandOff | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
