import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { accessible, browserSuite, gql, h1, shows, signIn, type TestPage } from "./harness.js";

const { newTestPage } = browserSuite();

const title = "Gemensam modell för anhörigstöd";

type Arena = { arena: { id: string; bodies: { id: string; key: string; memberships: { person: { email: string | null } | null }[] }[] } };

/**
 * The set-up the matters' own pages walk, through the API: a matter opened by the kansli and placed
 * at Länsledning Välfärd by the beredning. Returns the coordinator's page.
 */
async function coordinatorWithPlacedMatter(matterTitle: string): Promise<TestPage> {
  const coordinator = await newTestPage();
  await signIn(coordinator.page, "koordinator@arena.example");
  const { arena } = await gql<{ arena: { id: string; bodies: { id: string; key: string }[] } }>(
    coordinator.page.request,
    `query { arena(slug: "gavleborg") { id bodies { id key } } }`,
  );
  const preparer = await newTestPage();
  await signIn(preparer.page, "beredning@arena.example");
  const { me } = await gql<{ me: { id: string } }>(preparer.page.request, "query { me { id } }");
  const created = await gql<{ createMatter: { matter: { id: string } } }>(
    coordinator.page.request,
    "mutation($input: CreateMatterInput!) { createMatter(input: $input) { matter { id } errors { message } } }",
    { input: { arenaId: arena.id, kind: "PROPOSAL", title: matterTitle } },
  );
  const matterId = created.createMatter.matter.id;
  await gql(
    coordinator.page.request,
    "mutation($input: AssignPreparerInput!) { assignMatterPreparer(input: $input) { errors { message } } }",
    { input: { matterId, preparerId: me.id } },
  );
  await gql(preparer.page.request, "mutation($input: PlaceMatterInput!) { placeMatter(input: $input) { errors { message } } }", {
    input: { matterId, bodyId: arena.bodies.find((b) => b.key === "lansledning-valfard")!.id },
  });
  return coordinator;
}

/** Books a meeting on the body page (in `days` days at `time`) and waits for the meeting's page. */
async function bookMeeting(page: Page, days: number, time: string, place: string) {
  const when = new Date(Date.now() + days * 86_400_000);
  await page.getByLabel("Dag och tid").fill(`${when.toISOString().slice(0, 10)}T${time}`);
  await page.getByLabel("Plats", { exact: true }).fill(place);
  await page.getByRole("button", { name: "Boka mötet" }).click();
  await shows(page.getByRole("heading", { level: 2, name: "Dagordning" }));
}

/** Picks a matter placed with the body and adds it to the meeting's agenda. */
async function putOnAgenda(page: Page, matterTitle: string) {
  const placed = page.getByLabel("Ärende placerat hos organet");
  await placed.selectOption((await placed.locator("option", { hasText: matterTitle }).getAttribute("value"))!);
  await page.getByRole("button", { name: "Lägg till ärendet" }).click();
}

