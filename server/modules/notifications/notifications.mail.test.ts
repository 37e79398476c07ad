import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { comment } from "../../../test/support/discussion.js";
import { graphql } from "../../../test/support/graphql.js";
import { submittedIdea } from "../../../test/support/ideas.js";
import { type FakeSmtp, startSmtp } from "../../../test/support/mail.js";
import { configFromEnv } from "../../config.js";
import { toGlobalId } from "../../graphql/relay.js";
import { events } from "../audit/audit.tables.js";
import { messageIdFor, retryDelayMs } from "./notifications.mailer.js";
import { outbox } from "./notifications.tables.js";

const OutboxErrors = graphql(`
  query OutboxErrors {
    outbox(first: 10) {
      edges {
        node {
          to
          sentAt
          attempts
          lastError
          nextAttemptAt
        }
      }
    }
  }
`);

const OutboxIds = graphql(`
  query OutboxIds {
    outbox(first: 100) {
      edges {
        node {
          id
          to
          subject
          sentAt
          nextAttemptAt
        }
      }
    }
  }
`);

const ResendMail = graphql(`
  mutation ResendMail($id: ID!) {
    resendMail(id: $id) {
      mail {
        id
        attempts
        sentAt
        nextAttemptAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

async function mailTo(address: string) {
  const { db } = await testDatabase();
  return db.select().from(outbox).where(eq(outbox.toAddress, address));
}

async function unsentMail() {
  const { db } = await testDatabase();
  return db.select().from(outbox).where(isNull(outbox.sentAt));
}

/** The clock moves on: every mail waiting for a retry (or only those to one address) is due now. */
async function timePasses(to?: string) {
  const { db } = await testDatabase();
  await db
    .update(outbox)
    .set({ nextAttemptAt: sql`now()` })
    .where(and(isNull(outbox.sentAt), isNotNull(outbox.nextAttemptAt), to ? eq(outbox.toAddress, to) : undefined));
}

const messageIdOf = (m: { headers: Map<string, string> }) => m.headers.get("message-id");

it("reads the mail settings from the environment", () => {
  expect(configFromEnv({}).mail).toEqual({ smtp: null, from: "Arena <arena@localhost>", maxAttempts: 14 });
  expect(
    configFromEnv({
      SMTP_HOST: "smtp.example.se",
      SMTP_SECURE: "true",
      SMTP_USER: "arena",
      SMTP_PASS: "hemligt",
      MAIL_FROM: "Arena <arena@example.se>",
      MAIL_MAX_ATTEMPTS: "3",
    }).mail,
  ).toEqual({
    smtp: { host: "smtp.example.se", port: 465, secure: true, user: "arena", pass: "hemligt" },
    from: "Arena <arena@example.se>",
    maxAttempts: 3,
  });
  expect(configFromEnv({ SMTP_HOST: "localhost", SMTP_PORT: "2525" }).mail.smtp).toMatchObject({ port: 2525, secure: false });
});

describe("with an SMTP server", () => {
  let smtp: FakeSmtp;
  const auth = { user: "arena", pass: "ett-smtp-lösenord" };
  const { client, mailer } = useTestServer(async () => {
    smtp = await startSmtp({ auth });
    return {
      mail: { smtp: { host: "127.0.0.1", port: smtp.port, secure: false, ...auth }, from: "Arena <arena@example.se>", maxAttempts: 5 },
    };
  });
  afterAll(() => smtp.close());
  beforeEach(async () => {
    await mailer().flush(); // whatever another suite left is gone with the reset; let a flush under way finish
    smtp.received.length = 0;
  });

  it("sends a new comment's notification to the bearer, in Swedish, and marks it sent", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Läxhjälp i biblioteket" });
    await mailer().flush();
    smtp.received.length = 0; // the coordinator's mail about the new idea
    const guide = await client().signInAs(demo.guide);
    await comment(guide, idea.id, "Har ni pratat med biblioteket? Öppettiderna är generösa.");
    // The commit woke the mailer; a flush waits for that and sends whatever is left.
    await mailer().flush();

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual([demo.bearer]);
    expect(mail!.from).toBe("arena@example.se");
    expect(mail!.subject).toBe("Ny kommentar på din idé ”Läxhjälp i biblioteket”");
    expect(mail!.text).toContain("Hej Ida Idébärare!\n\nNy kommentar på din idé ”Läxhjälp i biblioteket”.");
    expect(mail!.text).toContain("Gustav Lots skrev:\n> Har ni pratat med biblioteket? Öppettiderna är generösa.");
    expect(mail!.text).toContain("Logga in i Arena för att läsa mer och svara.");

    const [row] = await mailTo(demo.bearer);
    expect(row).toMatchObject({ attempts: 1, lastError: null, nextAttemptAt: null, claimedUntil: null });
    expect(row!.sentAt).not.toBeNull();
    // Named by its outbox row and the install's host (APP_URL), the same at every attempt.
    expect(messageIdOf(mail!)).toBe(messageIdFor(row!.id, "localhost"));
    // Sent once only.
    expect(await mailer().flush()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });
});

describe("with an SMTP server that refuses the mail", () => {
  let smtp: FakeSmtp;
  const { client, mailer } = useTestServer(async () => {
    smtp = await startSmtp({ reject: "Mailbox unavailable" });
    return { mail: { smtp: { host: "127.0.0.1", port: smtp.port, secure: false }, from: "Arena <arena@example.se>", maxAttempts: 3 } };
  });
  afterAll(() => smtp.close());
  beforeEach(async () => {
    await mailer().flush();
  });

  it("records the error, waits longer after each failure, and gives up after the configured attempts", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const guide = await client().signInAs(demo.guide);
    await comment(guide, idea.id, "Kommentar som inte når fram per mejl");
    // The commit woke the mailer: one attempt, then a wait of a minute.
    await mailer().flush();

    let [row] = await mailTo(demo.bearer);
    expect(row).toMatchObject({ sentAt: null, attempts: 1, claimedUntil: null });
    expect(row!.lastError).toMatch(/Mailbox unavailable/);
    const wait = row!.nextAttemptAt!.getTime() - Date.now();
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(retryDelayMs(1));
    expect(smtp.received).toEqual([]);
    // A wake-up sends only what is due: nothing yet.
    expect(await mailer().flush()).toEqual({ sent: 0, failed: 0 });

    await timePasses(demo.bearer);
    expect(await mailer().flush()).toEqual({ sent: 0, failed: 1 });
    [row] = await mailTo(demo.bearer);
    expect(row).toMatchObject({ sentAt: null, attempts: 2 });
    expect(row!.nextAttemptAt!.getTime() - Date.now()).toBeGreaterThan(retryDelayMs(1));

    await timePasses(demo.bearer);
    expect(await mailer().flush()).toEqual({ sent: 0, failed: 1 });
    [row] = await mailTo(demo.bearer);
    // Given up: no next attempt, until an administrator resends it.
    expect(row).toMatchObject({ sentAt: null, attempts: 3, nextAttemptAt: null });
    await timePasses(demo.bearer);
    expect(await mailer().flush()).toEqual({ sent: 0, failed: 0 });
    [row] = await mailTo(demo.bearer);
    expect(row!.attempts).toBe(3);

    // The administrator sees why.
    const admin = await client().signInAs(demo.admin);
    const { outbox: mail } = await admin.ok(OutboxErrors);
    const toBearer = mail.edges.find((e) => e.node.to === demo.bearer)!.node;
    expect(toBearer).toMatchObject({ sentAt: null, attempts: 3, nextAttemptAt: null });
    expect(toBearer.lastError).toMatch(/Mailbox unavailable/);
  });
});

it("waits from a minute, doubling, to at most four hours: the default attempts span about a day", () => {
  expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 240, 240]);
  const maxAttempts = configFromEnv({}).mail.maxAttempts;
  let total = 0;
  for (let n = 1; n < maxAttempts; n++) total += retryDelayMs(n);
  expect(total / 3600_000).toBeGreaterThan(20);
  expect(total / 3600_000).toBeLessThan(30);
});

describe("through an SMTP outage", () => {
  let smtp: FakeSmtp;
  let port: number;
  const { client, mailer } = useTestServer(async () => {
    smtp = await startSmtp();
    port = smtp.port;
    return { mail: { smtp: { host: "127.0.0.1", port, secure: false }, from: "Arena <arena@example.se>", maxAttempts: 2 } };
  });
  afterAll(() => smtp.close());
  beforeEach(async () => {
    await mailer().flush();
    smtp.received.length = 0;
  });

  /** The SMTP server goes away (connections refused) for as long as `during` runs, then comes back on its port. */
  async function outage(during: () => Promise<void>) {
    await smtp.close();
    await during();
    smtp = await startSmtp({ port });
  }

  it("sends each waiting mail once when the server is back, a new mail not retrying the others, and keeps its Message-ID on a repeat", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const guide = await client().signInAs(demo.guide);
    let idea!: Awaited<ReturnType<typeof submittedIdea>>;
    let waiting: Awaited<ReturnType<typeof unsentMail>> = [];
    await outage(async () => {
      idea = await submittedIdea(bearer, { title: "Cykelkök i Borlänge" });
      await comment(guide, idea.id, "Första kommentaren");
      await mailer().flush();
      waiting = await unsentMail();
      expect(waiting.length).toBeGreaterThanOrEqual(2);
      expect(waiting.every((m) => m.attempts === 1)).toBe(true);
      // Another notification during the outage tries its own mail, not every waiting one.
      await comment(guide, idea.id, "Andra kommentaren");
      await mailer().flush();
      const now = await unsentMail();
      expect(now).toHaveLength(waiting.length + 1);
      expect(now.filter((m) => m.attempts === 1)).toHaveLength(waiting.length + 1);
    });
    await timePasses();
    const r = await mailer().flush();
    expect(r).toEqual({ sent: waiting.length + 1, failed: 0 });
    expect(await unsentMail()).toEqual([]);
    const rows = await testDatabase().then(({ db }) => db.select().from(outbox));
    expect(smtp.received.map(messageIdOf).sort()).toEqual(rows.map((m) => messageIdFor(m.id, "localhost")).sort());

    // A crash between the SMTP server's acceptance and the record of it: the mail goes again, under the same Message-ID.
    const repeat = rows.find((m) => m.toAddress === demo.bearer)!;
    const first = smtp.received.find((m) => messageIdOf(m) === messageIdFor(repeat.id, "localhost"))!;
    const { db } = await testDatabase();
    await db
      .update(outbox)
      .set({ sentAt: null, attempts: sql`${outbox.attempts} - 1`, nextAttemptAt: sql`now()` })
      .where(eq(outbox.id, repeat.id));
    expect(await mailer().flush()).toEqual({ sent: 1, failed: 0 });
    const again = smtp.received.at(-1)!;
    expect(messageIdOf(again)).toBe(messageIdOf(first));
    expect(again.subject).toBe(first.subject);
  });

  it("lets an arena's administrator, and nobody else, resend a mail it gave up on", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const guide = await client().signInAs(demo.guide);
    await outage(async () => {
      const idea = await submittedIdea(bearer, { title: "Språkcafé på stationen" });
      await comment(guide, idea.id, "En kommentar under avbrottet");
      await mailer().flush();
      await timePasses();
      await mailer().flush(); // the second and last attempt
    });
    await timePasses();
    expect(await mailer().flush()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toEqual([]);

    const admin = await client().signInAs(demo.admin);
    const listed = (await admin.ok(OutboxIds)).outbox.edges.map((e) => e.node);
    const given = listed.find((m) => m.to === demo.bearer && m.subject.startsWith("Ny kommentar"))!;
    expect(given).toMatchObject({ sentAt: null, nextAttemptAt: null });

    // Not an administrator: refused, and nothing is sent.
    const refused = await guide.request(ResendMail, { id: given.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await mailer().flush()).toEqual({ sent: 0, failed: 0 });
    // A mail of an arena the admin does not administer, or no mail at all, does not exist for them.
    const other = await admin.ok(ResendMail, { id: toGlobalId("OutboxMail", "00000000-0000-0000-0000-000000000000") });
    expect(other.resendMail.errors.map((e) => e.code)).toEqual(["NOT_FOUND"]);

    const { resendMail } = await admin.ok(ResendMail, { id: given.id });
    expect(resendMail.errors).toEqual([]);
    expect(resendMail.mail).toMatchObject({ id: given.id, attempts: 0, sentAt: null });
    await mailer().flush();
    expect(smtp.received.map((m) => m.to)).toEqual([[demo.bearer]]);
    const [row] = (await mailTo(demo.bearer)).filter((m) => m.subject === given.subject);
    expect(row).toMatchObject({ attempts: 1, nextAttemptAt: null });
    expect(messageIdOf(smtp.received[0]!)).toBe(messageIdFor(row!.id, "localhost"));

    // Sent now: a second resend is refused. The resend is on record.
    const twice = await admin.ok(ResendMail, { id: given.id });
    expect(twice.resendMail.errors.map((e) => e.code)).toEqual(["ALREADY_SENT"]);
    const { db } = await testDatabase();
    const recorded = await db
      .select()
      .from(events)
      .where(and(eq(events.kind, "outbox.resent"), eq(events.subjectId, row!.id)));
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.data).toMatchObject({ attemptsBefore: 2 });
  });
});
