// `npm run bench:dataset`: loads a national-size dataset into the PostgreSQL of DATABASE_URL,
// through the app's own migrations and seed: 21 arenas, 100,000 ideas with varied Swedish
// texts, about 1,000,000 events, 130,000 comments, 32,000 test cycles with measures,
// learnings, bearers and followers. Deterministic (seeded), bulk SQL; a few minutes on 2 cores.
// Refuses a database that already holds ideas beyond the demo seed.
import "reflect-metadata";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { openDatabase } from "../../server/db/index.js";
import { gavleborg } from "../../server/seed/data/gavleborg.js";
import { seed, seedArena } from "../../server/seed/seed.js";
import { rebuildStageStays } from "../../server/modules/insight/insight.stays.js";
import { GROUPS, THINGS } from "./words.js";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("bench:dataset needs DATABASE_URL (a PostgreSQL database it may fill).");
  process.exit(1);
}
const IDEAS = Number(process.env.DATASET_IDEAS ?? 100_000);
const USERS = Math.round(IDEAS * 0.3);

const t0 = performance.now();
const step = (what: string) => console.log(`${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${what}`);

// mulberry32: a small seeded generator, so two runs load the same data.
let state = 0x5eed;
function rand() {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const COUNTIES = [
  ["stockholm", "Stockholm"],
  ["uppsala", "Uppsala"],
  ["sodermanland", "Södermanland"],
  ["ostergotland", "Östergötland"],
  ["jonkoping", "Jönköping"],
  ["kronoberg", "Kronoberg"],
  ["kalmar", "Kalmar"],
  ["gotland", "Gotland"],
  ["blekinge", "Blekinge"],
  ["skane", "Skåne"],
  ["halland", "Halland"],
  ["vastra-gotaland", "Västra Götaland"],
  ["varmland", "Värmland"],
  ["orebro", "Örebro"],
  ["vastmanland", "Västmanland"],
  ["vasternorrland", "Västernorrland"],
  ["jamtland", "Jämtland"],
  ["vasterbotten", "Västerbotten"],
  ["norrbotten", "Norrbotten"],
] as const;

// Vocabulary for texts that full-text search can tell apart: inflected Swedish nouns, places, groups.
const ADJECTIVES = [
  "digital",
  "digitala",
  "lokal",
  "lokala",
  "mobil",
  "mobila",
  "gemensam",
  "gemensamma",
  "trygg",
  "trygga",
  "hållbar",
  "hållbara",
  "öppen",
  "öppna",
  "kostnadsfri",
  "flerspråkig",
  "generationsöverskridande",
  "rörlig",
  "förebyggande",
];
const PLACES = [
  "Sandviken",
  "Hudiksvall",
  "Bollnäs",
  "Söderhamn",
  "Ljusdal",
  "Ockelbo",
  "Hofors",
  "Ovanåker",
  "Nordanstig",
  "Gävle",
  "Falun",
  "Borlänge",
  "Mora",
  "Ludvika",
  "Avesta",
  "Rättvik",
  "Leksand",
  "Orsa",
  "Älvdalen",
  "Malung",
  "Sälen",
  "Kiruna",
  "Luleå",
  "Umeå",
  "Östersund",
  "Sundsvall",
  "Karlstad",
  "Örebro",
  "Västerås",
  "Uppsala",
  "Visby",
  "Kalmar",
  "Växjö",
];
const PROBLEMS = [
  "ensamhet och isolering ökar",
  "många saknar kontakt med vården",
  "väntetiderna är långa",
  "det finns få mötesplatser",
  "bussarna går sällan",
  "skolresultaten sjunker",
  "fler behöver stöd i vardagen",
  "digitala tjänster är svåra att använda",
  "anhöriga blir utmattade",
  "unga saknar sommarjobb",
  "maten slängs i onödan",
  "energikostnaderna stiger",
  "föreningslivet tappar medlemmar",
  "tryggheten i området upplevs som låg",
  "hälsan skiljer sig mellan grupper",
];
const ACTIONS = ["erbjuda", "samordna", "testa", "utveckla", "starta", "bygga upp", "sprida", "förbättra", "organisera", "pröva"];
const BENEFITS = [
  "minskad ensamhet",
  "bättre hälsa",
  "ökad trygghet",
  "fler i arbete",
  "bättre skolresultat",
  "lägre kostnader",
  "mindre matsvinn",
  "starkare gemenskap",
  "kortare väntetider",
  "ökad delaktighet",
  "minskade utsläpp",
];

// Most sentences talk about the problem and the benefit; few name a thing, as real texts do, so
// that a word like "hembesök" is found in a few percent of the ideas and "äldre" in many.
const sentence = () =>
  rand() < 0.25
    ? `${cap(pick(ACTIONS))} ${pick(ADJECTIVES)} ${pick(THINGS)} för ${pick(GROUPS)} i ${pick(PLACES)}, eftersom ${pick(PROBLEMS)}.`
    : rand() < 0.5
      ? `I ${pick(PLACES)} märker vi att ${pick(PROBLEMS)}, särskilt bland ${pick(GROUPS)}.`
      : `Målet är ${pick(BENEFITS)} och ${pick(BENEFITS)} för ${pick(GROUPS)}.`;
const paragraph = (n: number) => Array.from({ length: n }, sentence).join(" ");

const STAGES: [string, number][] = [
  ["draft", 5],
  ["submitted", 10],
  ["needs_info", 4],
  ["guidance", 14],
  ["referred", 3],
  ["declined", 8],
  ["merged", 1],
  ["development", 14],
  ["testing", 9],
  ["scaling", 4],
  ["adopted", 3],
  ["closed", 12],
  ["parked", 6],
  ["withdrawn", 7],
];
const STAGE_TOTAL = STAGES.reduce((s, [, w]) => s + w, 0);
function stage() {
  let x = rand() * STAGE_TOTAL;
  for (const [s, w] of STAGES) if ((x -= w) < 0) return s;
  return "guidance";
}
const SECTORS = ["civil_society", "public", "business", "academia"];

// The app's own schema: migrations, the real seed (two arenas, demo accounts and ideas), then 19 more arenas.
const database = await openDatabase({ url, poolSize: 4 });
await database.migrate();
const sql = postgres(url, { max: 4, onnotice: () => {} });
const [counted] = await sql<{ n: number }[]>`select count(*)::int as n from ideas`;
const existing = counted!.n;
if (existing > 1000) {
  console.error(`The database already holds ${existing} ideas; use an empty one.`);
  process.exit(1);
}
await seed(database.db, { ideas: true });
await database.db.transaction(async (tx) => {
  for (const [slug, name] of COUNTIES)
    await seedArena(tx, {
      ...gavleborg,
      slug,
      name: { sv: `Innovationsarena ${name}`, en: `Innovation Arena ${name}` },
      region: `Region ${name}`,
    });
});
await database.close();
step("migrated and seeded 21 arenas");

const arenas = await sql<{ id: string; slug: string }[]>`select id, slug from arenas order by slug`;
const orgs = await sql<{ id: string; arena_id: string }[]>`select id, arena_id from organisations where kind = 'municipality'`;
const goals = await sql<{ id: string; arena_id: string }[]>`select id, arena_id from strategic_goals`;
const byArena = <T extends { arena_id: string }>(rows: T[]) => {
  const m = new Map<string, string[]>();
  for (const r of rows) m.set(r.arena_id, [...(m.get(r.arena_id) ?? []), (r as unknown as { id: string }).id]);
  return m;
};
const orgsOf = byArena(orgs);
const goalsOf = byArena(goals);
const [someone] = await sql<{ hash: string }[]>`select password_hash as hash from users limit 1`;
const hash = someone!.hash;

// Bearers and followers: people who never sign in during the bench, sharing one stored hash.
await sql`insert into users (email, name, password_hash, organisation, sector)
  select 'person' || g || '@dataset.example', 'Person ' || g, ${hash}, 'Förening ' || (g % 500),
    (array['civil_society','public','business','academia'])[1 + g % 4]
  from generate_series(1, ${USERS}) g`;
const userIds = (await sql<{ id: string }[]>`select id from users where email like '%@dataset.example' order by email`).map((r) => r.id);
step(`${userIds.length} people`);

const DAY = 86_400_000;
const now = Date.now();
const BATCH = 1000;
for (let start = 0; start < IDEAS; start += BATCH) {
  const rows = [];
  const places = [];
  const ideaGoals = [];
  for (let i = start; i < Math.min(IDEAS, start + BATCH); i++) {
    const arena = arenas[i % arenas.length]!;
    const s = stage();
    const created = new Date(now - Math.floor(rand() * 3 * 365 * DAY));
    const submitted = s === "draft" ? null : new Date(created.getTime() + Math.floor(rand() * 5 * DAY));
    const id = crypto.randomUUID();
    const v = rand();
    rows.push({
      id,
      arena_id: arena.id,
      bearer_id: pick(userIds),
      client_key: `dataset-${i}`,
      stage: s,
      version: 1 + Math.floor(rand() * 6),
      title: `${cap(pick(ADJECTIVES))} ${pick(THINGS)} för ${pick(GROUPS)} i ${pick(PLACES)}`,
      summary: paragraph(2),
      need: paragraph(3),
      target_group: `${cap(pick(GROUPS))} och ${pick(GROUPS)}`,
      solution: paragraph(3),
      expected_benefit: `${cap(pick(BENEFITS))} och ${pick(BENEFITS)}.`,
      tried_before: rand() < 0.3 ? paragraph(1) : "",
      organisation_name: `Förening ${Math.floor(rand() * 500)}`,
      sector: pick(SECTORS),
      visibility: v < 0.8 ? "public" : v < 0.95 ? "partnership" : "guidance",
      consent_to_contact: rand() < 0.5,
      public_notice_accepted_at: submitted,
      submitted_at: submitted,
      hear_back_by: submitted && new Date(submitted.getTime() + 7 * DAY),
      decision_due_by: submitted && new Date(submitted.getTime() + 21 * DAY),
      acknowledged_at: submitted && s !== "submitted" ? new Date(submitted.getTime() + DAY) : null,
      triaged_at: submitted && !["submitted", "needs_info"].includes(s) ? new Date(submitted.getTime() + 10 * DAY) : null,
      created_at: created,
      updated_at: new Date(Math.min(now, created.getTime() + Math.floor(rand() * 60 * DAY))),
    });
    const o = orgsOf.get(arena.id);
    if (o) places.push({ idea_id: id, organisation_id: pick(o) });
    const g = goalsOf.get(arena.id);
    if (g) {
      const a = pick(g);
      const b = pick(g);
      ideaGoals.push({ idea_id: id, goal_id: a });
      if (b !== a) ideaGoals.push({ idea_id: id, goal_id: b });
    }
  }
  await sql`insert into ideas ${sql(rows)}`;
  if (places.length > 0) await sql`insert into idea_places ${sql(places)}`;
  if (ideaGoals.length > 0) await sql`insert into idea_goals ${sql(ideaGoals)}`;
  if ((start / BATCH) % 20 === 19) step(`${Math.min(IDEAS, start + BATCH)} ideas`);
}

const ideasOnly = sql`select * from ideas where client_key like 'dataset-%'`;
const people = sql`select id, row_number() over (order by email) as rn from users where email like '%@dataset.example'`;
// A timeline of ten events per idea: created, submitted, the moves of stage that led to where the
// idea stands (so the dashboard's funnel and time in stage have a history to read), then edits.
const PATHS = sql`case i.stage
    when 'needs_info' then array['needs_info'] when 'guidance' then array['guidance']
    when 'referred' then array['referred'] when 'declined' then array['declined'] when 'merged' then array['merged']
    when 'development' then array['guidance', 'development'] when 'testing' then array['guidance', 'testing']
    when 'scaling' then array['guidance', 'testing', 'scaling'] when 'adopted' then array['guidance', 'testing', 'scaling', 'adopted']
    when 'closed' then array['guidance', 'testing', 'closed'] when 'parked' then array['guidance', 'parked']
    when 'withdrawn' then array['withdrawn'] else array[]::text[] end`;
await sql`insert into events (arena_id, actor_id, subject_type, subject_id, kind, data, created_at)
  select i.arena_id, i.bearer_id, 'Idea', i.id,
    case when g = 1 then 'idea.created' when g = 2 and i.submitted_at is not null then 'idea.submitted'
         when g between 3 and 2 + cardinality(p.path) then 'idea.stage_changed' else 'idea.updated' end,
    case when g = 1 then '{"toStage":"draft"}'::jsonb
         when g = 2 and i.submitted_at is not null then '{"fromStage":"draft","toStage":"submitted","version":2}'::jsonb
         when g between 3 and 2 + cardinality(p.path) then
           jsonb_build_object('fromStage', coalesce(p.path[g - 3], 'submitted'), 'toStage', p.path[g - 2])
         else jsonb_build_object('changed', jsonb_build_array('summary'), 'version', g) end,
    case when g = 2 and i.submitted_at is not null then i.submitted_at
         when g between 3 and 2 + cardinality(p.path) then
           least(now(), i.submitted_at + ((g - 2) * 20 + abs(hashtext(i.id::text || g)) % 15) * interval '1 day')
         else i.created_at + (g - 1) * interval '2 days' end
  from (${ideasOnly}) i cross join lateral (select case when i.submitted_at is null then array[]::text[] else ${PATHS} end as path) p
  cross join generate_series(1, 10) g`;
step("events");

// Comments: 0 to 2 per idea, some answered, on public ideas past draft.
await sql`insert into comments (idea_id, thread, author_id, body, created_at)
  select i.id, case when g = 3 then 'internal' else 'public' end,
    p.id,
    'Bra idé! Har ni tänkt på ' || i.target_group || '? ' || i.expected_benefit,
    i.submitted_at + g * interval '3 days'
  from (${ideasOnly}) i cross join generate_series(1, 3) g
  join (${people}) p on p.rn = 1 + abs(hashtext(i.id::text || g)) % ${USERS}
  where i.submitted_at is not null and abs(hashtext(i.id::text || 'c' || g)) % 100 < 48`;
step("comments");

// Followers: about two per public idea.
await sql`insert into follows (user_id, idea_id, created_at)
  select p.id, i.id, i.submitted_at + interval '1 day'
  from (${ideasOnly}) i cross join generate_series(1, 2) g
  join (${people}) p on p.rn = 1 + abs(hashtext(i.id::text || 'f' || g)) % ${USERS}
  where i.submitted_at is not null and i.visibility = 'public'
  on conflict do nothing`;
step("followers");

// Test cycles of ideas in testing, scaling or adopted: one to four each; all but the last decided.
await sql`insert into test_cycles (idea_id, number, status, hypothesis, aim, site, host_organisation, target_group,
    planned_participants, starts_on, ends_on, started_at, participants_reached, observations, studied_at, decision,
    decision_rationale, learnings, decided_at, created_at, updated_at)
  select i.id, n,
    case when n < k or i.stage <> 'testing' then 'decided' else 'running' end,
    'Om vi ' || lower(i.title) || ' så minskar behovet.', i.expected_benefit, 'Kommunhuset', i.organisation_name, i.target_group,
    20 + n * 5, (i.submitted_at + n * interval '90 days')::date, (i.submitted_at + n * interval '90 days' + interval '60 days')::date,
    i.submitted_at + n * interval '90 days', 15 + n * 4, 'Deltagarna uppskattade ' || lower(i.title) || '.',
    case when n < k or i.stage <> 'testing' then i.submitted_at + n * interval '90 days' + interval '60 days' end,
    case when n < k then 'retest' when i.stage = 'testing' then null else 'advance' end,
    'Resultaten motiverar beslutet.', 'Vi lärde oss att ' || i.expected_benefit,
    case when n < k or i.stage <> 'testing' then i.submitted_at + n * interval '90 days' + interval '61 days' end,
    i.submitted_at + n * interval '90 days' - interval '10 days', i.submitted_at + n * interval '90 days'
  from (${ideasOnly}) i
  cross join lateral (select 1 + abs(hashtext(i.id::text || 'k')) % 3 as k) kk
  cross join lateral generate_series(1, kk.k) n
  where i.stage in ('testing', 'scaling', 'adopted') and i.submitted_at is not null`;
await sql`update test_cycles c set previous_cycle_id = p.id from test_cycles p
  where p.idea_id = c.idea_id and p.number = c.number - 1 and c.previous_cycle_id is null`;
const cycleSource = sql`select c.* from test_cycles c join ideas i on i.id = c.idea_id where i.client_key like 'dataset-%'`;
await sql`insert into cycle_measures (cycle_id, position, name, unit, baseline, target, direction)
  select c.id, m, (array['Andel nöjda deltagare','Antal besök per vecka','Upplevd ensamhet'])[m], (array['%','st','poäng'])[m],
    10 * m, 20 * m, case when m = 3 then 'lower' else 'higher' end
  from (${cycleSource}) c cross join generate_series(1, 2) m`;
await sql`insert into measurements (measure_id, measured_on, value, note)
  select m.id, c.starts_on + d * 20, m.baseline + d * 3, ''
  from cycle_measures m join (${cycleSource}) c on c.id = m.cycle_id cross join generate_series(1, 3) d`;
await sql`insert into evaluations (cycle_id, method, findings, confidence, created_at)
  select c.id, 'mixed', 'Utvärderingen visar ' || c.learnings, 'medium', c.decided_at
  from (${cycleSource}) c where c.status = 'decided'`;
step("test cycles, measures, measurements, evaluations");

// Learnings: one per decided cycle; about half published to the library.
await sql`insert into learnings (arena_id, idea_id, cycle_id, outcome, title, body, target_group, published_at, created_at, updated_at)
  select i.arena_id, i.id, c.id, c.decision, i.title || ' – testcykel ' || c.number, c.learnings || ' ' || i.solution,
    i.target_group, case when abs(hashtext(c.id::text)) % 2 = 0 then c.decided_at end, c.decided_at, c.decided_at
  from (${cycleSource}) c join ideas i on i.id = c.idea_id where c.decision is not null`;
await sql`insert into learning_goals (learning_id, goal_id)
  select l.id, g.goal_id from learnings l join idea_goals g on g.idea_id = l.idea_id on conflict do nothing`;
step("learnings");

// The dashboard's rollup of stays, from the events just written (the app keeps it in step with each move).
const insightDb = await openDatabase({ url, poolSize: 1 });
await rebuildStageStays(insightDb.db);
await insightDb.close();
step("insight stage stays");

await sql`vacuum analyze`;
const counts = await sql<{ t: string; n: number }[]>`
  select 'arenas' t, count(*)::int n from arenas union all select 'ideas', count(*)::int from ideas
  union all select 'users', count(*)::int from users union all select 'events', count(*)::int from events
  union all select 'comments', count(*)::int from comments union all select 'follows', count(*)::int from follows
  union all select 'test_cycles', count(*)::int from test_cycles union all select 'cycle_measures', count(*)::int from cycle_measures
  union all select 'learnings', count(*)::int from learnings
  union all select 'insight_stage_stays', count(*)::int from insight_stage_stays`;
step(`vacuum analyze; ${counts.map((c) => `${c.t} ${c.n}`).join(", ")}`);
await sql.end();
