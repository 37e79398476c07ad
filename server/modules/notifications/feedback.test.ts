import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { demo, newPerson } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { graphql } from "../../../test/support/graphql.js";
import { arenaOf } from "../../../test/support/ideas.js";
import { users } from "../accounts/accounts.tables.js";
import { PRIVACY_NOTICE_VERSION } from "../accounts/accounts.vocabulary.js";
import { events } from "../audit/audit.tables.js";
import { notifications, outbox } from "./notifications.tables.js";

const SendFeedback = graphql(`
  mutation SendFeedback($input: SendFeedbackInput!) {
    sendFeedback(input: $input) {
      sent
      errors {
        field
        code
        message
      }
    }
  }
`);
const Register = graphql(`
  mutation RegisterWithNotice($input: RegisterInput!) {
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

const { client } = useTestServer();

describe("feedback on accessibility", () => {
  it("lands with the arena's admins, from anyone, as a notification and a mail; bad input sends nothing", async () => {
    const anon = client("en");
    const arena = await arenaOf(anon, "gavleborg");
    const { db } = await testDatabase();
    const countMails = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(outbox))[0]!.n;
    const before = await countMails();

    const empty = await anon.ok(SendFeedback, { input: { arenaId: arena.id, message: "", email: "inte-en-adress" } });
    expect(empty.sendFeedback.sent).toBe(false);
    expect(empty.sendFeedback.errors.map((e) => [e.field, e.code]).sort()).toEqual([
      ["input.email", "INVALID_EMAIL"],
      ["input.message", "REQUIRED"],
    ]);
    expect(await countMails()).toBe(before);

    const message = "Diagrammet i testcykeln går inte att läsa med skärmläsare, och tabellen saknas.";
    const ok = await anon.ok(SendFeedback, {
      input: { arenaId: arena.id, message, email: "besokare@exempel.test", page: "/a/gavleborg/ideas" },
    });
    expect(ok.sendFeedback).toEqual({ sent: true, errors: [] });

    const [admin] = await db.select().from(users).where(eq(users.email, demo.admin));
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, admin!.id), eq(notifications.kind, "feedback.accessibility")));
    expect(told).toHaveLength(1);
    expect(told[0]!.data).toMatchObject({ by: "besokare@exempel.test", excerpt: message, page: "/a/gavleborg/ideas" });
    const mails = await db.select().from(outbox).where(eq(outbox.toAddress, admin!.email));
    expect(mails.some((m) => m.text.includes(message) && m.subject.includes("besokare@exempel.test"))).toBe(true);
    // Nobody else hears of it: not the coordinator, who is no admin.
    const [coordinator] = await db.select().from(users).where(eq(users.email, demo.coordinator));
    expect(
      await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, coordinator!.id), eq(notifications.kind, "feedback.accessibility"))),
    ).toEqual([]);
    const trail = await db.select().from(events).where(eq(events.kind, "feedback.accessibility"));
    expect(trail.map((e) => e.subjectId)).toContain(told[0]!.arenaId);
  });
});

describe("the privacy notice at registration", () => {
  it("must be confirmed, and the confirmation is recorded with the notice's version", async () => {
    const without = newPerson({});
    const refused = await client("en").ok(Register, { input: { ...without, acceptPrivacyNotice: false } });
    expect(refused.register.user).toBeNull();
    expect(refused.register.errors).toEqual([
      { field: "input.acceptPrivacyNotice", code: "PRIVACY_NOTICE_REQUIRED", message: "Confirm that you have read the privacy notice." },
    ]);
    const { db } = await testDatabase();
    expect(await db.select().from(users).where(eq(users.email, without.email))).toEqual([]);

    const person = newPerson({});
    const ok = await client().ok(Register, { input: person });
    expect(ok.register.errors).toEqual([]);
    const [row] = await db.select().from(users).where(eq(users.email, person.email));
    expect(row!.privacyNoticeVersion).toBe(PRIVACY_NOTICE_VERSION);
    expect(row!.privacyNoticeAcceptedAt).toBeInstanceOf(Date);
    // The notice's page shows the version the API serves: the one recorded here.
    const served = await client().ok(
      graphql(`
        query NoticeVersion {
          privacyNoticeVersion
        }
      `),
    );
    expect(served.privacyNoticeVersion).toBe(row!.privacyNoticeVersion);
  });
});
