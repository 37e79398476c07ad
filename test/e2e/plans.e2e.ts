import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { accessible, artifactsDir, banner, browserSuite, gql, h1, shows, signIn } from "./harness.js";
import { pdfText } from "./pdf-text.js";

const { newTestPage } = browserSuite();

const SIP = "Spridning av SIP-lots till länets kommuner";
// NFKC: Chromium draws "fl" and "fi" as ligature glyphs, which map to U+FB01/U+FB02.
const compact = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

describe("issue 14: from the SIP-lots decision to the follow-up report", () => {
  test("the coordinator makes the decision an activity under goal 2; its contact person reports it at risk; the report shows it, prints to PDF with every activity of goal 2", async () => {
    const { page } = await newTestPage();
    const year = new Date().getUTCFullYear();

    // -------- 1. the kansli: from the decided matter (ärende 1) to an activity of this year's action plan
    await signIn(page, "koordinator@arena.example");
    await page.goto("/a/gavleborg/matters/1");
    await shows(h1(page, SIP));
    await page.getByRole("button", { name: "Gör till aktivitet" }).click();
    const form = page.getByRole("form", { name: "Gör beslutet till en aktivitet" });
    await form.getByLabel("Strategiskt mål").selectOption({ label: "2. God och nära vård för alla i Gävleborg" });
    await form.getByLabel("Delmål").selectOption({ label: "Fler invånare med insatser från både kommun och region får en SIP" });
    await form.getByLabel("Kontaktperson").selectOption({ label: "Lars Ledamot" });
    await form
      .getByLabel("Fler brukare i individ- och familjeomsorgen ska uppleva en förbättrad situation efter kontakt med socialtjänsten")
      .check();
    await accessible(page, "plans-01-from-decision-sv");
    await form.getByRole("button", { name: "Spara aktivitet" }).click();
    await shows(h1(page, SIP));
    await page.waitForURL(/\/plans\/\d{4}\/activities\//);
    await shows(page.getByText("2. God och nära vård för alla i Gävleborg"));
    await shows(page.getByText(/^Beslut .*: Länsledning Välfärd rekommenderar/));
    await accessible(page, "plans-02-activity-sv");
    await banner(page).getByRole("button", { name: "Logga ut" }).click();

    // -------- 2. the contact person reports "at risk" from the plan page
    await signIn(page, "ledamot@arena.example");
    await page.goto(`/a/gavleborg/plans/${year}`);
    await shows(h1(page, `Handlingsplaner ${year}`));
    await accessible(page, "plans-03-plan-page-sv");
    const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: SIP, exact: true }) });
    await item.getByRole("button", { name: /^Rapportera läget/ }).click();
    const update = page.getByRole("form", { name: `Lägesrapport: ${SIP}` });
    await update.getByLabel("Status").selectOption({ label: "Risk" });
    await update.getByLabel("Framsteg i procent").fill("20");
    await update.getByLabel("Kommentar").fill("Två kommuner har inte utsett samordnare.");
    await update.getByRole("button", { name: "Spara lägesrapport" }).click();
    await shows(item.getByText("Risk", { exact: true }));

    // -------- 3. the report for goal 2 shows the activity, its status, the idea and the decision
    await page.getByRole("link", { name: "Uppföljningsrapport för mål 2" }).click();
    await shows(h1(page, `Uppföljning ${year}, mål 2`));
    const row = page
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: SIP, exact: true }) })
      .first();
    await shows(row.getByText("Risk", { exact: true }));
    await shows(row.getByText("SIP-lots: stöd till familjer inför samordnad individuell plan"));
    await shows(row.getByText(/Länsledning Välfärd .*rekommenderar kommunerna/));
    await shows(row.getByText(/Två kommuner har inte utsett samordnare/));
    await accessible(page, "plans-04-report-sv");

    // -------- 4. printed to PDF by Chromium: its text holds every activity of goal 2
    const titles = await page.locator(".plan-report__table tbody th[scope=row] a").allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(4);
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    writeFileSync(path.join(artifactsDir, "plans-report-goal-2.pdf"), pdf);
    const text = compact(pdfText(pdf));
    for (const title of titles) expect(text, title).toContain(compact(title));
    expect(text).toContain(compact(`Uppföljning ${year}, mål 2`));
    // The menu and the buttons are not printed.
    expect(text).not.toContain(compact("Skriv ut"));
  });

  test("the kansli corrects next year's draft (title, summary, a sub-goal) and removes an activity after confirming; the plan keeps the rest", async () => {
    const { page } = await newTestPage();
    const next = new Date().getUTCFullYear() + 1;
    await signIn(page, "koordinator@arena.example");
    // A draft for next year with two activities, written through the API as the plan's forms would.
    const { arena } = await gql<{
      arena: { id: string; bodies: { id: string; key: string }[]; strategies: { areas: { goals: { id: string; number: number }[] }[] }[] };
    }>(page.request, `{ arena(slug: "gavleborg") { id bodies { id key } strategies { areas { goals { id number } } } } }`);
    const made = await gql<{ createPlan: { plan: { id: string } } }>(
      page.request,
      `mutation($input: CreatePlanInput!) { createPlan(input: $input) { plan { id } errors { code } } }`,
      {
        input: {
          arenaId: arena.id,
          year: next,
          kind: "ACTION_PLAN",
          bodyId: arena.bodies.find((b) => b.key === "lansledning-valfard")!.id,
          title: `Handlingsplan Välfärd ${next}`,
        },
      },
    );
    const goal2 = arena.strategies.flatMap((st) => st.areas.flatMap((a) => a.goals)).find((g) => g.number === 2)!.id;
    for (const title of ["Gemensam SIP-dag för länet", "Lotsar i fem kommuner"])
      await gql(page.request, `mutation($input: CreatePlanActivityInput!) { createPlanActivity(input: $input) { errors { code } } }`, {
        input: { planId: made.createPlan.plan.id, goalId: goal2, title },
      });

    const subGoal = "Fler invånare får en SIP";
    await gql(page.request, `mutation($input: CreatePlanSubGoalInput!) { createPlanSubGoal(input: $input) { errors { code } } }`, {
      input: { planId: made.createPlan.plan.id, goalId: goal2, title: subGoal },
    });

    await page.goto(`/a/gavleborg/plans/${next}`);
    await shows(page.getByRole("link", { name: "Lotsar i fem kommuner", exact: true }));

    // The draft's title and summary are corrected in place; the page shows them without a reload.
    await page.getByRole("button", { name: "Ändra planens rubrik och sammanfattning" }).click();
    const planForm = page.getByRole("form", { name: "Ändra planen" });
    const title = planForm.getByLabel("Rubrik");
    expect(await title.inputValue()).toBe(`Handlingsplan Välfärd ${next}`);
    await title.fill("");
    await planForm.getByRole("button", { name: "Spara ändringarna" }).click();
    // Refused at the field: a plan needs a title.
    await shows(planForm.locator(".field--invalid").getByLabel("Rubrik"));
    await title.fill(`Handlingsplan Välfärd ${next} – remissversion`);
    await planForm.getByLabel("Sammanfattning").fill("Tre insatser för en samordnad vård och omsorg.");
    await accessible(page, "plans-06-edit-plan-sv");
    await planForm.getByRole("button", { name: "Spara ändringarna" }).click();
    await shows(page.getByRole("heading", { level: 2, name: `Handlingsplan Välfärd ${next} – remissversion Utkast` }));
    await shows(page.getByText("Tre insatser för en samordnad vård och omsorg."));
    expect(await planForm.count()).toBe(0);

    // So is a sub-goal's title, which gets a description too.
    await page.getByRole("button", { name: `Ändra delmålet ${subGoal}` }).click();
    const subForm = page.getByRole("form", { name: `Ändra delmålet ${subGoal}` });
    await subForm.getByLabel("Delmål").fill("Fler invånare med insatser från kommun och region får en SIP");
    await subForm.getByLabel("Beskrivning").fill("Mäts som andelen med en SIP bland dem som har insatser från båda.");
    await accessible(page, "plans-07-edit-sub-goal-sv");
    await subForm.getByRole("button", { name: "Spara delmål" }).click();
    await shows(page.getByRole("heading", { level: 3, name: /^Fler invånare med insatser från kommun och region får en SIP/ }));
    await shows(page.getByText("Mäts som andelen med en SIP bland dem som har insatser från båda."));
    await page.getByRole("button", { name: "Ta bort aktiviteten Gemensam SIP-dag för länet" }).click();
    const confirm = page.getByRole("group", { name: "Ta bort aktiviteten Gemensam SIP-dag för länet ur utkastet?" });
    await accessible(page, "plans-05-draft-remove-sv");
    await confirm.getByRole("button", { name: "Ja, ta bort" }).click();
    await expect.poll(() => page.getByRole("link", { name: "Gemensam SIP-dag för länet", exact: true }).count()).toBe(0);
    await shows(page.getByRole("link", { name: "Lotsar i fem kommuner", exact: true }));
  });
});
