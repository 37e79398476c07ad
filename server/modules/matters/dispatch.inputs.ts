import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { Length, OneOf } from "../../graphql/validation.js";

export const DISPATCH_NOTE_MAX = 2000;

@InputType({ description: "Send an approved decision to the parties, each to its contact person." })
export class DispatchDecisionInput {
  @Field(() => ID)
  decisionId!: string;

  @Field(() => [ID], { nullable: true, description: "The parties to send it to; all the arena's parties when left out." })
  organisationIds?: string[] | null;
}

@InputType({ description: "The party confirms receipt through its personal link, without an account." })
export class ConfirmDispatchInput {
  @Field(() => String, { description: "The token of the personal link." })
  token!: string;
}

/** What a party answers: it adopted the decision, or declined it. */
export enum DispatchAnswerEnum {
  ADOPTED = "adopted",
  DECLINED = "declined",
}
registerEnumType(DispatchAnswerEnum, { name: "DispatchAnswer" });

@InputType({ description: "The party records its own decision on the dispatched one through its personal link." })
export class AnswerDispatchInput {
  @Field(() => String, { description: "The token of the personal link." })
  token!: string;

  @Field(() => DispatchAnswerEnum)
  @OneOf(Object.values(DispatchAnswerEnum))
  answer!: DispatchAnswerEnum;

  @Field(() => LocalDateResolver, { nullable: true, description: "The day the party adopted it; required with ADOPTED." })
  adoptedOn?: string | null;

  @Field(() => String, {
    defaultValue: "",
    description: "E.g. “beslutad i fullmäktige 2027-04-12”; required with DECLINED (why).",
  })
  @Length(0, DISPATCH_NOTE_MAX)
  note!: string;
}

@InputType({ description: "The kansli closes a matter once its decision is dispatched (or a rejected one once decided)." })
export class CloseMatterInput {
  @Field(() => ID)
  matterId!: string;
}
