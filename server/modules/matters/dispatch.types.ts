import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { Organisation } from "../partnership/partnership.types.js";
import type { dispatches } from "./matters.tables.js";
import { Matter } from "./matters.types.js";
import { DecisionOutcomeEnum, DispatchStatusEnum } from "./matters.vocabulary.js";

export type DispatchRow = typeof dispatches.$inferSelect;

@ObjectType({
  implements: Node,
  description:
    "A decision sent to one party (expediering) and where the party's answer stands. Whoever reads the matter reads the table; only the arena's kansli reads where it was sent (the contact person).",
})
export class Dispatch extends Node {
  rawId!: string;
  organisationRawId!: string;
  /** The contact as it was when sent: for the kansli only (contactName/contactEmail). */
  sentTo!: { name: string; email: string };
  arenaRawId!: string;

  @Field(() => ID, { description: "The decision it dispatches." })
  decisionId!: string;
  @Field(() => DispatchStatusEnum)
  status!: DispatchStatusEnum;
  @Field(() => DateTimeResolver)
  sentAt!: Date;
  @Field(() => DateTimeResolver, { nullable: true, description: "When the party confirmed receipt." })
  receivedAt!: Date | null;
  @Field(() => DateTimeResolver, { nullable: true, description: "When the party recorded its adoption or decline." })
  answeredAt!: Date | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "The day the party adopted the decision." })
  adoptedOn!: string | null;
  @Field(() => String, { description: "The party's own note, e.g. “beslutad i fullmäktige 2027-04-12”, or why it declined." })
  answerNote!: string;
  @Field(() => Organisation)
  organisation?: Organisation;
  @Field(() => String, { nullable: true, description: "The contact person it was sent to; the arena's kansli only." })
  contactName?: string | null;
  @Field(() => String, { nullable: true, description: "The address it was sent to; the arena's kansli only." })
  contactEmail?: string | null;
}

export function toDispatch(row: DispatchRow, arenaId: string): Dispatch {
  return Object.assign(new Dispatch(), {
    __typename: "Dispatch",
    id: toGlobalId("Dispatch", row.id),
    rawId: row.id,
    organisationRawId: row.organisationId,
    sentTo: { name: row.contactName, email: row.contactEmail },
    arenaRawId: arenaId,
    decisionId: toGlobalId("MatterDecision", row.decisionId),
    status: row.status as DispatchStatusEnum,
    sentAt: row.sentAt,
    receivedAt: row.receivedAt,
    answeredAt: row.answeredAt,
    adoptedOn: row.adoptedOn,
    answerNote: row.answerNote,
  });
}

@ObjectType({
  description:
    "What a party sees through the personal link of a dispatch, without an account: the decision and where its answer stands. Nothing else of the matter.",
})
export class DispatchHandOff {
  @Field(() => DispatchStatusEnum)
  status!: DispatchStatusEnum;
  @Field(() => String, { description: "The party it was sent to." })
  partyName!: string;
  @Field(() => String, { description: "The arena (the partnership) in the caller's language." })
  arenaName!: string;
  @Field(() => String, { description: "The body that decided." })
  bodyName!: string;
  @Field(() => Int)
  matterNumber!: number;
  @Field(() => String)
  matterTitle!: string;
  @Field(() => DecisionOutcomeEnum)
  outcome!: DecisionOutcomeEnum;
  @Field(() => String, { description: "The decision as recorded in the minutes." })
  decisionText!: string;
  @Field(() => LocalDateResolver)
  decidedOn!: string;
  @Field(() => DateTimeResolver)
  sentAt!: Date;
  @Field(() => DateTimeResolver, { nullable: true })
  receivedAt!: Date | null;
  @Field(() => DateTimeResolver, { nullable: true })
  answeredAt!: Date | null;
  @Field(() => LocalDateResolver, { nullable: true })
  adoptedOn!: string | null;
  @Field(() => String)
  answerNote!: string;
}

@ObjectType()
export class DispatchDecisionPayload {
  @Field(() => [Dispatch], { description: "The dispatches written, one per party." })
  dispatches!: Dispatch[];
  @Field(() => Matter, { nullable: true, description: "The matter, now dispatched." })
  matter!: Matter | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class DispatchHandOffPayload {
  @Field(() => DispatchHandOff, { nullable: true })
  dispatch!: DispatchHandOff | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class CloseMatterPayload {
  @Field(() => Matter, { nullable: true })
  matter!: Matter | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
