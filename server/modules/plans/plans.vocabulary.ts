import { registerEnumType } from "type-graphql";

// The action plans' vocabulary (issue 14; 000, 001 and 004 in the seeds).

/**
 * The arena's yearly action plan (Länsledning Välfärd's, under the strategy's goals), or a
 * body's activity plan (each utskott's, reported back to Länsledning).
 */
export enum PlanKindEnum {
  ACTION_PLAN = "action_plan",
  ACTIVITY_PLAN = "activity_plan",
}
registerEnumType(PlanKindEnum, { name: "PlanKind" });
export type PlanKind = `${PlanKindEnum}`;

/** Draft → adopted (only through a decided matter) → closed at the year's follow-up. */
export enum PlanStatusEnum {
  DRAFT = "draft",
  ADOPTED = "adopted",
  CLOSED = "closed",
}
registerEnumType(PlanStatusEnum, { name: "PlanStatus" });
export type PlanStatus = `${PlanStatusEnum}`;

/** An activity's status: `planned` until its first update, then what the latest update said. */
export enum ActivityStatusEnum {
  PLANNED = "planned",
  ON_TRACK = "on_track",
  AT_RISK = "at_risk",
  OFF_TRACK = "off_track",
  DONE = "done",
  CANCELLED = "cancelled",
}
registerEnumType(ActivityStatusEnum, { name: "ActivityStatus" });
export type ActivityStatus = `${ActivityStatusEnum}`;

/** What an activity came from: linked, not copied (like a matter's links). */
export enum ActivityOriginKindEnum {
  IDEA = "idea",
  /** A test cycle (a pilot). */
  CYCLE = "cycle",
  /** A matter's decision (matter_decisions). */
  DECISION = "decision",
  MATTER = "matter",
}
registerEnumType(ActivityOriginKindEnum, { name: "ActivityOriginKind" });
export type ActivityOriginKind = `${ActivityOriginKindEnum}`;
