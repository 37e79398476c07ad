import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { type FakeSmtp, type ReceivedMail, startSmtp } from "../support/mail.js";
import {
  DEMO_PASSWORD,
  type RunningServer,
  type TestPage,
  accessible,
  gql,
  h1,
  launchBrowser,
  openPage,
  shows,
  signIn,
  startServer,
} from "./harness.js";

/*
 * Accounts people manage themselves: a forgotten password reset through a mail read from a real
 * SMTP exchange, and a person who downloads their data and deletes their account, whose
 * submitted idea stays public under the neutral name. Axe on every new page at 1280 and 390 px.
 */

let smtp: FakeSmtp;
let server: RunningServer;
let browser: Browser;
const pages: TestPage[] = [];

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port), SMTP_SECURE: "false" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});
afterEach(async () => {
  const open = pages.splice(0);
  const problems = open.map((p) => [...p.problems]);
  await Promise.all(open.map((p) => p.close()));
  for (const p of problems) expect(p, "browser console").toEqual([]);
});

async function newPage(): Promise<Page> {
  const tp = await openPage(browser, server.baseUrl);
  pages.push(tp);
  return tp.page;
}

/** Axe at the desktop width and at a phone's, then back. */
async function accessibleAtBothWidths(page: Page, name: string) {
  await accessible(page, `${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await accessible(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The first mail to `to` whose subject matches, as the SMTP server received it. */
async function mailTo(to: string, subject: RegExp): Promise<ReceivedMail> {
  for (let i = 0; i < 200; i++) {
    const found = smtp.received.find((m) => m.to.includes(to) && subject.test(m.subject));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No mail to ${to} matching ${subject}; received: ${smtp.received.map((m) => m.subject).join(", ")}`);
}

/** The path of the link in a mail (the mail names APP_URL's host; the test's server listens on 127.0.0.1). */
const linkPath = (text: string, prefix: string) => {
  const m = new RegExp(`https?://[^/\\s]+(${prefix}[\\w.-]+)`).exec(text);
  if (!m) throw new Error(`No ${prefix} link in:\n${text}`);
  return m[1]!;
};

/** Creates and submits an idea in Gävleborg as the page's signed-in person, through the API. */
async function submitIdea(page: Page, title: string): Promise<string> {
  const arena = await gql<{ arena: { id: string } }>(page.request, `query { arena(slug: "gavleborg") { id } }`);
  const created = await gql<{ createIdea: { idea: { id: string } } }>(
    page.request,
    "mutation($input: CreateIdeaInput!) { createIdea(input: $input) { idea { id } errors { message } } }",
    {
      input: {
        arenaId: arena.arena.id,
        clientKey: `accounts-${Date.now()}`,
        title,
        summary: "En gång i månaden byter föräldrar barnkläder med varandra i församlingshemmet.",
        need: "Barnkläder blir för små fort, och nya kostar mycket för familjer med små marginaler.",
        solution: "Församlingen lånar ut lokalen och föreningen samordnar volontärer och annonsering.",
      },
    },
  );
  const id = created.createIdea.idea.id;
  await gql(page.request, "mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { idea { id } errors { message } } }", {
    input: { id, acceptPublicNotice: true },
  });
  return id;
}

async function signInFails(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await shows(page.getByText("Fel e-postadress eller lösenord."));
}

