import { and, eq } from "drizzle-orm";
import { createClient } from "graphql-ws";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { lastMailTo, linkToken } from "../../../test/support/accounts.js";
import { startServer, useTestServer } from "../../../test/support/app.js";
import { ApiClient, demo, newPerson } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { comment } from "../../../test/support/discussion.js";
import { graphql } from "../../../test/support/graphql.js";
import { submittedIdea } from "../../../test/support/ideas.js";
import { advanceClock } from "../../shared/clock.js";
import { events } from "../audit/audit.tables.js";
import { outbox } from "../notifications/notifications.tables.js";
import { accountTokens, users } from "./accounts.tables.js";

const Errors = `errors { field code message }`;
const RequestReset = graphql(`
  mutation RequestReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      requested
      errors {
        field
        code
        message
      }
    }
  }
`);
const ResetPassword = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
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
const ChangePassword = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      user {
        id
      }
      errors {
        field
        code
      }
    }
  }
`);
const ChangeEmail = graphql(`
  mutation ChangeEmail($input: ChangeEmailInput!) {
    changeEmail(input: $input) {
      pendingEmail
      errors {
        field
        code
      }
    }
  }
`);
const ConfirmEmail = graphql(`
  mutation ConfirmEmail($token: String!) {
    confirmEmailChange(token: $token) {
      user {
        id
        email
      }
      errors {
        field
        code
      }
    }
  }
`);
const UpdateProfile = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      user {
        name
        organisation
      }
      errors {
        field
        code
      }
    }
  }
`);
const SignOutEverywhere = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere {
      signedOut
      errors {
        code
      }
    }
  }
`);
const Me = graphql(`
  query MeSelf {
    me {
      id
      name
      email
    }
  }
