// Shapes of the seed packs. Seed packs are plain data; server/seed/seed.ts writes them
// idempotently (upserts keyed on the natural keys noted below). Their vocabulary comes from the modules.

import type { BodyKind, BodyLevel, OrganisationKind, Sector } from "../../modules/partnership/partnership.vocabulary.js";
import type { SkrIndicatorGroup } from "../../modules/strategy/strategy.vocabulary.js";
import type { IdeaStage } from "../../modules/ideas/ideas.tables.js";
import type { CycleDecision } from "../../modules/testing/testing.tables.js";

export type { BodyKind, BodyLevel, OrganisationKind, Sector, SkrIndicatorGroup };

/** Text in both product languages; Swedish is the original. */
export interface Text2 {
  sv: string;
  en: string;
}

export interface CountyPartSeed {
  /** natural key within the arena, kebab-case, e.g. "norra-halsingland" */
  key: string;
  name: string;
}

export interface OrganisationSeed {
  /** natural key within the arena, kebab-case */
  key: string;
  name: string;
  kind: OrganisationKind;
  sector: Sector;
  /** key of a CountyPartSeed, for municipalities */
  countyPart?: string;
  /** SCB's four-digit municipality code (Hofors 2104), for municipalities */
  municipalityCode?: string;
  /** party to the partnership agreement */
  isParty: boolean;
  /** the contact person the partnership's decisions are dispatched to (fictional, on a reserved domain) */
  contact?: { name: string; email: string };
}

export interface BodySeed {
  key: string;
  name: string;
  kind: BodyKind;
  level: BodyLevel;
  /** key of the parent BodySeed */
  parent?: string;
  /** key of a CountyPartSeed, for county-part steering groups */
  countyPart?: string;
  description: Text2;
  temporary?: boolean;
  /** organisations (keys) represented in the body */
  members?: string[];
}

export interface FocusAreaSeed {
  /** e.g. "1.1"; unique within the strategy */
  code: string;
  title: Text2;
}

export interface StrategicGoalSeed {
  /** e.g. 1..5; unique within the strategy */
  number: number;
  title: Text2;
  focusAreas: FocusAreaSeed[];
}

export interface StrategyAreaSeed {
  /** kebab-case key within the strategy, e.g. "halsa" */
  key: string;
  name: Text2;
  goals: StrategicGoalSeed[];
}

export interface StrategySeed {
  key: string;
  name: Text2;
  overallGoal: Text2;
  /** first and last year the strategy covers */
  fromYear: number;
  toYear: number;
  /** Agenda 2030 goal numbers the strategy works through */
  agenda2030Goals: number[];
  areas: StrategyAreaSeed[];
}

export interface ArenaSeed {
  /** URL slug, e.g. "gavleborg" */
  slug: string;
  name: Text2;
  region: string;
  /** SCB's two-digit county code (Gävleborg 21) */
  countyCode?: string;
  description: Text2;
  countyParts: CountyPartSeed[];
  organisations: OrganisationSeed[];
  bodies: BodySeed[];
  strategy: StrategySeed;
}

export interface ReferenceSeed {
  /** all 17 Agenda 2030 goals */
  agenda2030Goals: { number: number; title: Text2 }[];
  /** the eight national public-health target areas */
  publicHealthTargetAreas: { number: number; title: Text2 }[];
  /** the 22 SKR indicators of "Strategi för hälsa" */
  skrIndicators: { number: number; group: SkrIndicatorGroup; title: Text2 }[];
  /** SKR's four-step scale-up ladder */
  scaleUpSteps: { step: number; title: Text2; description: Text2 }[];
}

/** A seeded idea is never a merge: merging takes two ideas and a coordinator's decision. */
export type IdeaStageSeed = Exclude<IdeaStage, "merged">;

/** A fictional person who carries demo ideas. */
export interface DemoBearerSeed {
  /** natural key, kebab-case */
  key: string;
  name: string;
  /** an address at the reserved .example domain */
  email: string;
  organisation: string;
  sector: Sector;
}

