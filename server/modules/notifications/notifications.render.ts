import type { Locale } from "../accounts/accounts.tables.js";
import type { IdeaStage } from "../ideas/ideas.tables.js";

/**
 * What a notification says, rendered from its kind and data in the reader's language: in the
 * app in the caller's locale, by mail in the recipient's (users.locale). Data are stored, not
 * text, so that a notification reads in whichever language it is opened.
 */
const templates = {
  "idea.submitted": { sv: "Ny idé att ta emot: ”{title}”", en: "New idea to triage: “{title}”" },
  "idea.withdrawn": { sv: "”{title}” har dragits tillbaka", en: "“{title}” has been withdrawn" },
  "idea.stage_changed": { sv: "”{title}” har gått vidare till skedet {stage}", en: "“{title}” has moved on to the stage {stage}" },
  "co_bearer.invited": {
    sv: "{by} bjuder in dig att bära idén ”{title}” tillsammans",
    en: "{by} invites you to carry the idea “{title}” together",
  },
  "co_bearer.accepted": { sv: "{by} tackade ja till att bära ”{title}” med dig", en: "{by} accepted to carry “{title}” with you" },
  "co_bearer.declined": { sv: "{by} tackade nej till att bära ”{title}”", en: "{by} declined to carry “{title}”" },
  "comment.added:bearer": { sv: "Ny kommentar på din idé ”{title}”", en: "New comment on your idea “{title}”" },
  "comment.added:follower": { sv: "Ny kommentar på ”{title}”, som du följer", en: "New comment on “{title}”, which you follow" },
  "comment.replied": { sv: "{by} svarade på din kommentar om ”{title}”", en: "{by} replied to your comment on “{title}”" },
  "comment.internal": {
    sv: "Ny kommentar i den interna tråden om ”{title}”",
    en: "New comment in the internal thread on “{title}”",
  },
  "comment.hidden": {
    sv: "En kommentar om ”{title}” har dolts efter anmälningar och väntar på granskning",
    en: "A comment on “{title}” was hidden after reports and awaits review",
  },
  "idea.acknowledged": { sv: "Arenan har tagit emot ”{title}”", en: "The arena has received “{title}”" },
  "idea.assigned": { sv: "Du är lots för ”{title}”", en: "You are the guide of “{title}”" },
  "idea.question": { sv: "Arenan har en fråga om ”{title}”", en: "The arena has a question about “{title}”" },
  "idea.answered": { sv: "{by} har svarat på frågan om ”{title}”", en: "{by} answered the question about “{title}”" },
  "idea.merged_in": { sv: "”{other}” har slagits ihop med ”{title}”", en: "“{other}” has been merged into “{title}”" },
  "referral.sent": { sv: "”{title}” har hänvisats till {actor}", en: "“{title}” has been referred to {actor}" },
  "referral.replied:received": {
    sv: "{actor} har tagit emot hänvisningen av ”{title}”",
    en: "{actor} has received the referral of “{title}”",
  },
  "referral.replied:accepted": { sv: "{actor} tar sig an ”{title}”", en: "{actor} takes on “{title}”" },
  "referral.replied:declined": { sv: "{actor} tackar nej till ”{title}”", en: "{actor} declines “{title}”" },
  "referral.replied:completed": {
    sv: "{actor} har avslutat sitt stöd till ”{title}”",
    en: "{actor} has completed their support of “{title}”",
  },
  "next_step.created": { sv: "Nytt nästa steg för ”{title}”: {step}", en: "New next step for “{title}”: {step}" },
  "next_step.assigned": {
    sv: "Du ansvarar nu för ett nästa steg för ”{title}”: {step}",
    en: "You are now responsible for a next step for “{title}”: {step}",
  },
  "next_step.due": { sv: "Nästa steg för ”{title}” ska vara klart {due}: {step}", en: "A next step for “{title}” is due {due}: {step}" },
  "next_step.overdue": {
    sv: "Nästa steg för ”{title}” är försenat (skulle vara klart {due}): {step}",
    en: "A next step for “{title}” is overdue (it was due {due}): {step}",
  },
  "test_cycle.decided": {
    sv: "{by} har fattat beslut om testet av ”{title}”: läs beslutet och lärdomarna",
    en: "{by} has decided on the test of “{title}”: read the decision and the learnings",
  },
  "scaling.step_recorded": {
    sv: "”{title}” står nu på steg {step} av 4 på spridningsstegen",
    en: "“{title}” now stands at step {step} of 4 on the scale-up ladder",
  },
  "access_request.requested": {
    sv: "{by} ber om att få läsa ”{title}” för sin forskning: bevilja eller avslå begäran",
    en: "{by} asks to read “{title}” for their research: grant or refuse the request",
  },
  "access_request.granted": { sv: "Du har fått läsbehörighet till ”{title}”", en: "You have been granted access to read “{title}”" },
  "access_request.refused": {
    sv: "Idébärarna har avslagit din begäran om att läsa en idé; läs deras svar under Mina förfrågningar i pilotregistret",
    en: "The bearers refused your request to read an idea; read their answer under My requests in the pilot register",
  },
  "access_request.revoked": {
    sv: "Idébärarna har dragit tillbaka din läsbehörighet till en idé",
    en: "The bearers have withdrawn your access to read an idea",
  },
  "evaluation.shared": {
    sv: "{by} har delat en utvärdering av testet av ”{title}” med er",
    en: "{by} has shared an evaluation of the test of “{title}” with you",
  },
  fallback: { sv: "Något nytt har hänt i Arena", en: "Something new happened in Arena" },
} as const satisfies Record<string, Record<Locale, string>>;

