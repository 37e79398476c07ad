import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { accessible, banner, browserSuite, focused, h1, mainNav, showMoreUntil, shows, signIn, switchLanguage } from "./harness.js";

const { newTestPage, newPage } = browserSuite();

const saveStatus = (page: Page) => page.locator("#idea-save-status");
/** A stage badge ("Fas: Utkast" to a screen reader, "Utkast" on screen). */
const stageBadge = (scope: Page | Locator, label: string) => scope.getByText(new RegExp(`^(Fas|Stage): ${label}$`));

async function register(page: Page, name: string, organisation: string) {
  const email = `${name.toLowerCase().replace(/[^a-z]/g, ".")}.${Date.now()}@exempel.se`;
  await page.goto("/register");
  await page.getByLabel("Namn", { exact: true }).fill(name);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill("en lång mening om kaffe och kanelbullar");
  await page.getByLabel(/^Organisation/).fill(organisation);
  await page.getByLabel("Sektor").selectOption({ label: "Civilsamhälle" });
  await page.getByRole("checkbox", { name: "Jag har läst integritetsmeddelandet" }).check();
  await page.getByRole("button", { name: "Skapa konto" }).click();
  // The first-time welcome, then on to the arena.
  await page.waitForURL(/\/welcome$/);
  await page.getByRole("link", { name: "Till arenan" }).click();
  await page.waitForURL(/\/a\/gavleborg$/);
  return email;
}

/** Waits until the autosave says "Sparat hh:mm". */
async function saved(page: Page) {
  await expect.poll(() => saveStatus(page).textContent(), { timeout: 15_000 }).toMatch(/^(Sparat|Saved) \d\d:\d\d$/);
}

/** Clicks "Visa fler" until a result with this title shows. */
const findResult = (page: Page, title: string): Promise<Locator> =>
  showMoreUntil(page, page.getByRole("link", { name: title, exact: true }), `"${title}" among the results`);

async function search(page: Page, q: string) {
  await page.getByRole("searchbox", { name: "Sök bland idéerna" }).fill(q);
  await page.getByRole("search").getByRole("button", { name: "Sök" }).click();
  await page.waitForURL((url) => url.searchParams.get("q") === q);
}

// The journey shares one idea across its steps.
const stamp = Date.now().toString(36);
const journey = {
  title: `Hembesök med fika mot äldres ensamhet ${stamp}`,
  url: "",
};

