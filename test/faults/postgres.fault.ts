import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cleanup,
  ideasOf,
  type PgCluster,
  probeReadyz,
  type ServerProcess,
  sleep,
  startLoad,
  startPostgres,
  startServer,
  waitFor,
  DRAINED_ANSWER,
  sigtermUnderLoad,
} from "./harness.js";

// A PostgreSQL cluster of the suite's own (initdb in a temp dir), so that it can be crashed
// and restarted without touching CI's server. One database, seeded by the first start.
// Starting a server costs seconds, so each test hands its running server on to the next;
// run alone, a test starts its own.
let pg: PgCluster;
let server: ServerProcess | undefined;
const running = async (databaseUrl = pg.url) => (server?.alive() ? server : (server = await startServer({ databaseUrl })));

beforeAll(async () => {
  pg = await startPostgres();
});
afterAll(cleanup);

/** Backends of the app's pools (postgres.js names its connections so). */
const appConnections = async () => Number(await pg.psql(`select count(*) from pg_stat_activity where application_name = 'postgres.js'`));

describe("PostgreSQL under faults", () => {
  it("loses no acknowledged write to kill -9", async () => {
    const victim = await running();
    const load = await startLoad(victim.url, { writers: 4, readers: 1 });
    await waitFor("writes to be acknowledged", () => load.acknowledged.length >= 60, 60_000);
    victim.signal("SIGKILL");
    await victim.exited;
    await load.stop();
    const acknowledged = [...load.acknowledged];

    const again = await running();
    const stored = await ideasOf(again.url);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });

  it("exits within 10 s with code 0 on SIGTERM under load, answers the request in flight, closes its connections; pg_dump restores", async () => {
    const victim = await running();
    let logFrom = 0;
    const { exit, inFlight, load } = await sigtermUnderLoad(victim, async () => {
      expect(await appConnections()).toBeGreaterThan(0);
      logFrom = pg.log().length;
    });

    expect(exit).toEqual({ code: 0, signal: null, withinTenSeconds: true });
    expect(inFlight).toEqual(DRAINED_ANSWER);
    // Closed by the app, each with a Terminate message: PostgreSQL saw no client vanish.
    expect(await appConnections()).toBe(0);
    expect(pg.log().slice(logFrom)).not.toMatch(/could not receive data from client|unexpected EOF on client connection/);

    // pg_dump, restored into a new database: Arena starts on it with every acknowledged write.
    const dump = `${pg.workDir}/arena.dump`;
    await pg.tool("pg_dump", ["--format=custom", `--file=${dump}`, "postgres"]);
    await pg.tool("createdb", ["arena_restored"]);
    await pg.tool("pg_restore", ["--no-owner", "--dbname=arena_restored", dump]);
    const restored = await running(pg.urlOf("arena_restored"));
    const stored = await ideasOf(restored.url);
    expect(load.acknowledged.length).toBeGreaterThan(0);
    expect(load.acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });

  it("survives PostgreSQL restarts under load: stays up, /readyz answers within 1 s, serves again without a restart", async () => {
    const survivor = await running();
    const load = await startLoad(survivor.url, { writers: 4, readers: 2 });
    await waitFor("the load to be served", () => load.ok() >= 30, 60_000);

    const readyz: { status: number; ms: number }[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        readyz.push(await probeReadyz(survivor.url));
        await sleep(150);
      }
    })();

    // An outage long enough to be seen: the app must say so, quickly, and stay up.
    await pg.stop("immediate");
    await waitFor("/readyz to answer 503", () => readyz.at(-1)?.status === 503, 10_000, 50);
    await sleep(2_000);
    expect(survivor.alive(), survivor.output()).toBe(true);
    await pg.start();
    await waitFor("/readyz to answer 200 again", () => readyz.at(-1)?.status === 200, 15_000, 50);
    let before = load.ok();
    await waitFor("requests to be served again", () => load.ok() >= before + 20, 15_000);

    // Then restarts as an operator or a failover makes them, in the middle of the load.
    for (let i = 0; i < 3; i++) {
      await pg.restart("immediate");
      before = load.ok();
      await waitFor("requests to be served again after a restart", () => load.ok() >= before + 20, 15_000);
    }
    watching = false;
    await watcher;
    await load.stop();

    expect(survivor.alive(), survivor.output()).toBe(true);
    expect(survivor.output()).not.toMatch(/TypeError|uncaught/i);
    expect(readyz.filter((r) => r.ms >= 1_000)).toEqual([]);
    expect(readyz.some((r) => r.status === 503)).toBe(true);
    expect(readyz.at(-1)!.status).toBe(200);

    // Every write acknowledged across the outages is there. (A failure says what the server logged.)
    const stored = await ideasOf(survivor.url).catch((e: Error) => {
      throw new Error(`${e.message}\n--- server output ---\n${survivor.output().slice(-6000)}`);
    });
    expect(load.acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });
});