`);
const Register = graphql(`
  mutation RegisterAllErrors($input: RegisterInput!) {
    register(input: $input) {
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

const { client, url } = useTestServer();
const NEW_PASSWORD = "ett helt nytt lösenord i vinter";

async function signIn(email: string, password: string, c = client()) {
  const r = await c.raw<{ signIn: { user: { id: string } | null; errors: { code: string }[] } }>(
    `mutation($input: SignInInput!) { signIn(input: $input) { user { id } ${Errors} } }`,
    { input: { email, password } },
  );
  return r.data!.signIn;
}

describe("password reset by mail", () => {
  it("mails a link whose token works once; the old password stops working and every session ends", async () => {
    const before = await client().signInAs(demo.bearer);
    const r = await client().ok(RequestReset, { input: { email: demo.bearer.toUpperCase() } });
    expect(r.requestPasswordReset).toEqual({ requested: true, errors: [] });
    const mail = (await lastMailTo(demo.bearer))!;
    expect(mail.subject).toBe("Återställ ditt lösenord i Arena");
    const token = linkToken(mail.text, "/reset-password/");
    // Only the token's hash is kept.
    const { db } = await testDatabase();
    expect(JSON.stringify(await db.select().from(accountTokens))).not.toContain(token);

    const reset = await client().ok(ResetPassword, { input: { token, newPassword: NEW_PASSWORD } });
    expect(reset.resetPassword.errors).toEqual([]);
    expect((await signIn(demo.bearer, "arena-demo-2026")).errors[0]!.code).toBe("WRONG_CREDENTIALS");
    expect((await signIn(demo.bearer, NEW_PASSWORD)).user).not.toBeNull();
    expect((await before.ok(Me)).me).toBeNull();

    const again = await client().ok(ResetPassword, { input: { token, newPassword: "ännu ett annat lösenord" } });
    expect(again.resetPassword.errors).toEqual([
      expect.objectContaining({
        field: "input.token",
        code: "TOKEN_INVALID",
        message: expect.stringMatching(/^Länken fungerar inte längre/),
      }),
    ]);
    expect((await signIn(demo.bearer, NEW_PASSWORD)).user).not.toBeNull();
  });

  it("expires by the app's clock, and a newer link spends the older one", async () => {
    await client().ok(RequestReset, { input: { email: demo.guide } });
    const first = linkToken((await lastMailTo(demo.guide))!.text, "/reset-password/");
    await client().ok(RequestReset, { input: { email: demo.guide } });
    const second = linkToken((await lastMailTo(demo.guide))!.text, "/reset-password/");
    expect(second).not.toBe(first);
    const spent = await client().ok(ResetPassword, { input: { token: first, newPassword: NEW_PASSWORD } });
    expect(spent.resetPassword.errors[0]!.code).toBe("TOKEN_INVALID");

    advanceClock(61 * 60_000);
    const late = await client().ok(ResetPassword, { input: { token: second, newPassword: NEW_PASSWORD } });
    expect(late.resetPassword.errors[0]!.code).toBe("TOKEN_INVALID");
    expect((await signIn(demo.guide, "arena-demo-2026")).user).not.toBeNull();
  });

  it("answers the same whether or not the address has an account, and mails only when it has", async () => {
    const { db } = await testDatabase();
    const mailsBefore = (await db.select().from(outbox)).length;
    const known = await client().request(RequestReset, { input: { email: demo.coordinator } });
    const unknown = await client().request(RequestReset, { input: { email: "ingen.alls@exempel.test" } });
    expect(unknown.data).toEqual(known.data);
    expect(unknown.status).toBe(known.status);
    expect((await db.select().from(outbox)).length).toBe(mailsBefore + 1);
    // A bad address is a field error, as anywhere.
    const bad = await client().ok(RequestReset, { input: { email: "inte en adress" } });
    expect(bad.requestPasswordReset.errors[0]).toMatchObject({ field: "input.email", code: "INVALID_EMAIL" });
  });

  it("is rate-limited per source", async () => {
    const limited = await startServer({ limits: { passwordResetPerIp: 2 } });
    try {
      const c = new ApiClient(limited.url);
      for (let i = 0; i < 2; i++)
        expect((await c.ok(RequestReset, { input: { email: demo.guide } })).requestPasswordReset.errors).toEqual([]);
      const third = await c.ok(RequestReset, { input: { email: "ingen.alls@exempel.test" } });
      expect(third.requestPasswordReset).toMatchObject({ requested: false, errors: [{ code: "RATE_LIMITED" }] });
    } finally {
      await limited.close();
    }
  });
});

describe("lockout by account and source", () => {
  it("six wrong passwords from one source do not stop the right password from another, while that source stays blocked", async () => {
    const proxied = await startServer({ trustProxy: true });
    try {
      const stranger = new ApiClient(proxied.url);
      stranger.headers = { "x-forwarded-for": "203.0.113.7" };
      const codes: string[] = [];
      for (let i = 0; i < 6; i++) codes.push((await signIn(demo.guide, `gissning-${i}-fel`, stranger)).errors[0]!.code);
      expect(codes).toEqual([
        "WRONG_CREDENTIALS",
        "WRONG_CREDENTIALS",
        "WRONG_CREDENTIALS",
        "WRONG_CREDENTIALS",
        "WRONG_CREDENTIALS",
        "RATE_LIMITED",
      ]);
      // The stranger's source is blocked for this account, even with the right password…
      expect((await signIn(demo.guide, "arena-demo-2026", stranger)).errors[0]!.code).toBe("RATE_LIMITED");
      // …while the guide, elsewhere, signs in.
      const guide = new ApiClient(proxied.url);
      guide.headers = { "x-forwarded-for": "198.51.100.20" };
      expect((await signIn(demo.guide, "arena-demo-2026", guide)).user).not.toBeNull();
    } finally {
      await proxied.close();
    }
  });
});

describe("password, name and email", () => {
  it("changes the password with the current one; the other sessions end, this one stays", async () => {
    const here = await client().signInAs(demo.researcher);
    const elsewhere = await client().signInAs(demo.researcher);
    const wrong = await here.ok(ChangePassword, { input: { currentPassword: "fel fel fel", newPassword: "password" } });
    expect(wrong.changePassword.errors).toEqual([
      { field: "input.currentPassword", code: "WRONG_PASSWORD" },
      { field: "input.newPassword", code: "PASSWORD_COMMON" },
    ]);
    const ok = await here.ok(ChangePassword, { input: { currentPassword: "arena-demo-2026", newPassword: NEW_PASSWORD } });
    expect(ok.changePassword.errors).toEqual([]);
    expect((await here.ok(Me)).me?.email).toBe(demo.researcher);
    expect((await elsewhere.ok(Me)).me).toBeNull();
    expect((await signIn(demo.researcher, "arena-demo-2026")).user).toBeNull();
    expect((await signIn(demo.researcher, NEW_PASSWORD)).user).not.toBeNull();
  });

  it("changes the name; a new email takes effect only once confirmed through the mail to it", async () => {
    const me = await client().signInAs(demo.bearer);
    const named = await me.ok(UpdateProfile, { input: { name: "Ida Nyberg", organisation: "Föreningen Läxhjälp" } });
    expect(named.updateProfile).toEqual({ user: { name: "Ida Nyberg", organisation: "Föreningen Läxhjälp" }, errors: [] });

    const taken = await me.ok(ChangeEmail, { input: { newEmail: demo.guide, password: "arena-demo-2026" } });
    expect(taken.changeEmail.errors).toEqual([{ field: "input.newEmail", code: "EMAIL_TAKEN" }]);
    const wrong = await me.ok(ChangeEmail, { input: { newEmail: "ida.ny@exempel.test", password: "fel" } });
    expect(wrong.changeEmail.errors).toEqual([{ field: "input.password", code: "WRONG_PASSWORD" }]);

    const asked = await me.ok(ChangeEmail, { input: { newEmail: "ida.ny@exempel.test", password: "arena-demo-2026" } });
    expect(asked.changeEmail).toEqual({ pendingEmail: "ida.ny@exempel.test", errors: [] });
    // Not yet: the old address still signs in, the new one does not.
    expect((await me.ok(Me)).me!.email).toBe(demo.bearer);
    expect((await signIn("ida.ny@exempel.test", "arena-demo-2026")).user).toBeNull();
    expect(await lastMailTo(demo.bearer)).toBeUndefined();
    const token = linkToken((await lastMailTo("ida.ny@exempel.test"))!.text, "/confirm-email/");

    const confirmed = await client().ok(ConfirmEmail, { token });
    expect(confirmed.confirmEmailChange.errors).toEqual([]);
    expect((await me.ok(Me)).me!.email).toBe("ida.ny@exempel.test");
    expect((await signIn("ida.ny@exempel.test", "arena-demo-2026")).user).not.toBeNull();
    expect((await client().ok(ConfirmEmail, { token })).confirmEmailChange.errors[0]!.code).toBe("TOKEN_INVALID");

    const { db } = await testDatabase();
    const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, "ida.ny@exempel.test"));
    const kinds = (
      await db
        .select({ kind: events.kind })
        .from(events)
        .where(and(eq(events.subjectId, u!.id)))
    ).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["user.profile_changed", "user.email_change_requested", "user.email_changed"]));
  });
});

