import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { hasRole } from "../../auth/sessions.js";
import type { Database } from "../../db/index.js";
import type { Context } from "../../graphql/context.js";
import { manyLoader, rowByIdLoader } from "../../graphql/loader-utils.js";
import { TEAM_ROLES, mayBeGrantedReader, registerReadGrants } from "../ideas/ideas.access.js";
import { ideas } from "../ideas/ideas.tables.js";
import { type TestCycle, readsCycles } from "../testing/cycles.types.js";
import { cycleMeasures } from "../testing/testing.tables.js";
import { accessRequests, evaluations } from "./research.tables.js";

export function createResearchLoaders(db: Database) {
  const ids = (k: readonly string[]) => [...k];
  return {
    evaluationById: rowByIdLoader(db, evaluations),
    evaluationsByCycle: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(evaluations)
          .where(inArray(evaluations.cycleId, ids(k)))
          .orderBy(asc(evaluations.createdAt), asc(evaluations.id)),
      (r) => r.cycleId,
    ),
    accessRequestById: rowByIdLoader(db, accessRequests),
    /** All requests to each idea, the latest asked first. */
    accessRequestsByIdea: manyLoader(
      (k: readonly string[]) =>
        db
          .select()
          .from(accessRequests)
          .where(inArray(accessRequests.ideaId, ids(k)))
          .orderBy(desc(accessRequests.createdAt), asc(accessRequests.id)),
      (r) => r.ideaId,
    ),
    /** Each measure of the cycles with its latest measurement (by date), for the register's met / not met counts. */
    measureResultsByCycle: manyLoader(
      (k: readonly string[]) =>
        db
          .select({
            cycleId: cycleMeasures.cycleId,
            baseline: cycleMeasures.baseline,
            target: cycleMeasures.target,
            direction: cycleMeasures.direction,
            // Written out with aliases: drizzle leaves columns unqualified in a one-table select.
            latestOn: sql<
              string | null
            >`(select mm.measured_on::text from measurements mm where mm.measure_id = cycle_measures.id order by mm.measured_on desc, mm.created_at desc, mm.id desc limit 1)`,
            latest: sql<
              number | null
            >`(select mm.value from measurements mm where mm.measure_id = cycle_measures.id order by mm.measured_on desc, mm.created_at desc, mm.id desc limit 1)`,
          })
          .from(cycleMeasures)
          .where(inArray(cycleMeasures.cycleId, ids(k))),
      (r) => r.cycleId,
    ),
  };
}

// ---- who may do what ----

export const viewerId = (ctx: Context) => ctx.viewer?.id ?? null;
/** A researcher of the arena (the role itself, not an administrator). */
export const isResearcher = (ctx: Context, arenaId: string) => mayBeGrantedReader(ctx.viewer, arenaId);
export const onTeam = (ctx: Context, arenaId: string) => hasRole(ctx.viewer, arenaId, TEAM_ROLES);

/**
 * What of a cycle's evaluations the viewer reads: all of them for the arena's guidance team and
 * its researchers who read the idea; the shared ones for the bearers; none for anyone else.
 */
export function evaluationView(ctx: Context, cycle: TestCycle): "all" | "shared" | "none" {
  const { arenaRawId, access } = cycle.ideaRef;
  // A bearer reads what is shared with the bearers, whatever other roles they hold.
  if (access === "bearer") return "shared";
  if (onTeam(ctx, arenaRawId)) return "all";
  if (readsCycles(access) && isResearcher(ctx, arenaRawId)) return "all";
  return "none";
}

/** Whether the viewer may evaluate the cycle: a researcher of the arena who reads the idea and does not carry it. */
export const viewerCanEvaluate = (ctx: Context, cycle: TestCycle) =>
  cycle.ideaRef.access !== "bearer" && readsCycles(cycle.ideaRef.access) && isResearcher(ctx, cycle.ideaRef.arenaRawId);

// A granted request lets its researcher read the idea: ideas asks here who holds a grant.
registerReadGrants({
  of: (db, ideaIds) =>
    db
      .select({ ideaId: accessRequests.ideaId, userId: accessRequests.requesterId })
      .from(accessRequests)
      .where(and(inArray(accessRequests.ideaId, ideaIds), eq(accessRequests.status, "granted"))),
  heldBy: (userId) =>
    sql`exists (select 1 from ${accessRequests} where ${accessRequests.ideaId} = ${ideas.id} and ${accessRequests.requesterId} = ${userId} and ${accessRequests.status} = 'granted')`,
});
