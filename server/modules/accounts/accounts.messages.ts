import type { Locale } from "./accounts.vocabulary.js";

/** The messages of accounts people manage themselves (server/graphql/messages.ts spreads them into its catalog). */
export const accountMessages = {
  READ_TOKEN_READ_ONLY: {
    sv: "En läsnyckel kan bara läsa: ändringar och prenumerationer görs inloggad i Arena.",
    en: "A read token can only read: changes and subscriptions are made signed in to Arena.",
  },
  READ_TOKEN_INVALID: {
    sv: "Läsnyckeln gäller inte: den är okänd, har gått ut eller har återkallats.",
    en: "The read token is not valid: it is unknown, has expired or has been revoked.",
  },
  READ_TOKEN_NOT_ALLOWED: {
    sv: "Läsnycklar kan skapas av forskare och administratörer.",
    en: "Read tokens can be created by researchers and administrators.",
  },
  READ_TOKEN_LIMIT: {
    sv: "Du har redan {max} giltiga läsnycklar. Återkalla en innan du skapar en ny.",
    en: "You already have {max} valid read tokens. Revoke one before you create another.",
  },
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
