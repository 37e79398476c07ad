import { describe, expect, test } from "vitest";
import { accessible, banner, browserSuite, h1, navigate, shows, signIn } from "./harness.js";

const { newTestPage } = browserSuite();

const idea = "CROSS-modell i Gävle: civilsamhälle och socialtjänst tillsammans";

/** A small PDF, as a person would pick one from their disk. */
const pdf = { name: "Underlag CROSS.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n% Underlag för beslut\n%%EOF\n") };

describe("a matter from a test cycle's ADVANCE to Länsledning Välfärd", () => {
  test("the coordinator opens it from the decision with an attachment and sends it to the beredning, whose member writes the basis and places it", async () => {
    const { page } = await newTestPage();

    // -------- the kansli: from the guide's ADVANCE decision (cycle 2 of the seeded pilot) to a matter, in one action
    await signIn(page, "koordinator@arena.example");
    await page.goto(`/a/gavleborg/ideas?q=${encodeURIComponent("CROSS-modell Gävle")}`);
    await page.getByRole("link", { name: idea, exact: true }).first().click();
    await shows(h1(page, idea));
    const panel = page.getByRole("region", { name: "Ärenden och beslut" });
    await shows(panel.getByText("Idén är inte kopplad till något ärende i partnerskapet."));
    await accessible(page, "matters-01-idea-panel-sv");
    await panel.getByRole("button", { name: "Skapa ärende av testomgång 2 (gå vidare)" }).click();

    await shows(h1(page, idea));
    await page.waitForURL(/\/a\/gavleborg\/matters\/\d+$/);
    const matterUrl = new URL(page.url()).pathname;
    await shows(page.getByText("Testomgång 2, beslut: gå vidare"));
    await page.getByLabel("Lägg till bilaga").setInputFiles(pdf);
    await page.getByRole("button", { name: "Ladda upp" }).click();
    await shows(page.getByRole("link", { name: /^Underlag CROSS\.pdf \(\d+ kB\)$/ }));
    await page.getByLabel("Beredare i beredningsorganet").selectOption({ label: "Berit Beredare" });
    await accessible(page, "matters-02-matter-kansli-sv");
    await page.getByRole("button", { name: "Lämna till beredning", exact: true }).click();
    await shows(page.getByText(/^Ärende \d+ lämnat till beredning$/));
    await shows(page.getByText("Under beredning").first());

    // The board shows it in its stage.
    await navigate(page, "Ärenden");
    await shows(h1(page, "Ärenden"));
    await shows(page.getByRole("region", { name: /^Under beredning/ }).getByRole("link", { name: idea }));
    await accessible(page, "matters-03-board-sv");
    await banner(page).getByRole("button", { name: "Logga ut" }).click();

    // -------- the beredning member is notified: the notification leads to the matter
    await signIn(page, "beredning@arena.example");
    await banner(page).getByRole("link", { name: "Notiser, 1 oläst" }).click();
    await shows(h1(page, "Notiser"));
    const notice = page.getByRole("link", { name: new RegExp(`^Du har fått ärende \\d+ ”${idea}” att bereda$`) });
    await accessible(page, "matters-04-notification-sv");
    await notice.click();
    await shows(h1(page, idea));
    expect(new URL(page.url()).pathname).toBe(matterUrl);
    // -------- the beredning: writes the basis and places it at Länsledning Välfärd
    await page.getByRole("button", { name: "Skriv beslutsunderlag" }).click();
    await page.getByLabel("Bakgrund").fill("CROSS-modellen har testats i två omgångar i Gävle och sprids nu till sex kommuner.");
    await page.getByLabel("Förslag till beslut").fill("Länsledning Välfärd rekommenderar kommunerna att införa CROSS-modellen.");
    await page.getByLabel("Beredningens anteckningar (interna)").fill("Stäm av med Gävle om utbildningsinsatsen.");
    await accessible(page, "matters-05-basis-form-sv");
    await page.getByRole("button", { name: "Spara underlaget" }).click();
    await shows(page.getByText("Länsledning Välfärd rekommenderar kommunerna att införa CROSS-modellen."));
    await page.getByLabel("Organ som ska hantera ärendet").selectOption({ label: "Länsledning Välfärd" });
    await page.getByRole("button", { name: "Placera", exact: true }).click();
    await shows(page.getByText(/placerat hos Länsledning Välfärd$/));
    await accessible(page, "matters-06-placed-sv");
    // The attachment downloads for the beredning too.
    const download = await page.request.get(
      await page
        .getByRole("link", { name: /^Underlag CROSS\.pdf/ })
        .getAttribute("href")
        .then((h) => h!),
    );
    expect(download.headers()["content-disposition"]).toContain("attachment");
  });
});
