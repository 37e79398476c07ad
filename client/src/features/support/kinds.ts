/** The kinds of support actor, in the order the registry offers them (the API's SupportActorKind). */
export const ACTOR_KINDS = [
  "INCUBATOR",
  "BUSINESS_ADVICE",
  "COOPERATIVE_DEVELOPMENT",
  "FUNDING_CALL",
  "UNIVERSITY_INNOVATION_OFFICE",
  "MUNICIPAL_SERVICE",
  "CIVIL_SOCIETY_ORGANISATION",
  "NATIONAL_AGENCY",
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
