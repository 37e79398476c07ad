import { declareEvents } from "../../shared/events.js";

export const NotificationEvents = declareEvents({
  read: { kind: "notifications.read" },
  mailResent: { kind: "outbox.resent" },
});