describe("accounts people manage themselves", () => {
  test("a person resets a forgotten password through the mail; the old password no longer works", async () => {
    const page = await newPage();
    const email = "idebarare@arena.example";
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Glömt lösenordet?" }).click();
    await shows(h1(page, "Glömt lösenordet"));
    await accessibleAtBothWidths(page, "accounts-forgot");

    // A field error first, then the address.
    await page.getByRole("button", { name: "Skicka länken" }).click();
    await shows(page.getByText(/Ange en giltig e-postadress/));
    await page.getByLabel("E-postadress").fill(email);
    await page.getByRole("button", { name: "Skicka länken" }).click();
    await shows(page.getByText(/^Om det finns ett konto med adressen idebarare@arena\.example/));
    await accessibleAtBothWidths(page, "accounts-forgot-sent");

    const mail = await mailTo(email, /^Återställ ditt lösenord/);
    await page.goto(linkPath(mail.text, "/reset-password/"));
    await shows(h1(page, "Välj ett nytt lösenord"));
    await accessibleAtBothWidths(page, "accounts-reset");
    await page.getByLabel("Nytt lösenord", { exact: true }).fill("password");
    await page.getByRole("button", { name: "Spara det nya lösenordet" }).click();
    await shows(page.getByText(/Lösenordet är för vanligt/));
    const fresh = "mitt nya lösenord i december";
    await page.getByLabel("Nytt lösenord", { exact: true }).fill(fresh);
    await page.getByRole("button", { name: "Spara det nya lösenordet" }).click();
    await shows(page.getByText(/^Klart! Ditt lösenord är bytt/));

    // The link is spent.
    await page.goto(linkPath(mail.text, "/reset-password/"));
    await page.getByLabel("Nytt lösenord", { exact: true }).fill("ännu ett nytt lösenord här");
    await page.getByRole("button", { name: "Spara det nya lösenordet" }).click();
    await shows(page.getByText(/Länken fungerar inte längre/));

    await signInFails(page, email, DEMO_PASSWORD);
    await signIn(page, email, fresh);
  });

  test("a person downloads their data and deletes their account; the idea they submitted stays public under the neutral name", async () => {
    const page = await newPage();
    const email = `karin.${Date.now()}@exempel.test`;
    const password = "ett långt och ovanligt lösenord";

    // Registration: every field's problem at once, then the welcome.
    await page.goto("/register");
    await page.getByLabel("E-postadress").fill("inte-en-adress");
    await page.getByLabel("Lösenord").fill("password123");
    await page.getByRole("button", { name: "Skapa konto" }).click();
    await shows(page.getByText("Fyll i fältet."));
    await shows(page.getByText(/Ange en giltig e-postadress/));
    await shows(page.getByText(/Lösenordet är för vanligt/));
    await shows(page.getByText("Välj den sektor du kommer från."));
    await page.getByLabel("Namn").fill("Karin Testsson");
    await page.getByLabel("E-postadress").fill(email);
    await page.getByLabel("Lösenord").fill(password);
    await page.getByLabel("Sektor").selectOption("CIVIL_SOCIETY");
    await page.getByRole("checkbox", { name: "Jag har läst integritetsmeddelandet" }).check();
    await page.getByRole("button", { name: "Skapa konto" }).click();
    await shows(h1(page, "Välkommen till Arena, Karin Testsson!"));
    await accessibleAtBothWidths(page, "accounts-welcome");

    // Her idea, submitted through the API (the ideas suite walks the form).
    const ideaId = await submitIdea(page, "Bytesdag för barnkläder");

    await page.goto("/account");
    await shows(h1(page, "Mitt konto"));
    await shows(page.getByRole("heading", { level: 2, name: "Notiser med e-post" }));
    await accessibleAtBothWidths(page, "accounts-my-account");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Ladda ner mina uppgifter" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("mina-uppgifter-arena.json");
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const data = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
      account: { email: string };
      ideas: { borne: { title: string }[] };
      consents: unknown;
      notifications: unknown;
      comments: unknown;
      guidanceSessions: unknown;
    };
    expect(data.account.email).toBe(email);
    expect(data.ideas.borne.map((i) => i.title)).toEqual(["Bytesdag för barnkläder"]);
    for (const key of ["consents", "notifications", "comments", "guidanceSessions"] as const) expect(data[key]).toBeDefined();

    await shows(page.getByText(/allmän handling/));
    await page.getByRole("button", { name: "Jag vill radera mitt konto" }).click();
    await page.getByLabel("Ditt lösenord", { exact: true }).last().fill("fel lösenord");
    await page.getByRole("button", { name: "Radera mitt konto för gott" }).click();
    await shows(page.getByText("Lösenordet stämmer inte."));
    await accessibleAtBothWidths(page, "accounts-delete-confirm");
    await page.getByLabel("Ditt lösenord", { exact: true }).last().fill(password);
    await page.getByRole("button", { name: "Radera mitt konto för gott" }).click();
    await shows(page.getByText(/^Ditt konto är raderat/));
    await accessibleAtBothWidths(page, "accounts-deleted");

    // Anyone, not signed in, still reads the idea: under the neutral name.
    const stranger = await newPage();
    await stranger.goto(`/a/gavleborg/ideas/${ideaId}`);
    await shows(h1(stranger, "Bytesdag för barnkläder"));
    await shows(stranger.getByText("Tidigare användare"));
    expect(await stranger.getByText("Karin Testsson").count()).toBe(0);
    await signInFails(stranger, email, password);
  });

  test("a notification mail's unsubscribe link stops that kind of mail, without signing in", async () => {
    // A bearer's new idea is mailed to the arena's coordinator.
    const bearer = await newPage();
    await signIn(bearer, "lots@arena.example");
    await submitIdea(bearer, "Språkcafé på biblioteket");
    const mail = await mailTo("koordinator@arena.example", /Språkcafé på biblioteket/);
    expect(mail.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(mail.headers.get("list-unsubscribe")).toMatch(/^<http:\/\/localhost:\d+\/unsubscribe\/[\w-]+\.[\w-]+>$/);

    const page = await newPage();
    await page.goto(linkPath(mail.text, "/unsubscribe/"));
    await shows(h1(page, "Avsluta e-post"));
    await accessibleAtBothWidths(page, "accounts-unsubscribe");
    await page.getByRole("button", { name: "Sluta skicka sådan e-post" }).click();
    await shows(page.getByText(/^Klart\. Det här skickas inte längre med e-post/));
    await accessibleAtBothWidths(page, "accounts-unsubscribed");

    // The next such idea is not mailed to the coordinator (the other mails of the moment are).
    const before = smtp.received.length;
    await submitIdea(bearer, "Läxhjälp i Hofors");
    // The mailer is woken at the commit; what it would send has gone by then.
    await new Promise((r) => setTimeout(r, 2000));
    expect(
      smtp.received.slice(before).filter((m) => m.to.includes("koordinator@arena.example") && /Läxhjälp i Hofors/.test(m.subject)),
    ).toEqual([]);
  });

  test("an administrator hands out a person's data and deletes their account at their request", async () => {
    const person = await newPage();
    const email = `nils.${Date.now()}@exempel.test`;
    await gql(person.request, "mutation($input: RegisterInput!) { register(input: $input) { user { id } errors { message } } }", {
      input: {
        name: "Nils Begäransson",
        email,
        password: "ett långt och ovanligt lösenord",
        sector: "BUSINESS",
        acceptPrivacyNotice: true,
      },
    });
    await submitIdea(person, "Cykelkök i Sandviken");

    const admin = await newPage();
    await signIn(admin, "admin@arena.example");
    await admin.goto("/account");
    await admin.getByRole("link", { name: "Personer" }).click();
    await shows(h1(admin, "Personer"));
    await admin.getByLabel("Sök på namn, e-post eller organisation").fill("Begäransson");
    await admin.getByRole("button", { name: "Sök", exact: true }).click();
    await shows(admin.getByRole("heading", { level: 2, name: "Nils Begäransson" }));
    await accessibleAtBothWidths(admin, "accounts-people");

    const download = admin.waitForEvent("download");
    await admin.getByRole("button", { name: "Ladda ner uppgifter" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("uppgifter-nils-begäransson.json");

    await admin.getByRole("button", { name: "Radera konto" }).click();
    await shows(admin.getByRole("heading", { level: 3, name: "Radera kontot för Nils Begäransson?" }));
    await accessibleAtBothWidths(admin, "accounts-people-delete");
    await admin.getByRole("button", { name: "Radera kontot för gott" }).click();
    await shows(admin.getByText(/Kontot för Nils Begäransson är raderat/));
    await shows(admin.getByText("Ingen person matchar sökningen."));
    await signInFails(person, email, "ett långt och ovanligt lösenord");
  });
});
