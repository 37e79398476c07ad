import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { accessible, browserSuite, gql, h1, mainNav, navigate, showMoreUntil, shows, signIn } from "./harness.js";

const { newTestPage } = browserSuite();

const stamp = Date.now().toString(36);
const actor = { name: `Testinkubatorn ${stamp}`, email: `inkubator-${stamp}@example.org` };

/** Axe at the desktop width and at a phone's, then back to the desktop. */
async function accessibleAtBothWidths(page: Page, name: string) {
  await accessible(page, `${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await accessible(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Every top-level item of the main menu lies inside the menu, on one line, none cut off. */
async function menuFits(page: Page, who: string) {
  const nav = mainNav(page);
  await shows(nav);
  const list = nav.locator(".main-nav__list");
  const box = (await list.boundingBox())!;
  const items = await list.locator(":scope > li").all();
  expect(items.length, who).toBeGreaterThan(3);
  const tops = new Set<number>();
  for (const item of items) {
    const b = (await item.boundingBox())!;
    expect(b.x, `${who}: ${await item.innerText()}`).toBeGreaterThanOrEqual(box.x - 1);
    expect(b.x + b.width, `${who}: ${await item.innerText()}`).toBeLessThanOrEqual(box.x + box.width + 1);
    tops.add(Math.round(b.y));
  }
  expect([...tops], `${who}: one line`).toHaveLength(1);
  expect(await list.evaluate((el) => el.scrollWidth <= el.clientWidth), who).toBe(true);
}

describe("everyday: the support system, triage's referral and the menu", () => {
  test("a coordinator adds a support actor and refers an idea to it at triage; the actor confirms through the mailed link", async () => {
    // -------- set-up: a bearer's submitted idea, through the API
    const bearer = await newTestPage();
    await signIn(bearer.page, "idebarare@arena.example");
    const arena = await gql<{ arena: { id: string } }>(bearer.page.request, `query { arena(slug: "gavleborg") { id } }`);
    const title = `Cykelkök för unga i Hofors ${stamp}`;
    const created = await gql<{ createIdea: { idea: { id: string } } }>(
      bearer.page.request,
      "mutation($input: CreateIdeaInput!) { createIdea(input: $input) { idea { id } errors { message } } }",
      {
        input: {
          arenaId: arena.arena.id,
          clientKey: `everyday-${stamp}`,
          title,
          summary: "Unga lagar cyklar åt grannar och lär sig ett hantverk.",
          need: "Unga i Hofors saknar sommarjobb och mötesplatser.",
          solution: "En verkstad i en tom lokal, med en handledare från föreningen.",
        },
      },
    );
    await gql(bearer.page.request, "mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { errors { message } } }", {
      input: { id: created.createIdea.idea.id, acceptPublicNotice: true },
    });

    // -------- the coordinator adds an actor to the registry: an error first, then the actor
    const coordinator = await newTestPage();
    const cp = coordinator.page;
    await signIn(cp, "koordinator@arena.example");
    await menuFits(cp, "coordinator at 1280");
    await cp.setViewportSize({ width: 1536, height: 900 });
    await menuFits(cp, "coordinator at 1536");
    await cp.setViewportSize({ width: 1280, height: 900 });
    await navigate(cp, "Stödsystemet");
    await shows(h1(cp, "Stödsystemet"));
    await cp.getByRole("button", { name: "Lägg till aktör" }).click();
    const form = cp.getByRole("form", { name: "Ny aktör i stödsystemet" });
    await form.getByLabel("Typ av aktör").selectOption({ label: "Inkubator" });
    await form.getByRole("button", { name: "Lägg till" }).click();
    const name = form.getByRole("textbox", { name: /^Namn/ });
    await expect.poll(() => name.getAttribute("aria-invalid")).toBe("true");
    await accessibleAtBothWidths(cp, "everyday-01-actor-form-error");
    await shows(form.getByText("Välj minst en fas som aktören stödjer."));
    await name.fill(actor.name);
    await form.getByRole("checkbox", { name: "Utveckling" }).check();
    await form.getByRole("checkbox", { name: "Spridning" }).check();
    await form.getByLabel(/^Vad de erbjuder/).fill("Affärsutveckling för sociala företag, sex månader.");
    await form.getByLabel(/^E-post/).fill(actor.email);
    await form.getByRole("button", { name: "Lägg till" }).click();
    await shows(cp.getByText(`${actor.name} är tillagd i stödsystemet.`).first());
    const card = cp.getByRole("article", { name: actor.name });
    await cp.getByRole("searchbox", { name: "Sök bland aktörerna" }).fill(stamp);
    await cp.getByRole("search").getByRole("button", { name: "Sök" }).click();
    await shows(card);
    await shows(card.getByText("Utveckling, Spridning"));
    await accessibleAtBothWidths(cp, "everyday-02-registry");

    // -------- triage: REFER picks the new actor
    await navigate(cp, "Inkorg");
    await shows(h1(cp, "Inkorg"));
    const item = await showMoreUntil(cp, cp.getByRole("article", { name: title }), `"${title}" in the intake`);
    await item.getByRole("button", { name: /^Fatta beslut/ }).click();
    const triage = item.getByRole("form", { name: `Fatta beslut: ${title}` });
    await triage.getByRole("radio", { name: "Hänvisa till annan aktör" }).check();
    const actorSelect = triage.getByLabel(/^Aktör/);
    await shows(actorSelect);
    await actorSelect.selectOption({ label: `${actor.name} (Inkubator)` });
    await triage
      .getByRole("textbox", { name: /^Motivering/ })
      .fill("Idén behöver en affärsplan; inkubatorn hjälper sociala företag med den.");
    await triage.getByRole("button", { name: "Spara beslut" }).click();
    await shows(cp.getByRole("heading", { name: "Hänvisningen är skickad" }));
    const shown = await cp.getByLabel("Personlig länk till aktören").inputValue();
    await accessibleAtBothWidths(cp, "everyday-03-triage-referred");

    // -------- the mail in the outbox, read by the admin, carries the same link
    const admin = await newTestPage();
    await signIn(admin.page, "admin@arena.example");
    await menuFits(admin.page, "admin at 1280");
    const mails = await gql<{ outbox: { edges: { node: { to: string; text: string } }[] } }>(
      admin.page.request,
      "query { outbox(first: 100) { edges { node { to text } } } }",
    );
    const mail = mails.outbox.edges.map((e) => e.node).find((m) => m.to === actor.email);
    const link = mail?.text.match(/https?:\/\/\S+\/referral\/[A-Za-z0-9_-]{43}/)?.[0];
    expect(link).toBe(shown);

    // -------- the actor, without an account, confirms through the link
    const ap = (await newTestPage()).page;
    await ap.goto(new URL(link!).pathname);
    await shows(h1(ap, /^Hänvisning från /));
    await shows(ap.getByText(title));
    await ap.getByRole("button", { name: "Bekräfta mottagning" }).click();
    await shows(ap.getByText("Tack! Mottagningen är bekräftad."));

    // -------- the idea's timeline: referred at triage, received by the actor
    await bearer.page.goto(`/a/gavleborg/ideas/${created.createIdea.idea.id}`);
    await shows(h1(bearer.page, title));
    await shows(bearer.page.getByText(new RegExp(`^Till ${actor.name}`)).first());
  });

  test("the new pages: my next steps and the moderation queue, and a phone's header", async () => {
    const coordinator = await newTestPage();
    const cp = coordinator.page;
    await signIn(cp, "koordinator@arena.example");
    await navigate(cp, "Moderering");
    await shows(h1(cp, "Moderering"));
    await shows(cp.getByRole("heading", { level: 2, name: /kommentar(er)? väntar$/ }));
    await accessibleAtBothWidths(cp, "everyday-04-moderation");
    await navigate(cp, "Mina nästa steg");
    await shows(h1(cp, "Mina nästa steg"));
    await accessibleAtBothWidths(cp, "everyday-05-my-next-steps");

    // On a phone the header takes less than a third of the first screen.
    await cp.setViewportSize({ width: 390, height: 844 });
    await cp.goto("/a/gavleborg");
    await shows(mainNav(cp));
    const header = (await cp.getByRole("banner").boundingBox())!;
    expect(header.height).toBeLessThan(844 / 3);
    await mainNav(cp).getByRole("button", { name: "Mitt arbete" }).click();
    await shows(mainNav(cp).getByRole("link", { name: "Inkorg" }));
    await accessible(cp, "everyday-06-phone-menu-open-390");
  });

  test("the statements: linked from every page's footer, accessible, and the feedback form reaches the admins", async () => {
    const visitor = await newTestPage();
    const vp = visitor.page;
    await vp.goto("/a/gavleborg");
    const footer = vp.getByRole("navigation", { name: "Om webbplatsen" });
    await footer.getByRole("link", { name: "Integritet och personuppgifter" }).click();
    await shows(h1(vp, "Så behandlar vi dina personuppgifter"));
    // After in-app navigation, focus is on the new page's heading.
    await expect.poll(() => vp.evaluate("document.activeElement && document.activeElement.tagName")).toBe("H1");
    await accessibleAtBothWidths(vp, "everyday-07-privacy");
    await footer.getByRole("link", { name: "Kakor" }).click();
    await shows(h1(vp, "Kakor"));
    await shows(vp.getByText(/arena_session/));
    await accessibleAtBothWidths(vp, "everyday-08-cookies");
    await footer.getByRole("link", { name: "Tillgänglighet" }).click();
    await shows(h1(vp, "Tillgänglighet för Arena"));
    const form = vp.getByRole("form", { name: "Skicka en synpunkt om tillgängligheten" });
    await form.getByRole("button", { name: "Skicka synpunkt" }).click();
    const message = form.getByRole("textbox", { name: /^Vad fungerar inte/ });
    await expect.poll(() => message.getAttribute("aria-invalid")).toBe("true");
    await accessibleAtBothWidths(vp, "everyday-09-accessibility-error");
    const text = `Knappen för att byta språk läses upp otydligt (${stamp}).`;
    await message.fill(text);
    await form.getByRole("textbox", { name: /^Din e-postadress/ }).fill(`besokare-${stamp}@exempel.test`);
    await form.getByRole("button", { name: "Skicka synpunkt" }).click();
    await shows(vp.getByText("Tack! Din synpunkt har skickats till arenans administratörer."));

    // The admin is told in the app and mailed.
    const admin = await newTestPage();
    await signIn(admin.page, "admin@arena.example");
    const mails = await gql<{ outbox: { edges: { node: { to: string; text: string } }[] } }>(
      admin.page.request,
      "query { outbox(first: 100) { edges { node { to text } } } }",
    );
    expect(mails.outbox.edges.some((e) => e.node.to === "admin@arena.example" && e.node.text.includes(text))).toBe(true);
    await admin.page.goto("/notifications");
    await shows(admin.page.getByText(`Synpunkt på tillgängligheten från besokare-${stamp}@exempel.test`).first());

    // Registration asks for the privacy notice to be confirmed.
    await vp.goto("/register");
    await shows(h1(vp, "Skapa konto"));
    await shows(vp.getByRole("checkbox", { name: "Jag har läst integritetsmeddelandet" }));
    await accessible(vp, "everyday-10-register-privacy");
  });
});
