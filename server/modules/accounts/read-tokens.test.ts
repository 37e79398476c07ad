import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { ApiClient, demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { graphql } from "../../../test/support/graphql.js";
import { readTokens } from "../../auth/read-tokens.tables.js";
import { advanceClock } from "../../shared/clock.js";
import { users } from "./accounts.tables.js";

const { client } = useTestServer({ limits: { readTokenPerMinute: 6 } });

const Create = graphql(`
  mutation CreateReadToken($input: CreateReadTokenInput!) {
    createReadToken(input: $input) {
      token
      readToken {
        id
        name
        displayPrefix
        expiresAt
        active
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const Revoke = graphql(`
  mutation RevokeReadToken($id: ID!) {
    revokeReadToken(id: $id) {
      readToken {
        id
        active
        revokedAt
      }
      errors {
        code
      }
    }
  }
`);

const MyTokens = graphql(`
  query MyReadTokens {
    myReadTokens {
      id
      name
      lastUsedAt
      active
    }
    mayCreateReadTokens
  }
`);

/** A client that sends only the token: no cookie. */
function withToken(url: string, token: string): ApiClient {
  const c = new ApiClient(url);
  c.headers = { authorization: `Bearer ${token}` };
  return c;
}

async function researcherToken(name = "Analys i R", expiresInDays = 30) {
  const researcher = await client().signInAs(demo.researcher);
  const r = await researcher.ok(Create, { input: { name, expiresInDays } });
  expect(r.createReadToken.errors).toEqual([]);
  return { researcher, token: r.createReadToken.token!, readToken: r.createReadToken.readToken! };
}

const ReadArena = `query { arena(slug: "gavleborg") { name } myReadTokens { name lastUsedAt } }`;

describe("personal read tokens", () => {
  it("reads the API as its owner, shown once, stored hashed, and notes when it was used", async () => {
    const { token, readToken, researcher } = await researcherToken();
    expect(token).toMatch(/^arena_pat_[A-Za-z0-9_-]{43}$/);
    expect(readToken).toMatchObject({ name: "Analys i R", active: true, displayPrefix: token.slice(0, 14) });
    const db = (await testDatabase()).db;
    const [row] = await db.select().from(readTokens);
    expect(row!.tokenHash).toHaveLength(64);
    expect(row!.tokenHash).not.toContain(token.slice(10));
    // The list never shows the token again.
    expect(JSON.stringify(await researcher.ok(MyTokens))).not.toContain(token.slice(10));

    const api = withToken(client().url, token);
    const r = await api.raw<{ arena: { name: string }; myReadTokens: { name: string; lastUsedAt: string | null }[] }>(ReadArena);
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    expect(r.data!.arena.name).toContain("Gävleborg");
    // Its owner's permissions: it reads the researcher's own tokens, and "last used" is set.
    expect(r.data!.myReadTokens).toEqual([{ name: "Analys i R", lastUsedAt: expect.any(String) }]);
    const [used] = await db.select().from(readTokens);
    expect(used!.lastUsedAt).not.toBeNull();
    // Within the minute, another read does not write "last used" again.
    const before = used!.lastUsedAt!.getTime();
    await api.raw(ReadArena);
    const [again] = await db.select().from(readTokens);
    expect(again!.lastUsedAt!.getTime()).toBe(before);
  });

  it("is in its owner's Download my data without its hash, and is gone with the account", async () => {
    const { token, researcher } = await researcherToken("Kolada-skript");
    const exported = await researcher.ok(
      graphql(`
        mutation ExportWithTokens {
          exportMyData {
            json
            errors {
              code
            }
          }
        }
      `),
    );
    const data = JSON.parse(exported.exportMyData.json!) as { account: { readTokens: Record<string, unknown>[] } };
    expect(data.account.readTokens).toEqual([
      expect.objectContaining({ name: "Kolada-skript", displayPrefix: token.slice(0, 14), revokedAt: null }),
    ]);
    const db = (await testDatabase()).db;
    const [row] = await db.select().from(readTokens);
    expect(exported.exportMyData.json).not.toContain(row!.tokenHash);
    expect(exported.exportMyData.json).not.toContain(token.slice(14));

    const deleted = await researcher.ok(
      graphql(`
        mutation DeleteTokenOwner($input: DeleteAccountInput!) {
          deleteMyAccount(input: $input) {
            deleted
            errors {
              code
            }
          }
        }
      `),
      { input: { password: "arena-demo-2026" } },
    );
    expect(deleted.deleteMyAccount).toEqual({ deleted: true, errors: [] });
    expect(await db.select().from(readTokens)).toEqual([]);
    expect((await withToken(client().url, token).raw(ReadArena)).status).toBe(401);
  });

  it("is refused on a mutation, a subscription or a document without a query, before any resolver runs", async () => {
    const { token } = await researcherToken();
    const api = withToken(client().url, token);
    const db = (await testDatabase()).db;
    const [me] = await db.select({ name: users.name }).from(users).where(eq(users.email, demo.researcher));

    const m = await api.raw(`mutation { updateProfile(input: { name: "Kapad", organisation: "" }) { errors { code } } }`);
    expect(m.status).toBe(403);
    expect(m.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(m.errors?.[0]?.message).toContain("läsnyckel");
    const [after] = await db.select({ name: users.name }).from(users).where(eq(users.email, demo.researcher));
    expect(after!.name).toBe(me!.name);

    // A mutation beside a query, picked by operationName, is refused as a whole.
    const mixed = await api.raw(`query A { arenas { slug } } mutation B { signOut { errors { code } } }`);
    expect(mixed.status).toBe(403);
    const sub = await api.raw(`subscription { notificationAdded { id } }`);
    expect(sub.status).toBe(403);
    const persisted = await fetch(`${client().url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }),
    });
    expect(persisted.status).toBe(403);
  });

  it("is refused after it is revoked, and once it has expired", async () => {
    const { token, readToken, researcher } = await researcherToken();
    const api = withToken(client().url, token);
    expect((await api.raw(ReadArena)).status).toBe(200);
    const revoked = await researcher.ok(Revoke, { id: readToken.id });
    expect(revoked.revokeReadToken.readToken).toMatchObject({ active: false, revokedAt: expect.any(String) });
    const r = await api.raw(ReadArena);
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const short = await researcher.ok(Create, { input: { name: "Kortlivad", expiresInDays: 1 } });
    const shortApi = withToken(client().url, short.createReadToken.token!);
    expect((await shortApi.raw(ReadArena)).status).toBe(200);
    advanceClock(25 * 60 * 60 * 1000);
    expect((await shortApi.raw(ReadArena)).status).toBe(401);
    expect((await researcher.ok(MyTokens)).myReadTokens.map((t) => t.active)).toEqual([false, false]);
  });

  it("is made by researchers and admins only, with a name and at most a year; bad input writes nothing", async () => {
    const bearer = await client().signInAs(demo.bearer);
    expect((await bearer.ok(MyTokens)).mayCreateReadTokens).toBe(false);
    const refused = await bearer.ok(Create, { input: { name: "Mitt skript", expiresInDays: 30 } });
    expect(refused.createReadToken.token).toBeNull();
    expect(refused.createReadToken.errors.map((e) => e.code)).toEqual(["READ_TOKEN_NOT_ALLOWED"]);

    const researcher = await client().signInAs(demo.researcher);
    expect((await researcher.ok(MyTokens)).mayCreateReadTokens).toBe(true);
    const bad = await researcher.ok(Create, { input: { name: " ", expiresInDays: 400 } });
    expect(bad.createReadToken.errors.map((e) => [e.field, e.code])).toEqual([
      ["input.name", "REQUIRED"],
      ["input.expiresInDays", "OUT_OF_RANGE"],
    ]);
    expect(await (await testDatabase()).db.select().from(readTokens)).toEqual([]);

    const admin = await client().signInAs(demo.admin);
    expect((await admin.ok(Create, { input: { name: "Drift", expiresInDays: 365 } })).createReadToken.errors).toEqual([]);
    // Someone else's token cannot be revoked by id.
    const [adminToken] = await (await testDatabase()).db.select().from(readTokens);
    const other = await researcher.ok(Revoke, { id: (await admin.ok(MyTokens)).myReadTokens[0]!.id });
    expect(other.revokeReadToken.errors.map((e) => e.code)).toEqual(["NOT_FOUND"]);
    expect(adminToken!.revokedAt).toBeNull();
  });

  it("is rate limited per token", async () => {
    const { token } = await researcherToken();
    const api = withToken(client().url, token);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await api.raw(`{ arenas { slug } }`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
    const limited = await api.raw(`{ arenas { slug } }`);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(limited.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });
});
