/**
 * The fault suite's harness: real server processes, a throwaway PostgreSQL cluster and a
 * bounded load generator, all on loopback. Each piece is a plain function returning a small
 * handle; tests compose them.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { promisify } from "node:util";
import { ApiClient, demo } from "../support/client.js";

const run = promisify(execFile);
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Everything started through this harness, so that a failed test leaves nothing running. */
const cleanups: (() => Promise<void>)[] = [];

/** A fresh directory under the system's temp dir; removed by cleanup(). */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `arena-fault-${prefix}-`));
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function cleanup(): Promise<void> {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
}

// ---------------------------------------------------------------- server processes

export interface ServerOptions {
  /** PGlite data directory (reused across restarts); ignored when databaseUrl is set. */
  dataDir?: string;
  databaseUrl?: string;
  port?: number;
  env?: Record<string, string>;
}

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  /** The PGlite lock file beside the data directory. */
  lockFile: string | undefined;
  /** Everything the process wrote to stdout and stderr. */
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive(): boolean;
  signal(sig: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once exited. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts `server/main.ts` as production runs it (NODE_ENV=production, so Apollo and the
 * process behave as in a deployment), through Node with tsx's loader rather than the tsx
 * CLI, so that signals reach the server itself. Waits until /readyz answers 200.
 */
export async function startServer(opts: ServerOptions = {}): Promise<ServerProcess> {
  const port = opts.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      APP_URL: url,
      DATABASE_URL: opts.databaseUrl ?? "",
      ARENA_DATA_DIR: opts.dataDir ?? "",
      ARENA_SEED_DEMO: "true",
      LOG_LEVEL: "warn",
      // Every client of the suite comes from 127.0.0.1.
      LIMIT_SIGNIN_PER_IP: "10000",
      LIMIT_REGISTER_PER_IP: "10000",
      LIMIT_ANONYMOUS_PER_MINUTE: "0",
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  const stop = async (graceMs = 15_000) => {
    if (!alive()) return;
    child.kill("SIGTERM");
    const t = setTimeout(() => child.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(t);
  };
  // Should the test runner die without its hooks, take the server with it.
  const onExit = () => child.kill("SIGKILL");
  process.once("exit", onExit);
  void exited.then(() => process.off("exit", onExit));
  cleanups.push(() => stop(5_000));

  const server: ServerProcess = {
    url,
    port,
    pid: child.pid!,
    lockFile: !opts.databaseUrl && opts.dataDir ? `${path.resolve(opts.dataDir)}.lock` : undefined,
    output: () => out,
    exited,
    alive,
    signal: (sig) => child.kill(sig),
    stop,
  };
  const deadline = Date.now() + 180_000;
  while (!(await ready(url))) {
    if (!alive()) throw new Error(`The server exited (${JSON.stringify(await exited)}) before it was ready:\n${out}`);
    if (Date.now() > deadline) {
      await stop(1_000);
      throw new Error(`The server was not ready within three minutes:\n${out}`);
    }
    await sleep(200);
  }
  return server;
}

async function ready(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

/** GET /readyz with a client-side cut-off: its status (0 when no answer) and how long it took. */
export async function probeReadyz(url: string, cutoffMs = 5_000): Promise<{ status: number; ms: number }> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(cutoffMs) });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - t0 };
  } catch {
    return { status: 0, ms: performance.now() - t0 };
  }
}

/**
 * A GraphQL POST whose headers and half its body are sent now, the rest on finish(): the
 * server has surely begun the request, so a graceful shutdown must still answer it.
 */
export async function inFlightRequest(
  url: string,
  query: string,
): Promise<{ finish(): void; response: Promise<{ status: number; body: unknown }> }> {
  const body = Buffer.from(JSON.stringify({ query }));
  const half = Math.floor(body.length / 2);
  const req = http.request(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": String(body.length) },
    agent: false,
  });
  const response = new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    req.once("error", reject);
    req.once("response", (res) => {
      let text = "";
      res.on("data", (d: Buffer) => (text += d.toString()));
      res.once("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }));
      res.once("error", reject);
    });
  });
  response.catch(() => undefined);
  req.flushHeaders();
  req.write(body.subarray(0, half));
  // Give the server time to read the headers before the test acts.
  await sleep(300);
  return { finish: () => req.end(body.subarray(half)), response };
}

// ---------------------------------------------------------------- load

