import { declareEvents } from "../../shared/events.js";

/**
 * The action plans' steps (issue 14): every change to a plan, a sub-goal, an activity or its
 * status is an event on the plan or the activity. Adoption is recorded when the owning body's
 * decision on the adoption matter is approved, never by an edit.
 */
export const PlanEvents = declareEvents({
  created: { kind: "action_plan.created", label: { sv: "Plan skapad", en: "Plan created" } },
  updated: { kind: "action_plan.updated", label: { sv: "Plan ändrad", en: "Plan edited" }, mergesRepeats: true },
  proposedForAdoption: {
    kind: "action_plan.proposed_for_adoption",
    label: { sv: "Plan föreslagen för antagande i ärende {number}", en: "Plan proposed for adoption in matter {number}" },
  },
  adopted: { kind: "action_plan.adopted", label: { sv: "Plan antagen {date}", en: "Plan adopted {date}" } },
  subGoalCreated: { kind: "action_plan.sub_goal_created", label: { sv: "Delmål tillagt", en: "Sub-goal added" }, detail: true },
  subGoalUpdated: { kind: "action_plan.sub_goal_updated", label: { sv: "Delmål ändrat", en: "Sub-goal edited" }, detail: true },
  subGoalDeleted: { kind: "action_plan.sub_goal_deleted", label: { sv: "Delmål borttaget", en: "Sub-goal removed" }, detail: true },
  activityCreated: { kind: "action_plan.activity_created", label: { sv: "Aktivitet tillagd", en: "Activity added" }, detail: true },
  activityUpdated: { kind: "action_plan.activity_updated", label: { sv: "Aktivitet ändrad", en: "Activity edited" }, detail: true },
  activityDeleted: { kind: "action_plan.activity_deleted", label: { sv: "Aktivitet borttagen", en: "Activity removed" }, detail: true },
  statusRecorded: {
    kind: "action_plan.activity_status_recorded",
    label: { sv: "Lägesrapport för aktivitet", en: "Activity status update" },
    detail: true,
  },
  /** To the kansli, when an activity's update says it is at risk or off track. */
  activityInTrouble: {
    kind: "action_plan.activity_in_trouble",
    label: { sv: "Aktivitet i riskzonen", en: "Activity in trouble" },
    notification: {
      text: (data) =>
        data.status === "off_track"
          ? { sv: "Aktiviteten ”{title}” har avvikit från planen", en: "The activity “{title}” is off track" }
          : { sv: "Aktiviteten ”{title}” riskerar att inte nå målet", en: "The activity “{title}” is at risk" },
    },
  },
});
