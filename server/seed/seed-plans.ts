import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../db/index.js";
import { users } from "../modules/accounts/accounts.tables.js";
import { ideas } from "../modules/ideas/ideas.tables.js";
import { indicators } from "../modules/indicators/indicators.tables.js";
import { writeDecision } from "../modules/matters/decisions.service.js";
import { meetingDay } from "../modules/matters/meetings.agenda.js";
import { moveMatter } from "../modules/matters/matters.lifecycle.js";
import { agendaItems, matterDecisions, matterLinks, matters, meetings } from "../modules/matters/matters.tables.js";
import { bodies } from "../modules/partnership/partnership.tables.js";
import { insertActivity } from "../modules/plans/activities.service.js";
import { adoptionMatterFor } from "../modules/plans/plans.service.js";
import { activityUpdates, planActivities, planSubGoals, plans } from "../modules/plans/plans.tables.js";
import type { ActivityOriginKind, ActivityStatus } from "../modules/plans/plans.vocabulary.js";
import { strategicGoals } from "../modules/strategy/strategy.tables.js";
import { testCycles } from "../modules/testing/testing.tables.js";
import * as clock from "../shared/clock.js";
import { isoDate } from "../shared/swedish-date.js";

// Gävleborg's plans for the clock's year (issue 14, item 7): Länsledning Välfärd's action plan under
// the strategy's five goals, adopted at its meeting through a decided matter, with activities from
// the seeds and the demo pilots; Utskott vuxna's activity plan, where SIP-lotsning comes from the
// decision seeded by matters; and mid-year status updates. Idempotent: a year that has its action
// plan is left as it is.

const COORDINATOR = "koordinator@arena.example";
const MEMBER = "ledamot@arena.example";
const SIP_MATTER = "Spridning av SIP-lots till länets kommuner";

interface ActivitySeed {
  goal: number;
  subGoal?: string;
  title: string;
  description: string;
  how: string;
  followUp: string;
  body: string;
  indicators: string[];
  /** A demo idea (its seed key) whose pilot the activity spreads. */
  pilotOf?: string;
  /** Mid-year updates: days from the year's start, status, progress, comment. */
  updates?: [number, ActivityStatus, number, string][];
}

const subGoals: Record<number, string[]> = {
  1: ["Gemensam bild av länets hälsofrämjande och förebyggande insatser"],
  2: ["Fler invånare med insatser från både kommun och region får en SIP", "Färre fallskador bland äldre"],
  3: ["Fler unga fullföljer gymnasiet"],
  4: ["Unga möter förebilder från arbetslivet"],
  5: ["Fler familjer når ekonomiskt stöd och råd i tid"],
};

