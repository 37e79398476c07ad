import { registerEnumType } from "type-graphql";

// The matters' vocabulary: the values stored in their tables, and their GraphQL enums.

/** What a matter asks of the partnership (004: "Beredning av ärenden"). */
export enum MatterKindEnum {
  PROPOSAL = "proposal",
  /** A system error or obstacle found in a pilot; 001 and 004 give Nätverk Välfärd to fix it. */
  SYSTEM_OBSTACLE = "system_obstacle",
  /** A remiss to the parties. */
  CONSULTATION = "consultation",
  /** A dispute, to Nätverk Välfärd. */
  DISPUTE = "dispute",
}
registerEnumType(MatterKindEnum, { name: "MatterKind" });
export type MatterKind = `${MatterKindEnum}`;

/**
 * Where a matter is on its path: initiated → in preparation → placed (at a body) → on agenda →
 * decided → dispatched → closed. "Returned for more preparation" moves it back to
 * in_preparation (an event says why); withdrawn ends it from any open stage.
 */
export enum MatterStageEnum {
  INITIATED = "initiated",
  IN_PREPARATION = "in_preparation",
  PLACED = "placed",
  ON_AGENDA = "on_agenda",
  DECIDED = "decided",
  DISPATCHED = "dispatched",
  CLOSED = "closed",
  WITHDRAWN = "withdrawn",
}
registerEnumType(MatterStageEnum, { name: "MatterStage" });
export type MatterStage = `${MatterStageEnum}`;

/** What a matter came from, or links to: linked, not copied. */
export enum MatterLinkKindEnum {
  IDEA = "idea",
  /** A test cycle and its decision. */
  CYCLE = "cycle",
  LEARNING = "learning",
  EVALUATION = "evaluation",
}
registerEnumType(MatterLinkKindEnum, { name: "MatterLinkKind" });
export type MatterLinkKind = `${MatterLinkKindEnum}`;

export enum DecisionOutcomeEnum {
  APPROVED = "approved",
  REJECTED = "rejected",
  /** Returned for more preparation. */
  RETURNED = "returned",
  /** Tabled (bordlagt) to a later meeting. */
  TABLED = "tabled",
}
registerEnumType(DecisionOutcomeEnum, { name: "DecisionOutcome" });
export type DecisionOutcome = `${DecisionOutcomeEnum}`;

/** A party's answer to a dispatched decision. */
export enum DispatchStatusEnum {
  SENT = "sent",
  RECEIVED = "received",
  ADOPTED = "adopted",
  DECLINED = "declined",
}
registerEnumType(DispatchStatusEnum, { name: "DispatchStatus" });
export type DispatchStatus = `${DispatchStatusEnum}`;

export enum AssignmentStatusEnum {
  OPEN = "open",
  /** The assignee reported back; the report-back matter carries it to the deciding body. */
  REPORTED = "reported",
  CLOSED = "closed",
}
registerEnumType(AssignmentStatusEnum, { name: "AssignmentStatus" });
export type AssignmentStatus = `${AssignmentStatusEnum}`;
