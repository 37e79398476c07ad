import { describe, expect, test } from "vitest";
import { accessible, browserSuite, gql, h1, shows, signIn } from "./harness.js";

const { newTestPage } = browserSuite();

type Count = { value: number | null; suppressed: boolean };
interface FunnelData {
  arena: {
    insight: { funnel: { period: string | null; submitted: Count; accepted: Count; tested: Count; advanced: Count; adopted: Count }[] };
  };
}
interface IndicatorsData {
  municipalityPage: { indicators: { period: number; indicator: { key: string }; municipality: { value: number } }[] };
}
const HOFORS_INDICATORS = `query { municipalityPage(arena: "gavleborg", municipality: "hofors-kommun") { indicators { period indicator { key } municipality { value } } } }`;

interface PageData {
  municipalityPage: { ideas: { id: string; title: string }[]; adoptions: { idea: { title: string } }[] };
}

describe("insight: municipality pages, open data and read tokens (issue 15)", () => {
  test("the coordinator checks the funnel against the API and its CSV, opens Hofors' page (ideas, adoptions, indicators against the county), trial-imports a file with a bad row that writes nothing; the open data downloads; a researcher makes a read token", async () => {
    const { page } = await newTestPage();
    await signIn(page, "koordinator@arena.example");

    // -------- the dashboard: the funnel table says what the API counts, and so does its CSV
    await page.goto("/a/gavleborg/insight");
    const funnelTable = page.getByRole("table", { name: "Flöde" });
    await shows(funnelTable);
    const counted = await gql<FunnelData>(
      page.request,
      `query { arena(slug: "gavleborg") { insight(filter: {}) { funnel { period submitted { value suppressed } accepted { value suppressed } tested { value suppressed } advanced { value suppressed } adopted { value suppressed } } } } }`,
    );
    const apiRows = counted.arena.insight.funnel.map((r) => [
      r.period,
      ...[r.submitted, r.accepted, r.tested, r.advanced, r.adopted].map((c) => (c.suppressed ? null : c.value)),
    ]);
    expect(apiRows.length).toBeGreaterThan(1);
    const tableRows = await funnelTable
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())));
    const number = (s: string) => (/\d/.test(s) ? Number(s.replace(/\D/g, "")) : null);
    // The coordinator is staff: nothing is withheld; the last row is the total.
    expect(tableRows.map((r) => [r[0], ...r.slice(1).map(number)])).toEqual(
      apiRows.map((r, i) => [r[0] ?? tableRows[i]![0], ...r.slice(1)]),
    );
    expect(apiRows.some((r) => r.slice(1).some((v) => Number(v ?? 0) > 0))).toBe(true);
    const csvHref = await page.locator('a.insight-csv[href*="/funnel.csv"]').getAttribute("href");
    const csvRes = await page.request.get(csvHref!);
    expect(csvRes.status()).toBe(200);
    const csvLines = (await csvRes.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r\n/);
    expect(csvLines.slice(1).map((l) => l.split(","))).toEqual(tableRows.map((r) => [r[0], ...r.slice(1).map((c) => String(number(c)))]));
    await accessible(page, "insight-dashboard");

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
    const indicatorsTable = page.getByRole("region", { name: "Indikatorer mot länet" }).getByRole("table");
    await shows(indicatorsTable.getByRole("rowheader").first());
    const before = await gql<IndicatorsData>(page.request, HOFORS_INDICATORS);
    expect(await indicatorsTable.getByRole("rowheader").count()).toBe(before.municipalityPage.indicators.length);
    await accessible(page, "insight-hofors");

    // -------- an import with a bad row: the trial says which line, and nothing is written
    await page.goto("/a/gavleborg/indicators/skr-03/import");
    await shows(h1(page, /Läs in värden/));
    const file = ["kpi;municipality_id;period;gender;value;count", "N15419;2104;2031;T;74,0;95", "N15419;2104;20x1;T;70,0;90"].join("\n");
    await page.getByLabel("Filens innehåll").fill(file);
    await page.getByRole("button", { name: "Provkör" }).click();
    const report = page.getByRole("status").filter({ hasText: "Provkörning" });
    await shows(report.getByText(/^Rad 3: /));
    await shows(report.getByText("Inget har sparats."));
    await accessible(page, "insight-import");
    await page.getByRole("button", { name: "Läs in" }).click();
    await shows(page.getByRole("status").filter({ hasText: "Inläsning" }).getByText("Inget har sparats."));
    const after = await gql<IndicatorsData>(page.request, HOFORS_INDICATORS);
    expect(after).toEqual(before);
    expect(after.municipalityPage.indicators.find((c) => c.indicator.key === "skr-03")?.period).not.toBe(2031);

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
