import type { NotificationsTranslations } from "./i18n.sv";

/** English strings of notifications and the outbox; typed against the Swedish source so that no key can be missing. */
export const notificationsEn: NotificationsTranslations = {
  notifications: {
    title: "Notifications",
    intro: "What has happened to ideas you carry or follow. Notifications are also sent to your email.",
    bell: "Notifications",
    bellUnread_one: "Notifications, {{count}} unread",
    bellUnread_other: "Notifications, {{count}} unread",
    arrived: "New notification: {{message}}",
    new: "New",
    empty: "You have no notifications yet. Follow an idea to hear when something happens.",
    signInRequired: "Sign in to see your notifications.",
  },
  outbox: {
    title: "Outbox",
    eyebrow: "Administration",
    intro: "All email the platform sends, newest first. With no mail server, the mail stays here so that you can read it.",
    count_one: "{{count}} mail",
    count_other: "{{count}} mails",
    empty: "The outbox is empty.",
    to: "To",
    created: "Created",
    sent: "Sent {{at}}",
    waiting: "Waiting",
    failed_one: "Failed ({{count}} attempt)",
    failed_other: "Failed ({{count}} attempts)",
    givenUp_one: "Given up after {{count}} attempt",
    givenUp_other: "Given up after {{count}} attempts",
    resend: "Send again",
    showText: "Show the mail",
    adminsOnly: "The outbox is for administrators only.",
    signInRequired: "Sign in as an administrator to see the outbox.",
  },
};
