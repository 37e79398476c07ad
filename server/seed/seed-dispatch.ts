import { createHash, randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Tx } from "../db/index.js";
import { DispatchEvents } from "../modules/matters/dispatch.events.js";
import { recordMatterEvent } from "../modules/matters/matters.lifecycle.js";
import { dispatches, matterDecisions, matters } from "../modules/matters/matters.tables.js";
import type { DispatchStatus } from "../modules/matters/matters.vocabulary.js";
import { organisations } from "../modules/partnership/partnership.tables.js";

/** A party's answer to a dispatched decision in the demo, by organisation key. */
export interface SeedAnswer {
  party: string;
  /** Days after sending that the party confirmed receipt; none: it has not. */
  receivedAfterDays?: number;
  /** The party adopted it on this day, YYYY-MM-DD, with a note. */
  adopted?: { on: string; note: string };
  /** The party declined it, with why. */
  declined?: string;
}

const DAY = 24 * 60 * 60 * 1000;
const GAVLEBORG_PARTIES = [
  "region-gavleborg",
  "bollnas-kommun",
  "gavle-kommun",
  "hofors-kommun",
  "hudiksvalls-kommun",
  "ljusdals-kommun",
  "nordanstigs-kommun",
  "ockelbo-kommun",
  "ovanakers-kommun",
  "sandvikens-kommun",
  "soderhamns-kommun",
] as const;

/** SIP-lots, dispatched to all 11: some have confirmed, a few adopted it in their councils, one declined, some are silent. */
export const sipLotsAnswers: SeedAnswer[] = [
  {
    party: "region-gavleborg",
    receivedAfterDays: 1,
    adopted: { on: "2027-04-22", note: "Beslutad i hälso- och sjukvårdsnämnden 2027-04-22, § 61" },
  },
  { party: "gavle-kommun", receivedAfterDays: 2, adopted: { on: "2027-04-12", note: "Beslutad i kommunfullmäktige 2027-04-12, § 45" } },
  { party: "hudiksvalls-kommun", receivedAfterDays: 1, adopted: { on: "2027-05-03", note: "Beslutad i socialnämnden 2027-05-03" } },
  { party: "sandvikens-kommun", receivedAfterDays: 3 },
  { party: "bollnas-kommun", receivedAfterDays: 5 },
  { party: "ljusdals-kommun", receivedAfterDays: 2 },
  { party: "ockelbo-kommun", receivedAfterDays: 4, declined: "Kommunen har redan en egen lotsfunktion och avvaktar utvärderingen." },
  { party: "hofors-kommun" },
  { party: "nordanstigs-kommun" },
  { party: "ovanakers-kommun" },
  { party: "soderhamns-kommun" },
];

/** The welfare strategy (001): every council adopted it, the region first. Dates are the demo's own. */
export const welfareStrategyAnswers: SeedAnswer[] = GAVLEBORG_PARTIES.map((party, i) => {
  const on = `2023-${String(3 + Math.floor(i / 4)).padStart(2, "0")}-${String(10 + (i % 4) * 5).padStart(2, "0")}`;
  const council = party === "region-gavleborg" ? "regionfullmäktige" : "kommunfullmäktige";
  return { party, receivedAfterDays: 1 + (i % 3), adopted: { on, note: `Beslutad i ${council} ${on}` } };
});

/**
 * Writes the past of a decision's dispatch for the demo: one row per party as the kansli sent it
 * (with a token nobody holds: the demo's links are not mailed), and each party's receipt and
 * answer as events on the matter. Call it for a matter already moved to dispatched (moveMatter).
 * Idempotent per decision and party.
 */
export async function seedDispatches(
  tx: Tx,
  opts: { decisionId: string; sentAt: Date; sentBy: string | null; answers: readonly SeedAnswer[] },
): Promise<void> {
  const [found] = await tx
    .select({ matter: matters })
    .from(matterDecisions)
    .innerJoin(matters, eq(matters.id, matterDecisions.matterId))
    .where(eq(matterDecisions.id, opts.decisionId));
  const matter = found!.matter;
  for (const a of opts.answers) {
    const [party] = await tx
      .select()
      .from(organisations)
      .where(and(eq(organisations.arenaId, matter.arenaId), eq(organisations.key, a.party)));
    if (!party) throw new Error(`Seed: no party ${a.party}`);
    const receivedAt = a.receivedAfterDays === undefined ? null : new Date(opts.sentAt.getTime() + a.receivedAfterDays * DAY);
    const answeredAt = receivedAt && (a.adopted || a.declined) ? new Date(receivedAt.getTime() + 20 * DAY) : null;
    const status: DispatchStatus = a.adopted ? "adopted" : a.declined ? "declined" : receivedAt ? "received" : "sent";
    const [row] = await tx
      .insert(dispatches)
      .values({
        decisionId: opts.decisionId,
        organisationId: party.id,
        contactName: party.contactName,
        contactEmail: party.contactEmail,
        status,
        tokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
        sentBy: opts.sentBy,
        sentAt: opts.sentAt,
        receivedAt,
        answeredAt,
        answerNote: a.adopted?.note ?? a.declined ?? "",
        adoptedOn: a.adopted?.on ?? null,
      })
      .onConflictDoNothing({ target: [dispatches.decisionId, dispatches.organisationId] })
      .returning();
    if (!row) continue;
    const data = { party: party.name, dispatchId: row.id };
    if (receivedAt) await recordMatterEvent(tx, matter, DispatchEvents.received, { actorId: null, onIdeas: false, data, at: receivedAt });
    if (answeredAt && a.adopted)
      await recordMatterEvent(tx, matter, DispatchEvents.adopted, { actorId: null, data: { ...data, date: a.adopted.on }, at: answeredAt });
    if (answeredAt && a.declined)
      await recordMatterEvent(tx, matter, DispatchEvents.declined, {
        actorId: null,
        data: { ...data, reason: a.declined },
        at: answeredAt,
      });
  }
}
