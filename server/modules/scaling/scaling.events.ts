import { declareEvents } from "../../shared/events.js";

/** Events of the scale-up ladder: public on the idea's timeline. */
export const ScalingEvents = declareEvents({
  stepReached: {
    kind: "scaling.step_reached",
    label: { sv: "Nytt steg på spridningsstegen", en: "New step on the scale-up ladder" },
    detail: true,
  },
  stepRecorded: {
    kind: "scaling.step_recorded",
    label: { sv: "Steg på spridningsstegen registrerat", en: "Scale-up step recorded" },
    detail: true,
    notification: {
      text: {
        sv: "”{title}” står nu på steg {step} av 4 på spridningsstegen",
        en: "“{title}” now stands at step {step} of 4 on the scale-up ladder",
      },
    },
  },
  /** `about` on the timeline is the municipality. */
  adoptionSet: {
    kind: "scaling.adoption_set",
    label: { sv: "Kommunens införande uppdaterat", en: "Municipal adoption updated" },
    detail: true,
  },
});
