import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { Node, connectionType, toGlobalId } from "../../graphql/relay.js";
import type { IdeaAccess } from "../ideas/ideas.access.js";
import { Idea } from "../ideas/ideas.types.js";
import type { guidanceSessions, nextSteps, supportNeeds } from "./guidance.tables.js";

/** A caseload idea is "without contact" when its latest session (or, with none, its assignment) is older than this. */
export const CONTACT_THRESHOLD_DAYS = 30;
/** A next step is "due" when it is not done and falls due within this many days (today included). */
export const DUE_SOON_DAYS = 7;

/**
 * Who reads an idea's guidance, from its access: the guidance team of the idea's arena (internal
 * notes included) or its bearers (shared notes, advice, next steps, support plan). Anyone else
 * (the public, members of the arena, other arenas' staff) sees none of it. A team member who
 * carries the idea reads it as a bearer: internal notes are about the bearers, never for them.
 */
export type GuidanceView = "team" | "bearer";
export const guidanceView = (access: IdeaAccess): GuidanceView | null => (access === "team" || access === "bearer" ? access : null);

export enum SupportNeedKindEnum {
  FUNDING = "funding",
  TEST_SITE = "test_site",
  COMPETENCE = "competence",
  PARTNERS = "partners",
  RESEARCH = "research",
  OTHER = "other",
}
registerEnumType(SupportNeedKindEnum, {
  name: "SupportNeedKind",
  description: "What an idea needs. An idea has at most one need of each kind, except OTHER, which may repeat.",
});

export enum SupportNeedStatusEnum {
  OPEN = "open",
  IN_PROGRESS = "in_progress",
  MET = "met",
  DROPPED = "dropped",
}
registerEnumType(SupportNeedStatusEnum, { name: "SupportNeedStatus" });

export enum NextStepFilterEnum {
  DUE = "due",
  OVERDUE = "overdue",
  OPEN = "open",
  ALL = "all",
}
registerEnumType(NextStepFilterEnum, {
  name: "NextStepFilter",
  description: `DUE: not done, due within ${DUE_SOON_DAYS} days (today included); OVERDUE: not done and past its due date; OPEN: not done; ALL: done ones too.`,
});

type SessionRow = typeof guidanceSessions.$inferSelect;
type NextStepRow = typeof nextSteps.$inferSelect;
type SupportNeedRow = typeof supportNeeds.$inferSelect;

@ObjectType({
  implements: Node,
  description: "A guidance session (lotsningssamtal): visible to the idea's bearers and the arena's guidance team only.",
})
export class GuidanceSession extends Node {
  rawId!: string;
  ideaRawId!: string;
  createdByRawId!: string | null;
  view!: GuidanceView;

