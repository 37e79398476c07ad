import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { accessible, artifactsDir, browserSuite, gql, shows, signIn, switchLanguage } from "./harness.js";

const { newTestPage } = browserSuite();

/** A close-up of one part of the page, to look at (artifacts/<name>.png). */
async function closeUp(locator: Locator, name: string) {
  await locator.screenshot({ path: `${artifactsDir}/${name}.png` });
}

/** A calendar date n days back, YYYY-MM-DD (what a date input takes). */
function daysAgo(n: number): string {
  const d = new Date(Date.now() - n * 86_400_000);
  const pad = (x: number) => String(x).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const stamp = Date.now().toString(36);
const idea = { title: `Läxhjälp i biblioteket för nyanlända ${stamp}`, id: "", url: "" };
const hypothesis = `Om volontärer ger läxhjälp två kvällar i veckan fullföljer fler elever kursen (${stamp}).`;
const learning = `Läxhjälpen når elever som annars inte får hjälp hemma; kvällstiderna passade familjerna (${stamp}).`;

const cycleCard = (page: Page, n: number) => page.getByRole("article", { name: new RegExp(`^Testcykel ${n}\\b`) });

/** Records a measurement through the cycle's form and waits for the confirmation. */
async function recordMeasurement(card: Locator, date: string, value: string, note = "") {
  const form = card.getByRole("form", { name: "Registrera ett mätvärde" });
  await form.getByLabel("Datum").fill(date);
  await form.getByLabel(/^Värde för/).fill(value);
  if (note) await form.getByLabel(/^Anteckning/).fill(note);
  await form.getByRole("button", { name: "Spara mätvärdet" }).click();
  await shows(form.getByRole("status").getByText(/^Mätvärdet för ”Elever som fullföljer kursen” är sparat\.$/));
  await expect.poll(() => form.getByLabel(/^Värde för/).inputValue()).toBe("");
}

async function study(page: Page, card: Locator, observations: string, reached: string) {
  await card.getByRole("button", { name: "Sammanfatta resultaten" }).click();
  const form = card.getByRole("form", { name: "Studera: vad visade testet?" });
  await form.getByLabel(/^Observationer/).fill(observations);
  await form.getByLabel(/^Antal deltagare som nåddes/).fill(reached);
  await form.getByRole("button", { name: "Spara sammanfattningen" }).click();
  await shows(card.getByRole("status").getByText("Sammanfattningen är sparad."));
  await shows(card.getByText("Resultat sammanfattade"));
  void page;
}

async function decide(card: Locator, kind: string, rationale: string, learnings: string) {
  await card.getByRole("button", { name: "Besluta om nästa steg" }).click();
  const form = card.getByRole("form", { name: "Besluta: vad händer nu?" });
  await form.getByRole("radio", { name: kind }).check();
  await form.getByLabel(/^Motivering/).fill(rationale);
  await form.getByLabel(/^Lärdomar/).fill(learnings);
  await form.getByLabel(/^Idébärarnas medgivande/).fill("Idébäraren Ida instämde vid mötet i biblioteket.");
  await expect.poll(() => form.getByRole("checkbox", { name: "Publicera lärdomen i lärdomsbiblioteket" }).isChecked()).toBe(true);
  return form;
}

describe("the innovation loop: test, learn, test again, scale up", () => {
  test("a guide plans, measures and decides retest, then advance; the ladder and the library show it", async () => {
    // -------- set-up through the API: the bearer's idea, accepted into guidance with the demo guide (other suites walk these)
    const guide = await newTestPage();
    const gp = guide.page;
    await signIn(gp, "lots@arena.example");
    const me = await gql<{ me: { id: string } }>(gp.request, "query { me { id } }");
    const bearer = await newTestPage();
    await signIn(bearer.page, "idebarare@arena.example");
    const arena = await gql<{ arena: { id: string } }>(bearer.page.request, `query { arena(slug: "gavleborg") { id } }`);
    const created = await gql<{ createIdea: { idea: { id: string } } }>(
      bearer.page.request,
      "mutation($input: CreateIdeaInput!) { createIdea(input: $input) { idea { id } errors { message } } }",
      {
        input: {
          arenaId: arena.arena.id,
          clientKey: `loop-${stamp}`,
          title: idea.title,
          summary: "Volontärer ger läxhjälp två kvällar i veckan i stadsbiblioteket.",
          need: "Många nyanlända elever saknar någon hemma som kan hjälpa till med skolarbetet på svenska.",
          solution: "Föreningen samordnar volontärer och biblioteket upplåter lokal.",
        },
      },
    );
    idea.id = created.createIdea.idea.id;
    idea.url = `/a/gavleborg/ideas/${idea.id}`;
    await gql(bearer.page.request, "mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { errors { message } } }", {
      input: { id: idea.id, acceptPublicNotice: true },
    });
    const coordinator = await newTestPage();
    await signIn(coordinator.page, "koordinator@arena.example");
    await gql(coordinator.page.request, "mutation($input: TriageInput!) { triageIdea(input: $input) { errors { message } } }", {
      input: { ideaId: idea.id, decision: "ACCEPT", guideIds: [me.me.id] },
    });

    // -------- the guide plans cycle 1: a measure, but no baseline yet
    await gp.goto(idea.url);
    const section = gp.getByRole("region", { name: "Testcykler" });
    await shows(section.getByText("Inga testcykler ännu."));
    await section.getByRole("button", { name: "Planera en första testcykel" }).click();
    let plan = section.getByRole("form", { name: "Planera en testcykel" });
    // Opening the form moves focus to its heading.
    await expect.poll(() => gp.evaluate("document.activeElement && document.activeElement.textContent")).toBe("Planera en testcykel");
    await plan.getByLabel(/^Hypotes/).fill(hypothesis);
    await plan.getByLabel(/^Vad vill ni uppnå/).fill("Fler elever klarar kursen i svenska.");
    await plan.getByLabel("Namn på mått 1").fill("Elever som fullföljer kursen");
    await plan.getByLabel(/^Enhet/).fill("elever");
    await plan.getByLabel(/^Mål( \(valfritt\))?$/).fill("20");
    await plan.getByLabel(/^Målgrupp/).fill("Nyanlända elever i årskurs 7–9");
    await plan.getByLabel(/^Planerat antal deltagare/).fill("30");
    await plan.getByRole("checkbox", { name: "Sandvikens kommun" }).check();
    await accessible(gp, "loop-01-plan-form-sv");
    await plan.getByRole("button", { name: "Spara planen" }).click();
    await shows(section.getByRole("status").getByText("Testcykeln är planerad."));
    // The form's button is gone (one open cycle at a time): focus is on the new cycle's heading.
    await expect.poll(() => gp.evaluate("document.activeElement && document.activeElement.id")).toBe("cycle-1-heading");
    let one = cycleCard(gp, 1);
    await shows(one.getByText("Planerad"));
    await shows(one.getByText("Det här saknas innan cykeln kan starta:"));
    await shows(one.getByText("ett utgångsvärde för måttet ”Elever som fullföljer kursen”"));

    // -------- starting without a baseline is refused with a clear message, and nothing changes
    await one.getByRole("button", { name: "Starta testcykeln" }).click();
    const refused = one.getByRole("alert").filter({ hasText: "Testcykeln kunde inte starta:" });
    await shows(
      refused.getByText(
        "Ange ett utgångsvärde för måttet ”Elever som fullföljer kursen”: värdet före testet. Cykeln kan inte starta utan det.",
      ),
    );
    await shows(one.getByText("Planerad"));
    await accessible(gp, "loop-02-start-refused-sv");

    // -------- the baseline added, the cycle starts and the idea moves to testing
    await one.getByRole("button", { name: "Ändra planen" }).click();
    plan = one.getByRole("form", { name: "Ändra planen" });
    await plan.getByLabel(/^Utgångsvärde/).fill("10");
    await plan.getByRole("button", { name: "Spara ändringarna" }).click();
    await shows(one.getByRole("status").getByText("Planen är sparad."));
    await shows(one.getByText("Redo att starta: hypotes och mått med utgångsvärden finns."));
    await one.getByRole("button", { name: "Starta testcykeln" }).click();
    await shows(one.getByRole("status").getByText("Testcykeln är startad. Registrera mätvärden allteftersom."));
    await shows(one.getByText("Pågår"));

    // -------- three measurements; the result shows against the target
    await recordMeasurement(one, daysAgo(20), "12", "Första veckan");
    await recordMeasurement(one, daysAgo(10), "14");
    await recordMeasurement(one, daysAgo(2), "16,5", "Efter lovet");
    const results = one.getByRole("table", { name: "Måtten med utgångsvärde, mål och resultat" });
    const row = results.getByRole("row", { name: /^Elever som fullföljer kursen/ });
    await shows(row.getByRole("cell", { name: "10 elever" }));
    await shows(row.getByRole("cell", { name: "20 elever" }));
    await shows(row.getByText("16,5 elever"));
    await shows(row.getByText("+6,5"));
    await shows(row.getByText("Målet inte nått"));
    await shows(one.getByText("3 mätvärden för ”Elever som fullföljer kursen”"));
    // The idea's timeline, on the same page, has them without a reload.
    const timeline = gp.getByRole("region", { name: "Tidslinje" });
    await expect.poll(() => timeline.getByText("Mätvärde registrerat").count()).toBe(3);
    await accessible(gp, "loop-03-measurements-sv");
    await closeUp(one, "loop-03b-cycle-1-close-sv");

    // -------- study and decide: test again
    await study(gp, one, "Fler elever kom än förut, men inte så många som vi hoppats. Kvällstiderna passade.", "24");
    const retest = await decide(
      one,
      "Testa igen",
      "Resultaten går åt rätt håll men målet nåddes inte; vi testar igen med fler volontärer.",
      learning,
    );
    await accessible(gp, "loop-04-decision-form-sv");
    await retest.getByRole("button", { name: "Spara beslutet" }).click();

    // -------- cycle 2 appears, linked to cycle 1, with the plan copied
    const two = cycleCard(gp, 2);
    await shows(two);
    await shows(two.getByText("Bygger på"));
    await shows(two.getByRole("link", { name: "Testcykel 1" }));
    await shows(two.getByText(hypothesis));
    await shows(two.getByText("Nyanlända elever i årskurs 7–9"));
    await shows(two.getByText("Sandvikens kommun"));
    await shows(two.getByText("Planerad"));
    await shows(two.getByText("Redo att starta: hypotes och mått med utgångsvärden finns."));
    one = cycleCard(gp, 1);
    await shows(one.getByText("Beslutad"));
    await shows(one.getByRole("link", { name: "Testcykel 2" }));
    await shows(one.getByRole("heading", { name: "Beslut: Testa igen" }));
    await accessible(gp, "loop-05-retest-sv");

    // -------- cycle 2 runs, and its results meet the target
    await two.getByRole("button", { name: "Starta testcykeln" }).click();
    await shows(two.getByText("Pågår"));
    await recordMeasurement(two, daysAgo(1), "18");
    await recordMeasurement(two, daysAgo(1), "21");
    await recordMeasurement(two, daysAgo(0), "23");
    await shows(two.getByRole("row", { name: /^Elever som fullföljer kursen/ }).getByText("Målet nått"));

    // -------- the cycles side by side, and the run chart with its table
    const comparison = section.getByRole("region", { name: "Cyklerna jämförda" });
    const compared = comparison.getByRole("table", { name: "Elever som fullföljer kursen: utgångsvärde, mål och resultat per testcykel" });
    await shows(compared.getByRole("columnheader", { name: "Testcykel 1" }));
    await shows(compared.getByRole("columnheader", { name: "Testcykel 2" }));
    await shows(compared.getByRole("row", { name: /^Resultat Målet inte nått Målet nått$/ }));
    await shows(comparison.getByRole("img", { name: /^Diagram över Elever som fullföljer kursen: 6 mätvärden, utgångsvärde 10, mål 20/ }));
    await comparison.getByText("Visa värdena som tabell").click();
    await shows(
      comparison
        .getByRole("table", { name: "Mätvärden för Elever som fullföljer kursen i alla testcykler" })
        .getByRole("cell", { name: "16,5 elever" }),
    );
    await accessible(gp, "loop-06-comparison-sv");
    await closeUp(comparison, "loop-06b-comparison-close-sv");
    await closeUp(two, "loop-06c-cycle-2-close-sv");

    // -------- study and decide: scale up
    await study(gp, two, "Med fler volontärer nåddes målet.", "31");
    const advance = await decide(
      two,
      "Skala upp",
      "Målet nåddes i andra cykeln; vi sprider arbetssättet till fler bibliotek.",
      `${learning} Fler volontärer gav effekt.`,
    );
    // Meanwhile the bearer adds to the study: the decision is refused, the new study shows, nothing typed is lost.
    const { idea: now } = await gql<{ idea: { testCycles: { id: string; number: number; version: number }[] } }>(
      bearer.page.request,
      "query($id: ID!) { idea(id: $id) { testCycles { id number version } } }",
      { id: idea.id },
    );
    const cycle2 = now.testCycles.find((c) => c.number === 2)!;
    const added = `Med fler volontärer nåddes målet. Föräldrarna vill fortsätta (${stamp}).`;
    await gql(bearer.page.request, "mutation($input: RecordStudyInput!) { recordStudy(input: $input) { errors { message } } }", {
      input: { id: cycle2.id, observations: added, participantsReached: 31, expectedVersion: cycle2.version },
    });
    await advance.getByRole("button", { name: "Spara beslutet" }).click();
    await shows(advance.getByText("Resultaten har sparats på nytt medan du skrev beslutet.", { exact: false }).first());
    await shows(two.getByText(added));
    await closeUp(two, "loop-06d-decision-stale-sv");
    expect(await advance.getByLabel(/^Motivering/).inputValue()).toBe(
      "Målet nåddes i andra cykeln; vi sprider arbetssättet till fler bibliotek.",
    );
    await advance.getByRole("button", { name: "Spara beslutet" }).click();
    await shows(two.getByRole("heading", { name: "Beslut: Skala upp" }));
    await shows(gp.locator(".idea-head__badges").getByText(/Sprids$/));
    await accessible(gp, "loop-07-advanced-sv");

    // -------- the idea stands on step 2 of the scale-up ladder, from cycle 2's results
    const ladder = gp.getByRole("region", { name: "Spridningsstegen" });
    await shows(ladder.getByText(/^Steg 2 av 4: /));
    await expect.poll(() => ladder.locator('[aria-current="step"]').getByText("Steg 2", { exact: false }).count()).toBeGreaterThan(0);
    await shows(ladder.getByText(/Elever som fullföljer kursen: 10 → 23 elever \(mål 20\): målet nått/));
    await closeUp(ladder, "loop-07b-ladder-sv");

    // -------- the learnings are in the library, for anyone: a visitor finds them by searching
    const visitor = await newTestPage();
    const vp = visitor.page;
    await vp.goto("/a/gavleborg/learnings");
    await vp.waitForLoadState("networkidle");
    await vp.getByRole("search").getByLabel("Sök bland lärdomarna").fill(stamp);
    await vp.getByRole("search").getByRole("button", { name: "Sök" }).click();
    await shows(vp.getByRole("status").getByText(`2 lärdomar om ”${stamp}”`));
    const advanced = vp.getByRole("article", { name: `${idea.title} – testcykel 2` });
    await shows(advanced.getByText("Skalas upp"));
    await shows(advanced.getByText(`${learning} Fler volontärer gav effekt.`));
    const retested = vp.getByRole("article", { name: `${idea.title} – testcykel 1` });
    await shows(retested.getByText("Testas igen"));
    await accessible(vp, "loop-09-library-sv");

    // -------- the same in English
    await switchLanguage(gp, "English");
    const en = gp.getByRole("region", { name: "Test cycles" });
    await shows(en.getByRole("heading", { name: "Decision: Scale up" }));
    await shows(en.getByRole("region", { name: "The cycles compared" }).getByRole("row", { name: /^Result Target not met Target met$/ }));
    await accessible(gp, "loop-08-advanced-en");

    // -------- on a phone: wide tables scroll inside their boxes; the page itself does not scroll sideways
    await gp.setViewportSize({ width: 390, height: 844 });
    await shows(en.getByRole("heading", { name: "Decision: Scale up" }));
    expect(await gp.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")).toBe(0);
    await accessible(gp, "loop-10-phone-en");
  });
});
