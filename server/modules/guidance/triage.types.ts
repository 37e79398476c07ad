import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateTimeResolver } from "graphql-scalars";
import { UserError } from "../../graphql/errors.js";
import { connectionType, toGlobalId } from "../../graphql/relay.js";
import { Idea } from "../ideas/ideas.types.js";
import { FeedbackPromise } from "../partnership/partnership.types.js";
import type { ideaQuestions } from "./guidance.tables.js";

@ObjectType({ description: "A question from the arena to the idea's bearers, and their answer." })
export class IdeaQuestion {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  question!: string;
  @Field(() => DateTimeResolver)
  askedAt!: Date;
  @Field(() => String, { nullable: true })
  answer!: string | null;
  @Field(() => DateTimeResolver, { nullable: true })
  answeredAt!: Date | null;
}

export const toQuestion = (r: typeof ideaQuestions.$inferSelect): IdeaQuestion => ({
  id: toGlobalId("IdeaQuestion", r.id),
  question: r.question,
  askedAt: r.askedAt,
  answer: r.answer,
  answeredAt: r.answeredAt,
});

@ObjectType({ description: "An idea waiting in the intake queue, with how long it has waited against the arena's promises." })
export class QueueItem {
  @Field(() => Idea)
  idea!: Idea;
  @Field(() => Int, { description: "Working days since it was submitted (or since the bearers answered a question)." })
  waitingWorkingDays!: number;
  @Field(() => Boolean, { description: "Not acknowledged by the promised date." })
  acknowledgementOverdue!: boolean;
  @Field(() => Boolean, { description: "No guidance decision by the promised date." })
  decisionOverdue!: boolean;
  @Field(() => DateTimeResolver, { nullable: true })
  acknowledgedAt!: Date | null;
  @Field(() => DateTimeResolver, { nullable: true })
  decisionDueBy!: Date | null;
}

export const QueueConnection = connectionType("QueueItem", QueueItem);

@ObjectType()
export class TriagePayload {
  @Field(() => Idea, { nullable: true })
  idea!: Idea | null;
  @Field(() => String, {
    nullable: true,
    description: "REFER: the actor's personal link, shown once (it is also mailed to them and never stored).",
  })
  confirmationUrl?: string | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class FeedbackPromisePayload {
  @Field(() => FeedbackPromise, { nullable: true })
  feedbackPromise!: FeedbackPromise | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