describe("an idea bearer from civil society", () => {
  test("starts a draft, leaves, finds it intact, submits it and sees it in My ideas", async () => {
    const tp = await newTestPage();
    const { page } = tp;
    await register(page, "Fatima Föreningsdotter", "Föreningen Fikavännerna");

    // From the arena's start page to the form.
    await page.getByRole("link", { name: "Lämna en idé" }).first().click();
    await shows(h1(page, "Ny idé"));
    await shows(saveStatus(page).getByText("Utkastet sparas automatiskt när du börjar skriva."));
    // The organisation and sector come from the account.
    expect(await page.getByLabel(/^Organisation/).inputValue()).toBe("Föreningen Fikavännerna");
    expect(await page.getByLabel("Sektor").inputValue()).toBe("CIVIL_SOCIETY");
    await accessible(page, "ideas-01-new-sv");

    await page.getByRole("textbox", { name: "Titel", exact: true }).fill(journey.title);
    await page
      .getByRole("textbox", { name: "Sammanfattning", exact: true })
      .fill("Frivilliga från föreningen gör hembesök med fika hos personer över 75 som bor ensamma på landsbygden.");
    await page.getByRole("checkbox", { name: "Ockelbo kommun" }).check();
    await page.getByRole("checkbox", { name: /Ett jämlikt Gävleborg/ }).check();
    await page.getByRole("checkbox", { name: /^5\.1 / }).check();
    await page.getByRole("checkbox", { name: "3 Hälsa och välbefinnande" }).check();
    await page.getByRole("checkbox", { name: "7 Kontroll, inflytande och delaktighet" }).check();

    // The first save makes the draft and the address becomes its edit page; the form stays as it is.
    await saved(page);
    await page.waitForURL(/\/a\/gavleborg\/ideas\/[^/]+\/edit$/);
    const editUrl = page.url();
    await page
      .getByRole("textbox", { name: "Behov", exact: true })
      .fill("Många som bor ensamma träffar sällan någon, och isoleringen ökar risken för ohälsa.");
    expect(await focused(page, "name")).toBe("need");

    // Leave at once, before the debounce: nothing typed is lost.
    await banner(page).getByRole("link", { name: "Mina idéer" }).click();
    await shows(h1(page, "Mina idéer"));
    const draftLink = page.getByRole("link", { name: journey.title });
    await shows(draftLink);
    await shows(stageBadge(page.getByRole("listitem").filter({ has: draftLink }), "Utkast"));
    await accessible(page, "ideas-02-my-ideas-draft-sv");

    // A new tab later: the draft is there, as it was left.
    const later = await tp.context.newPage();
    await later.goto("/my/ideas");
    await later.getByRole("link", { name: journey.title }).click();
    await later.waitForURL(editUrl);
    await shows(h1(later, "Redigera idé"));
    expect(await later.getByRole("textbox", { name: "Titel", exact: true }).inputValue()).toBe(journey.title);
    expect(await later.getByRole("textbox", { name: "Behov", exact: true }).inputValue()).toContain("isoleringen ökar risken");
    expect(await later.getByRole("checkbox", { name: "Ockelbo kommun" }).isChecked()).toBe(true);
    expect(await later.getByRole("checkbox", { name: /^5\.1 / }).isChecked()).toBe(true);
    expect(await later.getByRole("checkbox", { name: "3 Hälsa och välbefinnande" }).isChecked()).toBe(true);

    // Submitting without a solution and without the notice: both are pointed out.
    await later.getByRole("button", { name: "Skicka in idén" }).click();
    const summary = later.getByRole("alert").filter({ hasText: "fält behöver rättas" });
    await shows(summary.getByText("2 fält behöver rättas."));
    expect(await focused(later, "role")).toBe("alert");
    await shows(summary.getByRole("link", { name: /^Lösning: / }));
    expect(await later.getByRole("textbox", { name: "Lösning", exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await later.getByRole("checkbox", { name: "Jag har läst detta och vill skicka in idén" }).getAttribute("aria-invalid")).toBe(
      "true",
    );
    await accessible(later, "ideas-03-submit-errors-sv");

    // The summary's link takes focus to the field.
    await summary.getByRole("link", { name: /^Lösning: / }).click();
    expect(await focused(later, "name")).toBe("solution");
    await later
      .getByRole("textbox", { name: "Lösning", exact: true })
      .fill("Volontärer paras ihop med en person var och besöker hen varannan vecka, med stöd av kommunens äldreomsorg.");
    await later.getByRole("checkbox", { name: "Jag har läst detta och vill skicka in idén" }).check();
    await later.getByRole("button", { name: "Skicka in idén" }).click();

    // The idea page, with its stage and timeline.
    await later.waitForURL(/\/a\/gavleborg\/ideas\/[^/]+$/);
    journey.url = new URL(later.url()).pathname;
    await shows(h1(later, journey.title));
    await shows(later.getByText("Tack! Din idé är inskickad."));
    await shows(stageBadge(later, "Inskickad"));
    const timeline = later.getByRole("region", { name: "Tidslinje" });
    await shows(timeline.getByText("Utkast skapat"));
    await shows(timeline.getByText("Inskickad"));
    await shows(later.getByRole("heading", { name: "Du är idébärare" }));
    await accessible(later, "ideas-04-idea-bearer-sv");

    // My ideas: submitted now.
    await banner(later).getByRole("link", { name: "Mina idéer" }).click();
    const item = later.getByRole("listitem").filter({ has: later.getByRole("link", { name: journey.title }) });
    await shows(stageBadge(item, "Inskickad"));
    await shows(item.getByText(/^Senast: Inskickad/));
    // The feedback promise: when the bearer will hear back.
    await shows(item.getByText(/^Du får besked senast \d+ \p{L}+ \d{4}$/u));
    await switchLanguage(later, "English");
    await shows(h1(later, "My ideas"));
    await shows(stageBadge(item, "Submitted"));
    await accessible(later, "ideas-05-my-ideas-en");
    await later.goto("/a/gavleborg/ideas/new");
    await shows(h1(later, "New idea"));
    await accessible(later, "ideas-06-new-en");
  });

  test("a signed-out visitor finds it by an inflected form and by a misspelling", async () => {
    expect(journey.url, "the journey above made the idea").not.toBe("");
    const page = await newPage();
    await page.goto("/a/gavleborg");
    await mainNav(page).getByRole("link", { name: "Idéer" }).click();
    await shows(h1(page, "Idéer"));

    // "äldre" finds "äldres"; "hembsök" finds "Hembesök".
    await search(page, "äldre");
    await shows(page.getByRole("status").getByText(/matchar ”äldre”/));
    await findResult(page, journey.title);
    await accessible(page, "ideas-07-search-sv");
    await search(page, "hembsök");
    await shows(page.getByRole("status").getByText(/matchar ”hembsök”/));
    const hit = await findResult(page, journey.title);

    // A filter narrows the list and goes into the address; Back undoes it.
    await page.getByLabel("Kommun").selectOption({ label: "Ockelbo kommun" });
    await page.waitForURL((url) => url.searchParams.has("municipality"));
    await shows(hit);
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has("municipality") && url.searchParams.get("q") === "hembsök");
    expect(await page.getByLabel("Kommun").inputValue()).toBe("");

    // Nothing found: say so, and offer to start over.
    await search(page, "xylofonorkester");
    await shows(page.getByText("Inga idéer matchar ”xylofonorkester” med de filter du valt."));
    await accessible(page, "ideas-08-search-empty-sv");
    await page.getByRole("button", { name: "Rensa sökning och filter" }).first().click();
    await page.waitForURL((url) => url.search === "");
    await shows(page.getByRole("status").getByText(/^\d+ idéer$/));

    // "Visa fler" adds the next page and moves focus to the first of the new ideas.
    const cards = page.locator(".idea-card__title a");
    const firstPage = await cards.count();
    await page.getByRole("button", { name: /^Visa fler/ }).click();
    await expect.poll(() => cards.count()).toBeGreaterThan(firstPage);
    await expect
      .poll(() => page.evaluate(`document.activeElement === document.querySelectorAll(".idea-card__title a")[${firstPage}]`))
      .toBe(true);

    // The idea page, as a visitor sees it.
    await page.goto(journey.url);
    await shows(h1(page, journey.title));
    await shows(page.getByRole("link", { name: "Logga in för att följa idén" }));
    expect(await page.getByRole("heading", { name: "Du är idébärare" }).count()).toBe(0);
    await shows(page.getByRole("list", { name: "Plats" }).getByText("Ockelbo kommun"));
    await shows(page.getByRole("list", { name: "Agenda 2030" }).getByText(/Hälsa och välbefinnande/));
    await accessible(page, "ideas-09-idea-visitor-sv");

    await switchLanguage(page, "English");
    await shows(page.getByRole("heading", { level: 2, name: "Timeline" }));
    await shows(stageBadge(page, "Submitted"));
    await accessible(page, "ideas-10-idea-visitor-en");
    await page.goto("/a/gavleborg/ideas?q=%C3%A4ldre");
    await shows(h1(page, "Ideas"));
    await findResult(page, journey.title);
    await accessible(page, "ideas-11-search-en");
  });

  test("an idea that is not there, or not visible, gets a clear page", async () => {
    const page = await newPage();
    await page.goto("/a/gavleborg/ideas/SWRlYTowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA");
    await shows(h1(page, "Idén finns inte eller är inte synlig för dig"));
    await accessible(page, "ideas-12-idea-unavailable-sv");
    await switchLanguage(page, "English");
    await shows(h1(page, "The idea does not exist or is not visible to you"));
    await accessible(page, "ideas-12-idea-unavailable-en");
  });
});

describe("editing safely", () => {
  test("two people editing at once: the second sees the conflict and loses nothing typed", async () => {
    const a = await newPage();
    const b = await newPage();
    await signIn(a, "idebarare@arena.example");
    await signIn(b, "idebarare@arena.example");

    await a.goto("/a/gavleborg/ideas/new");
    await a.getByRole("textbox", { name: "Titel", exact: true }).fill(`Läxhjälp i biblioteket ${stamp}`);
    await a.getByRole("textbox", { name: "Sammanfattning", exact: true }).fill("Ursprunglig sammanfattning.");
    await saved(a);
    await a.waitForURL(/\/edit$/);

    // The same draft, open in another browser.
    await b.goto(a.url());
    await shows(h1(b, "Redigera idé"));
    expect(await b.getByRole("textbox", { name: "Sammanfattning", exact: true }).inputValue()).toBe("Ursprunglig sammanfattning.");

    // A changes the title and the summary and saves.
    await a.getByRole("textbox", { name: "Titel", exact: true }).fill(`Läxhjälp på biblioteket ${stamp}`);
    await a.getByRole("textbox", { name: "Sammanfattning", exact: true }).fill("Sammanfattning från den första fliken.");
    await a.getByRole("textbox", { name: "Behov", exact: true }).focus();
    await saved(a);

    // B, still on the old version, writes its own summary.
    const mine = "Min egen sammanfattning som inte får försvinna.";
    await b.getByRole("textbox", { name: "Sammanfattning", exact: true }).fill(mine);
    const panel = b.getByRole("region", { name: "Någon annan har ändrat idén samtidigt som du" });
    await shows(panel);
    await expect.poll(() => saveStatus(b).textContent()).toBe("Inte sparat – välj vilken text som ska gälla");
    const field = panel.getByRole("group", { name: "Sammanfattning" });
    await shows(field.getByText("Sammanfattning från den första fliken."));
    await shows(field.getByText(mine));
    // Nothing typed is lost, and the title B had not touched is taken over.
    expect(await b.getByRole("textbox", { name: "Sammanfattning", exact: true }).inputValue()).toBe(mine);
    expect(await b.getByRole("textbox", { name: "Titel", exact: true }).inputValue()).toBe(`Läxhjälp på biblioteket ${stamp}`);
    expect(await focused(b, "id")).toBe("conflict-heading");
    await accessible(b, "ideas-13-conflict-sv");

    // Keep mine: saved on top of the current version.
    expect(await field.getByRole("radio", { name: "Behåll min text" }).isChecked()).toBe(true);
    await panel.getByRole("button", { name: "Spara mina val" }).click();
    await saved(b);
    expect(await panel.count()).toBe(0);
    await a.reload();
    await shows(h1(a, "Redigera idé"));
    expect(await a.getByRole("textbox", { name: "Sammanfattning", exact: true }).inputValue()).toBe(mine);
    expect(await a.getByRole("textbox", { name: "Titel", exact: true }).inputValue()).toBe(`Läxhjälp på biblioteket ${stamp}`);
  });

  test("a double-clicked submit makes one idea", async () => {
    const page = await newPage();
    await register(page, "Dag Dubbelklick", "Föreningen Klicket");
    await page.goto("/a/gavleborg/ideas/new");
    await page.getByRole("textbox", { name: "Titel", exact: true }).fill(`Språkcafé för nyanlända ${stamp}`);
    await page.getByRole("textbox", { name: "Sammanfattning", exact: true }).fill("Ett språkcafé varje vecka där nyanlända övar svenska.");
    await page.getByRole("textbox", { name: "Behov", exact: true }).fill("Många nyanlända saknar tillfällen att prata svenska i vardagen.");
    await page
      .getByRole("textbox", { name: "Lösning", exact: true })
      .fill("Frivilliga samtalsledare träffar deltagarna en kväll i veckan.");
    await page.getByRole("checkbox", { name: "Jag har läst detta och vill skicka in idén" }).check();
    await page.getByRole("button", { name: "Skicka in idén" }).dblclick();

    await page.waitForURL(/\/a\/gavleborg\/ideas\/[^/]+$/);
    await shows(page.getByText("Tack! Din idé är inskickad."));
    expect(await page.getByRole("region", { name: "Tidslinje" }).getByText("Inskickad").count()).toBe(1);
    await page.goto("/my/ideas");
    await shows(page.getByRole("heading", { level: 2, name: /^Idéer/ }));
    expect(
      await page
        .getByRole("list")
        .getByRole("link", { name: /Språkcafé för nyanlända/ })
        .count(),
    ).toBe(1);
    expect(await page.getByRole("heading", { level: 2, name: /^Idéer/ }).textContent()).toBe("Idéer 1");
  });

  test("text typed while the network is down is kept, and saved on return", async () => {
    const tp = await newTestPage();
    const { page, context } = tp;
    await signIn(page, "idebarare@arena.example");
    await page.goto("/a/gavleborg/ideas/new");
    await page.getByRole("textbox", { name: "Titel", exact: true }).fill(`Cykelkök för unga ${stamp}`);
    await saved(page);
    await page.waitForURL(/\/edit$/);
    const url = page.url();

    // Offline for the whole browser, so that not even the request sent as the tab closes gets through.
    await context.setOffline(true);
    await page.getByRole("textbox", { name: "Sammanfattning", exact: true }).fill("Skrivet utan nät.");
    await page.getByRole("textbox", { name: "Behov", exact: true }).focus();
    await expect.poll(() => saveStatus(page).textContent(), { timeout: 15_000 }).toBe("Inte sparat – försöker igen");
    await page.close();
    await context.setOffline(false);
    // The refused requests were logged to the console on purpose.
    tp.problems.length = 0;

    const again = await context.newPage();
    await again.goto(url);
    await shows(h1(again, "Redigera idé"));
    // Either the browser's copy is put back (with a notice), or the keepalive save sent as the tab
    // closed got through once the network returned: both keep the text, which is what matters.
    const restored = again.getByText("Vi hittade text som inte hann sparas förra gången");
    await shows(restored.or(again.getByText("Allt är sparat.")));
    await expect
      .poll(() => again.getByRole("textbox", { name: "Sammanfattning", exact: true }).inputValue(), { timeout: 15_000 })
      .toBe("Skrivet utan nät.");
    // The restored copy is saved as the page opens; the keepalive save needs nothing more.
    if (await restored.isVisible()) await saved(again);
    else expect(await saveStatus(again).textContent()).toBe("Allt är sparat.");
    await again.reload();
    expect(await again.getByRole("textbox", { name: "Sammanfattning", exact: true }).inputValue()).toBe("Skrivet utan nät.");
  });
});

describe("discussion and notifications", () => {
  test("someone comments, the bearer's bell counts it at once, and the notifications page marks it read", async () => {
    const bearerTab = await newTestPage();
    const bearer = bearerTab.page;
    const bearerEmail = await register(bearer, "Berit Bärare", "Föreningen Bärkraft");
    const title = `Läsfrämjande lördagar ${stamp}`;
    await bearer.goto("/a/gavleborg/ideas/new");
    await bearer.getByRole("textbox", { name: "Titel", exact: true }).fill(title);
    await bearer
      .getByRole("textbox", { name: "Sammanfattning", exact: true })
      .fill("Högläsning för barn och deras föräldrar varje lördag.");
    await bearer
      .getByRole("textbox", { name: "Behov", exact: true })
      .fill("Allt färre barn läser på fritiden, särskilt i områden utan bibliotek.");
    await bearer
      .getByRole("textbox", { name: "Lösning", exact: true })
      .fill("Frivilliga läser högt i föreningslokaler och lånar ut böcker.");
    await bearer.getByRole("checkbox", { name: "Jag har läst detta och vill skicka in idén" }).check();
    await bearer.getByRole("button", { name: "Skicka in idén" }).click();
    await bearer.waitForURL(/\/a\/gavleborg\/ideas\/[^/]+$/);
    const ideaPath = new URL(bearer.url()).pathname;
    await shows(banner(bearer).getByRole("link", { name: "Notiser", exact: true }));
    // The bearer has a public and an internal thread.
    const discussion = bearer.getByRole("region", { name: /^Diskussion/ });
    await shows(discussion.getByRole("tab", { name: "Offentlig diskussion", selected: true }));
    await shows(discussion.getByText("Ingen har kommenterat idén ännu."));

    // Someone else, signed in elsewhere, comments.
    const other = await newPage();
    await signIn(other, "idebarare@arena.example");
    await other.goto(ideaPath);
    await shows(h1(other, title));
    const comment = "Vilken fin idé! Vi vill gärna vara med i Ockelbo.";
    await other.getByRole("textbox", { name: "Skriv en kommentar" }).fill(comment);
    await other.getByRole("button", { name: "Publicera" }).click();
    await shows(other.getByRole("status").getByText("Din kommentar är publicerad."));
    const mine = other.getByRole("article", { name: "Kommentar av Ida Idébärare" });
    await shows(mine.getByText(comment));

    // The bearer's bell counts it without a reload, and it is announced.
    await shows(banner(bearer).getByRole("link", { name: "Notiser, 1 oläst" }));
    await shows(banner(bearer).getByRole("status").getByText(`Ny notis: Ny kommentar på din idé ”${title}”`));

    // The author may edit within the window.
    await mine.getByRole("button", { name: /^Redigera/ }).click();
    await mine.getByRole("textbox", { name: "Redigera din kommentar" }).fill(`${comment} Vi har en lokal.`);
    await mine.getByRole("button", { name: "Spara ändringen" }).click();
    await shows(mine.getByText("(redigerad)"));
    await accessible(other, "ideas-14-discussion-sv");

    // The notifications page: the new one is marked, and read now.
    await banner(bearer).getByRole("link", { name: "Notiser, 1 oläst" }).click();
    await shows(h1(bearer, "Notiser"));
    const notification = bearer.getByRole("link", { name: `Ny kommentar på din idé ”${title}”` });
    await shows(notification);
    await shows(bearer.getByText("Ny", { exact: true }));
    await shows(banner(bearer).getByRole("link", { name: "Notiser", exact: true }));
    await accessible(bearer, "ideas-15-notifications-sv");

    // It leads to the comment.
    await notification.click();
    await bearer.waitForURL((url) => url.pathname === ideaPath && url.hash.startsWith("#comment-"));
    await shows(h1(bearer, title));
    await expect.poll(() => focused(bearer, "aria-label")).toBe("Kommentar av Ida Idébärare");

    // The bearer replies and reports; and writes in the internal thread.
    const theirs = bearer.getByRole("article", { name: "Kommentar av Ida Idébärare" });
    await theirs.getByRole("button", { name: /^Svara/ }).click();
    await bearer.getByRole("textbox", { name: "Ditt svar till Ida Idébärare" }).fill("Tack! Hör av er så bokar vi ett möte.");
    await bearer.getByRole("button", { name: "Skicka svar" }).click();
    await shows(bearer.getByRole("list", { name: "Svar till Ida Idébärare" }).getByText("Tack! Hör av er så bokar vi ett möte."));
    await theirs.getByRole("button", { name: /^Anmäl/ }).click();
    await theirs.getByRole("button", { name: "Skicka anmälan" }).click();
    await shows(theirs.getByText("Du har anmält kommentaren."));
    await bearer.getByRole("tab", { name: "Intern tråd" }).click();
    await shows(bearer.getByText("Syns bara för idébärarna och arenans lotsteam."));
    await bearer.getByRole("textbox", { name: "Skriv en intern kommentar" }).fill("Ska vi söka pengar från kommunen?");
    await bearer.getByRole("button", { name: "Publicera" }).click();
    await shows(bearer.getByRole("list", { name: "Interna kommentarer" }).getByText("Ska vi söka pengar från kommunen?"));
    await accessible(bearer, "ideas-16-discussion-internal-sv");

    // The commenter sees no internal thread.
    await other.reload();
    await shows(other.getByRole("region", { name: /^Diskussion/ }));
    expect(await other.getByRole("tab").count()).toBe(0);

    // In English.
    await switchLanguage(bearer, "English");
    await bearer.goto("/notifications");
    await shows(h1(bearer, "Notifications"));
    await accessible(bearer, "ideas-17-notifications-en");
    await bearer.goto(ideaPath);
    await shows(bearer.getByRole("tab", { name: "Public discussion" }));
    await accessible(bearer, "ideas-18-idea-discussion-en");

    // An administrator reads the mail in the outbox (no SMTP server here).
    const admin = await newPage();
    await signIn(admin, "admin@arena.example");
    await admin.goto("/account");
    await admin.getByRole("link", { name: "Utkorg" }).click();
    await shows(h1(admin, "Utkorg"));
    const mail = admin.getByRole("listitem").filter({ hasText: bearerEmail }).first();
    await shows(mail);
    await mail.getByText("Visa brevet").click();
    await shows(mail.getByText(title).first());
    await accessible(admin, "ideas-19-outbox-sv");
    await switchLanguage(admin, "English");
    await shows(h1(admin, "Outbox"));
    await accessible(admin, "ideas-20-outbox-en");
  });
});

describe("carrying an idea together", () => {
  test("follow, invite a co-bearer who accepts, and withdraw with a reason", async () => {
    const bearer = await newPage();
    const bearerEmail = await register(bearer, "Kim Kollektiv", "Föreningen Tillsammans");
    const title = `Fixarträffar för nyinflyttade ${stamp}`;
    await bearer.goto("/a/gavleborg/ideas/new");
    await bearer.getByRole("textbox", { name: "Titel", exact: true }).fill(title);
    await bearer
      .getByRole("textbox", { name: "Sammanfattning", exact: true })
      .fill("Träffar där nyinflyttade lagar saker tillsammans med grannar.");
    await bearer.getByRole("textbox", { name: "Behov", exact: true }).fill("Nyinflyttade har svårt att lära känna sina grannar.");
    await bearer
      .getByRole("textbox", { name: "Lösning", exact: true })
      .fill("En fixarträff i månaden i kvarterslokalen, med verktyg och fika.");
    await bearer.getByRole("checkbox", { name: "Jag har läst detta och vill skicka in idén" }).check();
    await bearer.getByRole("button", { name: "Skicka in idén" }).click();
    await bearer.waitForURL(/\/a\/gavleborg\/ideas\/[^/]+$/);
    const ideaPath = new URL(bearer.url()).pathname;

    // Someone signed in follows it, and changes their mind.
    const ida = await newPage();
    await signIn(ida, "idebarare@arena.example");
    await ida.goto(ideaPath);
    const follow = ida.getByRole("button", { name: "Följ idén" });
    expect(await follow.getAttribute("aria-pressed")).toBe("false");
    await follow.click();
    await shows(ida.getByText("1 följare"));
    await expect.poll(() => follow.getAttribute("aria-pressed")).toBe("true");
    await follow.click();
    await shows(ida.getByText("0 följare"));

    // Invitations: the server's errors at the field, then one that works.
    const invite = bearer.getByRole("form", { name: "Bjud in en medbärare" });
    await invite.getByRole("textbox", { name: "E-postadress" }).fill("inte-en-adress");
    await invite.getByRole("button", { name: "Bjud in" }).click();
    await shows(invite.getByText("Ange en giltig e-postadress"));
    expect(await invite.getByRole("textbox", { name: "E-postadress" }).getAttribute("aria-invalid")).toBe("true");
    await invite.getByRole("textbox", { name: "E-postadress" }).fill(bearerEmail);
    await invite.getByRole("button", { name: "Bjud in" }).click();
    await shows(invite.getByText("Du bär redan idén."));
    await invite.getByRole("textbox", { name: "E-postadress" }).fill("idebarare@arena.example");
    await invite.getByRole("button", { name: "Bjud in" }).click();
    await shows(invite.getByRole("status").getByText("idebarare@arena.example är inbjuden."));
    await shows(bearer.getByRole("list", { name: "Medbärare" }).getByText("Inbjuden"));
    await shows(bearer.getByRole("region", { name: "Tidslinje" }).getByText("Medbärare inbjuden"));

    // The invited person answers under My ideas.
    await ida.goto("/my/ideas");
    const invitations = ida.getByRole("region", { name: /^Inbjudningar/ });
    await shows(invitations.getByText(title));
    await accessible(ida, "ideas-21-my-ideas-invitation-sv");
    await invitations.getByRole("button", { name: `Tacka ja: ${title}` }).click();
    await shows(ida.getByRole("status").getByText(`Du är nu medbärare till ”${title}”.`));
    await shows(ida.getByRole("list").getByRole("link", { name: title }));

    // Withdrawing asks first, takes a reason, and shows in the timeline.
    await bearer.reload();
    await shows(bearer.getByRole("list", { name: "Medbärare" }).getByText("Ida Idébärare"));
    await bearer.getByRole("button", { name: "Återta idén" }).click();
    expect(await focused(bearer, "id")).toBe("withdraw-heading");
    await bearer.getByRole("textbox", { name: /^Varför återtar du idén/ }).fill("Vi gör det i kommunens regi i stället.");
    await accessible(bearer, "ideas-22-withdraw-confirm-sv");
    await bearer.getByRole("button", { name: "Ja, återta idén" }).click();
    await shows(stageBadge(bearer, "Återtagen"));
    await shows(bearer.getByText("Idén är återtagen av idébäraren."));
    const timeline = bearer.getByRole("region", { name: "Tidslinje" });
    await shows(timeline.getByText("Återtagen"));
    await shows(timeline.getByText("Vi gör det i kommunens regi i stället."));
  });
});
