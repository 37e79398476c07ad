import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Database } from "../../db/index.js";
import { toGlobalId } from "../../graphql/relay.js";
import { type CsvCell, toCsv } from "../../shared/csv.js";
import { ideaPlaces, ideaGoals, ideas } from "../ideas/ideas.tables.js";
import { indicatorSeries, indicatorValues, indicators } from "../indicators/indicators.tables.js";
import { learnings } from "../learning/learning.tables.js";
import { matterDecisions, matters, meetings } from "../matters/matters.tables.js";
import { arenas, bodies, countyParts, organisations } from "../partnership/partnership.tables.js";
import { strategicGoals } from "../strategy/strategy.tables.js";
import { publishedIdea } from "./places.service.js";

/**
 * The open data (issue 15): what the public may already read, in files a researcher can load.
 * No personal data: no bearer, author, recorder or contact, no free-text organisation a bearer
 * typed (it may be a person's name), no internal field (visibility, consent, promises, notes).
 */

export type Cell = CsvCell;
export interface Table {
  file: string;
  /** Column name and what it holds, for the README. */
  columns: readonly (readonly [string, string])[];
  rows: Cell[][];
}

export const LICENCE_LINE =
  "Licens: Creative Commons Erkännande 4.0 Internationell (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/deed.sv. Ange källa: Arena – regional arena för sociala innovationer.";

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The arenas a download covers: one by slug, or all. Null: no such arena. */
export async function arenasOf(db: Database, slug: string | null) {
  const rows = await db
    .select({ id: arenas.id, slug: arenas.slug })
    .from(arenas)
    .where(slug ? eq(arenas.slug, slug) : undefined)
    .orderBy(asc(arenas.slug));
  return rows.length === 0 ? null : rows;
}

async function ideasTable(db: Database, arenaIds: string[]): Promise<Table> {
  const rows = await db
    .select({
      id: ideas.id,
      arena: arenas.slug,
      title: ideas.title,
      summary: ideas.summary,
      need: ideas.need,
      targetGroup: ideas.targetGroup,
      solution: ideas.solution,
      expectedBenefit: ideas.expectedBenefit,
      stage: ideas.stage,
      sector: ideas.sector,
      submittedAt: ideas.submittedAt,
      municipalities: sql<string>`coalesce((select string_agg(o.key, ';' order by o.key) from ${ideaPlaces} p inner join ${organisations} o on o.id = p.organisation_id where p.idea_id = ${ideas.id}), '')`,
      countyParts: sql<string>`coalesce((select string_agg(c.key, ';' order by c.key) from ${ideaPlaces} p inner join ${countyParts} c on c.id = p.county_part_id where p.idea_id = ${ideas.id}), '')`,
      goals: sql<string>`coalesce((select string_agg(g.number::text, ';' order by g.number) from ${ideaGoals} ig inner join ${strategicGoals} g on g.id = ig.goal_id where ig.idea_id = ${ideas.id}), '')`,
    })
    .from(ideas)
    .innerJoin(arenas, eq(arenas.id, ideas.arenaId))
    .where(and(inArray(ideas.arenaId, arenaIds), publishedIdea()))
    .orderBy(asc(arenas.slug), asc(ideas.submittedAt), asc(ideas.id));
  return {
    file: "ideas",
    columns: [
      ["id", "The idea's id in Arena's API (node(id: ...))."],
      ["arena", "The arena's slug."],
      ["title", "Title."],
      ["summary", "Summary."],
      ["need", "The need: what problem, for whom."],
      ["target_group", "Target group."],
      ["solution", "The proposed solution."],
      ["expected_benefit", "Expected benefit."],
      ["stage", "Where the idea is in the innovation loop: submitted, guidance, development, testing, scaling, adopted, closed …"],
      ["bearer_sector", "The sector the bearer comes from: civil_society, public, business, academia."],
      ["submitted_on", "Date submitted (YYYY-MM-DD)."],
      ["municipalities", "Keys of the municipalities it is located in, separated by ';'."],
      ["county_parts", "Keys of the county parts it is located in, separated by ';'."],
      ["strategic_goals", "Numbers of the arena's strategic goals it serves, separated by ';'."],
    ],
    rows: rows.map((r) => [
      toGlobalId("Idea", r.id),
      r.arena,
      r.title,
      r.summary,
      r.need,
      r.targetGroup,
      r.solution,
      r.expectedBenefit,
      r.stage,
      r.sector,
      day(r.submittedAt),
      r.municipalities,
      r.countyParts,
      r.goals,
    ]),
  };
}

