import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanup, ideasOf, inFlightRequest, npmRun, sleep, startLoad, startServer, tempDir, waitFor } from "./harness.js";

// The embedded database (PGlite) in its data directory, as `npm start` runs it by default.
// Seeding the demo takes a while, so it is done once into a template that each test copies.
let template: string;

beforeAll(async () => {
  template = path.join(tempDir("pglite-template"), "data");
  const server = await startServer({ dataDir: template });
  await server.stop();
  expect(fs.existsSync(`${template}.lock`)).toBe(false);
});
afterAll(async () => {
  await cleanup();
  fs.rmSync(path.dirname(template), { recursive: true, force: true });
});

function copyOfTemplate(): string {
  const dir = path.join(tempDir("pglite"), "data");
  fs.cpSync(template, dir, { recursive: true });
  return dir;
}

describe("the embedded database under faults", () => {
  it("loses no acknowledged write to kill -9, and starts again over the stale lock file", async () => {
    const dataDir = copyOfTemplate();
    const server = await startServer({ dataDir });
    const load = await startLoad(server.url, { writers: 4, readers: 1 });
    await waitFor("writes to be acknowledged", () => load.acknowledged.length >= 40, 60_000);
    server.signal("SIGKILL");
    await server.exited;
    await load.stop();
    const acknowledged = [...load.acknowledged];

    // kill -9 runs no exit hook: the lock file names a pid that no longer exists.
    expect(Number(fs.readFileSync(server.lockFile!, "utf8"))).toBe(server.pid);

    const again = await startServer({ dataDir });
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
    await again.stop();
  });

  it("exits within 10 s with code 0 on SIGTERM under load, answers the request in flight, releases the lock; its backup restores", async () => {
    const dataDir = copyOfTemplate();
    const server = await startServer({ dataDir });
    const load = await startLoad(server.url, { writers: 3, readers: 3 });
    await waitFor("the load to be served", () => load.ok() >= 30, 60_000);

    // A request whose headers the server has read and whose body is still coming: in flight
    // by any definition when the signal arrives.
    const inFlight = await inFlightRequest(server.url, `{ arenas { slug } }`);
    const t0 = performance.now();
    server.signal("SIGTERM");
    await sleep(300);
    inFlight.finish();

    const killer = setTimeout(() => server.signal("SIGKILL"), 20_000);
    const { code, signal } = await server.exited;
    clearTimeout(killer);
    const seconds = (performance.now() - t0) / 1000;
    await load.stop();

    expect({ code, signal, withinTenSeconds: seconds < 10 }).toEqual({ code: 0, signal: null, withinTenSeconds: true });
    expect(await inFlight.response).toEqual({ status: 200, body: { data: { arenas: expect.arrayContaining([{ slug: "gavleborg" }]) } } });
    expect(fs.existsSync(server.lockFile!)).toBe(false);

    // The stopped directory backs up; the backup restores into a fresh place, Arena starts
    // from it, and every write acknowledged before the stop is there.
    const backup = path.join(tempDir("backup"), "arena.tar.gz");
    const backedUp = await npmRun("db:backup", [backup], { ARENA_DATA_DIR: dataDir, DATABASE_URL: "" });
    expect(backedUp.code, backedUp.output).toBe(0);
    const restored = path.join(tempDir("restored"), "data");
    const restoredRun = await npmRun("db:restore", [backup], { ARENA_DATA_DIR: restored, DATABASE_URL: "" });
    expect(restoredRun.code, restoredRun.output).toBe(0);
    const again = await startServer({ dataDir: restored });
    const stored = await ideasOf(again.url);
    expect(load.acknowledged.length).toBeGreaterThan(0);
    expect(load.acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    await again.stop();
  });
});
