import { declareEvents } from "../../shared/events.js";

/**
 * A party's answers to a dispatched decision, recorded on the matter through recordMatterEvent;
 * adoption and decline also show on the linked ideas' timelines ({party} is the organisation, {date} the day it adopted).
 * Sending is the matter's own step (MatterEvents.dispatched, through moveMatter).
 */
export const DispatchEvents = declareEvents({
  received: {
    kind: "dispatch.received",
    label: { sv: "{party} har tagit emot beslutet", en: "{party} received the decision" },
  },
  adopted: {
    kind: "dispatch.adopted",
    label: { sv: "{party} har antagit beslutet {date}", en: "{party} adopted the decision on {date}" },
  },
  declined: {
    kind: "dispatch.declined",
    label: { sv: "{party} har avböjt beslutet", en: "{party} declined the decision" },
  },
});