async function learningsTable(db: Database, arenaIds: string[]): Promise<Table> {
  const rows = await db
    .select({
      id: learnings.id,
      arena: arenas.slug,
      ideaId: learnings.ideaId,
      ideaPublished: sql<boolean>`exists (select 1 from ${ideas} where ${ideas.id} = ${learnings.ideaId} and ${publishedIdea()})`,
      outcome: learnings.outcome,
      title: learnings.title,
      body: learnings.body,
      targetGroup: learnings.targetGroup,
      publishedAt: learnings.publishedAt,
    })
    .from(learnings)
    .innerJoin(arenas, eq(arenas.id, learnings.arenaId))
    .where(and(inArray(learnings.arenaId, arenaIds), isNotNull(learnings.publishedAt)))
    .orderBy(asc(arenas.slug), asc(learnings.publishedAt), asc(learnings.id));
  return {
    file: "learnings",
    columns: [
      ["id", "The learning's id in Arena's API."],
      ["arena", "The arena's slug."],
      ["idea_id", "The idea it came from, when that idea is published; else empty."],
      ["outcome", "The test cycle's decision: retest, pivot, advance or stop."],
      ["title", "Title."],
      ["body", "What was learnt."],
      ["target_group", "Target group."],
      ["published_on", "Date published (YYYY-MM-DD)."],
    ],
    rows: rows.map((r) => [
      toGlobalId("Learning", r.id),
      r.arena,
      r.ideaPublished ? toGlobalId("Idea", r.ideaId) : "",
      r.outcome,
      r.title,
      r.body,
      r.targetGroup,
      day(r.publishedAt),
    ]),
  };
}

async function decisionsTable(db: Database, arenaIds: string[]): Promise<Table> {
  const rows = await db
    .select({
      id: matterDecisions.id,
      arena: arenas.slug,
      matterNumber: matters.number,
      matterKind: matters.kind,
      matterTitle: matters.title,
      body: bodies.name,
      outcome: matterDecisions.outcome,
      text: matterDecisions.text,
      decidedOn: matterDecisions.decidedOn,
    })
    .from(matterDecisions)
    .innerJoin(matters, eq(matters.id, matterDecisions.matterId))
    .innerJoin(arenas, eq(arenas.id, matters.arenaId))
    .innerJoin(bodies, eq(bodies.id, matterDecisions.bodyId))
    .leftJoin(meetings, eq(meetings.id, matterDecisions.meetingId))
    // Public once its meeting's minutes are published, or at once when taken without a meeting (as matters.read says).
    .where(
      and(inArray(matters.arenaId, arenaIds), sql`(${matterDecisions.meetingId} is null or ${meetings.minutesPublishedAt} is not null)`),
    )
    .orderBy(asc(arenas.slug), asc(matterDecisions.decidedOn), asc(matterDecisions.id));
  return {
    file: "decisions",
    columns: [
      ["id", "The decision's id in Arena's API."],
      ["arena", "The arena's slug."],
      ["matter_number", "The matter's number within the arena (ärende 12)."],
      ["matter_kind", "The kind of matter."],
      ["matter_title", "The matter's title."],
      ["body", "The body that decided."],
      ["outcome", "approved, rejected, returned or tabled."],
      ["text", "The decision as recorded."],
      ["decided_on", "Date decided (YYYY-MM-DD)."],
    ],
    rows: rows.map((r) => [
      toGlobalId("MatterDecision", r.id),
      r.arena,
      r.matterNumber,
      r.matterKind,
      r.matterTitle,
      r.body,
      r.outcome,
      r.text,
      r.decidedOn,
    ]),
  };
}

