import { declareEvents } from "../../shared/events.js";

/** The municipality pages' good examples, kept by the kansli (subject: the municipality's organisation). */
export const PlacesEvents = declareEvents({
  goodExampleAdded: { kind: "good_example.added" },
  goodExampleEdited: { kind: "good_example.edited" },
  goodExampleRemoved: { kind: "good_example.removed" },
});