const stageNames: Record<IdeaStage, Record<Locale, string>> = {
  draft: { sv: "utkast", en: "draft" },
  submitted: { sv: "inskickad", en: "submitted" },
  guidance: { sv: "lotsning", en: "guidance" },
  needs_info: { sv: "behöver komplettering", en: "needs information" },
  referred: { sv: "hänvisad", en: "referred" },
  merged: { sv: "sammanslagen", en: "merged" },
  declined: { sv: "avböjd", en: "declined" },
  development: { sv: "utveckling", en: "development" },
  testing: { sv: "test", en: "testing" },
  scaling: { sv: "spridning", en: "scaling" },
  adopted: { sv: "införd", en: "adopted" },
  closed: { sv: "avslutad", en: "closed" },
  parked: { sv: "parkerad", en: "parked" },
  withdrawn: { sv: "tillbakadragen", en: "withdrawn" },
};

const untitled = { sv: "utan titel", en: "untitled" } as const;

const mail = {
  greeting: { sv: "Hej {name}!", en: "Hello {name}," },
  quote: { sv: "{by} skrev:", en: "{by} wrote:" },
  footer: {
    sv: "Logga in i Arena för att läsa mer och svara.\n\nDu får det här mejlet för att du har ett konto i Arena.",
    en: "Sign in to Arena to read more and reply.\n\nYou receive this email because you have an account in Arena.",
  },
} as const satisfies Record<string, Record<Locale, string>>;

const fill = (text: string, params: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? "");

const str = (v: unknown) => (typeof v === "string" ? v : "");

function templateKey(kind: string, data: Record<string, unknown>): keyof typeof templates {
  const key =
    kind === "comment.added"
      ? `${kind}:${data.relation === "follower" ? "follower" : "bearer"}`
      : kind === "referral.replied"
        ? `${kind}:${str(data.status)}`
        : kind;
  return key in templates ? (key as keyof typeof templates) : "fallback";
}

/** Kinds whose message does not name what it is about (a refused access request names no idea). */
export const UNNAMED_SUBJECT_KINDS: readonly string[] = Object.entries(templates)
  .filter(([key, t]) => key !== "fallback" && !key.includes(":") && !t.sv.includes("{title}"))
  .map(([key]) => key);

/** One line saying what happened, e.g. Ny kommentar på din idé ”Läxhjälp”. */
export function renderNotification(kind: string, data: Record<string, unknown>, locale: Locale): string {
  const stage = stageNames[str(data.toStage) as IdeaStage] as Record<Locale, string> | undefined;
  return fill(templates[templateKey(kind, data)][locale], {
    title: str(data.title).trim() || untitled[locale],
    by: str(data.by),
    stage: stage?.[locale] ?? "",
    other: str(data.other),
    actor: str(data.actor),
    step: str(data.step),
    due: str(data.dueOn),
  });
}

/** The mail of a notification, in the recipient's language. */
export function renderMail(
  kind: string,
  data: Record<string, unknown>,
  recipient: { name: string; locale: Locale },
): { subject: string; text: string } {
  const l = recipient.locale;
  const subject = renderNotification(kind, data, l);
  const excerpt = str(data.excerpt);
  const parts = [fill(mail.greeting[l], { name: recipient.name }), `${subject}.`];
  if (excerpt) {
    const quoted = excerpt
      .split("\n")
      .map((line) => `> ${line}`)
      .join("\n");
    parts.push(`${fill(mail.quote[l], { by: str(data.by) })}\n${quoted}`);
  }
  parts.push(mail.footer[l]);
  return { subject, text: `${parts.join("\n\n")}\n` };
}
