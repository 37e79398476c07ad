// A bench child process: the real GraphQL server and, beside it, the raw baseline (the same
// SQL through postgres.js behind node:http, answering the same JSON) over one PostgreSQL.
// One process, so that Node CPU per request compares like with like. Prints its URLs as one
// JSON line on stdout; GET <raw>/cpu answers process.cpuUsage().
import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import postgres from "postgres";
import { createApp } from "../../server/app.js";
import { configFromEnv } from "../../server/config.js";
import { openDatabase } from "../../server/db/index.js";
import { cursorKind, encodeCursor, toGlobalId } from "../../server/graphql/relay.js";
import { createLogger } from "../../server/log.js";

/** The cursor the GraphQL list gives out in its newest-first order (server/db/keyset.ts timeText), so both servers answer alike. */
const NEWEST = cursorKind("ideas:newest", "time", "uuid");

const url = process.env.DATABASE_URL;
if (!url) throw new Error("servers.ts needs DATABASE_URL");
const POOL = 10;

const config = { ...configFromEnv({ ...process.env, NODE_ENV: "test" }), logLevel: "silent", exposeStatementCount: true };
const database = await openDatabase({ url, poolSize: POOL });
const app = await createApp(config, database, createLogger("silent"));
await app.listen(0, "127.0.0.1");
const graphqlUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

const sql = postgres(url, { max: POOL, onnotice: () => {} });

/** The IdeaCard list of an arena, newest first, as `ideas(arena:, first:)` answers it to an anonymous reader. */
async function ideaList(slug: string, first: number) {
  const rows = await sql<
    {
      id: string;
      arena_id: string;
      bearer_id: string;
      title: string;
      summary: string;
      stage: string;
      sector: string;
      organisation_name: string;
      submitted_at: Date;
      created_at: Date;
      listed_at: string;
    }[]
  >`select id, arena_id, bearer_id, title, summary, stage, sector, organisation_name, submitted_at, created_at,
      to_char(coalesce(submitted_at, created_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as listed_at
    from ideas
    where visibility = 'public' and stage <> 'draft' and arena_id in (select id from arenas where slug = ${slug})
    order by submitted_at desc nulls last, id limit ${first + 1}`;
  const page = rows.slice(0, first);
  const ids = page.map((r) => r.id);
  const [[total], bearers, arenas, places, followers, comments] = await Promise.all([
    sql<{ n: number }[]>`select count(*)::int as n from (select 1 from ideas
      where visibility = 'public' and stage <> 'draft' and arena_id in (select id from arenas where slug = ${slug}) limit 1001) t`,
    sql<{ id: string; name: string }[]>`select id, name from users where id = any(${page.map((r) => r.bearer_id)}::uuid[])`,
    sql<{ id: string; slug: string }[]>`select id, slug from arenas where id = any(${page.map((r) => r.arena_id)}::uuid[])`,
    sql<{ idea_id: string; org_id: string | null; org_name: string | null; cp_id: string | null; cp_name: string | null }[]>`
      select p.idea_id, o.id as org_id, o.name as org_name, c.id as cp_id, c.name as cp_name
      from idea_places p left join organisations o on o.id = p.organisation_id left join county_parts c on c.id = p.county_part_id
      where p.idea_id = any(${ids}::uuid[])`,
    sql<
      { idea_id: string; n: number }[]
    >`select idea_id, count(*)::int as n from follows where idea_id = any(${ids}::uuid[]) group by idea_id`,
    sql<{ idea_id: string; n: number }[]>`select idea_id, count(*)::int as n from comments
      where idea_id = any(${ids}::uuid[]) and thread = 'public' and hidden_at is null and removed_at is null group by idea_id`,
  ]);
  const by = <T, K extends keyof T>(xs: T[], k: K) => new Map(xs.map((x) => [x[k], x]));
  const bearer = by(bearers, "id");
  const arena = by(arenas, "id");
  const fc = by(followers, "idea_id");
  const cc = by(comments, "idea_id");
  const edges = page.map((r) => ({
    cursor: encodeCursor(NEWEST, [r.listed_at, r.id]),
    node: {
      id: toGlobalId("Idea", r.id),
      title: r.title,
      summary: r.summary,
      stage: r.stage.toUpperCase(),
      sector: r.sector.toUpperCase(),
      organisationName: r.organisation_name,
      submittedAt: r.submitted_at.toISOString(),
      createdAt: r.created_at.toISOString(),
      followerCount: fc.get(r.id)?.n ?? 0,
      commentCount: cc.get(r.id)?.n ?? 0,
      arena: { id: toGlobalId("Arena", r.arena_id), slug: arena.get(r.arena_id)?.slug },
      bearer: { id: toGlobalId("User", r.bearer_id), name: bearer.get(r.bearer_id)?.name },
      countyParts: places
        .filter((p) => p.idea_id === r.id && p.cp_id !== null)
        .map((p) => ({ id: toGlobalId("CountyPart", p.cp_id!), name: p.cp_name })),
      municipalities: places
        .filter((p) => p.idea_id === r.id && p.org_id !== null)
        .map((p) => ({ id: toGlobalId("Organisation", p.org_id!), name: p.org_name })),
    },
  }));
  return {
    data: {
      ideas: {
        totalCount: total!.n,
        pageInfo: { hasNextPage: rows.length > first, endCursor: edges[edges.length - 1]?.cursor ?? null },
        edges,
      },
    },
  };
}

const raw = http.createServer((req, res) => {
  const u = new URL(req.url ?? "/", "http://x");
  if (u.pathname === "/cache") {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(app.publicCache.stats));
    return;
  }
  if (u.pathname === "/cpu") {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(process.cpuUsage()));
    return;
  }
  if (u.pathname !== "/ideas") {
    res.statusCode = 404;
    res.end();
    return;
  }
  ideaList(u.searchParams.get("arena") ?? "", Number(u.searchParams.get("first") ?? 50)).then(
    (body) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(body));
    },
    (e: unknown) => {
      res.statusCode = 500;
      res.end(String(e));
    },
  );
});
await new Promise<void>((resolve) => raw.listen(0, "127.0.0.1", resolve));
const rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
console.log(JSON.stringify({ graphql: graphqlUrl, raw: rawUrl }));

process.on("SIGTERM", () => {
  void (async () => {
    raw.close();
    await app.close();
    await sql.end({ timeout: 2 });
    await database.close();
    process.exit(0);
  })();
});
