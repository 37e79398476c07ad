// The plans' enums as the client spells them (from schema/schema.graphql through gql.tada).

export type ActivityStatus = "PLANNED" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "DONE" | "CANCELLED";
export const ACTIVITY_STATUSES: readonly ActivityStatus[] = ["PLANNED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "DONE", "CANCELLED"];
/** What an update may say: an activity is "planned" only before its first one. */
export const UPDATE_STATUSES: readonly ActivityStatus[] = ACTIVITY_STATUSES.filter((s) => s !== "PLANNED");

export type Tone = "neutral" | "success" | "warning" | "danger" | "muted";
export const STATUS_TONE: Record<ActivityStatus, Tone> = {
  PLANNED: "neutral",
  ON_TRACK: "success",
  AT_RISK: "warning",
  OFF_TRACK: "danger",
  DONE: "success",
  CANCELLED: "muted",
};
