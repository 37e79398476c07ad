import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { startServer, useTestServer } from "../../../test/support/app.js";
import { ApiClient, demo, newPerson } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { graphql } from "../../../test/support/graphql.js";
import { submittedIdea } from "../../../test/support/ideas.js";
import { events } from "../audit/audit.tables.js";
import { sessions, users } from "./accounts.tables.js";

const Register = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      user {
        id
        name
        email
        organisation
        sector
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const SignIn = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        name
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const SignOut = graphql(`
  mutation SignOut {
    signOut {
      signedOut
      errors {
        code
      }
    }
  }
`);
const Me = graphql(`
  query Me {
    me {
      id
      name
      email
      roles {
        role
        arena {
          slug
        }
      }
    }
  }
`);
const Node = graphql(`
  query NodeUser($id: ID!) {
    node(id: $id) {
      id
      ... on User {
        name
        email
        roles {
          role
        }
      }
    }
  }
`);
const Arenas = graphql(`
  query ArenaIds {
    arenas {
      id
      slug
    }
  }
`);
const Grant = graphql(`
  mutation Grant($input: RoleInput!) {
    grantRole(input: $input) {
      user {
        id
        roles {
          role
          arena {
            slug
          }
        }
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
  mutation Revoke($input: RoleInput!) {
    revokeRole(input: $input) {
      user {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const Users = graphql(`
  query Users($first: Int, $after: String, $search: String) {
    users(first: $first, after: $after, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          email
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const { client } = useTestServer();

async function arenaId(slug: string) {
  const { arenas } = await client().ok(Arenas);
  return arenas.find((a) => a.slug === slug)!.id;
}

describe("registration", () => {
  it("creates the account, signs the person in with an HttpOnly SameSite=Lax cookie, and records an event", async () => {
    const c = client();
    const person = newPerson();
    const { register } = await c.ok(Register, { input: person });
    expect(register.errors).toEqual([]);
    expect(register.user).toMatchObject({ name: person.name, email: person.email, sector: "CIVIL_SOCIETY" });

    const cookie = c.lastSetCookie.find((h) => h.startsWith("arena_session="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i); // plain HTTP on loopback

    const { me } = await c.ok(Me);
    expect(me).toMatchObject({ name: person.name, email: person.email, roles: [] });

    const { db } = await testDatabase();
    const [u] = await db.select().from(users).where(eq(users.email, person.email));
    expect(u!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    const ev = await db.select().from(events).where(eq(events.subjectId, u!.id));
    expect(ev.map((e) => e.kind)).toEqual(["user.registered"]);
  });

  it("says per field what is wrong, in Swedish by default and in English when asked, and creates nothing", async () => {
    const bad = { ...newPerson(), name: "  ", email: "inte-en-adress", password: "kort" };
    const sv = await client("sv").ok(Register, { input: bad });
    expect(sv.register.user).toBeNull();
    const byField = Object.fromEntries(sv.register.errors.map((e) => [e.field, e]));
    expect(byField["input.name"]).toMatchObject({ code: "REQUIRED", message: "Fyll i fältet." });
    expect(byField["input.email"]).toMatchObject({ code: "INVALID_EMAIL" });
    expect(byField["input.password"]).toMatchObject({ code: "TOO_SHORT", message: "Minst 8 tecken." });

    const en = await client("en").ok(Register, { input: bad });
    expect(en.register.errors.find((e) => e.field === "input.password")!.message).toBe("At least 8 characters.");

    const { db } = await testDatabase();
    const [n] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(eq(users.email, bad.email));
    expect(n!.n).toBe(0);
  });

  it("refuses common passwords and passwords over 128 characters", async () => {
    const common = await client().ok(Register, { input: newPerson({ password: "password123" }) });
    expect(common.register.errors).toEqual([expect.objectContaining({ field: "input.password", code: "PASSWORD_COMMON" })]);
    const long = await client().ok(Register, { input: newPerson({ password: "x".repeat(129) }) });
    expect(long.register.errors).toEqual([expect.objectContaining({ field: "input.password", code: "TOO_LONG" })]);
    const ok128 = await client().ok(Register, { input: newPerson({ password: "åäö ".repeat(32) }) });
    expect(ok128.register.errors).toEqual([]);
  });

  it("refuses an email that already has an account, whatever its case", async () => {
    const p = newPerson();
    await client().ok(Register, { input: p });
    const again = await client().ok(Register, { input: { ...p, email: p.email.toUpperCase() } });
    expect(again.register.errors).toEqual([expect.objectContaining({ field: "input.email", code: "EMAIL_TAKEN" })]);
  });
});

describe("sign in and out", () => {
  it("signs in with the right password and issues a new session id each time", async () => {
    const c = client();
    await c.signInAs(demo.bearer);
    const first = c.cookie;
    await c.signInAs(demo.bearer);
    expect(c.cookie).toBeDefined();
    expect(c.cookie).not.toBe(first);
    // The session replaced at sign-in no longer works.
    const old = client();
    old.cookie = first;
    expect((await old.ok(Me)).me).toBeNull();
    expect((await c.ok(Me)).me?.name).toBe("Ida Idébärare");
  });

  it("gives a clear error and no session for a wrong password or unknown email", async () => {
    const c = client();
    const wrong = await c.ok(SignIn, { input: { email: demo.bearer, password: "fel lösenord här" } });
    expect(wrong.signIn.user).toBeNull();
    expect(wrong.signIn.errors).toEqual([{ field: null, code: "WRONG_CREDENTIALS", message: "Fel e-postadress eller lösenord." }]);
    expect(c.lastSetCookie).toEqual([]);
    expect(c.cookie).toBeUndefined();

    const unknown = await client("en").ok(SignIn, { input: { email: "ingen@exempel.test", password: "whatever123" } });
    expect(unknown.signIn.errors[0]).toMatchObject({ code: "WRONG_CREDENTIALS", message: "Wrong email address or password." });
  });

  it("signs out: the cookie is cleared and the session is gone on the server", async () => {
    const c = client();
    await c.signInAs(demo.bearer);
    const token = c.cookie;
    const { signOut } = await c.ok(SignOut);
    expect(signOut.signedOut).toBe(true);
    expect(c.lastSetCookie.some((h) => /arena_session=;.*Max-Age=0/i.test(h))).toBe(true);
    const replay = client();
    replay.cookie = token;
    expect((await replay.ok(Me)).me).toBeNull();
  });

  it("ends sessions idle too long or past their absolute lifetime", async () => {
    const { db } = await testDatabase();
    const idle = client();
    await idle.signInAs(demo.bearer);
    await db.update(sessions).set({ lastSeenAt: sql`now() - interval '61 minutes'` });
    expect((await idle.ok(Me)).me).toBeNull();

    const expired = client();
    await expired.signInAs(demo.bearer);
    await db.update(sessions).set({ expiresAt: sql`now() - interval '1 second'` });
    expect((await expired.ok(Me)).me).toBeNull();
  });
});

describe("rate limits", () => {
  it("blocks an account after repeated failures, even with the right password, without creating a session", async () => {
    const limited = await startServer({ limits: { signInPerAccount: 3 } });
    try {
      const c = new ApiClient(limited.url);
      for (let i = 0; i < 3; i++) {
        const r = await c.ok(SignIn, { input: { email: demo.guide, password: `fel-${i}-lösenord` } });
        expect(r.signIn.errors[0]!.code).toBe("WRONG_CREDENTIALS");
      }
      const blocked = await c.ok(SignIn, { input: { email: demo.guide, password: "arena-demo-2026" } });
      expect(blocked.signIn.user).toBeNull();
      expect(blocked.signIn.errors[0]).toMatchObject({ code: "RATE_LIMITED" });
      expect(blocked.signIn.errors[0]!.message).toMatch(/^För många försök\. Vänta \d+ minuter/);
      expect(c.cookie).toBeUndefined();
      // Another account from the same address is not affected.
      await c.signInAs(demo.bearer);
    } finally {
      await limited.close();
    }
  });

  it("blocks an IP after repeated failures across accounts, and limits registrations per IP", async () => {
    const limited = await startServer({ limits: { signInPerIp: 4, signInPerAccount: 100, registerPerIp: 2 } });
    try {
      const c = new ApiClient(limited.url);
      for (let i = 0; i < 4; i++) await c.ok(SignIn, { input: { email: `nobody${i}@exempel.test`, password: "fel lösenord" } });
      const r = await c.ok(SignIn, { input: { email: demo.coordinator, password: "arena-demo-2026" } });
      expect(r.signIn.errors[0]!.code).toBe("RATE_LIMITED");

      expect((await c.ok(Register, { input: newPerson() })).register.errors).toEqual([]);
      expect((await c.ok(Register, { input: newPerson() })).register.errors).toEqual([]);
      const third = await c.ok(Register, { input: newPerson() });
      expect(third.register.user).toBeNull();
      expect(third.register.errors[0]!.code).toBe("RATE_LIMITED");
    } finally {
      await limited.close();
    }
  });
});

describe("who may see what", () => {
  it("hides another person's email and roles from a bearer, and shows them to the person and to admins", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const guide = await client().signInAs(demo.guide);
    const guideId = (await guide.ok(Me)).me!.id;

    const seenByBearer = await bearer.ok(Node, { id: guideId });
    expect(seenByBearer.node).toMatchObject({ name: "Gustav Lots", email: null, roles: null });

    const seenBySelf = await guide.ok(Node, { id: guideId });
    expect(seenBySelf.node).toMatchObject({ email: demo.guide, roles: [{ role: "GUIDE" }] });

    const admin = await client().signInAs(demo.admin);
    expect((await admin.ok(Node, { id: guideId })).node).toMatchObject({ email: demo.guide });

    // Not signed in: people are not visible at all.
    expect((await client().ok(Node, { id: guideId })).node).toBeNull();
  });

  it("lists accounts to admins only", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const r = await bearer.request(Users, { first: 5 });
    expect(r.data).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await client().request(Users, { first: 5 })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const admin = await client().signInAs(demo.admin);
    // The people of the arenas the admin administers: the eight demo people with a role there
    // (the demo bearer, with no role and no idea yet, belongs to no arena).
    const page1 = await admin.ok(Users, { first: 3 });
    expect(page1.users.edges).toHaveLength(3);
    expect(page1.users.totalCount).toBe(8);
    expect(page1.users.pageInfo.hasNextPage).toBe(true);
    const page2 = await admin.ok(Users, { first: 10, after: page1.users.pageInfo.endCursor });
    expect(page2.users.edges).toHaveLength(5);
    const names = [...page1.users.edges, ...page2.users.edges].map((e) => e.node.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(names).size).toBe(8);
    const found = await admin.ok(Users, { search: "lots", first: 10 });
    expect(found.users.edges.map((e) => e.node.email).sort()).toEqual(["dalarna.lots@arena.example", "lots@arena.example"]);
  });

  it("lists to an admin of one arena only that arena's people: its roles and the bearers of its ideas", async () => {
    const dalarna = await arenaId("dalarna");
    const p = newPerson();
    const newcomer = client();
    const { register } = await newcomer.ok(Register, { input: p });
    const admin = await client().signInAs(demo.admin);
    await admin.ok(Grant, { input: { userId: register.user!.id, arenaId: dalarna, role: "ADMIN" } });

    const emails = async () => (await newcomer.ok(Users, { first: 50 })).users.edges.map((e) => e.node.email).sort();
    expect(await emails()).toEqual([demo.admin, demo.researcher, demo.dalarnaCoordinator, "dalarna.lots@arena.example", p.email].sort());
    // Searching does not reach past the arena either.
    const found = await newcomer.ok(Users, { search: "lots", first: 10 });
    expect(found.users.edges.map((e) => e.node.email)).toEqual(["dalarna.lots@arena.example"]);

    // A bearer who submits an idea in Dalarna becomes one of its people.
    const bearer = await client().signInAs(demo.bearer);
    await submittedIdea(bearer, { title: "Mötesplats i Mora" }, "dalarna");
    expect(await emails()).toContain(demo.bearer);
  });

  it("lets an arena's admin grant and revoke roles; others get FORBIDDEN; the last admin stays", async () => {
    const gavleborg = await arenaId("gavleborg");
    const p = newPerson();
    const newcomer = client();
    const { register } = await newcomer.ok(Register, { input: p });
    const userId = register.user!.id;

    const coordinator = await client().signInAs(demo.coordinator);
    const denied = await coordinator.request(Grant, { input: { userId, arenaId: gavleborg, role: "GUIDE" } });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const admin = await client().signInAs(demo.admin);
    const granted = await admin.ok(Grant, { input: { userId, arenaId: gavleborg, role: "GUIDE" } });
    expect(granted.grantRole.errors).toEqual([]);
    expect(granted.grantRole.user!.roles).toEqual([{ role: "GUIDE", arena: { slug: "gavleborg" } }]);
    expect((await newcomer.ok(Me)).me!.roles).toEqual([{ role: "GUIDE", arena: { slug: "gavleborg" } }]);

    const twice = await admin.ok(Grant, { input: { userId, arenaId: gavleborg, role: "GUIDE" } });
    expect(twice.grantRole.errors[0]!.code).toBe("ALREADY_GRANTED");

    const revoked = await admin.ok(Revoke, { input: { userId, arenaId: gavleborg, role: "GUIDE" } });
    expect(revoked.revokeRole.errors).toEqual([]);
    expect((await newcomer.ok(Me)).me!.roles).toEqual([]);

    const adminId = (await admin.ok(Me)).me!.id;
    const last = await admin.ok(Revoke, { input: { userId: adminId, arenaId: gavleborg, role: "ADMIN" } });
    expect(last.revokeRole.errors[0]!.code).toBe("LAST_ADMIN");
    expect((await admin.ok(Me)).me!.roles!.filter((r) => r.role === "ADMIN")).toHaveLength(2);
  });
});
