import type { Strings } from "../../i18n/strings";

/** Swedish strings of notifications and the outbox, in the "notifications" namespace. Every key here must also be in i18n.en.ts (the compiler checks). */
export const notificationsSv = {
  notifications: {
    title: "Notiser",
    intro: "Det som har hänt med idéer du bär eller följer. Notiserna skickas också till din e-post.",
    bell: "Notiser",
    bellUnread_one: "Notiser, {{count}} oläst",
    bellUnread_other: "Notiser, {{count}} olästa",
    arrived: "Ny notis: {{message}}",
    new: "Ny",
    empty: "Du har inga notiser ännu. Följ en idé så får du besked när något händer.",
    signInRequired: "Logga in för att se dina notiser.",
  },
  outbox: {
    title: "Utkorg",
    eyebrow: "Administration",
    intro: "All e-post som plattformen skickar, nyast först. Utan e-postserver stannar breven här, så att du kan läsa dem.",
    count_one: "{{count}} brev",
    count_other: "{{count}} brev",
    empty: "Utkorgen är tom.",
    to: "Till",
    created: "Skapat",
    sent: "Skickat {{at}}",
    waiting: "Väntar",
    failed_one: "Misslyckades ({{count}} försök)",
    failed_other: "Misslyckades ({{count}} försök)",
    givenUp_one: "Gav upp efter {{count}} försök",
    givenUp_other: "Gav upp efter {{count}} försök",
    resend: "Skicka igen",
    showText: "Visa brevet",
    adminsOnly: "Utkorgen är bara för administratörer.",
    signInRequired: "Logga in som administratör för att se utkorgen.",
  },
} as const;

export type NotificationsTranslations = Strings<typeof notificationsSv>;
