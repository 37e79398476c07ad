import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../db/index.js";
import { users } from "../modules/accounts/accounts.tables.js";
import { ideas } from "../modules/ideas/ideas.tables.js";
import { MatterEvents } from "../modules/matters/matters.events.js";
import { moveMatter, recordMatterEvent } from "../modules/matters/matters.lifecycle.js";
import { insertMatter } from "../modules/matters/matters.service.js";
import { matters } from "../modules/matters/matters.tables.js";
import type { MatterKind } from "../modules/matters/matters.vocabulary.js";
import { bodies, bodyMemberships } from "../modules/partnership/partnership.tables.js";
import { testCycles } from "../modules/testing/testing.tables.js";

// The partnership's matters in the Gävleborg demo (issue 12, item 8), up to where the matters
// module takes them: prepared and placed. Meetings, decisions and dispatch extend this file.

const COORDINATOR = "koordinator@arena.example";
const PREPARER = "beredning@arena.example";

interface Basis {
  background: string;
  proposedDecision: string;
  consequences: string;
  consequencesOfNothing: string;
  effortAndEffect: string;
  preparationNotes: string;
}

interface MatterSeed {
  kind: MatterKind;
  title: string;
  summary: string;
  /** The demo idea whose ADVANCE decision the matter comes from, if any. */
  fromAdvanceOf?: string;
  basis: Basis;
  placedAt: string;
  /** Days before today of its steps: opened, sent to the preparer, basis written, placed. */
  days: [number, number, number, number];
}

const demoMatters: MatterSeed[] = [
  {
    kind: "proposal",
    title: "Spridning av SIP-lots till länets kommuner",
    summary:
      "SIP-lots har gått till steg 4 på spridningsstegen efter två testomgångar i Västra Gästrikland. Förslaget är att alla kommuner erbjuder lotsen.",
    fromAdvanceOf: "sip-lots-vastra-gastrikland",
    basis: {
      background:
        "SIP-lots har prövats i två testomgångar i Sandviken, Hofors och Ockelbo. Med en mall för familjens mål kände sig fyra av fem familjer delaktiga i sin SIP, mot två av fem före, och tiden från begäran till möte kortades till 19 dagar.",
      proposedDecision:
        "Länsledning Välfärd rekommenderar kommunerna och regionen att erbjuda SIP-lots till familjer med insatser från både kommun och region, och ger Utskott vuxna i uppdrag att följa spridningen.",
      consequences: "Kommunerna behöver avsätta tid för samordning av lotsar; föreningarna behöver stöd för utbildning av nya lotsar.",
      consequencesOfNothing:
        "Familjer i övriga länet fortsätter att möta planer där verksamheternas mål kommer först, och SIP upprättas sent.",
      effortAndEffect: "Liten insats per kommun (samordning och utbildning) mot en tydlig effekt på delaktighet och tid till SIP.",
      preparationNotes: "Stäm av kostnaden för utbildning av lotsar med Ockelbo innan mötet.",
    },
    placedAt: "lansledning-valfard",
    days: [60, 58, 50, 40],
  },
  {
    kind: "proposal",
    title: "Antagande av Välfärdsstrategi för Gävleborg",
    summary:
      "Välfärdsstrategin ersätter de gemensamma utgångspunkterna för länssamverkan inom Nätverk Välfärd och antas av alla elva parter.",
    basis: {
      background:
        "2020 gav Nätverk Välfärd Länsledning i uppdrag att arbeta fram en välfärdsstrategi som ska ersätta de gemensamma utgångspunkterna för samverkan mellan Region Gävleborg och länets kommuner inom välfärdsområdet.",
      proposedDecision:
        "Nätverk Välfärd föreslår parterna att anta Välfärdsstrategin som underlag för samverkan inom Nätverk Välfärd, och att strategin därmed ersätter tidigare överenskommelser om länssamverkan.",
      consequences:
        "Länsledning tar fram årliga handlingsplaner utifrån strategin; varje part beslutar om antagande i sin egen nämnd eller sitt fullmäktige.",
      consequencesOfNothing: "Samverkan fortsätter på de gemensamma utgångspunkterna, utan gemensamma mål inom prioriterade områden.",
      effortAndEffect: "Beslut i elva parter, mot en gemensam inriktning för hela länets välfärdssamverkan.",
      preparationNotes: "Kansliet följer upp parternas beslutsdatum.",
    },
    placedAt: "natverk-valfard",
    days: [120, 118, 110, 100],
  },
  {
    kind: "system_obstacle",
    title: "Myndigheternas rutiner hindrar unga att komma vidare",
    summary:
      "I FOKUS 20-25 (Dalarna) och i länets egna piloter fastnar unga mellan Arbetsförmedlingens, Försäkringskassans och kommunernas rutiner. Nätverk Välfärd har till uppgift att åtgärda sådana systemfel och hinder.",
    basis: {
      background:
        "FOKUS 20-25 visade att coachens följeslagande till myndigheter var det som fick unga vidare: 33 av 45 kom vidare mot egen försörjning. Hindret är att myndigheternas rutiner inte möter unga som behöver stöd från flera håll samtidigt.",
      proposedDecision:
        "Nätverk Välfärd tar upp hindret med Arbetsförmedlingen och Försäkringskassan och ger Länsledning Välfärd i uppdrag att föreslå en gemensam rutin.",
      consequences: "Länsledning behöver samla berörda förvaltningar och myndigheter till en gemensam genomgång.",
      consequencesOfNothing: "Unga som varken arbetar eller studerar fortsätter att falla mellan myndigheternas ansvar.",
      effortAndEffect: "Ett par möten och en gemensam rutin, mot färre unga som blir utan stöd.",
      preparationNotes: "Kontakta Region Dalarnas samordnare för FOKUS 20-25 om deras erfarenheter.",
    },
    placedAt: "natverk-valfard",
    days: [30, 29, 24, 20],
  },
];

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/** Seats a person in a body, once. */
async function seat(tx: Tx, bodyId: string, userId: string, role: "member" | "secretary") {
  const [exists] = await tx
    .select({ id: bodyMemberships.id })
    .from(bodyMemberships)
    .where(and(eq(bodyMemberships.bodyId, bodyId), eq(bodyMemberships.userId, userId)));
  if (!exists) await tx.insert(bodyMemberships).values({ bodyId, userId, role, sort: 100 });
}

