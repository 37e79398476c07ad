import { describe, expect, test } from "vitest";
import { accessible, browserSuite, h1, shows, signIn } from "./harness.js";

const { newTestPage } = browserSuite();

const title = "Prata om det: samtalsgrupper om psykisk hälsa för unga i Hudiksvall";

describe("a coordinator parks an idea and resumes it", () => {
  test("a reason is required; the idea rests as Vilande with the step on its timeline, and resumes to where it was", async () => {
    const { page } = await newTestPage();
    await signIn(page, "koordinator@arena.example");
    await page.goto(`/a/gavleborg/ideas?q=${encodeURIComponent("samtalsgrupper psykisk hälsa Hudiksvall")}`);
    await page.getByRole("link", { name: title, exact: true }).first().click();
    await shows(h1(page, title));
    await shows(page.getByText(/^(Fas): Under lotsning$/));

    await page.getByRole("button", { name: "Parkera idén" }).click();
    // Nothing written without a reason: the form says so and the stage stays.
    await page.getByRole("button", { name: "Parkera", exact: true }).click();
    await shows(page.getByRole("alert").getByText(/./));
    await shows(page.getByText(/^(Fas): Under lotsning$/));

    await page.getByLabel("Varför parkeras idén?").fill("Idébäraren har tagit paus över sommaren.");
    await accessible(page, "parking-01-form-sv");
    await page.getByRole("button", { name: "Parkera", exact: true }).click();
    await shows(page.getByText(/^(Fas): Vilande$/));
    await shows(page.getByText("Ny fas: Vilande"));
    await accessible(page, "parking-02-parked-sv");

    await page.getByRole("button", { name: "Återuppta idén" }).click();
    await shows(page.getByText(/^(Fas): Under lotsning$/));
    expect(await page.getByRole("button", { name: "Återuppta idén" }).count()).toBe(0);
  });
});
