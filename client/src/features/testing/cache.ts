import type { Cache } from "@urql/exchange-graphcache";
import {
  TIMELINE_FIELDS,
  invalidateEntity,
  invalidateFields,
  type FeatureCache,
  type Keys,
  type MutationUpdates,
  noKey,
} from "../../app/cacheFields";

/** Testing types without a global id: stored inside their parent. */
const testingKeys: Keys = {
  CycleReadiness: noKey,
  MeasureResult: noKey,
  TestCyclePayload: noKey,
  DecideTestCyclePayload: noKey,
  MeasurementPayload: noKey,
};

/**
 * Fields of an idea that a test cycle's plan, start or decision changes: its cycles, whether
 * another may be planned, its timeline and, through the decision, its ladder step and learnings
 * (shown by other panels, whose field names are matched loosely so that they refetch too).
 */
const AFFECTED = /^(testCycles|viewerCanPlanTestCycle|timeline|latestEvent|.*([Ss]cale|[Ll]adder|[Aa]doption|[Ll]earning).*)$/;

const refreshIdea = (cache: Cache, ideaId: unknown) => invalidateEntity(cache, "Idea", ideaId, AFFECTED);

const ideaOf = (result: Record<string, unknown>, field: string) => {
  const payload = result[field] as { idea?: { id?: unknown } | null } | null | undefined;
  return payload?.idea?.id;
};

/** A measurement changes its measure (in the result) and the idea's timeline, nothing else. */
const refreshTimeline = (cache: Cache, result: Record<string, unknown>, field: string) => {
  const payload = result[field] as { cycle?: { idea?: { id?: unknown } | null } | null } | null | undefined;
  invalidateEntity(cache, "Idea", payload?.cycle?.idea?.id, TIMELINE_FIELDS);
};

/** Lists of ideas, which a start or a decision may move to another stage. */
const refreshIdeaLists = (cache: Cache) => invalidateFields(cache, "Query", ["ideas", "myIdeas"]);

const testingUpdates: MutationUpdates = {
  planTestCycle: (r, _a, cache) => refreshIdea(cache, ideaOf(r, "planTestCycle")),
  updateTestCycle: (r, _a, cache) => refreshIdea(cache, ideaOf(r, "updateTestCycle")),
  recordStudy: (r, _a, cache) => refreshIdea(cache, ideaOf(r, "recordStudy")),
  recordMeasurement: (r, _a, cache) => refreshTimeline(cache, r, "recordMeasurement"),
  deleteMeasurement: (r, _a, cache) => refreshTimeline(cache, r, "deleteMeasurement"),
  startTestCycle: (r, _a, cache) => {
    refreshIdea(cache, ideaOf(r, "startTestCycle"));
    refreshIdeaLists(cache);
  },
  decideTestCycle: (r, _a, cache) => {
    refreshIdea(cache, ideaOf(r, "decideTestCycle"));
    refreshIdeaLists(cache);
    // The library lists the new learning.
    invalidateFields(cache, "Query", /learning/i);
  },
};

export const testingCache: FeatureCache = { keys: testingKeys, updates: { Mutation: testingUpdates } };
