import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  cleanup,
  ideasOf,
  npmRun,
  type ServerProcess,
  startLoad,
  startServer,
  tempDir,
  waitFor,
  DRAINED_ANSWER,
  sigtermUnderLoad,
} from "./harness.js";

// The embedded database (PGlite) in its data directory, as `npm start` runs it by default.
// Starting a server costs seconds (seeding the demo, more), so the tests share one data
// directory and hand the running server on; each starts its own when run alone.
const dataDir = path.join(tempDir("pglite"), "data");
let server: ServerProcess | undefined;
const running = async () => (server?.alive() ? server : (server = await startServer({ dataDir })));

afterAll(cleanup);

describe("the embedded database under faults", () => {
  it("loses no acknowledged write to kill -9, and starts again over the stale lock file", async () => {
    const victim = await running();
    const load = await startLoad(victim.url, { writers: 4, readers: 1 });
    await waitFor("writes to be acknowledged", () => load.acknowledged.length >= 40, 60_000);
    victim.signal("SIGKILL");
    await victim.exited;
    await load.stop();
    const acknowledged = [...load.acknowledged];

    // kill -9 runs no exit hook: the lock file names a pid that no longer exists.
    expect(fs.readFileSync(victim.lockFile!, "utf8")).toMatch(new RegExp(`^${victim.pid}\\b`));

    const again = await running();
    const stored = await ideasOf(again.url);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    // A backup of a directory in use is refused, naming the process.
    const refused = await npmRun("db:backup", [path.join(tempDir("backup"), "arena.tar.gz")], {
      ARENA_DATA_DIR: dataDir,
      DATABASE_URL: "",
    });
    expect(refused).toEqual({
      code: 1,
      output: expect.stringContaining(`Stop Arena first. The data directory is in use by another Arena process (pid ${again.pid})`),
    });
  });

  it("exits within 10 s with code 0 on SIGTERM under load, answers the request in flight, releases the lock; its backup restores", async () => {
    const victim = await running();
    const { exit, inFlight, load } = await sigtermUnderLoad(victim);

    expect(exit).toEqual({ code: 0, signal: null, withinTenSeconds: true });
    expect(inFlight).toEqual(DRAINED_ANSWER);
    expect(fs.existsSync(victim.lockFile!)).toBe(false);

    // The stopped directory backs up; the backup restores into a fresh place, Arena starts
    // from it, and every write acknowledged before the stop is there.
    const backup = path.join(tempDir("backup"), "arena.tar.gz");
    const backedUp = await npmRun("db:backup", [backup], { ARENA_DATA_DIR: dataDir, DATABASE_URL: "" });
    expect(backedUp.code, backedUp.output).toBe(0);
    const restored = path.join(tempDir("restored"), "data");
    const restoredRun = await npmRun("db:restore", [backup], { ARENA_DATA_DIR: restored, DATABASE_URL: "" });
    expect(restoredRun.code, restoredRun.output).toBe(0);
    const fromBackup = await startServer({ dataDir: restored });
    const stored = await ideasOf(fromBackup.url);
    expect(load.acknowledged.length).toBeGreaterThan(0);
    expect(load.acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    await fromBackup.stop();
  });
});
