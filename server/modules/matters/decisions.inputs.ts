import { ValidateNested } from "class-validator";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { Length, OneOf } from "../../graphql/validation.js";
import { DecisionOutcomeEnum } from "./matters.vocabulary.js";

export const DECISION_LIMITS = { text: 10_000, assignment: 2000, report: 20_000, assignments: 20 } as const;

@InputType({ description: "An assignment (uppdrag) the decision gives to a body or a party: one of the two." })
export class AssignmentDraftInput {
  @Field(() => ID, { nullable: true, description: "A body of the arena." })
  assigneeBodyId?: string | null;

  @Field(() => ID, { nullable: true, description: "An organisation (a party) of the arena." })
  assigneeOrganisationId?: string | null;

  @Field(() => String)
  @Length(1, DECISION_LIMITS.assignment)
  description!: string;

  @Field(() => LocalDateResolver, { description: "When it reports back: today or later." })
  dueOn!: string;
}

@InputType({
  description:
    "A body's decision on a matter placed with it: by its members, or by the kansli on its behalf (recorded as such). Approved and rejected decide the matter; returned sends it back to preparation; tabled leaves it waiting at the body.",
})
export class RecordMatterDecisionInput {
  @Field(() => ID)
  matterId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The agenda item it was decided under; by default the matter's item on its body's latest agenda.",
  })
  agendaItemId?: string | null;

  @Field(() => DecisionOutcomeEnum)
  @OneOf(Object.values(DecisionOutcomeEnum))
  outcome!: DecisionOutcomeEnum;

  @Field(() => String, { description: "The decision as minuted." })
  @Length(1, DECISION_LIMITS.text)
  text!: string;

  @Field(() => LocalDateResolver, { description: "The day it was decided: today or earlier." })
  decidedOn!: string;

  @Field(() => [AssignmentDraftInput], { defaultValue: [], description: "Only with an approved decision." })
  @ValidateNested({ each: true })
  assignments!: AssignmentDraftInput[];
}

@InputType()
export class ReportOnAssignmentInput {
  @Field(() => ID)
  assignmentId!: string;

  @Field(() => String, { description: "The report; it goes to the report-back matter at the deciding body." })
  @Length(1, DECISION_LIMITS.report)
  report!: string;
}
