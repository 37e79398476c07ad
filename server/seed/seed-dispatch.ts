import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "../db/index.js";
import * as clock from "../shared/clock.js";
import { users } from "../modules/accounts/accounts.tables.js";
import { DispatchEvents } from "../modules/matters/dispatch.events.js";
import { moveMatter, recordMatterEvent } from "../modules/matters/matters.lifecycle.js";
import { dispatches, matterDecisions, matters } from "../modules/matters/matters.tables.js";
import type { DispatchStatus } from "../modules/matters/matters.vocabulary.js";
import { organisations } from "../modules/partnership/partnership.tables.js";
import { gavleborg } from "./data/gavleborg.js";

/** A party's answer to a dispatched decision in the demo, by organisation key; days count from the sending. */
export interface SeedAnswer {
  party: string;
  /** Days after sending that the party confirmed receipt; none: it has not. */
  receivedAfterDays?: number;
  /** The party adopted it this many days after sending, in this body (e.g. "kommunfullmäktige", "socialnämnden"). */
  adopted?: { afterDays: number; by: string };
  /** The party declined it, with why. */
  declined?: string;
}

const DAY = 24 * 60 * 60 * 1000;
const GAVLEBORG_PARTIES = gavleborg.organisations.filter((o) => o.isParty).map((o) => o.key);

/** SIP-lots, dispatched to all 11: some have confirmed, a few adopted it, one declined, some are silent. */
export const sipLotsAnswers: SeedAnswer[] = [
  { party: "region-gavleborg", receivedAfterDays: 1, adopted: { afterDays: 12, by: "hälso- och sjukvårdsnämnden" } },
  { party: "gavle-kommun", receivedAfterDays: 2, adopted: { afterDays: 9, by: "kommunfullmäktige" } },
  { party: "hudiksvalls-kommun", receivedAfterDays: 1, adopted: { afterDays: 15, by: "socialnämnden" } },
  { party: "sandvikens-kommun", receivedAfterDays: 3 },
  { party: "bollnas-kommun", receivedAfterDays: 5 },
  { party: "ljusdals-kommun", receivedAfterDays: 2 },
  { party: "ockelbo-kommun", receivedAfterDays: 4, declined: "Kommunen har redan en egen lotsfunktion och avvaktar utvärderingen." },
  { party: "hofors-kommun" },
  { party: "nordanstigs-kommun" },
  { party: "ovanakers-kommun" },
  { party: "soderhamns-kommun" },
];

/** The welfare strategy (001): every party adopted it in its council, the region first. */
export const welfareStrategyAnswers: SeedAnswer[] = GAVLEBORG_PARTIES.map((party, i) => ({
  party,
  receivedAfterDays: 1 + (i % 3),
  adopted: { afterDays: 14 + i * 4, by: party === "region-gavleborg" ? "regionfullmäktige" : "kommunfullmäktige" },
}));

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
    const after = (days: number | undefined) => (days === undefined ? null : new Date(opts.sentAt.getTime() + days * DAY));
    const receivedAt = after(a.receivedAfterDays);
    // What lies in the future has not happened yet: the party has then only confirmed receipt.
    const adoptedAt = a.adopted && after(a.adopted.afterDays)! <= clock.now() ? after(a.adopted.afterDays) : null;
    const declinedAt = a.declined && receivedAt ? new Date(receivedAt.getTime() + 7 * DAY) : null;
    const answeredAt = adoptedAt ?? (declinedAt && declinedAt <= clock.now() ? declinedAt : null);
    const adoptedOn = adoptedAt ? adoptedAt.toISOString().slice(0, 10) : null;
    const status: DispatchStatus = adoptedAt ? "adopted" : answeredAt ? "declined" : receivedAt ? "received" : "sent";
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
        answerNote: adoptedOn ? `Beslutad i ${a.adopted!.by} ${adoptedOn}` : answeredAt ? (a.declined ?? "") : "",
        adoptedOn,
      })
      .onConflictDoNothing({ target: [dispatches.decisionId, dispatches.organisationId] })
      .returning();
    if (!row) continue;
    const data = { party: party.name, dispatchId: row.id };
    if (receivedAt) await recordMatterEvent(tx, matter, DispatchEvents.received, { actorId: null, onIdeas: false, data, at: receivedAt });
    if (adoptedOn)
      await recordMatterEvent(tx, matter, DispatchEvents.adopted, { actorId: null, data: { ...data, date: adoptedOn }, at: answeredAt! });
    else if (answeredAt && a.declined)
      await recordMatterEvent(tx, matter, DispatchEvents.declined, {
        actorId: null,
        data: { ...data, reason: a.declined },
        at: answeredAt,
      });
  }
}

/** The demo's decisions that go out to the parties, by the matter's title, and how the parties answered. */
const demoDispatches = [
  { title: "Spridning av SIP-lots till länets kommuner", answers: sipLotsAnswers },
  { title: "Antagande av Välfärdsstrategi för Gävleborg", answers: welfareStrategyAnswers },
];

/**
 * Dispatches the demo's approved decisions two days after they were taken, along the matter's
 * own path (moveMatter to dispatched), with the parties' answers. A matter without an approved
 * decision, or past decided, is left as it is; so running the seed twice changes nothing.
 */
export async function seedMatterDispatches(tx: Tx, arenaIds: Map<string, string>): Promise<void> {
  const arenaId = arenaIds.get("gavleborg");
  if (!arenaId) return;
  const [coordinator] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, "koordinator@arena.example"));
  for (const d of demoDispatches) {
    const [matter] = await tx
      .select()
      .from(matters)
      .where(and(eq(matters.arenaId, arenaId), eq(matters.title, d.title)));
    if (matter?.stage !== "decided") continue;
    const [decision] = await tx
      .select()
      .from(matterDecisions)
      .where(and(eq(matterDecisions.matterId, matter.id), eq(matterDecisions.outcome, "approved")))
      .orderBy(desc(matterDecisions.decidedOn))
      .limit(1);
    if (!decision) continue;
    const sentAt = new Date(Date.parse(`${decision.decidedOn}T09:00:00Z`) + 2 * DAY);
    await moveMatter(tx, matter, "dispatched", {
      actorId: coordinator?.id ?? null,
      bodyId: decision.bodyId,
      at: sentAt,
      data: { parties: d.answers.length, date: decision.decidedOn },
    });
    await seedDispatches(tx, { decisionId: decision.id, sentAt, sentBy: coordinator?.id ?? null, answers: d.answers });
  }
}
