import { declareEvents } from "../../shared/events.js";

/**
 * A body's meetings, their agendas, notices and minutes, and the assignments its decisions give.
 * The usual steps of a matter (put on the agenda, decided, tabled) are the matters' own kinds
 * (matters.events.ts); the meeting's own changes are recorded on the meeting, never on an idea.
 */
export const MeetingEvents = declareEvents({
  created: { kind: "meeting.created" },
  updated: { kind: "meeting.updated" },
  cancelled: { kind: "meeting.cancelled" },
  agendaItemAdded: { kind: "meeting.agenda_item_added" },
  agendaItemRemoved: { kind: "meeting.agenda_item_removed" },
  agendaReordered: { kind: "meeting.agenda_reordered" },
  /** The notice (kallelse) to every person seated in the body, with the agenda in its mail. */
  noticeSent: {
    kind: "meeting.notice_sent",
    notification: {
      text: { sv: "Kallelse till {body} {when}", en: "Notice of meeting: {body} {when}" },
      params: (data, lang) => ({
        body: typeof data.body === "string" ? data.body : "",
        when: typeof data.when === "object" && data.when !== null ? String((data.when as Record<string, unknown>)[lang] ?? "") : "",
      }),
      mailBody: (data, lang) => noticeMail(data, lang),
    },
  },
  minutesWritten: { kind: "meeting.minutes_written", mergesRepeats: true },
  minutesPublished: { kind: "meeting.minutes_published" },
  assignmentReported: { kind: "assignment.reported" },
  /** Steps of a matter that meetings and assignments cause, on the matter and its ideas' timelines (see recordMatterEvent). */
  takenOffAgenda: {
    kind: "matter.taken_off_agenda",
    label: { sv: "Struket från dagordningen för {body} {date}", en: "Taken off the agenda of {body} {date}" },
  },
  reportReceived: {
    kind: "matter.report_received",
    label: { sv: "Återrapport till {body}", en: "Report back to {body}" },
  },
});

const words = {
  where: { sv: "Plats", en: "Place" },
  link: { sv: "Länk", en: "Link" },
  agenda: { sv: "Dagordning", en: "Agenda" },
  none: { sv: "Dagordningen är ännu tom.", en: "The agenda is still empty." },
} as const;

/** The notice's mail: where, and the agenda in order (the notification stores them as data, not text). */
function noticeMail(data: Readonly<Record<string, unknown>>, lang: "sv" | "en"): string {
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  const agenda = Array.isArray(data.agenda) ? data.agenda.map(str) : [];
  const lines: string[] = [];
  if (str(data.place)) lines.push(`${words.where[lang]}: ${str(data.place)}`);
  if (str(data.link)) lines.push(`${words.link[lang]}: ${str(data.link)}`);
  lines.push("", `${words.agenda[lang]}:`);
  if (agenda.length === 0) lines.push(words.none[lang]);
  agenda.forEach((title, i) => lines.push(`${i + 1}. ${title}`));
  return lines.join("\n").trim();
}
