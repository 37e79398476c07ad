import { sql } from "drizzle-orm";
import type { Tx } from "../db/index.js";
import { supportActorArenas, supportActors } from "../modules/support/support.tables.js";
import { supportActorSeeds } from "./data/support-actors.js";

const excluded = (col: string) => sql.raw(`excluded.${col}`);

/**
 * Upserts the support system's actors by their keys and links them to the arenas they serve.
 * Idempotent. Like the structure packs, fields the pack names are overwritten; arenas linked
 * in the app since are kept.
 */
export async function seedSupportActors(tx: Tx, arenaIds: Map<string, string>): Promise<void> {
  for (const a of supportActorSeeds) {
    const served = a.arenas.flatMap((slug) => {
      const id = arenaIds.get(slug);
      return id ? [id] : [];
    });
    if (served.length === 0) continue;
    const [row] = await tx
      .insert(supportActors)
      .values({
        key: a.key,
        name: a.name,
        kind: a.kind,
        phases: a.phases,
        offer: a.offer,
        contact: a.contact,
        email: a.email,
        website: a.website,
      })
      .onConflictDoUpdate({
        target: supportActors.key,
        set: {
          name: excluded("name"),
          kind: excluded("kind"),
          phases: excluded("phases"),
          offer: excluded("offer"),
          contact: excluded("contact"),
          email: excluded("email"),
          website: excluded("website"),
        },
      })
      .returning({ id: supportActors.id });
    await tx
      .insert(supportActorArenas)
      .values(served.map((arenaId) => ({ actorId: row!.id, arenaId })))
      .onConflictDoNothing();
  }
}