const actionPlan: ActivitySeed[] = [
  {
    goal: 1,
    subGoal: subGoals[1]![0],
    title: "Analys av systemets delar för hälsofrämjande och förebyggande arbete",
    description: "Kartläggning av vad kommunerna, regionen och civilsamhället gör i dag, och var insatserna inte hänger ihop.",
    how: "Kansliet samlar underlag från förvaltningarna; en workshop per länsdel.",
    followUp: "Rapport till Länsledning Välfärd före budgetdagen.",
    body: "lansledning-valfard",
    indicators: ["skr-10", "skr-12"],
    updates: [[150, "on_track", 50, "Underlag från sju av elva parter inkommet."]],
  },
  {
    goal: 2,
    subGoal: subGoals[2]![1],
    title: "Förebyggande hembesök för 79-åringar i fler kommuner",
    description: "Hembesöken från Hofors pilot erbjuds i ytterligare två kommuner.",
    how: "Kommunernas fallpreventiva team och frivilliga genomför besöken enligt Hofors modell.",
    followUp: "Andel erbjudna som tar emot besök; fallskador bland äldre.",
    body: "utskott-vuxna",
    indicators: ["skr-09"],
    pilotOf: "forebyggande-hembesok-79-hofors",
    updates: [
      [120, "on_track", 30, "Ockelbo har startat; Hudiksvall planerar start efter sommaren."],
      [170, "at_risk", 35, "Hudiksvall saknar frivilliga till hösten; rekrytering pågår med PRO."],
    ],
  },
  {
    goal: 2,
    subGoal: subGoals[2]![0],
    title: "Gemensam utbildning i SIP för kommun och region",
    description: "Utbildningsdagar om samordnad individuell plan för personal i kommunerna och regionen.",
    how: "Två utbildningsdagar per länsdel, med brukarföreträdare.",
    followUp: "Antal utbildade; andel SIP där den enskildes mål står först.",
    body: "utskott-psykisk-halsa",
    indicators: ["skr-18"],
    updates: [[160, "on_track", 50, "Utbildning genomförd i Gävle och Västra Gästrikland."]],
  },
  {
    goal: 3,
    subGoal: subGoals[3]![0],
    title: "Trygga barn: fasta frågor om familjens situation på BVC",
    description: "BVC i länet ställer fasta frågor om familjens situation, efter piloten i Västra Gästrikland.",
    how: "Regionens barnhälsovård och kommunernas socialtjänst tar fram en gemensam rutin.",
    followUp: "Andel besök där frågorna ställdes; familjer som tackat ja till stöd.",
    body: "utskott-barn-och-unga",
    indicators: ["skr-11", "skr-3"],
    pilotOf: "trygga-barn-bvc-vastra-gastrikland",
    updates: [[150, "on_track", 40, "Rutinen är beslutad; införande i Gävle under hösten."]],
  },
  {
    goal: 4,
    subGoal: subGoals[4]![0],
    title: "Förebilder på plats i fler idrottsklubbar",
    description: "Unga möter yrkesverksamma via idrottsklubbarna, i fler länsdelar.",
    how: "RF-SISU och kommunernas fritidsförvaltningar samordnar; näringslivet bidrar med förebilder.",
    followUp: "Antal träffar och deltagande unga.",
    body: "utskott-barn-och-unga",
    indicators: ["skr-7"],
    updates: [[165, "off_track", 10, "Ingen klubb i Hälsingland har anmält intresse; ny inbjudan till hösten."]],
  },
  {
    goal: 5,
    subGoal: subGoals[5]![0],
    title: "Budgetcafé på fler mötesplatser",
    description: "Råd om ekonomi och skulder på civilsamhällets mötesplatser, med kommunernas budget- och skuldrådgivare.",
    how: "Församlingar och föreningar upplåter lokal; kommunerna bemannar.",
    followUp: "Antal besökare; ärenden till budget- och skuldrådgivningen.",
    body: "utskott-vuxna",
    indicators: ["skr-11"],
  },
];

const vuxnaPlan: ActivitySeed[] = [
  {
    goal: 2,
    title: "Uppföljning av tidiga alkohol- och drogdebuter bland unga vuxna",
    description: "Utskottet följer andelen unga vuxna med insatser för missbruk, tillsammans med regionens beroendevård.",
    how: "Halvårsvis genomgång av statistik från kommunerna och regionen.",
    followUp: "Rapport till Länsledning Välfärd.",
    body: "utskott-vuxna",
    indicators: ["skr-12"],
  },
];

const yearStart = (year: number, days: number) => new Date(Date.UTC(year, 0, 1) + days * 86_400_000);

