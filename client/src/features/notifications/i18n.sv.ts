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
  mailSettings: {
    heading: "Notiser med e-post",
    intro: "Alla notiser syns här i Arena. Välj vilka som också skickas med e-post, och hur.",
    transactional:
      "Servicemeddelanden skickas alltid, oavsett valen här: en länk för att välja nytt lösenord och en länk för att bekräfta en ny e-postadress, när du själv ber om dem. De går inte att avregistrera sig från. Alla andra mejl har en länk för att avregistrera sig med ett klick.",
    delivery: "Hur vill du få e-post?",
    IMMEDIATE: "Direkt, ett mejl per händelse",
    DAILY: "En sammanfattning om dagen",
    NONE: "Ingen e-post",
    kinds: "Det här skickas med e-post",
    kindsHint: "Gäller när du får e-post direkt eller som sammanfattning.",
    submit: "Spara inställningarna",
    submitting: "Sparar…",
    saved: "Inställningarna är sparade.",
  },
  unsubscribe: {
    title: "Avsluta e-post",
    intro: "Du har följt länken för att sluta få en sorts e-post från Arena. Du behöver inte logga in.",
    submit: "Sluta skicka sådan e-post",
    submitting: "Avslutar…",
    done: "Klart. Det här skickas inte längre med e-post: {{what}}",
    settings: "Du kan ändra alla e-postinställningar under Mitt konto.",
    toAccount: "Till Mitt konto",
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