/** Idempotent: an arena that already has matters is left as it is. */
export async function seedMatters(tx: Tx, arenaIds: Map<string, string>): Promise<void> {
  const arenaId = arenaIds.get("gavleborg");
  if (!arenaId) return;
  const [existing] = await tx.select({ id: matters.id }).from(matters).where(eq(matters.arenaId, arenaId)).limit(1);
  if (existing) return;
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, [COORDINATOR, PREPARER]));
  const coordinatorId = people.find((p) => p.email === COORDINATOR)?.id;
  const preparerId = people.find((p) => p.email === PREPARER)?.id;
  if (!coordinatorId || !preparerId) return;
  const bodyRows = await tx.select({ id: bodies.id, key: bodies.key }).from(bodies).where(eq(bodies.arenaId, arenaId));
  const body = (key: string) => {
    const b = bodyRows.find((r) => r.key === key);
    if (!b) throw new Error(`Seed matters: no body ${key}`);
    return b.id;
  };
  // The kansli and the beredning have people in them: the coordinator sits in the kansli.
  await seat(tx, body("samverkanskansli"), coordinatorId, "secretary");

  for (const m of demoMatters) {
    let origin = null;
    if (m.fromAdvanceOf) {
      const [cycle] = await tx
        .select({ id: testCycles.id, ideaId: ideas.id })
        .from(testCycles)
        .innerJoin(ideas, eq(ideas.id, testCycles.ideaId))
        .where(and(eq(ideas.arenaId, arenaId), eq(ideas.clientKey, `seed:${m.fromAdvanceOf}`), eq(testCycles.decision, "advance")));
      if (cycle) origin = { kind: "cycle" as const, targetId: cycle.id, ideaId: cycle.ideaId };
    }
    const [opened, assigned, written, placed] = m.days.map(daysAgo) as [Date, Date, Date, Date];
    let row = await insertMatter(tx, {
      arenaId,
      kind: m.kind,
      title: m.title,
      summary: m.summary,
      origin,
      createdBy: coordinatorId,
      at: opened,
    });
    row = await moveMatter(tx, row, "in_preparation", { actorId: coordinatorId, set: { preparerId }, at: assigned });
    const [updated] = await tx
      .update(matters)
      .set({ ...m.basis, version: row.version + 1, updatedAt: written })
      .where(eq(matters.id, row.id))
      .returning();
    row = updated!;
    await recordMatterEvent(tx, row, MatterEvents.basisUpdated, {
      actorId: preparerId,
      onIdeas: false,
      at: written,
      data: { changed: Object.keys(m.basis), version: row.version },
    });
    await moveMatter(tx, row, "placed", { actorId: preparerId, bodyId: body(m.placedAt), at: placed });
  }
}