/**
 * SIGTERM to a server under load, with a request in flight (its headers read, its body still
 * coming, when the signal arrives). `beforeSignal` runs once the load is served. Resolves with
 * how the process ended, whether within 10 s, the in-flight request's answer, and the load
 * (stopped), whose acknowledged writes a test may look for afterwards.
 */
export async function sigtermUnderLoad(server: ServerProcess, beforeSignal: () => unknown = () => undefined) {
  const load = await startLoad(server.url, { writers: 3, readers: 3 });
  await waitFor("the load to be served", () => load.ok() >= 30, 60_000);
  await beforeSignal();
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
  return { exit: { code, signal, withinTenSeconds: seconds < 10 }, inFlight: await inFlight.response, load };
}

/** What a server answers to `{ arenas { slug } }` when it drains a request during shutdown. */
export const DRAINED_ANSWER = { status: 200, body: { data: { arenas: expect.arrayContaining([{ slug: "gavleborg" }]) } } };

export interface LoadOptions {
  /** Clients creating ideas (each acknowledged id is recorded). */
  writers?: number;
  /** Clients browsing the idea list. */
  readers?: number;
  /** Account the writers sign in as. */
  as?: string;
}

export interface Load {
  /** Ids of ideas whose creation the server acknowledged (HTTP 200, no errors, an id). */
  acknowledged: string[];
  /** Responses by outcome: ok, HTTP status or error code (ECONNREFUSED, ...). */
  outcomes: Map<string, number>;
  /** Successful responses so far (writes and reads). */
  ok(): number;
  stop(): Promise<void>;
}

const CreateIdea = `mutation($input: CreateIdeaInput!) { createIdea(input: $input) { idea { id } errors { code } } }`;
const BrowseIdeas = `query { ideas(first: 20) { totalCount edges { node { id title } } } }`;

/**
 * A bounded load: a few clients, each sending one request at a time, on loopback. Writers
 * sign in as the demo bearer and create ideas; readers browse. Failures (the server or
 * database down) are counted and the client pauses briefly before its next request.
 */
export async function startLoad(url: string, opts: LoadOptions = {}): Promise<Load> {
  const { writers = 4, readers = 2, as = demo.bearer } = opts;
  const acknowledged: string[] = [];
  const outcomes = new Map<string, number>();
  const count = (k: string) => outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
  let okCount = 0;
  let stopping = false;

  const probe = new ApiClient(url, "en");
  const arena = await probe.raw<{ arena: { id: string } }>(`{ arena(slug: "gavleborg") { id } }`);
  const arenaId = arena.data!.arena.id;

  const clients = await Promise.all(
    Array.from({ length: writers + readers }, async (_, i) => {
      const c = new ApiClient(url, "en");
      await c.signInAs(as);
      return { client: c, writer: i < writers };
    }),
  );

  const loop = async ({ client, writer }: { client: ApiClient; writer: boolean }) => {
    let n = 0;
    while (!stopping) {
      try {
        if (writer) {
          const r = await client.raw<{ createIdea: { idea: { id: string } | null; errors: unknown[] } }>(CreateIdea, {
            input: { arenaId, clientKey: randomUUID(), title: `Lasttest ${process.pid} ${++n}`, summary: "Skapad under ett feltest." },
          });
          const id = r.data?.createIdea.idea?.id;
          if (r.status === 200 && !r.errors && id && r.data!.createIdea.errors.length === 0) {
            acknowledged.push(id);
            okCount++;
            count("ok");
          } else {
            count(String(r.status));
            await sleep(100);
          }
        } else {
          const r = await client.raw<unknown>(BrowseIdeas);
          if (r.status === 200 && !r.errors) {
            okCount++;
            count("ok");
          } else {
            count(String(r.status));
            await sleep(100);
          }
        }
      } catch (e) {
        const cause = (e as { cause?: { code?: string } }).cause;
        count(cause?.code ?? (e as Error).name);
        await sleep(100);
      }
    }
  };
  const running = Promise.all(clients.map(loop));
  const stop = async () => {
    stopping = true;
    await running;
  };
  cleanups.push(stop);
  return { acknowledged, outcomes, ok: () => okCount, stop };
}

