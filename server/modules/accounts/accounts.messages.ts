import type { Locale } from "./accounts.vocabulary.js";

/** The messages of accounts people manage themselves (server/graphql/messages.ts spreads them into its catalog). */
export const accountMessages = {
  WRONG_PASSWORD: { sv: "Lösenordet stämmer inte.", en: "The password is not right." },
  TOKEN_INVALID: {
    sv: "Länken fungerar inte längre: den har redan använts eller gått ut. Be om en ny.",
    en: "The link no longer works: it has been used already or has expired. Ask for a new one.",
  },
  EMAIL_SAME: { sv: "Det är redan din e-postadress.", en: "That is already your email address." },
  SECTOR_REQUIRED: { sv: "Välj den sektor du kommer från.", en: "Choose the sector you come from." },
  ACCOUNT_DELETED: { sv: "Kontot är redan borttaget.", en: "The account has already been deleted." },
  LAST_ADMIN_ACCOUNT: {
    sv: "Du är den enda administratören i en arena. Utse en annan administratör innan kontot tas bort.",
    en: "You are the only administrator of an arena. Appoint another administrator before the account is deleted.",
  },
  UNSUBSCRIBE_INVALID: {
    sv: "Avregistreringslänken känns inte igen. Ändra dina e-postinställningar under Mitt konto i stället.",
    en: "The unsubscribe link is not recognised. Change your email settings under My account instead.",
  },
  UNKNOWN_KIND: { sv: "Okänd sorts avisering.", en: "Unknown kind of notification." },
} as const satisfies Record<string, Record<Locale, string>>;
