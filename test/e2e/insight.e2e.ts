import { describe, expect, test } from "vitest";
import { accessible, browserSuite, gql, h1, shows, signIn } from "./harness.js";

const { newTestPage } = browserSuite();

interface PageData {
  municipalityPage: { ideas: { id: string; title: string }[]; adoptions: { idea: { title: string } }[] };
}

describe("insight: municipality pages, open data and read tokens (issue 15)", () => {
  test("the coordinator opens Hofors' page, which lists exactly the ideas located there and the adoptions recorded there; the open data downloads; a researcher makes a read token", async () => {
    const { page } = await newTestPage();
    await signIn(page, "koordinator@arena.example");

    // -------- Hofors' page, from the arena's list of municipalities
    await page.goto("/a/gavleborg/m");
    await shows(h1(page, "Kommuner"));
    await accessible(page, "insight-municipalities");
    await page.getByRole("link", { name: "Hofors kommun" }).click();
    await shows(h1(page, "Hofors kommun"));
    const api = await gql<PageData>(
      page.request,
      `query { municipalityPage(arena: "gavleborg", municipality: "hofors-kommun") { ideas { id title } adoptions { idea { title } } } }`,
    );
    const ideasSection = page.getByRole("region", { name: "Idéer och piloter i kommunen" });
    const listed = await ideasSection.getByRole("listitem").getByRole("link").allTextContents();
    expect(listed.sort()).toEqual(api.municipalityPage.ideas.map((i) => i.title).sort());
    expect(listed.length).toBeGreaterThan(0);
    const adoptions = page.getByRole("region", { name: "Införande i kommunen" });
    if (api.municipalityPage.adoptions.length === 0) await shows(adoptions.getByText("Inget införande är registrerat här ännu."));
    else
      expect((await adoptions.getByRole("row").getByRole("link").allTextContents()).sort()).toEqual(
        api.municipalityPage.adoptions.map((a) => a.idea.title).sort(),
      );
    await accessible(page, "insight-hofors");

    // -------- a Dalarna page with the report's good examples
    await page.goto("/a/dalarna/m/mora-kommun");
    await shows(h1(page, "Mora kommun"));
    await shows(page.getByRole("heading", { level: 3, name: "Idéfond för omställning till Hållbara Mora" }));
    await shows(page.getByText("5 miljoner kronor om året från kommunen, 2019–2021"));
    await accessible(page, "insight-mora");

    // -------- open data: the page and its download
    await page.goto("/open-data");
    await shows(h1(page, "Öppna data"));
    await shows(page.getByText(/CC BY 4\.0/).first());
    await accessible(page, "insight-open-data");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Ladda ned öppna data för alla arenor (zip)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("arena-open-data-all.zip");

    // -------- a researcher creates a read token on Mitt konto and sees it once
    const researcher = await newTestPage();
    const rp = researcher.page;
    await signIn(rp, "forskare@arena.example");
    await rp.goto("/account");
    const tokens = rp.getByRole("region", { name: "Läsnycklar till API:t" });
    await tokens.getByLabel("Namn", { exact: true }).fill("Analys av spridning");
    await tokens.getByRole("button", { name: "Skapa läsnyckel" }).click();
    const token = await tokens.getByLabel("Läsnyckel").inputValue();
    expect(token).toMatch(/^arena_pat_/);
    await shows(tokens.getByRole("cell", { name: "Analys av spridning" }));
    await accessible(rp, "insight-read-tokens");
    const read = await rp.request.post("/graphql", {
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", cookie: "" },
      data: { query: "{ arenas { slug } }" },
    });
    expect(read.status()).toBe(200);
  });
});
