import { eq } from "drizzle-orm";
import type { Tx } from "../db/index.js";
import { bodies } from "../modules/partnership/partnership.tables.js";
import { wheelMilestones } from "../modules/plans/wheel.tables.js";
import type { WheelAudience } from "../modules/plans/wheel.vocabulary.js";

interface SeedMilestone {
  month: number;
  day?: number;
  body?: string;
  sv: string;
  en: string;
  audience: WheelAudience;
  days: number;
  about?: string;
}

/**
 * Gävleborg's annual wheel from the seeds: 000 (action plans with indicators placed in an annual
 * wheel), 001 (yearly action plans) and 004 (each utskott's activity plan decided, followed up and
 * reported back to Länsledning Välfärd; the agreement revised yearly; meeting costs shared yearly;
 * Fridays set aside for collaboration). The budget day and its analysis are the arena's own.
 */
const GAVLEBORG: SeedMilestone[] = [
  {
    month: 1,
    body: "samverkanskansli",
    sv: "Samverkansfredagar bokas in i vårens planering",
    en: "Collaboration Fridays booked into the spring's planning",
    audience: "kansli",
    days: 10,
    about: "Parterna avsätter fredagar för samverkan i årsplaneringen (överenskommelsen).",
  },
  {
    month: 2,
    body: "utskott-barn-och-unga",
    sv: "Utskott barn och unga beslutar årets aktivitetsplan",
    en: "The children and youth committee decides the year's activity plan",
    audience: "body_members",
    days: 10,
  },
  {
    month: 2,
    body: "utskott-vuxna",
    sv: "Utskott vuxna beslutar årets aktivitetsplan",
    en: "The adults committee decides the year's activity plan",
    audience: "body_members",
    days: 10,
  },
  {
    month: 2,
    body: "utskott-psykisk-halsa",
    sv: "Utskott psykisk hälsa beslutar årets aktivitetsplan",
    en: "The mental health committee decides the year's activity plan",
    audience: "body_members",
    days: 10,
  },
  {
    month: 3,
    day: 13,
    body: "lansledning-valfard",
    sv: "Länsledning Välfärd antar årets handlingsplan",
    en: "Länsledning Välfärd adopts the year's action plan",
    audience: "body_members",
    days: 10,
    about: "Delmål, aktiviteter och indikatorer under strategins mål.",
  },
  {
    month: 4,
    body: "samverkanskansli",
    sv: "Analys inför budgetdagen: indikatorer och nuläge",
    en: "Analysis before the budget day: indicators and the current situation",
    audience: "kansli",
    days: 15,
  },
  {
    month: 5,
    day: 15,
    body: "lansledning-valfard",
    sv: "Budgetdagen: gemensamma prioriteringar inför nästa år",
    en: "Budget day: shared priorities for next year",
    audience: "body_members",
    days: 10,
  },
  {
    month: 6,
    day: 12,
    body: "lansledning-valfard",
    sv: "Utskotten återrapporterar halvårsuppföljningen till Länsledning Välfärd",
    en: "The committees report the half-year follow-up back to Länsledning Välfärd",
    audience: "kansli",
    days: 10,
  },
  {
    month: 8,
    body: "samverkanskansli",
    sv: "Samverkansfredagar bokas in i höstens planering",
    en: "Collaboration Fridays booked into the autumn's planning",
    audience: "kansli",
    days: 10,
  },
  {
    month: 9,
    body: "samverkanskansli",
    sv: "Mötesomkostnader fördelas mellan regionen och kommunerna",
    en: "Meeting costs shared between the region and the municipalities",
    audience: "kansli",
    days: 5,
  },
  {
    month: 10,
    day: 16,
    body: "lansledning-valfard",
    sv: "Årlig revidering och uppföljning av överenskommelsen",
    en: "Yearly revision and follow-up of the agreement",
    audience: "body_members",
    days: 15,
  },
  {
    month: 11,
    body: "beredningsorgan",
    sv: "Beredning av nästa års handlingsplan och fördelningsnyckel",
    en: "Preparing next year's action plan and distribution key",
    audience: "body_members",
    days: 10,
  },
  {
    month: 12,
    day: 11,
    body: "lansledning-valfard",
    sv: "Utskotten återrapporterar årets aktivitetsplaner; uppföljningsrapporten",
    en: "The committees report the year's activity plans back; the follow-up report",
    audience: "kansli",
    days: 15,
  },
];

/** Idempotent: an arena that has a wheel keeps it. */
export async function seedWheel(tx: Tx, arenaIds: Map<string, string>): Promise<void> {
  const arenaId = arenaIds.get("gavleborg");
  if (!arenaId) return;
  const [existing] = await tx.select({ id: wheelMilestones.id }).from(wheelMilestones).where(eq(wheelMilestones.arenaId, arenaId)).limit(1);
  if (existing) return;
  const bodyRows = await tx.select({ id: bodies.id, key: bodies.key }).from(bodies).where(eq(bodies.arenaId, arenaId));
  await tx.insert(wheelMilestones).values(
    GAVLEBORG.map((m) => ({
      arenaId,
      month: m.month,
      day: m.day ?? null,
      bodyId: bodyRows.find((b) => b.key === m.body)?.id ?? null,
      titleSv: m.sv,
      titleEn: m.en,
      descriptionSv: m.about ?? "",
      audience: m.audience,
      remindWorkingDays: m.days,
    })),
  );
}
