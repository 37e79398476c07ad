import { describe, expect, test } from "vitest";
import { accessible, browserSuite, gql, h1, shows, signIn, navigate } from "./harness.js";

const { newTestPage } = browserSuite();

const stamp = Date.now().toString(36);
const title = `Hemlig pilot om ensamhet bland äldre ${stamp}`;

describe("research: the pilot register and access to a private idea", () => {
  test("a researcher finds a private pilot without title and asks for access; the bearer grants it; the researcher reads the idea and evaluates its cycle", async () => {
    // -------- set-up through the API: a guidance-only idea, accepted into guidance, with a planned cycle in 2030
    const bearer = await newTestPage();
    const bp = bearer.page;
    await signIn(bp, "idebarare@arena.example");
    const { arena } = await gql<{ arena: { id: string } }>(bp.request, `query { arena(slug: "gavleborg") { id } }`);
    const created = await gql<{ createIdea: { idea: { id: string } } }>(
      bp.request,
      "mutation($input: CreateIdeaInput!) { createIdea(input: $input) { idea { id } errors { message } } }",
      {
        input: {
          arenaId: arena.id,
          clientKey: `research-${stamp}`,
          title,
          visibility: "GUIDANCE",
          summary: "Frivilliga ringer äldre som bor ensamma varje vecka.",
          need: "Många äldre i glesbygd träffar sällan någon och söker hjälp först när något har hänt.",
          solution: "Föreningen samordnar telefonvänner och kommunen tipsar om vilka som vill bli uppringda.",
        },
      },
    );
    const ideaId = created.createIdea.idea.id;
    await gql(bp.request, "mutation($input: SubmitIdeaInput!) { submitIdea(input: $input) { errors { message } } }", {
      input: { id: ideaId, acceptPublicNotice: true },
    });
    const guide = await newTestPage();
    await signIn(guide.page, "lots@arena.example");
    const { me } = await gql<{ me: { id: string } }>(guide.page.request, "query { me { id } }");
    const coordinator = await newTestPage();
    await signIn(coordinator.page, "koordinator@arena.example");
    await gql(coordinator.page.request, "mutation($input: TriageInput!) { triageIdea(input: $input) { errors { message } } }", {
      input: { ideaId, decision: "ACCEPT", guideIds: [me.id] },
    });
    const planned = await gql<{ planTestCycle: { errors: { message: string }[] } }>(
      guide.page.request,
      "mutation($input: PlanTestCycleInput!) { planTestCycle(input: $input) { errors { message } } }",
      {
        input: {
          ideaId,
          hypothesis: "Om frivilliga ringer varje vecka känner sig färre äldre ensamma.",
          startsOn: "2030-03-01",
          endsOn: "2030-06-30",
          measures: [{ name: "Andel som känner sig ensamma", unit: "%", baseline: 40, target: 30, direction: "LOWER" }],
        },
      },
    );
    expect(planned.planTestCycle.errors).toEqual([]);

    // -------- the researcher: the register, filtered by period, shows the pilot without its title
    const researcher = await newTestPage();
    const rp = researcher.page;
    await signIn(rp, "forskare@arena.example");
    await navigate(rp, "Pilotregister");
    await shows(h1(rp, "Pilotregister"));
    await shows(rp.getByRole("table"));
    await rp.getByLabel("Period från").fill("2030-01-01");
    await rp.getByLabel("Period till").fill("2030-12-31");
    await rp.getByRole("button", { name: "Visa piloter" }).click();
    await shows(rp.getByRole("status").getByText("1 pilot"));
    const row = rp.getByRole("row").filter({ hasText: "Idé utan läsbehörighet" });
    await shows(row);
    expect(await rp.getByText(title).count()).toBe(0);
    await shows(row.getByText("Cykel 1"));
    await accessible(rp, "research-01-register-sv");

    await row.getByRole("button", { name: /^Be om läsbehörighet/ }).click();
    const form = rp.getByRole("form", { name: "Be om läsbehörighet" });
    await shows(form);
    // An empty reason is refused with a message on the field.
    await form.getByRole("button", { name: "Skicka begäran" }).click();
    await shows(form.getByText("Fyll i fältet."));
    await form.getByLabel("Varför vill du läsa idén?").fill("Följeforskning om ensamhet bland äldre vid Högskolan i Gävle.");
    await accessible(rp, "research-02-request-form-sv");
    await form.getByRole("button", { name: "Skicka begäran" }).click();
    await shows(rp.getByText("Din begäran är skickad till idébärarna."));
    await shows(row.getByText("Väntar på svar"));
    await shows(rp.getByRole("heading", { level: 2, name: "Mina förfrågningar" }));
    await accessible(rp, "research-03-requested-sv");

    // -------- the bearer grants on the idea page
    await bp.goto(`/a/gavleborg/ideas/${ideaId}`);
    await shows(h1(bp, title));
    const requests = bp.getByRole("region", { name: /^Förfrågningar om läsbehörighet/ });
    await shows(requests.getByText(/^Rut Forskare frågade/));
    await shows(requests.getByText("Följeforskning om ensamhet bland äldre vid Högskolan i Gävle."));
    await accessible(bp, "research-04-bearer-requests-sv");
    await requests.getByLabel("Ert svar").fill("Välkommen! Hör av dig om du vill intervjua deltagarna.");
    await requests.getByRole("button", { name: /^Bevilja/ }).click();
    await shows(requests.getByText("Rut Forskare kan nu läsa idén."));
    // The answered request moved to the other list; focus is on the section's heading, not lost.
    await expect
      .poll(() => bp.evaluate("document.activeElement && document.activeElement.id") as Promise<string>)
      .toBe(await requests.getByRole("heading", { level: 2 }).getAttribute("id"));
    await shows(requests.getByRole("button", { name: /^Återkalla behörighet/ }));

    // -------- the researcher now reads the idea and writes an evaluation of its cycle
    await rp.reload();
    await shows(h1(rp, "Pilotregister"));
    const link = rp.getByRole("table").getByRole("link", { name: title });
    // Granted: "Mina förfrågningar" links to the idea too.
    await shows(rp.getByRole("region", { name: "Mina förfrågningar" }).getByText("Beviljad"));
    await shows(link);
    await link.click();
    await shows(h1(rp, title));
    await rp.getByRole("button", { name: "Skriv en utvärdering" }).click();
    const evaluation = rp.getByRole("form", { name: "Ny utvärdering" });
    await evaluation.getByLabel("Metod").fill("Telefonintervjuer med tolv deltagare");
    await evaluation.getByLabel("Resultat").fill("Deltagarna beskriver samtalen som veckans höjdpunkt.");
    await evaluation.getByLabel("Hög").check();
    await evaluation.getByLabel(/^Etik och samtycke/).fill("Muntligt samtycke; svaren avidentifieras.");
    await evaluation.getByRole("button", { name: "Spara utvärdering" }).click();
    await shows(rp.getByText("Utvärderingen är sparad. Den är intern tills du delar den."));
    await shows(rp.getByText("Deltagarna beskriver samtalen som veckans höjdpunkt."));
    await shows(rp.getByText("Tillförlitlighet: Hög"));
    await shows(rp.getByText("Intern", { exact: true }));
    await accessible(rp, "research-05-evaluation-sv");
  });
});
