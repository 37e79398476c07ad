import { declareEvents } from "../../shared/events.js";
import { type IdeaAccess, atLeast } from "../ideas/ideas.access.js";

/** Learnings come from test cycles and show on the timeline to those who read the cycles (a published one is read in the library). */
const readsLearnings = (access: IdeaAccess) => atLeast(access, "member");

export const LearningEvents = declareEvents({
  recorded: {
    kind: "learning.recorded",
    label: { sv: "Lärdom registrerad", en: "Learning recorded" },
    detail: true,
    visibleTo: readsLearnings,
  },
  updated: { kind: "learning.updated", label: { sv: "Lärdom ändrad", en: "Learning edited" }, detail: true, visibleTo: readsLearnings },
  published: {
    kind: "learning.published",
    label: { sv: "Lärdom publicerad", en: "Learning published" },
    detail: true,
    visibleTo: readsLearnings,
  },
  unpublished: {
    kind: "learning.unpublished",
    label: { sv: "Lärdom avpublicerad", en: "Learning unpublished" },
    detail: true,
    visibleTo: readsLearnings,
  },
});
