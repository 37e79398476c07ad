import { declareEvents } from "../../shared/events.js";

export const NotificationEvents = declareEvents({
  read: { kind: "notifications.read" },
  mailResent: { kind: "outbox.resent" },
  mailSettingsChanged: { kind: "mail.settings_changed" },
  unsubscribed: { kind: "mail.unsubscribed" },
});
