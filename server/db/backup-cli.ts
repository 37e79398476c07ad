/**
 * Backup and restore of the embedded database's data directory (ARENA_DATA_DIR):
 *
 *   npm run db:backup -- arena-backup.tar.gz    a gzipped tarball of the data directory
 *   npm run db:restore -- arena-backup.tar.gz   into an ARENA_DATA_DIR that is absent or empty
 *
 * PGlite lets one process at a time open a data directory, so both take its lock: stop the
 * server first (it refuses, naming the pid, while Arena runs). PostgreSQL has its own tools,
 * pg_dump and pg_restore (see README).
 */
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { configFromEnv } from "../config.js";
import { DataDirLockedError, lockDataDir } from "./lock.js";

const [command, file] = process.argv.slice(2);
const config = configFromEnv();

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

if ((command !== "backup" && command !== "restore") || !file) {
  fail("Usage: npm run db:backup -- <file.tar.gz>   or   npm run db:restore -- <file.tar.gz>");
}
if (config.databaseUrl) {
  fail("DATABASE_URL is set: back up PostgreSQL with pg_dump and restore with pg_restore (see README, Backup and restore).");
}

const dataDir = path.resolve(config.dataDir);
const target = path.resolve(file);
let release: () => void;
try {
  release = lockDataDir(dataDir);
} catch (e) {
  if (e instanceof DataDirLockedError) fail(`Stop Arena first. ${e.message}`);
  throw e;
}

try {
  if (command === "backup") {
    if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) fail(`There is no database in ${dataDir} (ARENA_DATA_DIR).`);
    const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
    const dump = await db.dumpDataDir("gzip");
    await db.close();
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Written beside its final name and renamed, so that a crash never leaves half a backup under it.
    fs.writeFileSync(`${target}.partial`, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(`${target}.partial`, target);
    console.log(`backed up ${dataDir} to ${target} (${fs.statSync(target).size} bytes)`);
  } else {
    if (!fs.existsSync(target)) fail(`No such backup: ${target}`);
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      fail(`${dataDir} (ARENA_DATA_DIR) is not empty: restore into a new directory, or move this one aside first.`);
    }
    const blob = new Blob([fs.readFileSync(target)]);
    const db = await PGlite.create(dataDir, { extensions: { pg_trgm }, loadDataDir: blob });
    await db.query("select 1");
    await db.close();
    console.log(`restored ${target} into ${dataDir}`);
  }
} finally {
  release();
}
