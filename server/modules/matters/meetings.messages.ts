import type { Locale } from "../accounts/accounts.tables.js";

/** Messages of meetings, decisions and assignments; merged into the catalog in server/graphql/messages.ts. */
export const meetingMessages = {
  STALE_MEETING: {
    sv: "Någon annan har ändrat mötet medan du arbetade. Läs in sidan igen och gör ändringen på nytt.",
    en: "Someone else changed the meeting while you were working. Reload the page and make the change again.",
  },
  MEETING_CANCELLED: { sv: "Mötet är inställt.", en: "The meeting is cancelled." },
  MEETING_HELD: {
    sv: "Mötets protokoll är publicerat, så mötet kan inte ändras längre.",
    en: "The meeting's minutes are published, so the meeting can no longer be changed.",
  },
  PLACE_OR_LINK: { sv: "Ange en plats eller en länk till mötet.", en: "Give a place or a link to the meeting." },
  AGENDA_ITEM_EITHER: {
    sv: "Välj ett ärende eller skriv en rubrik för en fri punkt, inte båda.",
    en: "Choose a matter or write a heading for a free item, not both.",
  },
  MATTER_NOT_PLACED_HERE: {
    sv: "Ärendet är inte placerat hos det här organet och väntar inte på en dagordning.",
    en: "The matter is not placed with this body and is not waiting for an agenda.",
  },
  AGENDA_ORDER: {
    sv: "Ange mötets alla punkter, var och en en gång.",
    en: "Give every item of the meeting, each once.",
  },
  NOTICE_ALREADY_SENT: {
    sv: "Kallelsen är redan skickad. Den skickas bara en gång.",
    en: "The notice has already been sent. It is sent only once.",
  },
  NO_MEMBERS: {
    sv: "Ingen person sitter i organet, så kallelsen har ingen mottagare.",
    en: "Nobody is seated in the body, so the notice has no recipient.",
  },
  MINUTES_PUBLISHED: {
    sv: "Protokollet är redan publicerat och kan inte ändras.",
    en: "The minutes are already published and cannot be changed.",
  },
  MINUTES_EMPTY: {
    sv: "Skriv protokoll för minst en punkt innan det publiceras.",
    en: "Write minutes for at least one item before publishing them.",
  },
  NOT_DECIDABLE: {
    sv: "Ärendet kan inte beslutas nu: det måste vara placerat hos organet eller stå på dess dagordning.",
    en: "The matter cannot be decided now: it must be placed with the body or be on its agenda.",
  },
  DECIDED_IN_FUTURE: { sv: "Beslutsdatumet kan inte ligga i framtiden.", en: "The date of the decision cannot be in the future." },
  ASSIGNMENTS_NEED_APPROVAL: {
    sv: "Uppdrag kan bara ges i ett bifallet beslut.",
    en: "Assignments can only be given by an approved decision.",
  },
  ASSIGNEE_EITHER: {
    sv: "Välj ett organ eller en part som får uppdraget, inte båda.",
    en: "Choose one body or one party to receive the assignment, not both.",
  },
  NOT_AGENDA_OF_MATTER: {
    sv: "Punkten hör inte till det här ärendet.",
    en: "The item does not belong to this matter.",
  },
  ASSIGNMENT_NOT_OPEN: { sv: "Uppdraget är redan återrapporterat.", en: "The assignment has already been reported on." },
} as const satisfies Record<string, Record<Locale, string>>;