describe("a meeting of Länsledning Välfärd, from agenda to decision", () => {
  test("the coordinator puts a placed matter on the agenda and sends the notice; a member decides with an assignment; the body page shows it", async () => {
    const { page } = await coordinatorWithPlacedMatter(title);

    // The coordinator books a meeting on the body page, puts the matter on its agenda and sends the notice.
    await page.goto("/a/gavleborg/bodies/lansledning-valfard");
    await shows(h1(page, "Länsledning Välfärd"));
    await accessible(page, "meetings-01-body-page-sv");
    await bookMeeting(page, 7, "13:00", "Regionhuset, Gävle");
    await page.getByLabel("Rubrik för en fri punkt").fill("Mötets öppnande");
    await page.getByRole("button", { name: "Lägg till fri punkt" }).click();
    await shows(page.getByRole("heading", { level: 3, name: /^1\. Mötets öppnande/ }));
    await putOnAgenda(page, title);
    await shows(page.getByRole("heading", { level: 3, name: new RegExp(`^2\\. Ärende \\d+: ${title}`) }));
    await accessible(page, "meetings-02-agenda-sv");
    await page.getByRole("button", { name: "Skicka kallelse" }).click();
    await shows(page.getByText(/^Kallelsen skickades/));
    const meetingUrl = page.url();

    // One mail for every person seated in the body, read in the admin's outbox.
    const admin = await newTestPage();
    await signIn(admin.page, "admin@arena.example");
    const { outbox } = await gql<{ outbox: { edges: { node: { to: string; subject: string; text: string } }[] } }>(
      admin.page.request,
      "query { outbox(first: 100) { edges { node { to subject text } } } }",
    );
    const notices = outbox.edges.map((e) => e.node).filter((m) => m.subject.startsWith("Kallelse till Länsledning Välfärd"));
    // E-mail addresses are read by administrators.
    const asAdmin = await gql<Arena>(
      admin.page.request,
      `query { arena(slug: "gavleborg") { id bodies { id key memberships { person { email } } } } }`,
    );
    const seated = asAdmin.arena.bodies
      .find((b) => b.key === "lansledning-valfard")!
      .memberships.flatMap((m) => (m.person?.email ? [m.person.email] : []));
    expect(seated.length).toBeGreaterThan(0);
    expect(notices.map((m) => m.to).sort()).toEqual([...seated].sort());
    for (const m of notices) expect(m.text).toContain(`2. ${title}`);

    // A Länsledning member records the decision with an assignment to Utskott vuxna.
    const member = await newTestPage();
    await signIn(member.page, "ledamot@arena.example");
    await member.page.goto(new URL(meetingUrl).pathname);
    const form = member.page.getByRole("form", { name: /^Beslut i ärende \d+$/ });
    await shows(form);
    await form.getByLabel("Beslut", { exact: true }).fill("Länsledning Välfärd ställer sig bakom modellen.");
    await form.getByLabel("Organ som får uppdraget").selectOption({ label: "Utskott vuxna" });
    await form.getByRole("textbox", { name: /^Uppdraget/ }).fill("Följ upp införandet och återrapportera");
    const due = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel("Återrapport senast").fill(due);
    await accessible(member.page, "meetings-03-decision-form-sv");
    await form.getByRole("button", { name: "Registrera beslutet" }).click();
    await shows(member.page.getByText("Länsledning Välfärd ställer sig bakom modellen.").first());

    // The body page shows the decision and the open assignment to its members.
    await member.page.goto("/a/gavleborg/bodies/lansledning-valfard");
    const decisions = member.page.getByRole("region", { name: "Beslut" });
    await shows(decisions.getByText(title));
    await shows(member.page.getByRole("region", { name: "Öppna uppdrag" }).getByText("Följ upp införandet och återrapportera"));
    await accessible(member.page, "meetings-04-body-page-decided-sv");

    // The kansli reports back on the body's behalf: the assignment leaves the open ones and becomes a report-back matter.
    const task = "Följ upp införandet och återrapportera";
    await page.goto("/a/gavleborg/bodies/lansledning-valfard");
    const open = page.getByRole("region", { name: "Öppna uppdrag" });
    await open
      .locator(".assignment-item", { hasText: task })
      .getByRole("button", { name: /^Återrapportera/ })
      .click();
    const report = page.getByRole("form", { name: `Återrapport: ${task}` });
    await report.getByRole("button", { name: "Lämna återrapporten" }).click();
    await shows(report.locator(".field--invalid").getByLabel("Återrapport", { exact: true }));
    await report.getByLabel("Återrapport", { exact: true }).fill("Modellen är införd i sju av tio kommuner; tre följer under våren.");
    await accessible(page, "meetings-08-assignment-report-sv");
    await report.getByRole("button", { name: "Lämna återrapporten" }).click();
    await shows(open.getByRole("status").getByText(/^Återrapporten är lämnad och blir ärende \d+\.$/));
    await expect.poll(() => open.getByText(task).count()).toBe(0);
  });

  test("the coordinator moves a booked meeting, then cancels it: its matter goes back to the body and the meeting stays as it was", async () => {
    const moved = "Samordnad hemgång från sjukhus";
    const { page } = await coordinatorWithPlacedMatter(moved);
    await page.goto("/a/gavleborg/bodies/lansledning-valfard");
    await shows(h1(page, "Länsledning Välfärd"));
    await bookMeeting(page, 10, "09:00", "Kommunhuset, Sandviken");
    await putOnAgenda(page, moved);
    await shows(page.getByRole("heading", { level: 3, name: new RegExp(`^1\\. Ärende \\d+: ${moved}`) }));

    // A place is needed unless there is a link: the form says so at the field and keeps what was typed.
    await page.getByRole("button", { name: "Ändra mötet" }).click();
    await shows(page.getByRole("heading", { level: 2, name: "Ändra mötet" }));
    const place = page.getByLabel("Plats", { exact: true });
    expect(await place.inputValue()).toBe("Kommunhuset, Sandviken");
    await place.fill("");
    await page.getByRole("button", { name: "Spara ändringarna" }).click();
    await shows(page.getByText("Ange en plats eller en länk till mötet."));
    expect(await place.getAttribute("aria-invalid")).toBe("true");

    // Moved to the afternoon and to the region's house: the page shows the new time and place without a reload.
    const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Dag och tid").fill(`${day}T15:30`);
    await place.fill("Regionhuset, Gävle, sal 3");
    await accessible(page, "meetings-05-edit-meeting-sv");
    await page.getByRole("button", { name: "Spara ändringarna" }).click();
    await shows(page.getByRole("status").getByText("Mötet är ändrat."));
    await shows(h1(page, /15:30$/));
    await shows(page.locator(".meeting-page__facts").getByText("Regionhuset, Gävle, sal 3"));

    // Cancelling asks first; then the meeting shows as cancelled and nothing on it can be changed.
    await page.getByRole("button", { name: "Ställ in mötet" }).click();
    await shows(page.getByRole("heading", { level: 2, name: "Ställa in mötet?" }));
    await accessible(page, "meetings-06-cancel-meeting-sv");
    await page.getByRole("button", { name: "Behåll mötet" }).click();
    await page.getByRole("button", { name: "Ställ in mötet" }).click();
    await page.getByRole("button", { name: "Ja, ställ in mötet" }).click();
    await shows(page.getByRole("status").getByText(/^Mötet är inställt\. Ärendena/));
    await shows(page.getByText("Mötet är inställt.", { exact: true }));
    for (const name of ["Ändra mötet", "Ställ in mötet", "Skicka kallelse", "Publicera protokollet", "Lägg till fri punkt"])
      expect(await page.getByRole("button", { name }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Ta bort/ }).count()).toBe(0);
    await accessible(page, "meetings-07-cancelled-sv");

    // The body page lists it as cancelled, and the matter can be put on the next meeting's agenda.
    await page.getByRole("link", { name: "Till Länsledning Välfärd" }).click();
    const listed = page.locator(".meeting-summary", { hasText: "Regionhuset, Gävle, sal 3" });
    await shows(listed.getByText("Mötet är inställt."));
    await bookMeeting(page, 24, "09:00", "Regionhuset, Gävle");
    await putOnAgenda(page, moved);
    await shows(page.getByRole("heading", { level: 3, name: new RegExp(`^1\\. Ärende \\d+: ${moved}`) }));
  });
});
