import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** A free loopback port, for the server process to listen on. */
async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ideas(search: "hembesök") { totalCount }`).join(" ")} }`;

let child: ChildProcess;
let url: string;
let dataDir: string;
const output: string[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "arena-aliases-"));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", ARENA_DATA_DIR: dataDir, ARENA_SEED_DEMO: "true", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (b: Buffer) => output.push(b.toString()));
  child.stderr?.on("data", (b: Buffer) => output.push(b.toString()));
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output.join("")}`);
    try {
      if ((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not start: ${output.join("")}`);
}, 180_000);

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("a hostile aliased search against a real server process", () => {
  it("is refused, every time, while /healthz keeps answering", async () => {
    // Small enough to be parsed: the alias and repeat rules refuse it.
    const parsed = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: aliased(300) }),
      signal: AbortSignal.timeout(30_000),
    });
    expect(parsed.status).toBe(400);
    expect(JSON.stringify(await parsed.json())).toMatch(/300 aliases; at most/);

    const hostile = Array.from({ length: 20 }, () =>
      fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: aliased(2500) }),
        signal: AbortSignal.timeout(60_000),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { errors?: { message: string }[] } })),
    );
    // Asked while the hostile requests are in flight; bounded so a stalled server fails the test instead of hanging it.
    const health = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(15_000) });
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });

    for (const r of await Promise.all(hostile)) {
      // Refused for its size (tokens) before parsing, or else by the alias and repeat rules.
      expect(r.status).toBe(400);
      expect(r.body.errors?.map((e) => e.message).join("\n")).toMatch(/\d+ tokens|aliases; at most|may appear at most/);
    }
    // The server still does real work afterwards.
    const after = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ ideas(search: "hembesök", first: 1) { totalCount } }` }),
      signal: AbortSignal.timeout(15_000),
    });
    expect(after.status).toBe(200);
    expect(((await after.json()) as { errors?: unknown }).errors).toBeUndefined();
  }, 120_000);
});
