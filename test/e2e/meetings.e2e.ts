import { describe, expect, test } from "vitest";
import { accessible, browserSuite, gql, h1, shows, signIn } from "./harness.js";

const { newTestPage } = browserSuite();

const title = "Gemensam modell för anhörigstöd";

type Arena = { arena: { id: string; bodies: { id: string; key: string; memberships: { person: { email: string | null } | null }[] }[] } };

describe("a meeting of Länsledning Välfärd, from agenda to decision", () => {
  test("the coordinator puts a placed matter on the agenda and sends the notice; a member decides with an assignment; the body page shows it", async () => {
    // Set-up the matters' own pages walk: a matter opened by the kansli and placed at Länsledning Välfärd by the beredning.
    const coordinator = await newTestPage();
    await signIn(coordinator.page, "koordinator@arena.example");
    const { arena } = await gql<Arena>(
      coordinator.page.request,
      `query { arena(slug: "gavleborg") { id bodies { id key memberships { person { email } } } } }`,
    );
    const body = (key: string) => arena.bodies.find((b) => b.key === key)!;
    const preparer = await newTestPage();
    await signIn(preparer.page, "beredning@arena.example");
    const { me } = await gql<{ me: { id: string } }>(preparer.page.request, "query { me { id } }");
    const created = await gql<{ createMatter: { matter: { id: string } } }>(
      coordinator.page.request,
      "mutation($input: CreateMatterInput!) { createMatter(input: $input) { matter { id } errors { message } } }",
      { input: { arenaId: arena.id, kind: "PROPOSAL", title } },
    );
    const matterId = created.createMatter.matter.id;
    await gql(
      coordinator.page.request,
      "mutation($input: AssignPreparerInput!) { assignMatterPreparer(input: $input) { errors { message } } }",
      {
        input: { matterId, preparerId: me.id },
      },
    );
    await gql(preparer.page.request, "mutation($input: PlaceMatterInput!) { placeMatter(input: $input) { errors { message } } }", {
      input: { matterId, bodyId: body("lansledning-valfard").id },
    });

    // The coordinator books a meeting on the body page, puts the matter on its agenda and sends the notice.
    const page = coordinator.page;
    await page.goto("/a/gavleborg/bodies/lansledning-valfard");
    await shows(h1(page, "Länsledning Välfärd"));
    await accessible(page, "meetings-01-body-page-sv");
    const when = new Date(Date.now() + 7 * 86_400_000);
    const local = `${when.toISOString().slice(0, 10)}T13:00`;
    await page.getByLabel("Dag och tid").fill(local);
    await page.getByLabel("Plats", { exact: true }).fill("Regionhuset, Gävle");
    await page.getByRole("button", { name: "Boka mötet" }).click();
    await shows(page.getByRole("heading", { level: 2, name: "Dagordning" }));
    await page.getByLabel("Rubrik för en fri punkt").fill("Mötets öppnande");
    await page.getByRole("button", { name: "Lägg till fri punkt" }).click();
    await shows(page.getByRole("heading", { level: 3, name: /^1\. Mötets öppnande/ }));
    const placed = page.getByLabel("Ärende placerat hos organet");
    await placed.selectOption((await placed.locator("option", { hasText: title }).getAttribute("value"))!);
    await page.getByRole("button", { name: "Lägg till ärendet" }).click();
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
  });
});
