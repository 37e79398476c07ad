import type { Cache, CacheExchangeOpts } from "@urql/exchange-graphcache";

type Keys = NonNullable<CacheExchangeOpts["keys"]>;
type MutationUpdates = NonNullable<NonNullable<CacheExchangeOpts["updates"]>["Mutation"]>;

const noKey = () => null;

/** Testing types without a global id: stored inside their parent. */
export const testingKeys: Keys = {
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

function refreshIdea(cache: Cache, ideaId: unknown) {
  if (typeof ideaId !== "string") return;
  const entity = { __typename: "Idea", id: ideaId };
  for (const f of cache.inspectFields(entity))
    if (AFFECTED.test(f.fieldName)) cache.invalidate(entity, f.fieldName, f.arguments ?? undefined);
}

const ideaOf = (result: Record<string, unknown>, field: string) => {
  const payload = result[field] as { idea?: { id?: unknown } | null } | null | undefined;
  return payload?.idea?.id;
};

/** Lists of ideas, which a start or a decision may move to another stage. */
function refreshIdeaLists(cache: Cache) {
  for (const f of cache.inspectFields("Query"))
    if (f.fieldName === "ideas" || f.fieldName === "myIdeas") cache.invalidate("Query", f.fieldName, f.arguments ?? undefined);
}

export const testingUpdates: MutationUpdates = {
  planTestCycle: (r, _a, cache) => refreshIdea(cache, ideaOf(r, "planTestCycle")),
  updateTestCycle: (r, _a, cache) => refreshIdea(cache, ideaOf(r, "updateTestCycle")),
  recordStudy: (r, _a, cache) => refreshIdea(cache, ideaOf(r, "recordStudy")),
  startTestCycle: (r, _a, cache) => {
    refreshIdea(cache, ideaOf(r, "startTestCycle"));
    refreshIdeaLists(cache);
  },
  decideTestCycle: (r, _a, cache) => {
    refreshIdea(cache, ideaOf(r, "decideTestCycle"));
    refreshIdeaLists(cache);
    // The library lists the new learning.
    for (const f of cache.inspectFields("Query"))
      if (/learning/i.test(f.fieldName)) cache.invalidate("Query", f.fieldName, f.arguments ?? undefined);
  },
};