export async function seedPlans(tx: Tx, arenaIds: Map<string, string>): Promise<void> {
  const found = arenaIds.get("gavleborg");
  if (!found) return;
  const arenaId: string = found;
  const now = clock.now();
  const year = Number(isoDate(now).slice(0, 4));
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
  if (!lansledning || !vuxna || !coordinatorId) return;
  const [exists] = await tx
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.arenaId, arenaId), eq(plans.year, year), eq(plans.bodyId, lansledning)));
  if (exists) return;

  const goals = await tx.select().from(strategicGoals).where(eq(strategicGoals.arenaId, arenaId)).orderBy(asc(strategicGoals.number));
  const goalId = (n: number) => goals.find((g) => g.number === n)!.id;
  const indicatorRows = await tx.select({ id: indicators.id, key: indicators.key }).from(indicators).where(eq(indicators.arenaId, arenaId));
  const indicatorIds = (keys: string[]) =>
    keys.flatMap((k) => indicatorRows.filter((i) => i.key === k.replace(/^skr-(\d)$/, "skr-0$1")).map((i) => i.id));
  // Written early in the year, as the kansli would.
  const written = new Date(Math.min(now.getTime(), yearStart(year, 20).getTime()));

  async function plan(kind: "action_plan" | "activity_plan", bodyId: string, title: string, summary: string) {
    const [row] = await tx
      .insert(plans)
      .values({ arenaId, year, kind, bodyId, title, summary, createdBy: coordinatorId, createdAt: written, updatedAt: written })
      .returning();
    return row!;
  }

  async function activities(
    planId: string,
    list: ActivitySeed[],
    subGoalIds: Map<string, string>,
    extraOrigins = new Map<string, NewOrigin[]>(),
  ) {
    for (const a of list) {
      const origins: NewOrigin[] = [...(extraOrigins.get(a.title) ?? [])];
      if (a.pilotOf) {
        const [cycle] = await tx
          .select({ id: testCycles.id, ideaId: ideas.id })
          .from(testCycles)
          .innerJoin(ideas, eq(ideas.id, testCycles.ideaId))
          .where(and(eq(ideas.arenaId, arenaId), eq(ideas.clientKey, `seed:${a.pilotOf}`)))
          .orderBy(asc(testCycles.number))
          .limit(1);
        if (cycle)
          origins.push(
            { kind: "idea", targetId: cycle.ideaId, ideaId: cycle.ideaId },
            { kind: "cycle", targetId: cycle.id, ideaId: cycle.ideaId },
          );
      }
      const row = await insertActivity(tx, {
        arenaId,
        planId,
        goalId: goalId(a.goal),
        values: {
          title: a.title,
          description: a.description,
          how: a.how,
          followUpMethod: a.followUp,
          responsibleBodyId: body(a.body) ?? null,
          contactPersonId: memberId,
          subGoalId: a.subGoal ? (subGoalIds.get(a.subGoal) ?? null) : null,
          startsOn: `${year}-02-01`,
          endsOn: `${year}-12-15`,
        },
        indicatorIds: indicatorIds(a.indicators),
        origins,
        createdBy: coordinatorId,
        at: written,
      });
      await updates(row.id, a.updates ?? []);
    }
  }

  async function updates(activityId: string, list: NonNullable<ActivitySeed["updates"]>) {
    // Only the updates whose day has come: a seed early in the year has none yet.
    const due = list.filter(([days]) => yearStart(year, days) <= now);
    for (const [days, status, progress, comment] of due)
      await tx.insert(activityUpdates).values({
        activityId,
        reportedOn: isoDate(yearStart(year, days)),
        status,
        progress,
        comment,
        authorId: memberId,
        createdAt: yearStart(year, days),
      });
    const latest = due[due.length - 1];
    if (latest) await tx.update(planActivities).set({ status: latest[1], progress: latest[2] }).where(eq(planActivities.id, activityId));
  }

  // Länsledning Välfärd's action plan, adopted at its meeting (seed-meetings) through its adoption matter.
  const action = await plan(
    "action_plan",
    lansledning,
    `Handlingsplan Välfärd ${year}`,
    "Årets aktiviteter under Välfärdsstrategins fem mål, med delmål och indikatorer för uppföljning.",
  );
  const subGoalIds = new Map<string, string>();
  let sort = 0;
  for (const [n, titles] of Object.entries(subGoals))
    for (const title of titles) {
      const [s] = await tx
        .insert(planSubGoals)
        .values({ planId: action.id, goalId: goalId(Number(n)), title, sort: ++sort, createdAt: written })
        .returning();
      subGoalIds.set(title, s!.id);
    }
  await activities(action.id, actionPlan, subGoalIds);
  const placed = await adoptionMatterFor(tx, action, coordinatorId, written);
  // Länsledning met early in the year (or two days ago, when the year is younger than that) and adopted the plan.
  const metAt = new Date(Math.min(now.getTime() - 2 * 86_400_000, yearStart(year, 35).getTime()));
  metAt.setUTCHours(9, 0, 0, 0);
  const [meeting] = await tx
    .insert(meetings)
    .values({
      arenaId,
      bodyId: lansledning,
      startsAt: metAt,
      place: "Regionhuset, Gävle",
      noticeSentAt: written,
      noticeSentBy: coordinatorId,
      minutesPublishedAt: metAt,
      minutesPublishedBy: coordinatorId,
      createdBy: coordinatorId,
      createdAt: written,
      version: 4,
    })
    .returning();
  const [matter] = await tx.select().from(matters).where(eq(matters.id, placed.adoptionMatterId!));
  const day = meetingDay(meeting!);
  const onAgenda = await moveMatter(tx, matter!, "on_agenda", { actorId: coordinatorId, bodyId: lansledning, date: day, at: written });
  const [item] = await tx
    .insert(agendaItems)
    .values({
      meetingId: meeting!.id,
      position: 1,
      matterId: matter!.id,
      minutes: "Kansliet föredrog handlingsplanen. Länsledningen beslutade enligt förslaget.",
    })
    .returning();
  await writeDecision(tx, onAgenda, {
    outcome: "approved",
    text: `Länsledning Välfärd antar Handlingsplan Välfärd ${year}.`,
    decidedOn: day,
    recordedBy: memberId,
    onBehalfOfBody: false,
    item: { id: item!.id, meetingId: meeting!.id },
    assignments: [],
    at: metAt,
  });

  // Utskott vuxna's activity plan: adopted by the committee (recorded by the kansli on its behalf), reported back to Länsledning.
  const vuxnaRow = await plan(
    "activity_plan",
    vuxna,
    `Aktivitetsplan Utskott vuxna ${year}`,
    "Utskottets aktiviteter för vuxna, som återrapporteras till Länsledning Välfärd.",
  );
  const sipOrigins = new Map<string, NewOrigin[]>();
  const [sip] = await tx
    .select({ decisionId: matterDecisions.id, matterId: matters.id, text: matterDecisions.text })
    .from(matterDecisions)
    .innerJoin(matters, eq(matters.id, matterDecisions.matterId))
    .where(and(eq(matters.arenaId, arenaId), eq(matters.title, SIP_MATTER), eq(matterDecisions.outcome, "approved")));
  const list = [...vuxnaPlan];
  if (sip) {
    const links = await tx.select().from(matterLinks).where(eq(matterLinks.matterId, sip.matterId));
    sipOrigins.set(SIP_MATTER, [
      { kind: "decision", targetId: sip.decisionId, ideaId: null },
      { kind: "matter", targetId: sip.matterId, ideaId: null },
      ...links.flatMap((l) =>
        l.kind === "cycle" || l.kind === "idea" ? [{ kind: l.kind as ActivityOriginKind, targetId: l.targetId, ideaId: l.ideaId }] : [],
      ),
      ...links.flatMap((l) => (l.kind === "cycle" && l.ideaId ? [{ kind: "idea" as const, targetId: l.ideaId, ideaId: l.ideaId }] : [])),
    ]);
    list.unshift({
      goal: 2,
      title: SIP_MATTER,
      description: sip.text,
      how: "Varje kommun utser en samordnare för lotsarna; föreningarna utbildar nya lotsar med stöd av regionen.",
      followUp: "Andel familjer som känner sig delaktiga i sin SIP; dagar från begäran till SIP-möte.",
      body: "utskott-vuxna",
      indicators: ["skr-18", "skr-19"],
      updates: [[160, "on_track", 45, "Sex av tio kommuner har utsett samordnare."]],
    });
  }
  await activities(vuxnaRow.id, list, new Map(), sipOrigins);
  const vuxnaPlaced = await adoptionMatterFor(tx, vuxnaRow, coordinatorId, written);
  const [vuxnaMatter] = await tx.select().from(matters).where(eq(matters.id, vuxnaPlaced.adoptionMatterId!));
  const decidedOn = isoDate(new Date(Math.min(now.getTime(), yearStart(year, 30).getTime())));
  const onItsAgenda = await moveMatter(tx, vuxnaMatter!, "on_agenda", {
    actorId: coordinatorId,
    bodyId: vuxna,
    date: decidedOn,
    at: written,
  });
  await writeDecision(tx, onItsAgenda, {
    outcome: "approved",
    text: `Utskott vuxna antar sin aktivitetsplan för ${year} och återrapporterar den till Länsledning Välfärd.`,
    decidedOn,
    recordedBy: coordinatorId,
    onBehalfOfBody: true,
    item: null,
    assignments: [],
    at: written,
  });
}

type NewOrigin = { kind: ActivityOriginKind; targetId: string; ideaId: string | null };
