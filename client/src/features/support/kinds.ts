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

/** The phases of an idea's path an actor supports, in the path's order (the API's SupportPhase). */
export const ACTOR_PHASES = ["IDEA", "DEVELOPMENT", "TESTING", "SCALING"] as const;
export type ActorPhase = (typeof ACTOR_PHASES)[number];
