import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { accessible, browserSuite, gql, h1, screenshot, showMoreUntil, shows, signIn, switchLanguage, navigate } from "./harness.js";

const { newTestPage } = browserSuite();

/** Clicks "Visa fler" in the intake until the idea's card shows. */
const findInQueue = (page: Page, title: string): Promise<Locator> =>
  showMoreUntil(page, page.getByRole("article", { name: title }), `"${title}" in the intake`);

const stamp = Date.now().toString(36);
const idea = {
  title: `Läxhjälp i biblioteket för nyanlända ${stamp}`,
  id: "",
  url: "",
};
const notes = {
  shared: `Vi kom överens om att börja i Sandviken under våren (${stamp}).`,
  internal: `Internt: föreningen behöver stöd med ekonomin (${stamp}).`,
  step: `Skicka budgetutkast till lotsen ${stamp}`,
};

describe("guidance: from intake to a closed referral loop", () => {
  test("a coordinator triages, a guide records a session and refers, the actor answers through the link", async () => {
    // -------- set-up: the bearer's new idea, through the API as the bearer (the ideas suite walks the form)
    const bearer = await newTestPage();
    await signIn(bearer.page, "idebarare@arena.example");
    const arena = await gql<{ arena: { id: string } }>(bearer.page.request, `query { arena(slug: "gavleborg") { id } }`);
    const created = await gql<{ createIdea: { idea: { id: string } } }>(
      bearer.page.request,
      "mutation($input: CreateIdeaInput!) { createIdea(input: $input) { idea { id } errors { message } } }",
      {
        input: {
          arenaId: arena.arena.id,
          clientKey: `guidance-${stamp}`,
          title: idea.title,
          summary: "Volontärer från föreningen ger läxhjälp två kvällar i veckan i stadsbiblioteket.",
          need: "Många nyanlända elever saknar någon hemma som kan hjälpa till med skolarbetet på svenska.",
          solution: "Föreningen samordnar volontärer och biblioteket upplåter lokal; skolan tipsar elever.",
        },
      },
    );
    idea.id = created.createIdea.idea.id;
    idea.url = `/a/gavleborg/ideas/${idea.id}`;
    await gql(
      bearer.page.request,
      "mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { idea { id stage } errors { message } } }",
      {
        input: { id: idea.id, acceptPublicNotice: true },
      },
    );

    // -------- the coordinator: the intake, acknowledge, a decision with a payload error, then accept with a guide
    const coordinator = await newTestPage();
    const cp = coordinator.page;
    await signIn(cp, "koordinator@arena.example");
    await navigate(cp, "Inkorg");
    await shows(h1(cp, "Inkorg"));
    await shows(cp.getByRole("heading", { level: 2, name: /^Väntar på beslut/ }));
    await shows(cp.getByRole("heading", { level: 2, name: /^Försenade/ }));
    await shows(cp.getByRole("heading", { level: 2, name: "Löften om återkoppling" }));
    const card = await findInQueue(cp, idea.title);
    await shows(card.getByText(/^Har väntat \d+ arbetsdag(ar)?$/));
    await accessible(cp, "guidance-01-intake-sv");

    await card.getByRole("button", { name: /^Bekräfta mottagning/ }).click();
    await shows(cp.getByRole("status").getByText("Mottagningen är bekräftad."));
    await expect.poll(() => card.getByRole("button", { name: /^Bekräfta mottagning/ }).count()).toBe(0);

    await card.getByRole("button", { name: /^Fatta beslut/ }).click();
    const triage = card.getByRole("form", { name: `Fatta beslut: ${idea.title}` });
    await triage.getByRole("radio", { name: "Avslå" }).check();
    await triage.getByRole("button", { name: "Spara beslut" }).click();
    // Declining needs a reason: the server's message shows at the field, and focus goes there.
    const reason = triage.getByRole("textbox", { name: /^Motivering/ });
    await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
    await accessible(cp, "guidance-02-triage-error-sv");

    await triage.getByRole("radio", { name: "Ta in i lotsning" }).check();
    await shows(triage.getByRole("group", { name: /^Lotsar/ }));
    await screenshot(cp, "guidance-02b-triage-accept-sv");
    await triage.getByRole("checkbox", { name: "Gustav Lots" }).check();
    await triage.getByRole("button", { name: "Spara beslut" }).click();
    await shows(cp.getByRole("status").getByText("Beslutet är sparat: Ta in i lotsning."));
    await expect.poll(() => cp.getByRole("article", { name: idea.title }).count()).toBe(0);

    // The same page in English.
    await switchLanguage(cp, "English");
    await shows(h1(cp, "Intake"));
    await shows(cp.getByRole("heading", { level: 2, name: "Feedback promises" }));
    await accessible(cp, "guidance-03-intake-en");
    await switchLanguage(cp, "Svenska");

    // -------- the guide: the caseload, a session with a shared and an internal note and a next step
    const guide = await newTestPage();
    const gp = guide.page;
    await signIn(gp, "lots@arena.example");
    await navigate(gp, "Mina idéer att lotsa");
    await shows(h1(gp, "Mina idéer att lotsa"));
    const caseItem = gp.getByRole("article", { name: idea.title });
    await shows(caseItem);
    await shows(caseItem.getByText("Inget samtal ännu"));
    await accessible(gp, "guidance-04-caseload-sv");

    // The support system's registry, filtered by kind.
    await gp.goto("/a/gavleborg/support");
    await shows(h1(gp, "Stödsystemet"));
    await gp.getByLabel("Typ av aktör").selectOption({ label: "Kooperativ utveckling" });
    await gp.getByRole("search").getByRole("button", { name: "Sök" }).click();
    await shows(gp.getByRole("heading", { level: 2, name: /^\d+ aktör(er)?$/ }));
    await shows(gp.getByRole("article", { name: /^Coompanion/ }));
    await accessible(gp, "guidance-04b-registry-sv");
    await gp.goBack();
    await shows(h1(gp, "Mina idéer att lotsa"));

    await caseItem.getByRole("link", { name: idea.title }).click();
    await shows(h1(gp, idea.title));
    const panel = gp.getByRole("region", { name: "Lotsning" });
    await shows(panel.getByText("Gustav Lots"));
    await panel.getByRole("button", { name: "Registrera samtal" }).click();
    const sessionForm = panel.getByRole("form", { name: "Registrera ett lotsningssamtal" });
    await sessionForm.getByLabel("Deltagare").fill("Ida Idébärare, Gustav Lots");
    await sessionForm.getByLabel("Anteckningar som delas med idébäraren").fill(notes.shared);
    await sessionForm.getByLabel(/^Interna anteckningar/).fill(notes.internal);
    await sessionForm.getByLabel(/^Nästa steg 1/).fill(notes.step);
    await sessionForm.getByLabel(/^Ansvarig/).fill("idébäraren");
    await sessionForm.getByRole("button", { name: "Spara samtal" }).click();
    await shows(panel.getByRole("status").getByText("Samtalet är registrerat."));
    await shows(panel.getByText(notes.shared));
    await shows(panel.getByText(notes.internal));
    await shows(panel.getByText(notes.step));
    await accessible(gp, "guidance-05-idea-guide-sv");

    // Refer to an actor: the personal link shows once.
    await panel.getByRole("button", { name: "Hänvisa till en aktör" }).click();
    const referForm = panel.getByRole("form", { name: "Hänvisa idén till en aktör i stödsystemet" });
    const actorSelect = referForm.getByLabel(/^Aktör/);
    await shows(actorSelect);
    const coompanion = await actorSelect
      .locator("option", { hasText: /^Coompanion/ })
      .first()
      .getAttribute("value");
    await actorSelect.selectOption(coompanion!);
    await referForm
      .getByLabel("Överlämning till aktören")
      .fill("Föreningen vill driva läxhjälpen som socialt företag och behöver råd om organisationsform och IOP.");
    await referForm.getByRole("button", { name: "Skicka hänvisning" }).click();
    await shows(panel.getByRole("heading", { name: "Hänvisningen är skickad" }));
    const link = await panel.getByLabel("Personlig länk till aktören").inputValue();
    expect(link).toMatch(/\/referral\/[A-Za-z0-9_-]+$/);
    await shows(panel.getByText(/^Till Coompanion/));
    await accessible(gp, "guidance-06-referral-link-sv");
    await panel.getByRole("button", { name: "Klar" }).click();

    // -------- the bearer: the shared note and the next step, never the internal note
    const bp = bearer.page;
    await bp.goto(idea.url);
    await shows(h1(bp, idea.title));
    const bearerPanel = bp.getByRole("region", { name: "Lotsning" });
    await shows(bearerPanel.getByText(notes.shared));
    await shows(bearerPanel.getByText(notes.step));
    await shows(bearerPanel.getByText("Gustav Lots"));
    expect(await bp.getByText(notes.internal).count()).toBe(0);
    expect(await bp.getByText(/^Interna anteckningar/).count()).toBe(0);
    expect(await bearerPanel.getByRole("button", { name: "Registrera samtal" }).count()).toBe(0);
    // The bearer ticks the step off.
    await bearerPanel.getByRole("checkbox", { name: `Markera ”${notes.step}” som klart` }).check();
    await shows(bearerPanel.getByText("Klart", { exact: true }));
    await accessible(bp, "guidance-07-idea-bearer-sv");

    // -------- the actor: a fresh browser context without cookies, through the personal link
    const actor = await newTestPage();
    const ap = actor.page;
    expect(await actor.context.cookies()).toEqual([]);
    await ap.goto(new URL(link).pathname);
    await shows(h1(ap, /^Hänvisning från /));
    await shows(ap.getByText(idea.title));
    await shows(ap.getByText(/organisationsform och IOP/));
    await accessible(ap, "guidance-08-handoff-sv");
    await ap.getByRole("button", { name: "Bekräfta mottagning" }).click();
    await shows(ap.getByText("Tack! Mottagningen är bekräftad."));
    await shows(ap.getByRole("heading", { name: "Vad blev det av hänvisningen?" }));
    await switchLanguage(ap, "English");
    await shows(ap.getByRole("heading", { name: "What came of the referral?" }));
    await accessible(ap, "guidance-09-handoff-received-en");
    await switchLanguage(ap, "Svenska");

    // An unknown link gets a clear message.
    await ap.goto("/referral/no-such-link");
    await shows(h1(ap, "Länken fungerar inte"));
    await accessible(ap, "guidance-10-handoff-unknown-sv");

    // -------- the guide sees the receipt and records the outcome the actor gave by phone
    await gp.reload();
    const referral = gp
      .getByRole("region", { name: "Lotsning" })
      .getByRole("listitem")
      .filter({ hasText: /^Till Coompanion/ });
    await shows(referral.getByText(/^Mottagen \d/));
    await referral.getByRole("button", { name: /^Registrera svar från aktören/ }).click();
    await referral.getByRole("radio", { name: "Antagen" }).check();
    await referral.getByLabel(/^Anteckning/).fill("Coompanion bokar ett första rådgivningsmöte med föreningen.");
    await referral.getByRole("button", { name: "Spara svar" }).click();
    await shows(referral.getByText("Coompanion bokar ett första rådgivningsmöte med föreningen."));
    await shows(referral.getByText(/^Antagen/).first());

    // The timeline shows every step.
    const timeline = gp.locator(".idea-timeline");
    for (const step of [
      "Inskickad",
      "Mottagningen bekräftad",
      /^Beslut om lotsning: Under lotsning$/,
      "Lotsningssamtal registrerat",
      "Hänvisad till en aktör",
      "Nästa steg tillagt",
      "Nästa steg klart",
      "Aktören bekräftade mottagning",
      "Aktören tog sig an idén",
    ]) {
      await shows(timeline.getByText(step));
    }
    await accessible(gp, "guidance-11-idea-outcome-sv");
    await switchLanguage(gp, "English");
    await shows(gp.getByRole("heading", { level: 2, name: "Guidance" }));
    await shows(gp.getByText(notes.internal));
    await accessible(gp, "guidance-12-idea-guide-en");
  });
});