/** The indicators' values: aggregates per area and year, never about a person. */
async function indicatorValuesTable(db: Database, arenaIds: string[]): Promise<Table> {
  const rows = await db
    .select({
      arena: arenas.slug,
      key: indicators.key,
      title: indicators.titleSv,
      series: indicatorSeries.name,
      areaCode: indicatorValues.areaCode,
      period: indicatorValues.period,
      breakdown: indicatorValues.breakdown,
      breakdownLabel: indicatorValues.breakdownLabel,
      value: indicatorValues.value,
      n: indicatorValues.n,
    })
    .from(indicatorValues)
    .innerJoin(indicatorSeries, eq(indicatorSeries.id, indicatorValues.seriesId))
    .innerJoin(indicators, eq(indicators.id, indicatorSeries.indicatorId))
    .innerJoin(arenas, eq(arenas.id, indicators.arenaId))
    .where(inArray(indicators.arenaId, arenaIds))
    .orderBy(
      asc(arenas.slug),
      asc(indicators.key),
      asc(indicatorSeries.createdAt),
      asc(indicatorSeries.id),
      asc(indicatorValues.areaCode),
      asc(indicatorValues.period),
      asc(indicatorValues.breakdown),
      asc(indicatorValues.breakdownLabel),
    );
  return {
    file: "indicator_values",
    columns: [
      ["arena", "The arena's slug."],
      ["indicator_key", "The indicator's key within the arena (skr-03 is SKR's indicator 3)."],
      ["indicator_title", "The indicator's title (Swedish)."],
      ["series", "The series the value belongs to (its source), e.g. Kolada N15419."],
      ["area_code", "SCB's code: the county's two digits, a municipality's four, or a RegSO code."],
      ["period", "The year."],
      ["breakdown", "total, women, men, age or other."],
      ["breakdown_label", "The age band or group for age and other; empty otherwise."],
      ["value", "The value, in the indicator's unit."],
      ["n", "How many the value rests on, where known; else empty."],
    ],
    rows: rows.map((r) => [r.arena, r.key, r.title, r.series, r.areaCode, r.period, r.breakdown, r.breakdownLabel, r.value, r.n]),
  };
}

/** Every table of the download, in a fixed order. */
export async function openDataTables(db: Database, arenaIds: string[]): Promise<Table[]> {
  return [
    await ideasTable(db, arenaIds),
    await learningsTable(db, arenaIds),
    await decisionsTable(db, arenaIds),
    await indicatorValuesTable(db, arenaIds),
  ];
}

export function tableCsv(t: Table): string {
  return toCsv(
    t.columns.map(([c]) => c),
    t.rows,
  );
}

export function toJson(tables: Table[], asOf: Date | null): string {
  const data: Record<string, unknown> = {
    licence: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    asOf: iso(asOf),
  };
  for (const t of tables) data[t.file] = t.rows.map((r) => Object.fromEntries(t.columns.map(([c], i) => [c, r[i] ?? null])));
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function readme(tables: Table[], scope: string, asOf: Date | null): string {
  const parts = [
    `# Arena – öppna data (${scope})`,
    "",
    LICENCE_LINE,
    "",
    `Data as of ${iso(asOf) ?? "the start"} (the latest change recorded in Arena that the files include).`,
    "Published ideas, published learnings, public decisions and the indicators' values, as CSV (UTF-8, comma-separated, RFC 4180) and all of them in data.json.",
    "No personal data: no names or email addresses of bearers, authors or contacts.",
    "",
  ];
  for (const t of tables) {
    parts.push(`## ${t.file}.csv (${t.rows.length} rows)`, "", "| column | meaning |", "|---|---|");
    for (const [c, what] of t.columns) parts.push(`| ${c} | ${what} |`);
    parts.push("");
  }
  return parts.join("\n");
}