export interface IdeaSeed {
  /** natural key, kebab-case, unique across all seeds */
  key: string;
  arena: "gavleborg" | "dalarna";
  /** key of a DemoBearerSeed, or "ida" for the demo bearer Ida Idébärare */
  bearer: string;
  stage: IdeaStageSeed;
  /** days before today the idea was first drafted; submitted a little later */
  daysAgo: number;
  title: string;
  summary: string;
  need: string;
  targetGroup: string;
  solution: string;
  expectedBenefit: string;
  triedBefore: string;
  visibility: "public" | "partnership" | "guidance";
  /** strategic goal numbers of the arena's strategy (Gävleborg 1–5; Dalarna theme areas 1–4) */
  goals: number[];
  /** focus-area codes of the arena's strategy, e.g. "2.3" */
  focusAreas?: string[];
  /** organisation keys of municipalities of the arena (see gavleborg.ts / dalarna.ts) */
  municipalities: string[];
  /** county-part keys (Gävleborg only) */
  countyParts?: string[];
  agenda2030Goals: number[];
  publicHealthTargetAreas: number[];
  /** the reason given where the stage is declined, closed, parked or withdrawn */
  reason?: string;
}

// ---- Pilots: test cycles of demo ideas (server/seed/seed-pilots.ts) ----
// Times are whole days before the seed runs, like IdeaSeed.daysAgo; a negative number is in the future.

export type CycleDecisionSeed = CycleDecision;

/** A measure of a pilot. Every cycle that lists its key carries a copy in the same series. */
export interface MeasureSeriesSeed {
  /** natural key within the pilot */
  key: string;
  name: string;
  /** e.g. "%", "personer" */
  unit: string;
  direction: "higher" | "lower";
}

export interface CycleMeasureSeed {
  /** key of a MeasureSeriesSeed of the pilot */
  measure: string;
  /** null leaves the cycle short of the test-ready gate (only in a cycle that has not started) */
  baseline: number | null;
  target: number | null;
  /** measurements: [days ago, value] or [days ago, value, note], oldest first; the latest is the result */
  values: ([number, number] | [number, number, string])[];
}

export interface EvaluationSeed {
  /** email of a demo account with the researcher role in the arena */
  author: string;
  daysAgo: number;
  method: string;
  dataSources: string;
  findings: string;
  confidence: "low" | "medium" | "high";
  ethicsNotes: string;
  /** days ago it was shared with the bearers; left out, it stays internal */
  sharedDaysAgo?: number;
}

export interface DecisionSeed {
  kind: CycleDecisionSeed;
  daysAgo: number;
  rationale: string;
  /** what the cycle taught; also the body of its learning entry */
  learnings: string;
  /** how the bearers agreed, as the decider recorded it */
  bearerAgreement: string;
  /** title of the learning entry in the library */
  learningTitle: string;
  /** the learning is published to the library unless false */
  publish?: boolean;
}

export interface CycleSeed {
  /** Days ago the cycle was planned. Left out for a retest: it is planned by the previous cycle's decision. */
  plannedDaysAgo?: number;
  hypothesis: string;
  aim: string;
  site: string;
  hostOrganisation: string;
  targetGroup: string;
  plannedParticipants: number;
  /** organisation keys of municipalities of the arena */
  municipalities: string[];
  /** the planned period, days ago (negative: in the future) */
  startsDaysAgo: number;
  endsDaysAgo: number;
  /** For a retest whose plan differs from the copy: when the bearers adjusted it. */
  revisedDaysAgo?: number;
  measures: CycleMeasureSeed[];
  /** left out: the cycle is still planned */
  startedDaysAgo?: number;
  participantsReached?: number;
  study?: { daysAgo: number; observations: string };
  decision?: DecisionSeed;
  evaluations?: EvaluationSeed[];
}

export interface AdoptionSeed {
  /** organisation key of a municipality of the arena */
  municipality: string;
  status: "planned" | "testing" | "adopted" | "declined";
  note: string;
  daysAgo: number;
  /** statuses the municipality passed through before, oldest first */
  earlier?: { status: "planned" | "testing" | "adopted" | "declined"; daysAgo: number }[];
}

/** The pilot of one demo idea: its test cycles, their decisions and learnings, its ladder steps and spread. */
export interface PilotSeed {
  /** key of the IdeaSeed; the idea's stage must be where its cycles leave it */
  idea: string;
  /** email of the arena's guide who plans with the bearers and records the decisions */
  guide: string;
  measures: MeasureSeriesSeed[];
  /** cycle 1, 2, …; a retest's next cycle follows it, linked back */
  cycles: CycleSeed[];
  /** ladder steps recorded by the team after the automatic ones (1 on the first plan, 2 on advance) */
  steps?: { step: 3 | 4; daysAgo: number; evidence: string }[];
  adoptions?: AdoptionSeed[];
  /** researchers' pending requests to read an idea that is not public */
  accessRequests?: { requester: string; reason: string; daysAgo: number }[];
}
