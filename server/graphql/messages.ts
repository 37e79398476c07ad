import type { Locale } from "../modules/accounts/accounts.tables.js";
import { accountMessages } from "../modules/accounts/accounts.messages.js";
import { learningMessages } from "../modules/learning/learning.messages.js";
import { meetingMessages } from "../modules/matters/meetings.messages.js";
import { mattersMessages } from "../modules/matters/matters.messages.js";
import { dispatchMessages } from "../modules/matters/dispatch.messages.js";
import { indicatorMessages } from "../modules/indicators/indicators.messages.js";
import { researchMessages } from "../modules/research/research.messages.js";
import { testingMessages } from "../modules/testing/testing.messages.js";
import { placesMessages } from "../modules/insight/places.messages.js";
import { wheelMessages } from "../modules/plans/wheel.messages.js";
import { fundingMessages } from "../modules/plans/funding.messages.js";
import { plansMessages } from "../modules/plans/plans.messages.js";

/**
 * Messages the API returns to people, Swedish first. Codes are stable for clients; the
 * message is rendered in the caller's locale (the Accept-Language the client sends).
 */
const catalog = {
  REQUIRED: { sv: "Fyll i fältet.", en: "This field is required." },
  TOO_SHORT: { sv: "Minst {min} tecken.", en: "At least {min} characters." },
  TOO_LONG: { sv: "Högst {max} tecken.", en: "At most {max} characters." },
  INVALID_EMAIL: {
    sv: "Ange en giltig e-postadress, till exempel namn@exempel.se.",
    en: "Enter a valid email address, e.g. name@example.com.",
  },
  INVALID_URL: {
    sv: "Ange en fullständig webbadress, till exempel https://exempel.se.",
    en: "Enter a full web address, e.g. https://example.com.",
  },
  INVALID_CHOICE: { sv: "Välj ett av de tillåtna värdena.", en: "Choose one of the allowed values." },
  INVALID_KEY: {
    sv: "Använd små bokstäver a–z, siffror och bindestreck.",
    en: "Use lower-case letters a–z, digits and hyphens.",
  },
  INVALID_CODE: { sv: "Ange en kod som 1.1 eller 2.3.", en: "Enter a code such as 1.1 or 2.3." },
  CONTROL_CHARACTERS: {
    sv: "Texten innehåller tecken som inte kan sparas, till exempel osynliga styrtecken eller radbrytningar i en rad. Ta bort dem och försök igen.",
    en: "The text contains characters that cannot be stored, such as invisible control characters or line breaks in a single line. Remove them and try again.",
  },
  OUT_OF_RANGE: { sv: "Ange ett tal mellan {min} och {max}.", en: "Enter a number between {min} and {max}." },
  PASSWORD_COMMON: {
    sv: "Lösenordet är för vanligt och lätt att gissa. Välj ett annat, gärna en mening med flera ord.",
    en: "This password is too common and easy to guess. Choose another, a sentence of several words works well.",
  },
  PASSWORD_CONTAINS_EMAIL: {
    sv: "Lösenordet får inte innehålla din e-postadress.",
    en: "The password must not contain your email address.",
  },
  EMAIL_TAKEN: {
    sv: "Det finns redan ett konto med den e-postadressen. Logga in i stället.",
    en: "An account with this email address already exists. Sign in instead.",
  },
  WRONG_CREDENTIALS: {
    sv: "Fel e-postadress eller lösenord.",
    en: "Wrong email address or password.",
  },
  RATE_LIMITED: {
    sv: "För många försök. Vänta {minutes} minuter och försök igen.",
    en: "Too many attempts. Wait {minutes} minutes and try again.",
  },
  NOT_FOUND: { sv: "Hittades inte. Den kan ha tagits bort.", en: "Not found. It may have been removed." },
  DUPLICATE: { sv: "Det finns redan en post med samma namn.", en: "There is already an entry with the same name." },
  DUPLICATE_KEY: { sv: "Nyckeln används redan i arenan.", en: "This key is already used in the arena." },
  WRONG_ARENA: {
    sv: "Posten hör till en annan arena.",
    en: "This entry belongs to another arena.",
  },
  PARENT_CYCLE: {
    sv: "Ett organ kan inte ligga under sig självt eller under något av sina underorgan.",
    en: "A body cannot sit under itself or under one of its own sub-bodies.",
  },
  HAS_CHILDREN: {
    sv: "Organet har underorgan. Flytta eller ta bort dem först.",
    en: "The body has sub-bodies. Move or remove them first.",
  },
  IN_USE: {
    sv: "Posten används av andra poster och kan inte tas bort.",
    en: "The entry is in use by other entries and cannot be removed.",
  },
  MEMBERSHIP_TARGET: {
    sv: "Ange en organisation eller en person.",
    en: "Give an organisation or a person.",
  },
  ALREADY_GRANTED: { sv: "Personen har redan den rollen i arenan.", en: "The person already has that role in the arena." },
  NOT_GRANTED: { sv: "Personen har inte den rollen i arenan.", en: "The person does not have that role in the arena." },
  LAST_ADMIN: {
    sv: "Arenan måste ha minst en administratör kvar.",
    en: "The arena must keep at least one administrator.",
  },
  WRONG_STAGE: {
    sv: "Det går inte i idéns nuvarande skede.",
    en: "This is not possible at the idea's current stage.",
  },
  STALE_EDIT: {
    sv: "Någon annan har ändrat idén medan du skrev. Din text är kvar här; jämför med det som nu är sparat och spara igen.",
    en: "Someone else changed the idea while you were writing. Your text is still here; compare it with what is saved now and save again.",
  },
  NOTICE_REQUIRED: {
    sv: "Bekräfta att du har läst vad som blir offentligt innan du skickar in.",
    en: "Confirm that you have read what becomes public before you submit.",
  },
  PRIVACY_NOTICE_REQUIRED: {
    sv: "Bekräfta att du har läst integritetsmeddelandet.",
    en: "Confirm that you have read the privacy notice.",
  },
  SELF_INVITE: { sv: "Du bär redan idén.", en: "You already carry this idea." },
  ALREADY_INVITED: { sv: "Den personen är redan inbjuden.", en: "That person has already been invited." },
  ALREADY_ANSWERED: { sv: "Inbjudan är redan besvarad.", en: "The invitation has already been answered." },
  ALREADY_SENT: { sv: "Mejlet är redan skickat.", en: "The mail has already been sent." },
  MAIL_BEING_SENT: {
    sv: "Mejlet skickas just nu. Vänta en stund och se efter igen.",
    en: "The mail is being sent right now. Wait a moment and look again.",
  },
  COMMENTS_CLOSED: {
    sv: "Idén tar inte emot kommentarer här. Offentliga kommentarer går att skriva på offentliga idéer som har skickats in.",
    en: "This idea does not take comments here. Public comments can be written on public ideas that have been submitted.",
  },
  INVALID_PARENT: {
    sv: "Svara på en kommentar som står överst i samma tråd om samma idé.",
    en: "Reply to a top-level comment in the same thread on the same idea.",
  },
  EDIT_WINDOW_CLOSED: {
    sv: "En kommentar kan bara ändras inom {minutes} minuter efter att den skrevs. Skriv en ny kommentar i stället.",
    en: "A comment can only be edited within {minutes} minutes of posting. Write a new comment instead.",
  },
  COMMENT_HIDDEN: {
    sv: "Kommentaren är dold i väntan på granskning och kan inte ändras nu.",
    en: "The comment is hidden pending review and cannot be changed now.",
  },
  OWN_COMMENT: { sv: "Du kan inte anmäla din egen kommentar.", en: "You cannot report your own comment." },
  ALREADY_REPORTED: { sv: "Du har redan anmält den här kommentaren.", en: "You have already reported this comment." },
  GUIDE_REQUIRED: { sv: "Välj minst en lots.", en: "Choose at least one guide." },
  NOT_A_GUIDE: {
    sv: "Bara lotsar och samordnare i arenan kan tilldelas idén.",
    en: "Only the arena's guides and coordinators can be assigned to the idea.",
  },
  REASON_REQUIRED: {
    sv: "Skriv ett motiv. Det skickas till idébärarna.",
    en: "Write a reason. It is sent to the idea's bearers.",
  },
  MERGE_TARGET: {
    sv: "Idén kan inte slås ihop med den idén. Välj en annan, aktiv idé i samma arena.",
    en: "The idea cannot be merged into that one. Choose another active idea in the same arena.",
  },
  DECISION_BEFORE_ACK: {
    sv: "Beslutet kan inte utlovas före bekräftelsen.",
    en: "The decision cannot be promised before the acknowledgement.",
  },
  ACTOR_NOT_IN_ARENA: {
    sv: "Aktören arbetar inte i idéns arena. Välj en aktör som gör det.",
    en: "The actor does not serve the idea's arena. Choose one that does.",
  },
  ALREADY_REFERRED: {
    sv: "Idén har redan en öppen hänvisning till den här aktören.",
    en: "The idea already has an open referral to this actor.",
  },
  REFERRAL_CLOSED: {
    sv: "Hänvisningen är redan avslutad (avböjd eller genomförd).",
    en: "The referral is already closed (declined or completed).",
  },
  DATE_IN_FUTURE: {
    sv: "Datumet kan inte ligga i framtiden. Ange dagen då samtalet hölls.",
    en: "The date cannot be in the future. Enter the day the session was held.",
  },
  DUE_IN_PAST: { sv: "Välj dagens datum eller ett senare.", en: "Choose today's date or a later one." },
  OWNER_REQUIRED: {
    sv: "Ange vem som ansvarar: välj en person eller skriv ett namn.",
    en: "Say who is responsible: choose a person or write a name.",
  },
  OWNER_EITHER: {
    sv: "Välj en person eller skriv ett namn, inte båda.",
    en: "Choose a person or write a name, not both.",
  },
  OWNER_NOT_ALLOWED: {
    sv: "Personen bär inte idén och hör inte till arenans lotsteam. Skriv personens namn i stället.",
    en: "This person neither carries the idea nor belongs to the arena's guidance team. Write their name instead.",
  },
  TOO_MANY_ITEMS: { sv: "Högst {max} åt gången.", en: "At most {max} at a time." },
  SUPPORT_NEED_EXISTS: {
    sv: "Stödplanen har redan ett behov av det slaget. Ändra det i stället.",
    en: "The support plan already has a need of this kind. Change that one instead.",
  },
  ...accountMessages,
  // The innovation loop keeps its messages beside its modules.
  ...testingMessages,
  ...researchMessages,
  ...learningMessages,
  ...meetingMessages,
  ...mattersMessages,
  ...dispatchMessages,
  ...indicatorMessages,
  ...placesMessages,
  ...plansMessages,
  ...wheelMessages,
  ...fundingMessages,
  // Thrown (not payload) errors.
  UNAUTHENTICATED: { sv: "Logga in för att fortsätta.", en: "Sign in to continue." },
  FORBIDDEN: { sv: "Du har inte behörighet till det här.", en: "You do not have permission to do this." },
  INTERNAL: {
    sv: "Något gick fel hos oss. Försök igen om en stund; uppge referens {ref} om du kontaktar oss.",
    en: "Something went wrong on our side. Try again shortly; quote reference {ref} if you contact us.",
  },
  TOO_COMPLEX: {
    sv: "Frågan är för stor ({cost} av högst {max}). Hämta färre poster åt gången.",
    en: "The query is too large ({cost} of at most {max}). Fetch fewer items at a time.",
  },
  TOO_MANY_REQUESTS: {
    sv: "För många förfrågningar härifrån. Vänta {seconds} sekunder och försök igen, eller logga in.",
    en: "Too many requests from here. Wait {seconds} seconds and try again, or sign in.",
  },
  TIMEOUT: {
    sv: "Servern hann inte svara i tid och avbröt begäran. Försök igen om en stund, gärna med en snävare sökning eller färre poster åt gången.",
    en: "The server could not answer in time and stopped the request. Try again in a moment, perhaps with a narrower search or fewer items at a time.",
  },
  SERVER_BUSY: {
    sv: "Servern har fler förfrågningar än den hinner med just nu. Vänta några sekunder och försök igen.",
    en: "The server has more requests than it can handle right now. Wait a few seconds and try again.",
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageCode = keyof typeof catalog;

export function message(code: MessageCode, locale: Locale, params: Record<string, string | number> = {}): string {
  return catalog[code][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

export function localeFrom(acceptLanguage: string | undefined): Locale {
  const first = (acceptLanguage ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "sv";
}
