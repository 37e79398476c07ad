import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { linkToken } from "../../../test/support/accounts.js";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { comment } from "../../../test/support/discussion.js";
import { graphql } from "../../../test/support/graphql.js";
import { submittedIdea } from "../../../test/support/ideas.js";
import { type FakeSmtp, startSmtp } from "../../../test/support/mail.js";
import { DAY_MS, advanceClock, setClockForTests } from "../../shared/clock.js";
import { events } from "../audit/audit.tables.js";
import { sendDailyDigests } from "./digest.service.js";
import { outbox } from "./notifications.tables.js";

const Settings = graphql(`
  query MailSettingsOf {
    myMailSettings {
      delivery
      kinds {
        kind
        label
        byMail
      }
    }
  }
`);
const UpdateSettings = graphql(`
  mutation UpdateMailSettingsOf($input: MailSettingsInput!) {
    updateMailSettings(input: $input) {
      settings {
        delivery
        digestHour
        defaultDigestHour
      }
      errors {
        field
        code
      }
    }
  }
`);
const Unsubscribe = graphql(`
  mutation UnsubscribeWith($token: String!) {
    unsubscribe(token: $token) {
      stopped
      errors {
        code
        message
      }
    }
  }
`);

let smtp: FakeSmtp;
const { client, mailer } = useTestServer(async () => {
  smtp = await startSmtp();
  return { mail: { smtp: { host: "127.0.0.1", port: smtp.port, secure: false }, from: "Arena <arena@example.se>", maxAttempts: 3 } };
});
afterAll(() => smtp.close());
beforeEach(async () => {
  await mailer().flush();
  smtp.received.length = 0;
});

async function mailTo(address: string, subjectLike: string) {
  const { db } = await testDatabase();
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.toAddress, address), like(outbox.subject, subjectLike)));
}

async function ideaWithGuide(title: string) {
  const bearer = await client().signInAs(demo.bearer);
  const idea = await submittedIdea(bearer, { title });
  const guide = await client().signInAs(demo.guide);
  return { bearer, idea, guide };
}

