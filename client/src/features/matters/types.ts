export const MATTER_STAGES = [
  "INITIATED",
  "IN_PREPARATION",
  "PLACED",
  "ON_AGENDA",
  "DECIDED",
  "DISPATCHED",
  "CLOSED",
  "WITHDRAWN",
] as const;
export type MatterStage = (typeof MATTER_STAGES)[number];
export const MATTER_KINDS = ["PROPOSAL", "SYSTEM_OBSTACLE", "CONSULTATION", "DISPUTE"] as const;
export type MatterKind = (typeof MATTER_KINDS)[number];
/** Bodies a matter is placed at: not the beredningsorgan or the kansli, which prepare rather than decide. */
export const NOT_DECIDING = ["PREPARATION_BODY", "COORDINATION_OFFICE"] as const;
