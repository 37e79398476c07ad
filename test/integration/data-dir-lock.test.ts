import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "../../server/db/lock.js";

const root = path.resolve(import.meta.dirname, "../..");
const children: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function startArena(dataDir: string, port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    // The embedded database, whatever the suite runs on.
    env: {
      ...process.env,
      DATABASE_URL: "",
      ARENA_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      NODE_ENV: "test",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitReady(port: number, deadline = Date.now() + 60_000) {
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not become ready");
}

const count = async (port: number) => {
  const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `{ arenas { slug organisations { id } } }` }),
  });
  const body = (await r.json()) as { data: { arenas: { slug: string; organisations: unknown[] }[] } };
  return body.data.arenas.map((a) => `${a.slug}:${a.organisations.length}`).join(",");
};

afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
});

describe("the embedded database's data directory", () => {
  it("is refused to a second process with a clear message, while the first keeps working with its data intact", async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "arena-lock-")), "data");
    const [p1, p2] = [await freePort(), await freePort()];
    const first = startArena(dataDir, p1);
    await waitReady(p1);
    const before = await count(p1);
    expect(before).toMatch(/gavleborg:\d+/);

    const second = startArena(dataDir, p2);
    const code = await second.exited;
    expect(code).toBe(1);
    expect(second.output()).toMatch(/Arena did not start: The data directory is in use by another Arena process \(pid \d+\)/);

    expect(await count(p1)).toBe(before);
    expect(first.child.exitCode).toBeNull();

    // After a clean stop the directory can be opened again, with the same data.
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    const third = startArena(dataDir, p2);
    await waitReady(p2);
    expect(await count(p2)).toBe(before);
    third.child.kill("SIGTERM");
    await third.exited;
  }, 120_000);

  it.runIf(fs.existsSync("/proc/1/stat"))(
    "is taken over from a crashed process whose pid another process now has, and refused while its holder lives",
    () => {
      const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "arena-lock-")), "data");
      const lockFile = `${dataDir}.lock`;
      const startOf1 = fs.readFileSync("/proc/1/stat", "utf8").split(") ")[1]!.split(" ")[19];

      // Written by a process that had pid 1 once (a container before its restart).
      fs.writeFileSync(lockFile, "1 1");
      const release = lockDataDir(dataDir);
      expect(fs.readFileSync(lockFile, "utf8")).toMatch(new RegExp(`^${process.pid} \\d+$`));
      release();
      expect(fs.existsSync(lockFile)).toBe(false);

      // Held by the live pid 1 itself, in both formats.
      for (const content of [`1 ${startOf1}`, "1"]) {
        fs.writeFileSync(lockFile, content);
        expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError);
      }
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    },
  );
});
