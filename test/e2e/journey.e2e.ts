import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { DEMO_PASSWORD, accessible, banner, browserSuite, focused, h1, navigate, shows } from "./harness.js";

const { newTestPage, newPage } = browserSuite();

/** Fills in and submits the sign-in form on screen; unlike the harness's signIn, it neither opens the form nor waits. */
async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
}

describe("a resident's first visit", () => {
  test("registers, signs out and in again, and browses the structure and the strategy in Swedish and English", async () => {
    const page = await newPage();
    const name = "Sara Exempelsson";
    const email = `sara.${Date.now()}@exempel.se`;
    const password = "en lång mening om fika i skogen";

    // Landing page, in Swedish by default.
    await page.goto("/");
    await shows(h1(page, "Idéer som gör skillnad, prövade tillsammans"));
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    await shows(page.getByRole("link", { name: "Arena för social innovation Gävleborg" }));
    await shows(page.getByRole("link", { name: "Regional arena för sociala innovationer Dalarna" }));
    await accessible(page, "01-landing-sv");

    // Register as a person from civil society.
    await banner(page).getByRole("link", { name: "Skapa konto" }).click();
    await shows(h1(page, "Skapa konto"));
    await accessible(page, "02-register-sv");
    await page.getByLabel("Namn", { exact: true }).fill(name);
    await page.getByLabel("E-postadress").fill(email);
    await page.getByLabel("Lösenord").fill(password);
    await page.getByLabel(/^Organisation/).fill("Föreningen Gläntan");
    await page.getByLabel("Sektor").selectOption({ label: "Civilsamhälle" });
    await page.getByRole("checkbox", { name: "Jag har läst integritetsmeddelandet" }).check();
    await page.getByRole("button", { name: "Skapa konto" }).click();

    // A first-time welcome says what happens next; then the arena's start page.
    await shows(h1(page, `Välkommen till Arena, ${name}!`));
    await page.getByRole("link", { name: "Till arenan" }).click();

    // Signed in, on the arena's start page, with name and role in the header.
    await page.waitForURL(/\/a\/gavleborg$/);
    await shows(h1(page, "Arena för social innovation Gävleborg"));
    await shows(banner(page).getByRole("link", { name: new RegExp(name) }));
    await shows(banner(page).getByText("Idébärare"));

    // Sign out, then sign in again.
    await banner(page).getByRole("button", { name: "Logga ut" }).click();
    await shows(banner(page).getByRole("link", { name: "Logga in" }));
    expect(await banner(page).getByText(name).count()).toBe(0);
    await banner(page).getByRole("link", { name: "Logga in" }).click();
    await shows(h1(page, "Logga in"));
    await accessible(page, "03-sign-in-sv");
    await signIn(page, email, password);
    await page.waitForURL(/\/a\/gavleborg$/);
    await shows(banner(page).getByRole("link", { name: new RegExp(name) }));

    // The partnership structure: the bodies as a tree, the parties, the county parts.
    await navigate(page, "Samverkansstruktur");
    await shows(h1(page, "Samverkansstruktur"));
    await shows(page.getByRole("heading", { level: 3, name: "Nätverk Välfärd" }));
    await shows(page.getByRole("heading", { name: "Länsledning Välfärd" }));
    const underLansledning = page.getByRole("list", { name: "Underorgan till Länsledning Välfärd" });
    for (const committee of ["Utskott barn och unga", "Utskott vuxna", "Utskott psykisk hälsa"]) {
      await shows(underLansledning.getByRole("heading", { name: committee }));
    }
    // Länsledning itself sits under Nätverk Välfärd.
    await shows(page.getByRole("list", { name: "Underorgan till Nätverk Välfärd" }).getByRole("heading", { name: "Länsledning Välfärd" }));
    const parties = page.getByRole("list", { name: "Parter", exact: true }).getByRole("listitem");
    expect(await parties.count()).toBe(11);
    await shows(page.getByRole("list", { name: "Parter", exact: true }).getByText("Region Gävleborg"));
    await shows(page.getByRole("heading", { level: 3, name: "Norra Hälsingland" }));
    // People in bodies are shown to signed-in visitors.
    await shows(page.getByText("Lars Ledamot"));
    await accessible(page, "04-structure-sv");

    // The strategy: five strategic goals in three areas.
    await navigate(page, "Strategi");
    await shows(h1(page, "Strategi"));
    await shows(page.getByRole("heading", { level: 2, name: "Välfärdsstrategi för Gävleborg" }));
    expect(await page.getByRole("heading", { level: 4, name: /^Strategiskt mål \d/ }).count()).toBe(5);
    await shows(page.getByText("Förbättrad folkhälsa"));
    await shows(page.getByRole("heading", { level: 3, name: "Jämlikhet" }));
    await accessible(page, "05-strategy-sv");

    // Switch to English: the interface and the data the server renders change language.
    await banner(page).getByRole("button", { name: "English" }).click();
    await shows(h1(page, "Strategy"));
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await shows(page.getByRole("heading", { level: 2, name: "Welfare strategy for Gävleborg" }));
    await shows(page.getByRole("heading", { level: 3, name: "Health" }));
    expect(await page.getByRole("heading", { level: 4, name: /^Strategic goal \d/ }).count()).toBe(5);
    await shows(banner(page).getByText("Idea bearer"));
    await accessible(page, "06-strategy-en");

    await navigate(page, "Partnership structure");
    await shows(h1(page, "Partnership structure"));
    await shows(page.getByText(/The county's political steering group for welfare collaboration/));
    expect(await page.getByRole("list", { name: "Parties", exact: true }).getByRole("listitem").count()).toBe(11);
    await accessible(page, "07-structure-en");

    // Signed out, in English: landing, register and sign in.
    await banner(page).getByRole("button", { name: "Sign out" }).click();
    await shows(banner(page).getByRole("link", { name: "Sign in" }));
    await page.goto("/");
    await shows(h1(page, "Ideas that make a difference, tested together"));
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await accessible(page, "08-landing-en");
    await banner(page).getByRole("link", { name: "Create account" }).click();
    await shows(h1(page, "Create account"));
    await accessible(page, "09-register-en");
    await banner(page).getByRole("link", { name: "Sign in" }).click();
    await shows(h1(page, "Sign in"));
    await accessible(page, "10-sign-in-en");
  });

  test("a wrong password gets a clear error, and focus moves to it", async () => {
    const page = await newPage();
    await page.goto("/sign-in");
    await shows(h1(page, "Logga in"));
    await signIn(page, "idebarare@arena.example", "inte-rätt-lösenord");
    const alert = page.getByRole("alert");
    await shows(alert.getByText("Fel e-postadress eller lösenord."));
    expect(await focused(page, "role")).toBe("alert");
    await accessible(page, "11-sign-in-wrong-password-sv");

    await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await shows(banner(page).getByRole("link", { name: /Ida Idébärare/ }));
  });

  test("registration shows the server's field errors beside the fields", async () => {
    const page = await newPage();
    await page.goto("/register");
    await shows(h1(page, "Skapa konto"));

    // Nothing filled in: every field's problem at once, the sector's and the privacy notice's among them.
    await page.getByRole("button", { name: "Skapa konto" }).click();
    await shows(page.getByText("Välj den sektor du kommer från."));
    await shows(page.getByRole("alert").getByText("5 fält behöver rättas."));

    await page.getByLabel("E-postadress").fill("inte-en-adress");
    await page.getByLabel("Lösenord").fill("kort");
    await page.getByLabel("Sektor").selectOption({ label: "Näringsliv" });
    await page.getByRole("checkbox", { name: "Jag har läst integritetsmeddelandet" }).check();
    await page.getByRole("button", { name: "Skapa konto" }).click();

    const nameInput = page.getByLabel("Namn", { exact: true });
    const emailInput = page.getByLabel("E-postadress");
    const passwordInput = page.getByLabel("Lösenord");
    await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBe(3);
    for (const input of [nameInput, emailInput, passwordInput]) {
      expect(await input.getAttribute("aria-invalid")).toBe("true");
    }
    // The message is tied to its field, and focus is on the first field to correct.
    const describedBy = (await emailInput.getAttribute("aria-describedby")) ?? "";
    const descriptions = await Promise.all(describedBy.split(" ").map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(descriptions.join(" ")).toContain("Ange en giltig e-postadress");
    expect(await focused(page, "name")).toBe("name");
    await shows(page.getByRole("alert").getByText("3 fält behöver rättas."));
    await accessible(page, "12-register-errors-sv");
  });

  test("keyboard users can skip to the content and reach the other arena", async () => {
    const page = await newPage();
    await page.goto("/a/gavleborg/structure");
    await shows(h1(page, "Samverkansstruktur"));
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement && document.activeElement.textContent")).toBe("Hoppa till huvudinnehållet");
    await page.keyboard.press("Enter");
    expect(await focused(page, "id")).toBe("main");

    // The arena switcher is a disclosure: open it, pick Dalarna, land on its start page.
    const switcher = banner(page).getByRole("button", { name: /Byt arena/ });
    await switcher.focus();
    await page.keyboard.press("Enter");
    expect(await switcher.getAttribute("aria-expanded")).toBe("true");
    await banner(page)
      .getByRole("link", { name: /Region Dalarna/ })
      .focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/a\/dalarna$/);
    await shows(h1(page, "Regional arena för sociala innovationer Dalarna"));
    // Focus follows the navigation to the new page's heading.
    expect(await page.evaluate("document.activeElement && document.activeElement.tagName")).toBe("H1");
  });

  test("the language choice is remembered across visits", async () => {
    const page = await newPage();
    await page.goto("/a/dalarna");
    await shows(h1(page, "Regional arena för sociala innovationer Dalarna"));
    await banner(page).getByRole("button", { name: "English" }).click();
    await shows(h1(page, "Regional Arena for Social Innovation Dalarna"));
    await page.reload();
    await shows(h1(page, "Regional Arena for Social Innovation Dalarna"));
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await banner(page).getByRole("button", { name: "Svenska" }).click();
    await shows(h1(page, "Regional arena för sociala innovationer Dalarna"));
    expect(await page.getAttribute("html", "lang")).toBe("sv");
  });
});

describe("when something goes wrong", () => {
  test("a page that cannot reach the server says so, and can try again", async () => {
    const tp = await newTestPage();
    const { page } = tp;
    await page.route("**/graphql", (route) => route.abort("connectionrefused"));
    await page.goto("/a/gavleborg/strategy");
    await shows(h1(page, "Strategi"));
    const alert = page.getByRole("alert");
    await shows(alert.getByRole("heading", { name: "Det gick inte att hämta uppgifterna" }));
    await shows(alert.getByText("Vi når inte servern just nu."));
    await accessible(page, "14-strategy-error-sv");

    await page.unroute("**/graphql");
    await alert.getByRole("button", { name: "Försök igen" }).click();
    await shows(page.getByRole("heading", { level: 2, name: "Välfärdsstrategi för Gävleborg" }));
    // The refused requests were logged to the console on purpose.
    tp.problems.length = 0;
  });

  test("an arena that does not exist gets a clear page", async () => {
    const page = await newPage();
    await page.goto("/a/finns-inte/structure");
    await shows(h1(page, "Arenan finns inte"));
    await page.goto("/ingen/sida");
    await shows(h1(page, "Sidan finns inte"));
    await accessible(page, "15-not-found-sv");
  });
});

describe("a coordinator keeping the structure", () => {
  test("adds an organisation, and another open page shows it at once", async () => {
    const watcher = await newPage();
    await watcher.goto("/sign-in");
    await signIn(watcher, "koordinator@arena.example", DEMO_PASSWORD);
    await shows(banner(watcher).getByText("Samordnare"));
    await watcher.goto("/a/gavleborg/structure");
    await shows(h1(watcher, "Samverkansstruktur"));

    // A second tab of the same browser (same session).
    const editor = await watcher.context().newPage();
    await editor.goto("/a/gavleborg/structure");
    const form = editor.getByRole("form", { name: "Lägg till organisation" });
    await shows(form);

    // An empty name is refused with the server's message on the field.
    await form.getByRole("button", { name: "Lägg till organisation" }).click();
    await editor.locator('[name="name"][aria-invalid="true"]').waitFor();
    expect(await focused(editor, "name")).toBe("name");
    await shows(form.getByText("Fyll i fältet."));
    await accessible(editor, "13-structure-edit-errors-sv");

    await form.getByLabel("Namn").fill("Föreningen Testbyn");
    await form.getByLabel("Typ av organisation").selectOption({ label: "Civilsamhällesorganisation" });
    await form.getByLabel("Sektor").selectOption({ label: "Civilsamhälle" });
    await form.getByLabel(/^Länsdel/).selectOption({ label: "Gävle" });
    await form.getByRole("button", { name: "Lägg till organisation" }).click();
    await shows(form.getByRole("status").getByText("Föreningen Testbyn har lagts till."));
    await shows(editor.getByRole("list", { name: "Övriga organisationer" }).getByText("Föreningen Testbyn"));

    // The watching tab learns of the change over the subscription, without a reload.
    await shows(watcher.getByRole("list", { name: "Övriga organisationer" }).getByText("Föreningen Testbyn"));
    await shows(watcher.getByRole("list", { name: "Gävle", exact: true }).getByText("Föreningen Testbyn"));
  });
});
