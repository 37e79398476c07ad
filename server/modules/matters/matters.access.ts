import { and, eq, isNotNull } from "drizzle-orm";
import type { Database, Tx } from "../../db/index.js";
import { hasRole, type Viewer } from "../../auth/sessions.js";
import { bodies, bodyMemberships } from "../partnership/partnership.tables.js";
import type { BodyKind } from "../partnership/partnership.vocabulary.js";

/**
 * What a person may do with an arena's matters (issue 12, "Who may do what"):
 * - the kansli (coordinators, and admins) initiates matters, creates meetings and agendas, sends
 *   notices, publishes minutes, dispatches decisions, and may record a body's decision on its behalf;
 * - members of the beredningsorgan (a body of kind preparation_body) prepare and place matters;
 * - a body's members record that body's decisions and minutes, and no other body's.
 * Seats come from body_memberships with a person (user_id); an organisation's seat gives no one rights.
 */
export interface MatterRights {
  arenaId: string;
  viewerId: string | null;
  kansli: boolean;
  /** Sits in the arena's beredningsorgan. */
  preparer: boolean;
  /** The bodies of this arena the person sits in, by id. */
  bodyIds: ReadonlySet<string>;
}

export async function matterRights(db: Database | Tx, viewer: Viewer | null, arenaId: string): Promise<MatterRights> {
  if (!viewer) return { arenaId, viewerId: null, kansli: false, preparer: false, bodyIds: new Set() };
  const seats = await db
    .select({ bodyId: bodies.id, kind: bodies.kind })
    .from(bodyMemberships)
    .innerJoin(bodies, eq(bodies.id, bodyMemberships.bodyId))
    .where(and(eq(bodyMemberships.userId, viewer.id), eq(bodies.arenaId, arenaId), isNotNull(bodyMemberships.userId)));
  const preparationBody: BodyKind = "preparation_body";
  return {
    arenaId,
    viewerId: viewer.id,
    kansli: hasRole(viewer, arenaId, ["coordinator"]),
    preparer: seats.some((s) => s.kind === preparationBody),
    bodyIds: new Set(seats.map((s) => s.bodyId)),
  };
}

/** May record the decisions and minutes of this body: its members, or the kansli on its behalf. */
export function mayDecideFor(rights: MatterRights, bodyId: string): { may: boolean; onBehalf: boolean } {
  if (rights.bodyIds.has(bodyId)) return { may: true, onBehalf: false };
  return { may: rights.kansli, onBehalf: rights.kansli };
}

/** May read the arena's matters in full, preparation notes included: the kansli, the beredning and the bodies' members. */
export function readsInternals(rights: MatterRights): boolean {
  return rights.kansli || rights.preparer || rights.bodyIds.size > 0;
}
