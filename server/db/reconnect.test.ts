import net from "node:net";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { connectionLost, openDatabase, type DatabaseHandle } from "./index.js";

/**
 * A TCP relay to PostgreSQL that can make its open connections stale, as a database restart
 * leaves a pool's idle connections: the client learns it only when it next writes, and then
 * the connection is gone (reset) without an answer.
 */
async function staleableRelay(target: URL) {
  const open = new Set<net.Socket>();
  const stale = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    open.add(client);
    client.on("data", (chunk) => {
      if (stale.has(client)) {
        client.resetAndDestroy();
        upstream.destroy();
      } else upstream.write(chunk);
    });
    upstream.on("data", (chunk) => stale.has(client) || client.write(chunk));
    const drop = () => {
      open.delete(client);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", drop).on("error", drop);
    upstream.on("close", () => stale.has(client) || drop()).on("error", drop);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(target);
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    makeStale: () => open.forEach((c) => stale.add(c)),
    close: () => new Promise<void>((resolve) => (open.forEach((c) => c.destroy()), server.close(() => resolve()))),
  };
}

describe("a pooled connection that died while idle", () => {
  const closing: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closing.splice(0).reverse()) await close();
  });

  it("knows the errors of a lost connection from those of a statement", () => {
    expect(connectionLost(Object.assign(new Error("x"), { code: "CONNECTION_CLOSED" }))).toBe(true);
    expect(connectionLost(Object.assign(new Error("x"), { code: "57P01" }))).toBe(true);
    expect(connectionLost(Object.assign(new Error("x"), { code: "23505" }))).toBe(false);
    expect(connectionLost(new Error("x"))).toBe(false);
  });

  // PGlite has no connections to lose.
  it.runIf(process.env.DATABASE_URL)("costs a transaction nothing: its BEGIN runs again on a fresh connection", async () => {
    const relay = await staleableRelay(new URL(process.env.DATABASE_URL!));
    closing.push(relay.close);
    const database: DatabaseHandle = await openDatabase({ url: relay.url, poolSize: 1 });
    closing.push(database.close);
    // postgres.js answers execute() with the rows themselves.
    const backend = () =>
      database.db.transaction(async (tx) => (await tx.execute(sql`select pg_backend_pid() as pid`)) as unknown as { pid: number }[]);

    const [first] = await backend();
    relay.makeStale();
    const [second] = await backend();
    expect(second!.pid).not.toBe(first!.pid);

    // A statement outside a transaction is not repeated (it may have been a write): the caller hears of it.
    relay.makeStale();
    await expect(database.db.execute(sql`select 1`)).rejects.toSatisfy(connectionLost);
  });
});
