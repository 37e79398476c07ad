import { and, eq } from "drizzle-orm";
import type { Tx } from "../db/index.js";
import * as clock from "../shared/clock.js";
import { goodExamples } from "../modules/insight/insight.tables.js";
import { organisations } from "../modules/partnership/partnership.tables.js";
import { dalarnaGoodExamples } from "./data/good-examples.js";

/** The Dalarna report's good examples on their municipalities' pages. Idempotent: an example already there is left alone. */
export async function seedGoodExamples(tx: Tx, arenaIds: Map<string, string>): Promise<void> {
  const arenaId = arenaIds.get("dalarna");
  if (!arenaId) return;
  const orgs = await tx
    .select({ id: organisations.id, key: organisations.key })
    .from(organisations)
    .where(eq(organisations.arenaId, arenaId));
  const byKey = new Map(orgs.map((o) => [o.key, o.id]));
  const now = clock.now();
  for (const { municipality, ...example } of dalarnaGoodExamples) {
    const organisationId = byKey.get(municipality);
    if (!organisationId) throw new Error(`seed: no municipality ${municipality} in dalarna`);
    const [there] = await tx
      .select({ id: goodExamples.id })
      .from(goodExamples)
      .where(and(eq(goodExamples.organisationId, organisationId), eq(goodExamples.title, example.title)));
    if (there) continue;
    await tx.insert(goodExamples).values({ arenaId, organisationId, ...example, link: example.link ?? "", createdAt: now, updatedAt: now });
  }
}
