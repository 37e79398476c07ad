import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { Node, connectionType, toGlobalId } from "../../graphql/relay.js";
import { CycleDecisionEnum } from "../testing/cycles.types.js";
import type { learnings } from "./learning.tables.js";

@ObjectType({
  implements: Node,
  description:
    "What a decided test cycle taught, failures and stops included: an entry of the learning library. Published entries are readable by anyone, across arenas; unpublished ones by the arena's guidance team and the idea's bearers.",
})
export class Learning extends Node {
  rawId!: string;
  arenaRawId!: string;
  ideaRawId!: string;

  @Field(() => String)
  title!: string;
  @Field(() => String, { description: "What was learned." })
  body!: string;
  @Field(() => CycleDecisionEnum, { description: "The decision the cycle ended in: RETEST, PIVOT, ADVANCE or STOP." })
  outcome!: CycleDecisionEnum;
  @Field(() => String, { description: "Who the test was for." })
  targetGroup!: string;
  @Field(() => Int, { nullable: true, description: "The number of the test cycle it came from." })
  cycleNumber!: number | null;
  @Field(() => Boolean, { description: "Whether it is in the public library." })
  published!: boolean;
  @Field(() => DateTimeResolver, { nullable: true })
  publishedAt!: Date | null;
  @Field(() => DateTimeResolver)
  createdAt!: Date;
  @Field(() => DateTimeResolver)
  updatedAt!: Date;
  @Field(() => Boolean, { description: "Whether you may edit, publish and unpublish it: the guidance team of its arena." })
  viewerCanEdit!: boolean;
}

export const LearningConnection = connectionType("Learning", Learning);

/** A learning as readers load it (`learningColumns`): without the stored search vector. */
export type LearningRow = Omit<typeof learnings.$inferSelect, "search">;

export function toLearning(row: LearningRow, cycleNumber: number | null, viewerCanEdit: boolean): Learning {
  return Object.assign(new Learning(), {
    __typename: "Learning",
    id: toGlobalId("Learning", row.id),
    rawId: row.id,
    arenaRawId: row.arenaId,
    ideaRawId: row.ideaId,
    title: row.title,
    body: row.body,
    outcome: row.outcome as CycleDecisionEnum,
    targetGroup: row.targetGroup,
    cycleNumber,
    published: row.publishedAt !== null,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    viewerCanEdit,
  });
}

@ObjectType()
export class LearningPayload {
  @Field(() => Learning, { nullable: true })
  learning!: Learning | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
