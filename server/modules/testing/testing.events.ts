import { type EventData, declareEvents } from "../../shared/events.js";
import { IdeaEvents } from "../ideas/ideas.events.js";
import { readsCycles } from "./cycles.types.js";

const cycleEvent = {
  detail: true,
  visibleTo: readsCycles,
  // Starting or deciding a cycle may move the idea; that much is public, as a change of stage.
  seenOtherwiseAs: (data: EventData) => (typeof data.toStage === "string" && data.toStage !== "" ? IdeaEvents.stageChanged : null),
} as const;

/** Events of test cycles: on the idea's timeline for those who read its cycles. */
export const TestingEvents = declareEvents({
  planned: { kind: "test_cycle.planned", label: { sv: "Testcykel planerad", en: "Test cycle planned" }, ...cycleEvent },
  updated: { kind: "test_cycle.updated", label: { sv: "Testcykelns plan ändrad", en: "Test cycle plan changed" }, ...cycleEvent },
  started: { kind: "test_cycle.started", label: { sv: "Testcykel startad", en: "Test cycle started" }, ...cycleEvent },
  measurementRecorded: {
    kind: "test_cycle.measurement_recorded",
    label: { sv: "Mätvärde registrerat", en: "Measurement recorded" },
    ...cycleEvent,
  },
  measurementDeleted: {
    kind: "test_cycle.measurement_deleted",
    label: { sv: "Mätvärde borttaget", en: "Measurement deleted" },
    ...cycleEvent,
  },
  studied: {
    kind: "test_cycle.studied",
    label: { sv: "Testcykelns resultat sammanfattade", en: "Test cycle results studied" },
    ...cycleEvent,
  },
  decided: {
    kind: "test_cycle.decided",
    label: { sv: "Beslut om testcykel", en: "Test cycle decided" },
    ...cycleEvent,
    notification: {
      text: {
        sv: "{by} har fattat beslut om testet av ”{title}”: läs beslutet och lärdomarna",
        en: "{by} has decided on the test of “{title}”: read the decision and the learnings",
      },
    },
  },
});
