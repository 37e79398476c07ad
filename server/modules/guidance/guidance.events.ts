import { declareEvents } from "../../shared/events.js";
import type { IdeaAccess } from "../ideas/ideas.access.js";
import { guidanceView } from "./sessions.types.js";

/** Sessions, next steps and the support plan show on an idea's timeline only to those who read its guidance. */
const readsGuidance = (access: IdeaAccess) => guidanceView(access) !== null;

/** Events of triage: receiving an idea, deciding on it and naming its guides. Anyone who reads the idea sees them. */
export const TriageEvents = declareEvents({
  acknowledged: {
    kind: "idea.acknowledged",
    label: { sv: "Mottagningen bekräftad", en: "Receipt acknowledged" },
    detail: true,
    notification: { text: { sv: "Arenan har tagit emot ”{title}”", en: "The arena has received “{title}”" } },
  },
  triaged: { kind: "idea.triaged", label: { sv: "Beslut om lotsning", en: "Guidance decision" }, detail: true },
  /** A notification only: the guides are told, the timeline shows idea.guides_changed. */
  assigned: {
    kind: "idea.assigned",
    label: { sv: "Lots utsedd", en: "Guide assigned" },
    detail: true,
    notification: { text: { sv: "Du är lots för ”{title}”", en: "You are the guide of “{title}”" } },
  },
  guidesChanged: { kind: "idea.guides_changed", label: { sv: "Lotsar ändrade", en: "Guides changed" }, detail: true },
  /** A notification only: the decision NEEDS_INFO is recorded as idea.triaged. */
  question: {
    kind: "idea.question",
    notification: { text: { sv: "Arenan har en fråga om ”{title}”", en: "The arena has a question about “{title}”" } },
  },
  answered: {
    kind: "idea.answered",
    label: { sv: "Idébäraren svarade på en fråga", en: "The bearer answered a question" },
    detail: true,
    notification: { text: { sv: "{by} har svarat på frågan om ”{title}”", en: "{by} answered the question about “{title}”" } },
  },
  mergedIn: {
    kind: "idea.merged_in",
    label: { sv: "En annan idé slogs ihop med den här", en: "Another idea was merged into this one" },
    detail: true,
    notification: { text: { sv: "”{other}” har slagits ihop med ”{title}”", en: "“{other}” has been merged into “{title}”" } },
  },
  feedbackPromiseSet: { kind: "arena.feedback_promise_set" },
});

/** Events of guidance sessions, next steps and the support plan. */
export const GuidanceEvents = declareEvents({
  sessionRecorded: {
    kind: "guidance.session_recorded",
    label: { sv: "Lotsningssamtal registrerat", en: "Guidance session recorded" },
    detail: true,
    visibleTo: readsGuidance,
  },
  sessionUpdated: {
    kind: "guidance.session_updated",
    label: { sv: "Lotsningssamtal ändrat", en: "Guidance session changed" },
    detail: true,
    visibleTo: readsGuidance,
  },
  nextStepAdded: {
    kind: "next_step.added",
    label: { sv: "Nästa steg tillagt", en: "Next step added" },
    detail: true,
    visibleTo: readsGuidance,
  },
  nextStepUpdated: {
    kind: "next_step.updated",
    label: { sv: "Nästa steg ändrat", en: "Next step changed" },
    detail: true,
    visibleTo: readsGuidance,
  },
  nextStepDone: { kind: "next_step.done", label: { sv: "Nästa steg klart", en: "Next step done" }, detail: true, visibleTo: readsGuidance },
  nextStepReopened: {
    kind: "next_step.reopened",
    label: { sv: "Nästa steg öppnat igen", en: "Next step reopened" },
    detail: true,
    visibleTo: readsGuidance,
  },
  supportNeedUpdated: {
    kind: "support_need.updated",
    label: { sv: "Stödplanen uppdaterad", en: "Support plan updated" },
    detail: true,
    visibleTo: readsGuidance,
  },
  sessionRemoved: {
    kind: "guidance.session_removed",
    label: { sv: "Lotsningssamtal borttaget", en: "Guidance session removed" },
    detail: true,
    visibleTo: readsGuidance,
  },
  nextStepRemoved: {
    kind: "next_step.removed",
    label: { sv: "Nästa steg borttaget", en: "Next step removed" },
    detail: true,
    visibleTo: readsGuidance,
  },
  supportNeedRemoved: {
    kind: "support_need.removed",
    label: { sv: "Behov struket ur stödplanen", en: "Need removed from the support plan" },
    detail: true,
    visibleTo: readsGuidance,
  },
  /** Notifications to who must act on a next step. */
  nextStepCreated: {
    kind: "next_step.created",
    notification: { text: { sv: "Nytt nästa steg för ”{title}”: {step}", en: "New next step for “{title}”: {step}" } },
  },
  nextStepAssigned: {
    kind: "next_step.assigned",
    notification: {
      text: {
        sv: "Du ansvarar nu för ett nästa steg för ”{title}”: {step}",
        en: "You are now responsible for a next step for “{title}”: {step}",
      },
    },
  },
  nextStepDue: {
    kind: "next_step.due",
    notification: {
      text: { sv: "Nästa steg för ”{title}” ska vara klart {due}: {step}", en: "A next step for “{title}” is due {due}: {step}" },
    },
  },
  nextStepOverdue: {
    kind: "next_step.overdue",
    notification: {
      text: {
        sv: "Nästa steg för ”{title}” är försenat (skulle vara klart {due}): {step}",
        en: "A next step for “{title}” is overdue (it was due {due}): {step}",
      },
    },
  },
  /** A reminder sent, recorded on the step (not the idea) so that it is sent once per due date. */
  dueNotified: { kind: "next_step.due_notified" },
  overdueNotified: { kind: "next_step.overdue_notified" },
});
