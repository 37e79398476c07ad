import { declareEvents } from "../../shared/events.js";

/**
 * A matter's steps (issue 12). Each is recorded on the matter and, through recordMatterEvent,
 * on the timeline of every idea the matter links to, where `{body}` is the body's name and
 * `{date}` the day of the meeting or decision. Every reader of the idea sees the steps (the
 * bearers and followers follow its path through the partnership); the reason for a return or a
 * withdrawal shows only to the bearers and the guidance team (the idea timeline's rule), and
 * preparation notes are never in an event's data.
 */
export const MatterEvents = declareEvents({
  created: {
    kind: "matter.created",
    label: { sv: "Ärende {number} öppnat i partnerskapet", en: "Matter {number} opened in the partnership" },
  },
  preparerAssigned: {
    kind: "matter.preparer_assigned",
    label: { sv: "Ärende {number} lämnat till beredning", en: "Matter {number} sent for preparation" },
    notification: {
      text: {
        sv: "Du har fått ärende {number} ”{title}” att bereda",
        en: "You have been given matter {number} “{title}” to prepare",
      },
      params: (data) => ({ number: String(data.number ?? "") }),
    },
  },
  /** A save of the basis; a run of saves by one person reads as one. Only on the matter's own timeline. */
  basisUpdated: {
    kind: "matter.basis_updated",
    label: { sv: "Beslutsunderlaget uppdaterat", en: "Basis for decision updated" },
    mergesRepeats: true,
  },
  placed: {
    kind: "matter.placed",
    label: { sv: "Ärende {number} placerat hos {body}", en: "Matter {number} placed with {body}" },
  },
  returned: {
    kind: "matter.returned",
    label: { sv: "Ärende {number} återremitterat för mer beredning", en: "Matter {number} returned for more preparation" },
  },
  withdrawn: {
    kind: "matter.withdrawn",
    label: { sv: "Ärende {number} återkallat", en: "Matter {number} withdrawn" },
  },
  putOnAgenda: {
    kind: "matter.put_on_agenda",
    label: { sv: "På dagordningen för {body} {date}", en: "On the agenda of {body} {date}" },
  },
  tabled: {
    kind: "matter.tabled",
    label: { sv: "Bordlagt i {body} {date}", en: "Tabled by {body} {date}" },
  },
  decided: {
    kind: "matter.decided",
    label: { sv: "Beslut i {body} {date}", en: "Decision by {body} {date}" },
  },
  dispatched: {
    kind: "matter.dispatched",
    label: { sv: "Beslutet expedierat till parterna", en: "Decision dispatched to the parties" },
  },
  closed: {
    kind: "matter.closed",
    label: { sv: "Ärende {number} avslutat", en: "Matter {number} closed" },
  },
  attachmentAdded: {
    kind: "matter.attachment_added",
    label: { sv: "Bilaga tillagd", en: "Attachment added" },
    detail: true,
  },
  attachmentRemoved: {
    kind: "matter.attachment_removed",
    label: { sv: "Bilaga borttagen", en: "Attachment removed" },
    detail: true,
  },
  linked: { kind: "matter.linked", label: { sv: "Koppling tillagd", en: "Link added" }, detail: true },
  unlinked: { kind: "matter.unlinked", label: { sv: "Koppling borttagen", en: "Link removed" }, detail: true },
});