/** Every idea id the account carries, drafts included (all pages of `myIdeas`). */
export async function ideasOf(url: string, as: string = demo.bearer): Promise<Set<string>> {
  const c = await new ApiClient(url, "en").signInAs(as);
  const ids = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const r: Awaited<ReturnType<typeof c.raw<MyIdeasPage>>> = await c.raw<MyIdeasPage>(
      `query($after: String) { myIdeas(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    if (r.errors || !r.data) throw new Error(`myIdeas failed: ${JSON.stringify(r.errors)}`);
    for (const e of r.data.myIdeas.edges) ids.add(e.node.id);
    if (!r.data.myIdeas.pageInfo.hasNextPage) return ids;
    after = r.data.myIdeas.pageInfo.endCursor;
  }
}
type MyIdeasPage = { myIdeas: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/** Runs an npm script of the repo as an operator would (`npm run NAME -- ARGS`); resolves with its exit code and output. */
export function npmRun(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], {
      cwd: repoRoot,
      env: { ...process.env, LOG_LEVEL: "warn", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.once("exit", (code) => resolve({ code, output }));
  });
}

/** Waits until `check` returns true, polling; throws with `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000, everyMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

// ---------------------------------------------------------------- a throwaway PostgreSQL

export interface PgCluster {
  url: string;
  port: number;
  dataDir: string;
  /** The server's log so far. */
  log(): string;
  start(): Promise<void>;
  /** `pg_ctl stop -m immediate` by default: the server dies as in a crash. */
  stop(mode?: "immediate" | "fast"): Promise<void>;
  restart(mode?: "immediate" | "fast"): Promise<void>;
  /** Runs SQL through psql (in `database`, default postgres); returns its unaligned output. */
  psql(sql: string, database?: string): Promise<string>;
  /** The URL of another database of this cluster. */
  urlOf(database: string): string;
  /** Runs pg_dump, pg_restore, createdb, ... of the cluster's version against it; returns stdout. */
  tool(bin: string, args: string[]): Promise<string>;
  /** A directory the server's user can write (for dumps). */
  workDir: string;
  /** Stops the cluster and removes its files. */
  destroy(): Promise<void>;
}

function pgBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(a) - Number(b)) : [];
  const dir = versions.map((v) => path.join(root, v, "bin")).findLast((d) => fs.existsSync(path.join(d, "initdb")));
  if (!dir) throw new Error("PostgreSQL's server binaries are missing (Debian: apt-get install postgresql)");
  return dir;
}

/** Runs a PostgreSQL binary, as the postgres user when we are root (it refuses to run as root). */
function pg(bin: string, args: string[]) {
  const exe = path.join(pgBin(), bin);
  return process.getuid?.() === 0 ? run("runuser", ["-u", "postgres", "--", exe, ...args]) : run(exe, args);
}

/**
 * initdb in a temp dir, on its own loopback port, no Unix socket. fsync is off: the faults
 * here crash the app or the PostgreSQL server, never the machine.
 */
export async function startPostgres(): Promise<PgCluster> {
  const base = tempDir("pg");
  const dataDir = path.join(base, "data");
  const logFile = path.join(base, "server.log");
  if (process.getuid?.() === 0) await run("chown", ["postgres:postgres", base]);
  await pg("initdb", ["-D", dataDir, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
  const port = await freePort();
  // debug1 adds "unexpected EOF on client connection": a client that vanished without closing.
  const options = `-h 127.0.0.1 -p ${port} -k '' -c fsync=off -c full_page_writes=off -c max_connections=50 -c log_min_messages=debug1`;
  const start = async () => {
    await pg("pg_ctl", ["-D", dataDir, "-l", logFile, "-o", options, "-w", "-t", "60", "start"]);
  };
  const stop = async (mode: "immediate" | "fast" = "immediate") => {
    await pg("pg_ctl", ["-D", dataDir, "-m", mode, "-w", "stop"]);
  };
  const cluster: PgCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    log: () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : ""),
    start,
    stop,
    restart: async (mode = "immediate") => {
      await pg("pg_ctl", ["-D", dataDir, "-l", logFile, "-o", options, "-m", mode, "-w", "-t", "60", "restart"]);
    },
    psql: async (sql, database = "postgres") =>
      (await pg("psql", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", database, "-AtX", "-c", sql])).stdout.trim(),
    urlOf: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    tool: async (bin, args) => (await pg(bin, ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", ...args])).stdout,
    workDir: base,
    destroy: async () => {
      await stop("immediate").catch(() => undefined);
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
  await start();
  cleanups.push(cluster.destroy);
  return cluster;
}
