import { createHash } from "node:crypto";
import type { Express, NextFunction, Request, Response } from "express";
import { strToU8, zipSync } from "fflate";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../../db/index.js";
import { arenas } from "../partnership/partnership.tables.js";
import { LICENCE_LINE, arenasOf, openDataTables, readme, tableCsv, toJson } from "./open-data.files.js";

/** The all-arenas download's name; an arena's is its slug. */
export const ALL_ARENAS = "all";
/** Regenerated at least this often, for what changes without an event (indicator values imported in bulk). */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Zip entries carry this time when nothing has happened yet (the DOS epoch): the archive depends on the data alone. */
const DOS_EPOCH = new Date("1980-01-01T00:00:00Z");

interface Built {
  zip: Uint8Array;
  etag: string;
  /** The latest event of the arenas when it was built. */
  mark: number;
  builtAt: number;
}

/**
 * The open-data zip of an arena (or of all), cached per instance. A request checks one cheap
 * statement (the latest event per arena, read from the events_arena index) and rebuilds when
 * something has happened since, or when the copy is a day old. The ETag is the content's hash,
 * and the archive depends only on the data (fixed entry times, fixed order), so every instance
 * gives the same ETag for the same data and a rebuild that changed nothing keeps the client's copy valid.
 */
export class OpenDataCache {
  private readonly built = new Map<string, Built>();
  private readonly building = new Map<string, Promise<Built | null>>();
  /** How many times an archive was built: tests read it to see the cache at work. */
  builds = 0;

  constructor(private readonly db: Database) {}

  private async latestEvent(arenaIds: string[]): Promise<number> {
    const rows = await this.db
      .select({ at: sql<string | Date | null>`(select max(e.created_at) from events e where e.arena_id = "arenas"."id")` })
      .from(arenas)
      .where(arenaIds.length === 1 ? eq(arenas.id, arenaIds[0]!) : undefined);
    return Math.max(0, ...rows.map((r) => (r.at === null ? 0 : new Date(r.at).getTime())));
  }

  /** The current archive of a scope (ALL_ARENAS or a slug), or null when there is no such arena. */
  async get(scope: string): Promise<Built | null> {
    const slug = scope === ALL_ARENAS ? null : scope;
    const scoped = await arenasOf(this.db, slug);
    if (!scoped) return null;
    const ids = scoped.map((a) => a.id);
    const mark = await this.latestEvent(slug ? ids : []);
    const have = this.built.get(scope);
    // Equal, not "at least": a mark that went back (the arena's latest events deleted) is a change too.
    if (have && have.mark === mark && Date.now() - have.builtAt < MAX_AGE_MS) return have;
    let pending = this.building.get(scope);
    if (!pending) {
      pending = this.build(scope, ids, mark).finally(() => this.building.delete(scope));
      this.building.set(scope, pending);
    }
    return pending;
  }

  private async build(scope: string, arenaIds: string[], mark: number): Promise<Built> {
    const tables = await openDataTables(this.db, arenaIds);
    const asOf = mark > 0 ? new Date(mark) : null;
    const files: Record<string, Uint8Array> = {
      "README.md": strToU8(readme(tables, scope, asOf)),
      "LICENSE.txt": strToU8(`${LICENCE_LINE}\n`),
      "data.json": strToU8(toJson(tables, asOf)),
    };
    for (const t of tables) files[`${t.file}.csv`] = strToU8(tableCsv(t));
    const zip = zipSync(files, { level: 6, mtime: asOf && asOf > DOS_EPOCH ? asOf : DOS_EPOCH });
    const built: Built = { zip, etag: `"${createHash("sha256").update(zip).digest("hex").slice(0, 40)}"`, mark, builtAt: Date.now() };
    this.built.set(scope, built);
    this.builds++;
    return built;
  }
}

const matches = (ifNoneMatch: string | undefined, etag: string) =>
  !!ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim() === "*" || t.trim().replace(/^W\//, "") === etag);

/** GET /open-data/all.zip and /open-data/<arena>.zip: public, with ETag and If-None-Match → 304. */
export function mountOpenData(app: Express, cache: OpenDataCache): void {
  app.get("/open-data/:file", async (req: Request, res: Response, next: NextFunction) => {
    try {
      const file = String(req.params.file);
      const scope = /^([a-z0-9-]+)\.zip$/.exec(file)?.[1];
      const built = scope ? await cache.get(scope) : null;
      if (!scope || !built) return res.status(404).type("text/plain").send("Not found");
      res.setHeader("ETag", built.etag);
      // Caches may keep it but must ask again: the data changes when the arena does.
      res.setHeader("Cache-Control", "public, no-cache");
      if (matches(req.headers["if-none-match"], built.etag)) return res.status(304).end();
      res.setHeader("Content-Type", "application/zip");
      res.setHeader("Content-Disposition", `attachment; filename="arena-open-data-${scope}.zip"`);
      res.send(Buffer.from(built.zip));
    } catch (e) {
      next(e);
    }
  });
}
