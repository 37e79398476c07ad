import type { Strings } from "../../i18n/strings";

/** Swedish strings of accounts: signing in, registering, one's account and roles, in the "accounts" namespace. Every key here must also be in i18n.en.ts (the compiler checks). */
export const accountsSv = {
  roles: {
    ADMIN: "Administratör",
    BODY_MEMBER: "Ledamot",
    COORDINATOR: "Samordnare",
    GUIDE: "Lots",
    RESEARCHER: "Forskare",
  },
  signIn: {
    title: "Logga in",
    intro: "Logga in för att följa idéer och se mer av arenans arbete.",
    email: "E-postadress",
    password: "Lösenord",
    submit: "Logga in",
    submitting: "Loggar in…",
    noAccount: "Har du inget konto?",
    registerLink: "Skapa ett konto",
  },
  register: {
    title: "Skapa konto",
    intro: "Med ett konto kan du lämna in idéer, följa arbetet och delta i arenan. Alla som skapar ett konto kan vara idébärare.",
    name: "Namn",
    email: "E-postadress",
    emailHint: "Vi använder den bara för att logga in dig och skicka besked om dina idéer.",
    password: "Lösenord",
    passwordHint: "8–128 tecken. Vanliga lösenord godtas inte – en mening med flera ord är både säker och lätt att minnas.",
    organisation: "Organisation",
    organisationHint: "Föreningen, företaget eller verksamheten du kommer från, om någon.",
    sector: "Sektor",
    sectorChoose: "Välj sektor",
    sectorRequired: "Välj den sektor du kommer från.",
    submit: "Skapa konto",
    submitting: "Skapar konto…",
    haveAccount: "Har du redan ett konto?",
    signInLink: "Logga in",
  },
  myAccount: {
    title: "Mitt konto",
    signInRequired: "Du behöver logga in för att se ditt konto.",
    name: "Namn",
    email: "E-postadress",
    organisation: "Organisation",
    organisationNone: "Ingen angiven",
    sector: "Sektor",
    memberSince: "Konto skapat",
    roles: "Roller",
    rolesIntro: "Alla med ett konto är idébärare. Andra roller tilldelas per arena av en administratör.",
    noRoles: "Du har inga särskilda roller i någon arena.",
    arena: "Arena",
    role: "Roll",
    admin: "Administration",
    outboxText: "e-post som plattformen har skickat eller ska skicka",
  },
} as const;

export type AccountsTranslations = Strings<typeof accountsSv>;
