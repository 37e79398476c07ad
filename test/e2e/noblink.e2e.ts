import type { Page, Route } from "playwright-core";
import { describe, expect, test } from "vitest";
import { browserSuite, gql, h1, shows, signIn, navigate } from "./harness.js";

const { newPage } = browserSuite();

/**
 * Holds the page's GraphQL requests for one named query (from the moment it is armed), so that the
 * test can look at the page while the refetch that a mutation caused is still under way.
 */
async function holdQuery(page: Page, operationName: string) {
  let armed = false;
  const held: Route[] = [];
  await page.route("**/graphql", async (route) => {
    const body = route.request().postData() ?? "";
    if (armed && body.includes(`"operationName":"${operationName}"`)) held.push(route);
    else await route.continue();
  });
  return {
    arm: () => (armed = true),
    held: () => held.length,
    async release() {
      armed = false;
      for (const r of held.splice(0)) await r.continue();
    },
  };
}

/**
 * Watches, from inside the page, every DOM change in `main`: it records whether the list was ever
 * missing or a "Laddar…" ever showed. A MutationObserver sees each state React commits, however
 * short, so a blink cannot slip between two polls.
 */
async function watchForBlink(page: Page, list: string) {
  await page.evaluate((selector) => {
    type El = { querySelector(s: string): unknown };
    const g = globalThis as unknown as {
      document: El;
      MutationObserver: new (cb: () => void) => { observe(target: unknown, o: unknown): void };
      __blinks: string[];
      __changes: number;
    };
    g.__blinks = [];
    g.__changes = 0;
    const check = () => {
      g.__changes += 1;
      const main = g.document.querySelector("main") as El | null;
      if (main?.querySelector(selector) == null) g.__blinks.push("list gone");
      if (main?.querySelector(".loading") != null) g.__blinks.push("loading shown");
    };
    check();
    new g.MutationObserver(check).observe(g.document.querySelector("main"), { childList: true, subtree: true, characterData: true });
  }, list);
  // The number of changes it saw shows that it watched at all (the refreshed list is one).
  return () =>
    page.evaluate(() => {
      const g = globalThis as unknown as { __blinks: string[]; __changes: number };
      return { blinks: [...new Set(g.__blinks)], watched: g.__changes > 1 };
    });
}

/** Today in Sweden, as the server counts due dates. */
const swedishToday = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

describe("no blink: lists stay on screen while a mutation's refetch runs", () => {
  test("the intake keeps its queue while the acknowledged queue is fetched again", async () => {
    const page = await newPage();
    await signIn(page, "koordinator@arena.example");
    await navigate(page, "Inkorg");
    await shows(h1(page, "Inkorg"));
    const list = page.locator(".intake-queue .queue-list");
    await shows(list);
    const acknowledge = list.getByRole("button", { name: /^Bekräfta mottagning/ }).first();
    await shows(acknowledge);
    const before = await list.getByRole("article").count();

    const hold = await holdQuery(page, "IntakeQueue");
    const blinks = await watchForBlink(page, ".intake-queue .queue-list");
    hold.arm();
    await acknowledge.click();
    // The mutation's answer invalidated the queue: its refetch is held here, and the page still shows the queue.
    await expect.poll(hold.held, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await list.getByRole("article").count()).toBe(before);
    expect(await page.locator("main .loading").count()).toBe(0);
    await hold.release();
    await shows(page.getByRole("status").getByText("Mottagningen är bekräftad."));
    expect(await blinks()).toEqual({ blinks: [], watched: true });
  });

  test("the caseload keeps its ideas while a ticked-off step's caseload is fetched again", async () => {
    const page = await newPage();
    await signIn(page, "lots@arena.example");
    // Set-up through the API: a step due today on the first idea of the guide's caseload, so that its card shows a checkbox.
    const caseload = await gql<{ myCaseload: { edges: { node: { idea: { id: string } } }[] } }>(
      page.request,
      "query { myCaseload(first: 1) { edges { node { idea { id } } } } }",
    );
    const ideaId = caseload.myCaseload.edges[0]?.node.idea.id;
    expect(ideaId, "the demo guide has a caseload").toBeTruthy();
    const title = `Ring föreningen om lokalen ${Date.now().toString(36)}`;
    const added = await gql<{ addNextStep: { errors: { message: string }[] } }>(
      page.request,
      "mutation($input: AddNextStepInput!) { addNextStep(input: $input) { errors { message } } }",
      { input: { ideaId, title, ownerLabel: "lotsen", dueOn: swedishToday() } },
    );
    expect(added.addNextStep.errors).toEqual([]);

    await navigate(page, "Mina idéer att lotsa");
    await shows(h1(page, "Mina idéer att lotsa"));
    const list = page.locator("main .queue-list");
    await shows(list);
    const box = list.getByRole("checkbox", { name: `Markera ”${title}” som klart` });
    await shows(box);
    const before = await list.getByRole("article").count();

    const hold = await holdQuery(page, "CaseloadPage");
    const blinks = await watchForBlink(page, "main .queue-list");
    hold.arm();
    await box.check();
    await expect.poll(hold.held, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await list.getByRole("article").count()).toBe(before);
    expect(await page.locator("main .loading").count()).toBe(0);
    await hold.release();
    // The refreshed caseload no longer lists the step among those due.
    await expect.poll(() => box.count()).toBe(0);
    expect(await blinks()).toEqual({ blinks: [], watched: true });
  });
});
