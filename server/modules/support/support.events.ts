import { type Localized, declareEvents } from "../../shared/events.js";
import type { IdeaAccess } from "../ideas/ideas.access.js";

/** Like Idea.referrals: an idea's referrals show on its timeline to its bearers and guidance team only. */
const readsReferrals = (access: IdeaAccess) => access === "team" || access === "bearer";

/** What the actor made of a referral, as its bearers and referring guide are told. */
const REPLIES: Readonly<Record<string, Localized>> = {
  received: { sv: "{actor} har tagit emot hänvisningen av ”{title}”", en: "{actor} has received the referral of “{title}”" },
  accepted: { sv: "{actor} tar sig an ”{title}”", en: "{actor} takes on “{title}”" },
  declined: { sv: "{actor} tackar nej till ”{title}”", en: "{actor} declines “{title}”" },
  completed: { sv: "{actor} har avslutat sitt stöd till ”{title}”", en: "{actor} has completed their support of “{title}”" },
};

export const SupportEvents = declareEvents({
  referralSent: {
    kind: "referral.sent",
    label: { sv: "Hänvisad till en aktör", en: "Referred to an actor" },
    detail: true,
    visibleTo: readsReferrals,
    notification: { text: { sv: "”{title}” har hänvisats till {actor}", en: "“{title}” has been referred to {actor}" } },
  },
  referralReceived: {
    kind: "referral.received",
    label: { sv: "Aktören bekräftade mottagning", en: "The actor confirmed receipt" },
    detail: true,
    visibleTo: readsReferrals,
  },
  referralAccepted: {
    kind: "referral.accepted",
    label: { sv: "Aktören tog sig an idén", en: "The actor took the idea on" },
    detail: true,
    visibleTo: readsReferrals,
  },
  referralDeclined: {
    kind: "referral.declined",
    label: { sv: "Aktören avböjde hänvisningen", en: "The actor declined the referral" },
    detail: true,
    visibleTo: readsReferrals,
  },
  referralCompleted: {
    kind: "referral.completed",
    label: { sv: "Aktörens stöd är avslutat", en: "The actor's support is completed" },
    detail: true,
    visibleTo: readsReferrals,
  },
  /** A notification only: the actor's answer, whichever it was (data.status). */
  referralReplied: { kind: "referral.replied", notification: { text: (data) => REPLIES[String(data.status)] } },
  actorCreated: { kind: "support_actor.created" },
  actorUpdated: { kind: "support_actor.updated" },
  actorDeleted: { kind: "support_actor.deleted" },
});