describe("one-click unsubscribe", () => {
  it("every notification mail carries List-Unsubscribe headers and a link; following it stops those mails, without signing in", async () => {
    const { idea, guide } = await ideaWithGuide("Läxhjälp");
    await comment(guide, idea.id, "Första");
    await mailer().flush();
    const received = smtp.received.find((m) => m.to.includes(demo.bearer) && m.subject.startsWith("Ny kommentar"))!;
    const header = received.headers.get("list-unsubscribe")!;
    expect(header).toMatch(/^<http:\/\/localhost:4000\/unsubscribe\/[\w-]+\.[\w-]{43}>$/);
    expect(received.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const url = header.slice(1, -1);
    expect(received.text).toContain(url);

    // A mail client's one-click POST (RFC 8058), to this server rather than APP_URL's host.
    const token = linkToken(url, "/unsubscribe/");
    const res = await fetch(`${client().url}/unsubscribe/${token}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(res.status).toBe(200);

    await comment(guide, idea.id, "Andra");
    await mailer().flush();
    expect((await mailTo(demo.bearer, "Ny kommentar%")).length).toBe(1);
    // Still notified in the app, and other kinds still come by mail.
    const bearer = await client().signInAs(demo.bearer);
    const { myMailSettings } = await bearer.ok(Settings);
    expect(myMailSettings.kinds.find((k) => k.kind === "comment.added")).toMatchObject({ byMail: false });
    expect(myMailSettings.kinds.find((k) => k.kind === "comment.replied")).toMatchObject({ byMail: true });

    const { db } = await testDatabase();
    expect((await db.select().from(events).where(eq(events.kind, "mail.unsubscribed"))).map((e) => e.data)).toEqual([
      { kind: "comment.added" },
    ]);
  });

  it("a password reset is transactional: no List-Unsubscribe, and its footer says why; notification mail has the header", async () => {
    const { idea, guide } = await ideaWithGuide("Språkcafé");
    await comment(guide, idea.id, "Hej");
    const asked = await client().raw<{ requestPasswordReset: { errors: unknown[] } }>(
      `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { errors { code } } }`,
      { input: { email: demo.bearer } },
    );
    expect(asked.data!.requestPasswordReset.errors).toEqual([]);
    await mailer().flush();
    const toBearer = smtp.received.filter((m) => m.to.includes(demo.bearer));
    const reset = toBearer.find((m) => m.subject.startsWith("Återställ"))!;
    expect(reset.headers.has("list-unsubscribe")).toBe(false);
    expect(reset.text).not.toContain("/unsubscribe/");
    expect(reset.text).toContain("Det här är ett servicemeddelande från Arena");
    expect(reset.text).toContain("går därför inte att avregistrera sig från");
    const notice = toBearer.find((m) => m.subject.startsWith("Ny kommentar"))!;
    expect(notice.headers.get("list-unsubscribe")).toMatch(/\/unsubscribe\//);
    expect(notice.text).not.toContain("servicemeddelande");
  });

  it("the page's mutation does the same, says what stopped, and refuses a forged token", async () => {
    const { idea, guide } = await ideaWithGuide("Cykelkök");
    await comment(guide, idea.id, "Hej");
    const [mail] = await mailTo(demo.bearer, "Ny kommentar%");
    const token = linkToken(mail!.text, "/unsubscribe/");
    const r = await client().ok(Unsubscribe, { token });
    expect(r.unsubscribe).toEqual({ stopped: "Ny kommentar på din idé ”…”", errors: [] });
    // Twice is fine.
    expect((await client().ok(Unsubscribe, { token })).unsubscribe.errors).toEqual([]);
    const forged = `${token.split(".")[0]}.${"A".repeat(43)}`;
    expect((await client("en").ok(Unsubscribe, { token: forged })).unsubscribe).toMatchObject({
      stopped: null,
      errors: [{ code: "UNSUBSCRIBE_INVALID" }],
    });
    await comment(guide, idea.id, "Igen");
    expect((await mailTo(demo.bearer, "Ny kommentar%")).length).toBe(1);
  });
});

describe("settings", () => {
  it("a kind turned off in the settings is not mailed; unknown kinds are refused", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const bad = await bearer.ok(UpdateSettings, { input: { delivery: "IMMEDIATE", mutedKinds: ["no.such.kind"] } });
    expect(bad.updateMailSettings.errors).toEqual([{ field: "input.mutedKinds", code: "UNKNOWN_KIND" }]);
    const ok = await bearer.ok(UpdateSettings, { input: { delivery: "IMMEDIATE", mutedKinds: ["comment.added"] } });
    expect(ok.updateMailSettings).toEqual({ settings: { delivery: "IMMEDIATE", digestHour: null, defaultDigestHour: 7 }, errors: [] });
    const { idea, guide } = await ideaWithGuide("Språkcafé");
    await comment(guide, idea.id, "Hej");
    expect(await mailTo(demo.bearer, "Ny kommentar%")).toEqual([]);
    expect((await client().request(Settings)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("a daily digest goes once a day, even when two makers run at once, with the notifications since the last one", async () => {
    // 10:00 in Sweden, after the installation's digest hour.
    setClockForTests(new Date("2026-12-08T09:00:00Z"));
    const bearer = await client().signInAs(demo.bearer);
    await bearer.ok(UpdateSettings, { input: { delivery: "DAILY", mutedKinds: [] } });
    const { idea, guide } = await ideaWithGuide("Fixarlaget");
    await comment(guide, idea.id, "Ett");
    await comment(guide, idea.id, "Två");
    expect(await mailTo(demo.bearer, "Ny kommentar%")).toEqual([]);

    const { db } = await testDatabase();
    const made = await Promise.all([sendDailyDigests(db), sendDailyDigests(db)]);
    expect(made.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await sendDailyDigests(db)).toBe(0);
    const [digest, ...more] = await mailTo(demo.bearer, "Dagens sammanfattning%");
    expect(more).toEqual([]);
    expect(digest!.subject).toBe("Dagens sammanfattning från Arena (2)");
    expect(digest!.text.match(/^- Ny kommentar på din idé ”Fixarlaget”$/gm)).toHaveLength(2);
    expect(digest!.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });

    // The next day's digest has only what came after.
    advanceClock(DAY_MS);
    await comment(guide, idea.id, "Tre");
    expect(await sendDailyDigests(db)).toBe(1);
    const digests = await mailTo(demo.bearer, "Dagens sammanfattning%");
    expect(digests.map((d) => d.subject).sort()).toEqual(["Dagens sammanfattning från Arena (1)", "Dagens sammanfattning från Arena (2)"]);

    // Its link stops all mail.
    const token = linkToken(digests.find((d) => d.subject.endsWith("(1)"))!.text, "/unsubscribe/");
    expect((await client().ok(Unsubscribe, { token })).unsubscribe.stopped).toBe("All e-post från Arena");
    expect((await bearer.ok(Settings)).myMailSettings.delivery).toBe("NONE");
    advanceClock(DAY_MS);
    await comment(guide, idea.id, "Fyra");
    expect(await sendDailyDigests(db)).toBe(0);
  });

  it("a daily digest goes out at the Swedish hour the person chose, or at the installation's", async () => {
    // 06:30 in Sweden (UTC+1 in December): before the installation's hour, 7.
    setClockForTests(new Date("2026-12-08T05:30:00Z"));
    const bearer = await client().signInAs(demo.bearer);
    const bad = await bearer.ok(UpdateSettings, { input: { delivery: "DAILY", mutedKinds: [], digestHour: 24 } });
    expect(bad.updateMailSettings.errors).toEqual([{ field: "input.digestHour", code: "OUT_OF_RANGE" }]);
    await bearer.ok(UpdateSettings, { input: { delivery: "DAILY", mutedKinds: [] } });
    const { idea, guide } = await ideaWithGuide("Cykelköket");
    await comment(guide, idea.id, "Ett");
    const { db } = await testDatabase();
    expect(await sendDailyDigests(db)).toBe(0);
    advanceClock(60 * 60_000); // 07:30
    expect(await sendDailyDigests(db)).toBe(1);

    // The next day the person wants it at six in the evening.
    const evening = await bearer.ok(UpdateSettings, { input: { delivery: "DAILY", mutedKinds: [], digestHour: 18 } });
    expect(evening.updateMailSettings.settings).toEqual({ delivery: "DAILY", digestHour: 18, defaultDigestHour: 7 });
    advanceClock(DAY_MS); // 07:30 the next day
    await comment(guide, idea.id, "Två");
    expect(await sendDailyDigests(db)).toBe(0);
    advanceClock(10 * 60 * 60_000); // 17:30
    expect(await sendDailyDigests(db)).toBe(0);
    advanceClock(60 * 60_000); // 18:30
    expect(await sendDailyDigests(db)).toBe(1);
    expect((await mailTo(demo.bearer, "Dagens sammanfattning%")).map((d) => d.subject).sort()).toEqual([
      "Dagens sammanfattning från Arena (1)",
      "Dagens sammanfattning från Arena (1)",
    ]);
  });
});