  @Field(() => LocalDateResolver)
  heldOn!: string;
  @Field(() => String, { description: "Who took part (free text)." })
  participants!: string;
  @Field(() => String, { description: "Notes shared with the bearers." })
  sharedNotes!: string;
  @Field(() => String, { nullable: true, description: "Notes internal to the guidance team: null for everyone else, bearers included." })
  internalNotes!: string | null;
  @Field(() => String, { description: "Advice given to the bearers." })
  advice!: string;
  @Field(() => DateTimeResolver)
  createdAt!: Date;
  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

export function toSession(row: SessionRow, view: GuidanceView): GuidanceSession {
  return Object.assign(new GuidanceSession(), {
    __typename: "GuidanceSession",
    id: toGlobalId("GuidanceSession", row.id),
    rawId: row.id,
    ideaRawId: row.ideaId,
    createdByRawId: row.createdBy,
    view,
    heldOn: row.heldOn,
    participants: row.participants,
    sharedNotes: row.sharedNotes,
    internalNotes: view === "team" ? row.internalNotes : null,
    advice: row.advice,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

@ObjectType({
  implements: Node,
  description: "An agreed next step: who does what by when. Visible to the idea's bearers and the arena's guidance team only.",
})
export class NextStep extends Node {
  rawId!: string;
  ideaRawId!: string;
  sessionRawId!: string | null;
  ownerRawId!: string | null;

  @Field(() => String)
  title!: string;
  @Field(() => String, {
    description: "Who is responsible when it is not a person with an account (e.g. “idébäraren”, “Coompanion”); empty otherwise.",
  })
  ownerLabel!: string;
  @Field(() => LocalDateResolver, { nullable: true })
  dueOn!: string | null;
  @Field(() => Boolean)
  done!: boolean;
  @Field(() => DateTimeResolver, { nullable: true })
  doneAt!: Date | null;
  @Field(() => Boolean, { description: "Not done, and its due date (Swedish calendar) has passed." })
  overdue!: boolean;
  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

/** `today` is the Swedish calendar date, YYYY-MM-DD. */
export function toNextStep(row: NextStepRow, today: string): NextStep {
  return Object.assign(new NextStep(), {
    __typename: "NextStep",
    id: toGlobalId("NextStep", row.id),
    rawId: row.id,
    ideaRawId: row.ideaId,
    sessionRawId: row.sessionId,
    ownerRawId: row.ownerId,
    title: row.title,
    ownerLabel: row.ownerLabel,
    dueOn: row.dueOn,
    done: row.doneAt !== null,
    doneAt: row.doneAt,
    overdue: isOverdue(row, today),
    createdAt: row.createdAt,
  });
}

export const isOverdue = (row: Pick<NextStepRow, "doneAt" | "dueOn">, today: string) =>
  row.doneAt === null && row.dueOn !== null && row.dueOn < today;

export const NextStepConnection = connectionType("NextStep", NextStep);

@ObjectType({
  implements: Node,
  description: "A need of the idea's support plan. Visible to the idea's bearers and the arena's guidance team only.",
})
export class SupportNeed extends Node {
  rawId!: string;
  ideaRawId!: string;

  @Field(() => SupportNeedKindEnum)
  kind!: SupportNeedKindEnum;
  @Field(() => SupportNeedStatusEnum)
  status!: SupportNeedStatusEnum;
  @Field(() => String)
  notes!: string;
  @Field(() => DateTimeResolver)
  createdAt!: Date;
  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

export function toSupportNeed(row: SupportNeedRow): SupportNeed {
  return Object.assign(new SupportNeed(), {
    __typename: "SupportNeed",
    id: toGlobalId("SupportNeed", row.id),
    rawId: row.id,
    ideaRawId: row.ideaId,
    kind: row.kind as SupportNeedKindEnum,
    status: row.status as SupportNeedStatusEnum,
    notes: row.notes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

@ObjectType({ description: "An idea in a guide's caseload, with what needs attention." })
export class CaseloadItem {
  ideaRawId!: string;

  @Field(() => Idea)
  idea!: Idea;
  @Field(() => DateTimeResolver, { description: "When you were assigned to guide it." })
  assignedAt!: Date;
  @Field(() => LocalDateResolver, { nullable: true, description: "The date of the latest guidance session, if any." })
  lastContactOn!: string | null;
  @Field(() => Boolean, {
    description: `No guidance session in the last ${CONTACT_THRESHOLD_DAYS} days (counted from the assignment when there has been none).`,
  })
  withoutContact!: boolean;
}

export const CaseloadConnection = connectionType("CaseloadItem", CaseloadItem);

@ObjectType()
export class GuidanceSessionPayload {
  @Field(() => GuidanceSession, { nullable: true })
  session!: GuidanceSession | null;
  @Field(() => Idea, { nullable: true })
  idea!: Idea | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class NextStepPayload {
  @Field(() => NextStep, { nullable: true })
  nextStep!: NextStep | null;
  @Field(() => Idea, { nullable: true })
  idea!: Idea | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class SupportNeedPayload {
  @Field(() => SupportNeed, { nullable: true, description: "The need as saved; as it was, when removed." })
  supportNeed!: SupportNeed | null;
  @Field(() => Idea, { nullable: true })
  idea!: Idea | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
