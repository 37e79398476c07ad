import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { comment } from "../../../test/support/discussion.js";
import { graphql } from "../../../test/support/graphql.js";
import { submittedIdea } from "../../../test/support/ideas.js";
import { type FakeSmtp, startSmtp } from "../../../test/support/mail.js";
import { configFromEnv } from "../../config.js";
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
        }
      }
    }
  }
`);

async function mailTo(address: string) {
  const { db } = await testDatabase();
  return db.select().from(outbox).where(eq(outbox.toAddress, address));
}

it("reads the mail settings from the environment", () => {
  expect(configFromEnv({}).mail).toEqual({ smtp: null, from: "Arena <arena@localhost>", maxAttempts: 5 });
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
    expect(row).toMatchObject({ attempts: 1, lastError: null });
    expect(row!.sentAt).not.toBeNull();
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

  it("records the error, keeps the mail unsent, and gives up after the configured attempts", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const guide = await client().signInAs(demo.guide);
    await comment(guide, idea.id, "Kommentar som inte når fram per mejl");
    // Two attempts: the one the commit woke, then this flush's retry.
    await mailer().flush();

    let [row] = await mailTo(demo.bearer);
    expect(row).toMatchObject({ sentAt: null, attempts: 2 });
    expect(row!.lastError).toMatch(/Mailbox unavailable/);
    expect(smtp.received).toEqual([]);

    expect(await mailer().flush()).toEqual({ sent: 0, failed: 1 });
    [row] = await mailTo(demo.bearer);
    expect(row).toMatchObject({ sentAt: null, attempts: 3 });
    // Bounded: no fourth attempt.
    expect(await mailer().flush()).toEqual({ sent: 0, failed: 0 });
    [row] = await mailTo(demo.bearer);
    expect(row!.attempts).toBe(3);

    // The administrator sees why.
    const admin = await client().signInAs(demo.admin);
    const { outbox: mail } = await admin.ok(OutboxErrors);
    const toBearer = mail.edges.find((e) => e.node.to === demo.bearer)!.node;
    expect(toBearer).toMatchObject({ sentAt: null, attempts: 3 });
    expect(toBearer.lastError).toMatch(/Mailbox unavailable/);
  });
});
