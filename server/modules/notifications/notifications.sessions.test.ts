import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { createClient } from "graphql-ws";
import { expect, it } from "vitest";
import WebSocket from "ws";
import { useTestServer } from "../../../test/support/app.js";
import { type ApiClient, demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { comment } from "../../../test/support/discussion.js";
import { graphql } from "../../../test/support/graphql.js";
import { submittedIdea } from "../../../test/support/ideas.js";
import { sessions } from "../accounts/accounts.tables.js";

/*
 * An open subscription belongs to the session that opened it: once that session ends (signed
 * out, expired, idle), the socket hears nothing more, whatever happens next.
 */

const { client, url } = useTestServer();

const SignOut = graphql(`
  mutation SignOutLive {
    signOut {
      signedOut
    }
  }
`);

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 250 && !cond(); i++) await new Promise((r) => setTimeout(r, 20));
};

function subscribe(c: ApiClient) {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: c.cookie ? { cookie: c.cookie } : {} });
    }
  }
  const state = { received: [] as string[], errors: [] as unknown[], closeCode: null as number | null, subscribed: false };
  const ws = createClient({
    url: `${url().replace("http", "ws")}/graphql`,
    webSocketImpl: CookieWebSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => {}, // the close is what the test observes
    on: { closed: (e) => (state.closeCode = (e as { code: number }).code) },
  });
  ws.subscribe<{ notificationAdded: { message: string } }>(
    { query: `subscription { notificationAdded { message } }` },
    {
      next: (v) => {
        if (v.errors) state.errors.push(...v.errors);
        else state.received.push(v.data!.notificationAdded.message);
      },
      error: (e) => state.errors.push(e),
      complete: () => {},
    },
  );
  return { ws, state };
}

async function setup() {
  const bearer = await client().signInAs(demo.bearer);
  const idea = await submittedIdea(bearer, { title: "Fixarlaget" });
  const guide = await client().signInAs(demo.guide);
  // The same person in a second browser: its session is not the one that ends.
  const otherBrowser = await client().signInAs(demo.bearer);
  const live = subscribe(bearer);
  const other = subscribe(otherBrowser);
  await new Promise((r) => setTimeout(r, 300)); // let the subscriptions register
  await comment(guide, idea.id, "Före");
  await until(() => live.state.received.length > 0 && other.state.received.length > 0);
  expect(live.state.received).toHaveLength(1);
  expect(other.state.received).toHaveLength(1);
  return { bearer, guide, idea, live, other };
}

it("closes the sockets of a session when it signs out, and delivers nothing more to them", async () => {
  const { bearer, guide, idea, live, other } = await setup();

  expect((await bearer.ok(SignOut)).signOut.signedOut).toBe(true);
  await until(() => live.state.closeCode !== null);
  expect(live.state.closeCode).toBe(4403);

  await comment(guide, idea.id, "Efter utloggningen");
  await until(() => other.state.received.length > 1);
  expect(other.state.received).toHaveLength(2);
  expect(other.state.closeCode).toBeNull();
  expect(live.state.received).toHaveLength(1);
  await Promise.all([live.ws.dispose(), other.ws.dispose()]);
});

it("checks the session again at every event: an expired session's open subscription hears nothing more", async () => {
  const { bearer, guide, idea, live, other } = await setup();

  // The session runs out while its socket stays open (no sign-out, nobody told).
  const { db } = await testDatabase();
  const hash = createHash("sha256").update(bearer.cookie!.split("=")[1]!).digest("hex");
  const expired = await db
    .update(sessions)
    .set({ expiresAt: sql`now() - interval '1 second'` })
    .where(eq(sessions.tokenHash, hash))
    .returning();
  expect(expired).toHaveLength(1);

  await comment(guide, idea.id, "Efter utgången");
  await until(() => other.state.received.length > 1);
  await new Promise((r) => setTimeout(r, 200)); // the expired one would have heard it by now
  expect(other.state.received).toHaveLength(2);
  expect(live.state.received).toHaveLength(1);
  expect(live.state.errors).toEqual([]);
  await Promise.all([live.ws.dispose(), other.ws.dispose()]);
});