describe("registration", () => {
  it("shows every field's problem at once, the database's checks included", async () => {
    const r = await client().ok(Register, {
      input: { ...newPerson(), name: " ", email: demo.guide, password: "password123", sector: null },
    });
    expect(r.register.user).toBeNull();
    expect(r.register.errors.map((e) => [e.field, e.code])).toEqual([
      ["input.name", "REQUIRED"],
      ["input.sector", "SECTOR_REQUIRED"],
      ["input.password", "PASSWORD_COMMON"],
      ["input.email", "EMAIL_TAKEN"],
    ]);
  });
});

describe("sign out everywhere", () => {
  function subscribe(cookie: string | undefined) {
    class CookieWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: cookie ? { cookie } : {} });
      }
    }
    const state = { received: [] as string[], closeCode: null as number | null };
    const ws = createClient({
      url: `${url().replace("http", "ws")}/graphql`,
      webSocketImpl: CookieWebSocket,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => {},
      on: { closed: (e) => (state.closeCode = (e as { code: number }).code) },
    });
    ws.subscribe<{ notificationAdded: { message: string } }>(
      { query: `subscription { notificationAdded { message } }` },
      { next: (v) => v.data && state.received.push(v.data.notificationAdded.message), error: () => {}, complete: () => {} },
    );
    return { ws, state };
  }
  const until = async (cond: () => boolean) => {
    for (let i = 0; i < 250 && !cond(); i++) await new Promise((r) => setTimeout(r, 20));
  };

  it("ends every session of the person and their open subscriptions receive nothing more", async () => {
    const laptop = await client().signInAs(demo.bearer);
    const phone = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(laptop, { title: "Cykelkök" });
    const guide = await client().signInAs(demo.guide);
    const onPhone = subscribe(phone.cookie);
    const onLaptop = subscribe(laptop.cookie);
    await new Promise((r) => setTimeout(r, 300));
    await comment(guide, idea.id, "Före");
    await until(() => onPhone.state.received.length > 0 && onLaptop.state.received.length > 0);
    expect(onPhone.state.received).toHaveLength(1);

    const r = await laptop.ok(SignOutEverywhere);
    expect(r.signOutEverywhere).toEqual({ signedOut: true, errors: [] });
    await until(() => onPhone.state.closeCode !== null && onLaptop.state.closeCode !== null);
    expect([onPhone.state.closeCode, onLaptop.state.closeCode]).toEqual([4403, 4403]);

    await comment(guide, idea.id, "Efter");
    await new Promise((r) => setTimeout(r, 300));
    expect(onPhone.state.received).toHaveLength(1);
    expect(onLaptop.state.received).toHaveLength(1);
    expect((await phone.ok(Me)).me).toBeNull();
    expect((await laptop.ok(Me)).me).toBeNull();
    await Promise.all([onPhone.ws.dispose(), onLaptop.ws.dispose()]);
  });
});
