import { declareEvents } from "../../shared/events.js";

export const StrategyEvents = declareEvents({
  goalUpdated: { kind: "goal.updated" },
  focusAreaCreated: { kind: "focus_area.created" },
  focusAreaUpdated: { kind: "focus_area.updated" },
  focusAreaDeleted: { kind: "focus_area.deleted" },
});
