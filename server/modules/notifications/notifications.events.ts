import { declareEvents } from "../../shared/events.js";

export const NotificationEvents = declareEvents({
  read: { kind: "notifications.read" },
  mailResent: { kind: "outbox.resent" },
  mailSettingsChanged: { kind: "mail.settings_changed" },
  unsubscribed: { kind: "mail.unsubscribed" },
  // Feedback from the accessibility statement's form (DOS-lagen): it lands with the arena's admins.
  feedback: {
    kind: "feedback.accessibility",
    notification: {
      text: { sv: "Synpunkt på tillgängligheten från {by}", en: "Accessibility feedback from {by}" },
    },
  },
});
