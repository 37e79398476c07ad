import { type SQL, and, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { Viewer } from "../../auth/sessions.js";
import type { Database, Tx } from "../../db/index.js";
import type { Role } from "../accounts/accounts.tables.js";
import { type IdeaStage, type IdeaVisibility, ideaCoBearers, ideas } from "./ideas.tables.js";

/**
 * How much of an idea a viewer may see, from least to most:
 * - none: not at all (a draft of someone else, a private idea);
 * - public: what is published (public ideas past draft);
 * - member: anyone with a role in the arena (partnership-only ideas), and a researcher of the
 *   arena whose access request the bearers granted (ideas visible to the guidance team only);
 * - team: the arena's guidance team (guides, coordinators, admins): internal fields and threads;
 * - bearer: the idea's bearer and accepted co-bearers: everything, and may edit.
 */
export type IdeaAccess = "none" | "public" | "member" | "team" | "bearer";
const rank: Record<IdeaAccess, number> = { none: 0, public: 1, member: 2, team: 3, bearer: 4 };
export const atLeast = (a: IdeaAccess, b: IdeaAccess) => rank[a] >= rank[b];

export const TEAM_ROLES: readonly Role[] = ["guide", "coordinator", "admin"];

const rolesIn = (viewer: Viewer | null, arenaId: string) => viewer?.roles.filter((r) => r.arenaId === arenaId).map((r) => r.role) ?? [];

/** Researchers of the idea's arena, and only they, may ask its bearers for access and be granted it. */
export const RESEARCH_ROLE: Role = "researcher";

/** Whether a granted access request could make a difference: the viewer is a researcher of the arena. */
export const mayBeGrantedReader = (viewer: Viewer | null, arenaId: string) =>
  !!viewer?.roles.some((r) => r.arenaId === arenaId && r.role === RESEARCH_ROLE);

/**
 * `grantedReaderIds`: researchers whose access request to the idea its bearers granted; only
 * needed when the viewer may be one of them (see mayBeGrantedReader), else it may be left out.
 */
export function accessTo(
  viewer: Viewer | null,
  idea: { arenaId: string; bearerId: string; stage: IdeaStage; visibility: IdeaVisibility },
  acceptedCoBearerIds: readonly string[],
  grantedReaderIds: readonly string[] = [],
): IdeaAccess {
  if (viewer && (idea.bearerId === viewer.id || acceptedCoBearerIds.includes(viewer.id))) return "bearer";
  if (idea.stage === "draft") return "none";
  const roles = rolesIn(viewer, idea.arenaId);
  if (roles.some((r) => TEAM_ROLES.includes(r))) return "team";
  if (idea.stage === "withdrawn") return "none";
  if (idea.visibility === "public") return roles.length > 0 ? "member" : "public";
  if (idea.visibility === "partnership" && roles.length > 0) return "member";
  if (viewer && roles.includes(RESEARCH_ROLE) && grantedReaderIds.includes(viewer.id)) return "member";
  return "none";
}

/** The same rule as accessTo, as SQL over `ideas`, for lists: ideas the viewer may see at all. */
export function visibleToViewer(viewer: Viewer | null): SQL {
  const published = and(eq(ideas.visibility, "public"), ne(ideas.stage, "draft"), ne(ideas.stage, "withdrawn"))!;
  if (!viewer) return published;
  const memberArenas = [...new Set(viewer.roles.map((r) => r.arenaId))];
  const teamArenas = [...new Set(viewer.roles.filter((r) => TEAM_ROLES.includes(r.role)).map((r) => r.arenaId))];
  const own = or(
    eq(ideas.bearerId, viewer.id),
    sql`exists (select 1 from ${ideaCoBearers} where ${ideaCoBearers.ideaId} = ${ideas.id} and ${ideaCoBearers.userId} = ${viewer.id} and ${ideaCoBearers.status} = 'accepted')`,
  );
  const conditions: (SQL | undefined)[] = [published, own];
  if (memberArenas.length > 0)
    conditions.push(
      and(
        inArray(ideas.arenaId, memberArenas),
        eq(ideas.visibility, "partnership"),
        ne(ideas.stage, "draft"),
        ne(ideas.stage, "withdrawn"),
      ),
    );
  if (teamArenas.length > 0) conditions.push(and(inArray(ideas.arenaId, teamArenas), ne(ideas.stage, "draft")));
  const researchArenas = [...new Set(viewer.roles.filter((r) => r.role === RESEARCH_ROLE).map((r) => r.arenaId))];
  if (researchArenas.length > 0)
    conditions.push(
      and(inArray(ideas.arenaId, researchArenas), ne(ideas.stage, "draft"), ne(ideas.stage, "withdrawn"), readGrants.heldBy(viewer.id)),
    );
  return or(...conditions)!;
}

/**
 * Read grants: researchers whom the bearers let read an idea they could not otherwise. The
 * research module keeps the requests and registers where the granted ones are found; ideas only
 * asks. Until it registers, nobody holds a grant (access fails closed).
 */
export interface ReadGrants {
  /** The granted readers of these ideas. */
  of(db: Database | Tx, ideaIds: string[]): Promise<{ ideaId: string; userId: string }[]>;
  /** SQL that holds for the rows of `ideas` on which the user holds a grant. */
  heldBy(userId: string): SQL;
}

let readGrants: ReadGrants = { of: async () => [], heldBy: () => sql`false` };

export function registerReadGrants(grants: ReadGrants): void {
  readGrants = grants;
}

export const grantedReadersOf = (db: Database | Tx, ideaIds: string[]) => readGrants.of(db, ideaIds);
