import { declareEvents } from "../../shared/events.js";

/** Events of comments (their subject is the comment, so they stay off the idea's timeline) and the notifications of a thread. */
export const DiscussionEvents = declareEvents({
  added: {
    kind: "comment.added",
    notification: {
      text: (data) =>
        data.relation === "follower"
          ? { sv: "Ny kommentar på ”{title}”, som du följer", en: "New comment on “{title}”, which you follow" }
          : { sv: "Ny kommentar på din idé ”{title}”", en: "New comment on your idea “{title}”" },
    },
  },
  edited: { kind: "comment.edited" },
  deleted: { kind: "comment.deleted" },
  reported: { kind: "comment.reported" },
  hidden: {
    kind: "comment.hidden",
    notification: {
      text: {
        sv: "En kommentar om ”{title}” har dolts efter anmälningar och väntar på granskning",
        en: "A comment on “{title}” was hidden after reports and awaits review",
      },
    },
  },
  removed: { kind: "comment.removed" },
  restored: { kind: "comment.restored" },
  /** Notifications only. */
  replied: {
    kind: "comment.replied",
    notification: { text: { sv: "{by} svarade på din kommentar om ”{title}”", en: "{by} replied to your comment on “{title}”" } },
  },
  internal: {
    kind: "comment.internal",
    notification: {
      text: { sv: "Ny kommentar i den interna tråden om ”{title}”", en: "New comment in the internal thread on “{title}”" },
    },
  },
});
