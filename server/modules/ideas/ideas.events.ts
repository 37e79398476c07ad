import { type EventData, type Lang, type Localized, declareEvents } from "../../shared/events.js";
import type { IdeaStage } from "./ideas.tables.js";

/** A stage as a timeline names it (the idea page's stage badge says the same). */
export const STAGE_LABELS: Record<IdeaStage, Localized> = {
  draft: { sv: "Utkast", en: "Draft" },
  submitted: { sv: "Inskickad", en: "Submitted" },
  guidance: { sv: "Under lotsning", en: "In guidance" },
  needs_info: { sv: "Behöver kompletteras", en: "Needs more information" },
  referred: { sv: "Hänvisad vidare", en: "Referred" },
  merged: { sv: "Sammanslagen", en: "Merged" },
  declined: { sv: "Avböjd", en: "Declined" },
  development: { sv: "Under utveckling", en: "In development" },
  testing: { sv: "Testas", en: "Being tested" },
  scaling: { sv: "Sprids", en: "Scaling up" },
  adopted: { sv: "Införd", en: "Adopted" },
  closed: { sv: "Avslutad", en: "Closed" },
  parked: { sv: "Vilande", en: "Parked" },
  withdrawn: { sv: "Återtagen", en: "Withdrawn" },
};

/** A stage within a sentence of a notification ("har gått vidare till skedet lotsning"). */
const STAGE_IN_SENTENCE: Record<IdeaStage, Localized> = {
  draft: { sv: "utkast", en: "draft" },
  submitted: { sv: "inskickad", en: "submitted" },
  guidance: { sv: "lotsning", en: "guidance" },
  needs_info: { sv: "behöver komplettering", en: "needs information" },
  referred: { sv: "hänvisad", en: "referred" },
  merged: { sv: "sammanslagen", en: "merged" },
  declined: { sv: "avböjd", en: "declined" },
  development: { sv: "utveckling", en: "development" },
  testing: { sv: "test", en: "testing" },
  scaling: { sv: "spridning", en: "scaling" },
  adopted: { sv: "införd", en: "adopted" },
  closed: { sv: "avslutad", en: "closed" },
  parked: { sv: "parkerad", en: "parked" },
  withdrawn: { sv: "tillbakadragen", en: "withdrawn" },
};

const toStageIn = (data: EventData, lang: Lang) => (STAGE_IN_SENTENCE[data.toStage as IdeaStage] as Localized | undefined)?.[lang] ?? "";

/** How a timeline names an event no module names, with and without the stage it led to. */
export const UNNAMED_EVENT: { moved: Localized; other: Localized } = {
  moved: { sv: "Ny fas: {stage}", en: "Moved to: {stage}" },
  other: { sv: "Händelse", en: "Event" },
};

/** Events of the idea itself and its bearers. */
export const IdeaEvents = declareEvents({
  created: { kind: "idea.created", label: { sv: "Utkast skapat", en: "Draft created" } },
  /** An autosave; a run of saves by one person reads as one edit. */
  updated: { kind: "idea.updated", label: { sv: "Ändrad", en: "Edited" }, mergesRepeats: true },
  submitted: {
    kind: "idea.submitted",
    label: { sv: "Inskickad", en: "Submitted" },
    notification: { text: { sv: "Ny idé att ta emot: ”{title}”", en: "New idea to triage: “{title}”" } },
  },
  withdrawn: {
    kind: "idea.withdrawn",
    label: { sv: "Återtagen", en: "Withdrawn" },
    notification: { text: { sv: "”{title}” har dragits tillbaka", en: "“{title}” has been withdrawn" } },
  },
  /**
   * A move of stage shown on its own: to those who may not see the event that caused it (a
   * test cycle), and as a notification.
   */
  stageChanged: {
    kind: "idea.stage_changed",
    label: UNNAMED_EVENT.moved,
    notification: {
      text: { sv: "”{title}” har gått vidare till skedet {stage}", en: "“{title}” has moved on to the stage {stage}" },
      params: (data, lang) => ({ stage: toStageIn(data, lang) }),
    },
  },
  /** A coordinator parked the idea (with a reason) or resumed it: on the timeline as the move it is. */
  parked: { kind: "idea.parked", label: UNNAMED_EVENT.moved },
  resumed: { kind: "idea.resumed", label: UNNAMED_EVENT.moved },
  followed: { kind: "idea.followed" },
  unfollowed: { kind: "idea.unfollowed" },
  coBearerInvited: {
    kind: "co_bearer.invited",
    label: { sv: "Medbärare inbjuden", en: "Co-bearer invited" },
    notification: {
      text: { sv: "{by} bjuder in dig att bära idén ”{title}” tillsammans", en: "{by} invites you to carry the idea “{title}” together" },
    },
  },
  coBearerAccepted: {
    kind: "co_bearer.accepted",
    label: { sv: "Medbärare anslöt", en: "Co-bearer joined" },
    notification: { text: { sv: "{by} tackade ja till att bära ”{title}” med dig", en: "{by} accepted to carry “{title}” with you" } },
  },
  coBearerDeclined: {
    kind: "co_bearer.declined",
    label: { sv: "Inbjudan till medbärare avböjdes", en: "Co-bearer invitation declined" },
    notification: { text: { sv: "{by} tackade nej till att bära ”{title}”", en: "{by} declined to carry “{title}”" } },
  },
});
