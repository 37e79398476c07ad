import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../db/index.js";
import { users } from "../modules/accounts/accounts.tables.js";
import { writeDecision } from "../modules/matters/decisions.service.js";
import { meetingDay } from "../modules/matters/meetings.agenda.js";
import { moveMatter } from "../modules/matters/matters.lifecycle.js";
import { agendaItems, matters, meetings } from "../modules/matters/matters.tables.js";
import { bodies } from "../modules/partnership/partnership.tables.js";
import { isoDate } from "../shared/swedish-date.js";

// The Gävleborg demo's meeting and decisions (issue 12, item 8), after seed-matters has placed
// the matters: a meeting of Länsledning Välfärd with its agenda, notice and published minutes,
// where SIP-lots is approved with an assignment to Utskott vuxna; and the welfare strategy
// adopted at a meeting of Nätverk Välfärd, recorded by the kansli on its behalf.

const COORDINATOR = "koordinator@arena.example";
const MEMBER = "ledamot@arena.example";
const SIP = "Spridning av SIP-lots till länets kommuner";
const STRATEGY = "Antagande av Välfärdsstrategi för Gävleborg";

const daysAgo = (days: number, hour = 12) => {
  const d = new Date(Date.now() - days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};

export async function seedMeetings(tx: Tx, arenaId: string): Promise<void> {
  const [existing] = await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.arenaId, arenaId)).limit(1);
  if (existing) return;
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, [COORDINATOR, MEMBER]));
  const coordinatorId = people.find((p) => p.email === COORDINATOR)?.id ?? null;
  const memberId = people.find((p) => p.email === MEMBER)?.id ?? null;
  const bodyRows = await tx.select({ id: bodies.id, key: bodies.key }).from(bodies).where(eq(bodies.arenaId, arenaId));
  const body = (key: string) => bodyRows.find((b) => b.key === key)?.id;
  const lansledning = body("lansledning-valfard");
  const vuxna = body("utskott-vuxna");
  const byTitle = async (title: string) =>
    (
      await tx
        .select()
        .from(matters)
        .where(and(eq(matters.arenaId, arenaId), eq(matters.title, title), eq(matters.stage, "placed")))
    )[0];
  const sip = await byTitle(SIP);
  if (!lansledning || !vuxna || !sip) return;

  // Länsledning Välfärd met 30 days ago; the notice went out a week before, the minutes two days after.
  const startsAt = daysAgo(30);
  const [meeting] = await tx
    .insert(meetings)
    .values({
      arenaId,
      bodyId: lansledning,
      startsAt,
      place: "Regionhuset, Gävle",
      noticeSentAt: daysAgo(37),
      noticeSentBy: coordinatorId,
      minutesPublishedAt: daysAgo(28),
      minutesPublishedBy: coordinatorId,
      createdBy: coordinatorId,
      createdAt: daysAgo(40),
      version: 6,
    })
    .returning();
  const m = meeting!;
  const day = meetingDay(m);
  const onAgenda = await moveMatter(tx, sip, "on_agenda", {
    actorId: coordinatorId,
    bodyId: lansledning,
    date: day,
    at: daysAgo(38),
    data: { meetingId: m.id },
  });
  const items = await tx
    .insert(agendaItems)
    .values([
      { meetingId: m.id, position: 1, title: "Mötets öppnande", minutes: "Ordföranden öppnade mötet och dagordningen godkändes." },
      {
        meetingId: m.id,
        position: 2,
        matterId: sip.id,
        minutes:
          "Beredningen föredrog ärendet. Ledamöterna lyfte att familjerna i försöket kände sig mer delaktiga och att tiden till SIP kortades.",
      },
      {
        meetingId: m.id,
        position: 3,
        title: "Lägesrapport från utskotten",
        minutes: "Utskotten rapporterade enligt sina verksamhetsplaner.",
      },
      { meetingId: m.id, position: 4, title: "Övriga frågor", minutes: "Inga övriga frågor." },
    ])
    .returning();
  await writeDecision(tx, onAgenda, {
    outcome: "approved",
    text: "Länsledning Välfärd rekommenderar kommunerna och regionen att erbjuda SIP-lots till familjer med insatser från både kommun och region, och ger Utskott vuxna i uppdrag att följa spridningen och återrapportera.",
    decidedOn: day,
    recordedBy: memberId,
    onBehalfOfBody: false,
    item: { id: items[1]!.id, meetingId: m.id },
    assignments: [
      {
        bodyId: vuxna,
        organisationId: null,
        description: "Följ spridningen av SIP-lots i länets kommuner och återrapportera till Länsledning Välfärd",
        dueOn: isoDate(new Date(Date.now() + 120 * 86_400_000)),
      },
    ],
    at: startsAt,
  });

  // The welfare strategy: adopted by Nätverk Välfärd at its meeting 20 days ago, recorded by the kansli on its behalf.
  const strategy = await byTitle(STRATEGY);
  const natverk = body("natverk-valfard");
  if (strategy && natverk) {
    const [held] = await tx
      .insert(meetings)
      .values({
        arenaId,
        bodyId: natverk,
        startsAt: daysAgo(20, 9),
        place: "Länsstyrelsen, Gävle",
        noticeSentAt: daysAgo(27),
        noticeSentBy: coordinatorId,
        minutesPublishedAt: daysAgo(18),
        minutesPublishedBy: coordinatorId,
        createdBy: coordinatorId,
        createdAt: daysAgo(30),
        version: 4,
      })
      .returning();
    const onItsAgenda = await moveMatter(tx, strategy, "on_agenda", {
      actorId: coordinatorId,
      bodyId: natverk,
      date: meetingDay(held!),
      at: daysAgo(28),
      data: { meetingId: held!.id },
    });
    const [item] = await tx
      .insert(agendaItems)
      .values({
        meetingId: held!.id,
        position: 1,
        matterId: strategy.id,
        minutes: "Nätverket gick igenom strategins fem mål och beslutade enligt förslaget.",
      })
      .returning();
    await writeDecision(tx, onItsAgenda, {
      outcome: "approved",
      text: "Nätverk Välfärd antar Välfärdsstrategi för Gävleborg 2030 och rekommenderar parterna att anta den i sina fullmäktige.",
      decidedOn: meetingDay(held!),
      recordedBy: coordinatorId,
      onBehalfOfBody: true,
      item: { id: item!.id, meetingId: held!.id },
      assignments: [],
      at: daysAgo(20, 9),
    });
  }
}
