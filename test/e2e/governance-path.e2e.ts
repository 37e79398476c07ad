import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { accessible, artifactsDir, browserSuite, gql, h1, navigate, shows, signIn } from "./harness.js";

const { newTestPage } = browserSuite();

/** A seeded idea of Mona Myndig's, guided by the demo guide, with its second test cycle running. */
const idea = "Förebyggande hembesök för 79-åringar i Hofors";
const stamp = Date.now().toString(36);
const decisionText = `Länsledning Välfärd rekommenderar kommunerna att erbjuda förebyggande hembesök med personlig inbjudan (${stamp}).`;

/** A small but real PDF (one empty page), made here as a person would pick one from their disk. */
function tinyPdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** Today in Sweden, YYYY-MM-DD: the server counts meetings from today and refuses decisions dated later. */
const swedishToday = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());

/** A close-up of one part of a long page, to look at (artifacts/<name>.png). */
async function closeUp(locator: Locator, name: string) {
  await locator.screenshot({ path: `${artifactsDir}/${name}.png` });
}

type Mail = { to: string; subject: string; text: string };

/** The outbox as the administrator reads it (a person cannot see another's mailbox; the links come from here). */
async function outbox(admin: Page): Promise<Mail[]> {
  const { outbox: o } = await gql<{ outbox: { edges: { node: Mail }[] } }>(
    admin.request,
    "query { outbox(first: 100) { edges { node { to subject text } } } }",
  );
  return o.edges.map((e) => e.node);
}

describe("issue 12's whole path: from a guide's ADVANCE to a party's confirmation and the bearer's timeline", () => {
  test("one idea through decision, matter, preparation, meeting, decision with assignment, dispatch and confirmation", async () => {
    const admin = await newTestPage();
    await signIn(admin.page, "admin@arena.example");

    // -------- 1. the guide studies the running cycle and decides to scale up (ADVANCE)
    const guide = (await newTestPage()).page;
    await signIn(guide, "lots@arena.example");
    await guide.goto(`/a/gavleborg/ideas?q=${encodeURIComponent("hembesök Hofors")}`);
    await guide.getByRole("link", { name: idea, exact: true }).first().click();
    await shows(h1(guide, idea));
    const ideaUrl = new URL(guide.url()).pathname;
    const cycle = guide.getByRole("article", { name: /^Testcykel 2\b/ });
    await shows(cycle.getByText("Pågår"));
    await cycle.getByRole("button", { name: "Sammanfatta resultaten" }).click();
    const study = cycle.getByRole("form", { name: "Studera: vad visade testet?" });
    await study
      .getByLabel(/^Observationer/)
      .fill("Med personlig inbjudan tog två av tre emot besöket; fallriskerna åtgärdades inom fyra veckor.");
    await study.getByLabel(/^Antal deltagare som nåddes/).fill("27");
    await study.getByRole("button", { name: "Spara sammanfattningen" }).click();
    await shows(cycle.getByRole("status").getByText("Sammanfattningen är sparad."));
    await cycle.getByRole("button", { name: "Besluta om nästa steg" }).click();
    const decide = cycle.getByRole("form", { name: "Besluta: vad händer nu?" });
    await decide.getByRole("radio", { name: "Skala upp" }).check();
    await decide.getByLabel(/^Motivering/).fill("Målen nåddes med den nya inbjudan; arbetssättet är redo att spridas i länet.");
    await decide.getByLabel(/^Lärdomar/).fill(`Ett telefonsamtal före besöket avgör om man tackar ja (${stamp}).`);
    await decide.getByLabel(/^Idébärarnas medgivande/).fill("Mona Myndig instämde vid uppföljningsmötet.");
    await accessible(guide, "path-01-guide-decision-form-sv");
    await decide.getByRole("button", { name: "Spara beslutet" }).click();
    await shows(cycle.getByRole("heading", { name: "Beslut: Skala upp" }));
    await accessible(guide, "path-02-guide-advanced-sv");
    await closeUp(cycle, "path-02b-guide-cycle-close-sv");

    // -------- 2. the coordinator makes a matter of the decision, attaches a PDF and sends it to the beredning
    const coordinator = (await newTestPage()).page;
    await signIn(coordinator, "koordinator@arena.example");
    await coordinator.goto(ideaUrl);
    await shows(h1(coordinator, idea));
    const panel = coordinator.getByRole("region", { name: "Ärenden och beslut" });
    await shows(panel.getByRole("button", { name: "Skapa ärende av testomgång 2 (gå vidare)" }));
    await accessible(coordinator, "path-03-coordinator-idea-panel-sv");
    await closeUp(panel, "path-03b-coordinator-panel-close-sv");
    await panel.getByRole("button", { name: "Skapa ärende av testomgång 2 (gå vidare)" }).click();
    await coordinator.waitForURL(/\/a\/gavleborg\/matters\/\d+$/);
    const matterUrl = new URL(coordinator.url()).pathname;
    const matterNumber = Number(matterUrl.split("/").pop());
    await shows(h1(coordinator, idea));
    await shows(coordinator.getByText("Testomgång 2, beslut: gå vidare"));
    await coordinator
      .getByLabel("Lägg till bilaga")
      .setInputFiles({ name: "Underlag hembesök.pdf", mimeType: "application/pdf", buffer: tinyPdf() });
    await coordinator.getByRole("button", { name: "Ladda upp" }).click();
    await shows(coordinator.getByRole("link", { name: /^Underlag hembesök\.pdf \(\d+ kB\)$/ }));
    await coordinator.getByLabel("Beredare i beredningsorganet").selectOption({ label: "Berit Beredare" });
    await accessible(coordinator, "path-04-coordinator-matter-sv");
    await coordinator.getByRole("button", { name: "Lämna till beredning", exact: true }).click();
    await shows(coordinator.getByText(new RegExp(`^Ärende ${matterNumber} lämnat till beredning$`)));

    // -------- 3. the beredning's member writes the basis and places the matter at Länsledning Välfärd
    const preparer = (await newTestPage()).page;
    await signIn(preparer, "beredning@arena.example");
    await navigate(preparer, "Ärenden");
    await shows(h1(preparer, "Ärenden"));
    await preparer
      .getByRole("region", { name: /^Under beredning/ })
      .getByRole("link", { name: idea })
      .click();
    await shows(h1(preparer, idea));
    expect(new URL(preparer.url()).pathname).toBe(matterUrl);
    await preparer.getByRole("button", { name: "Skriv beslutsunderlag" }).click();
    await preparer.getByLabel("Bakgrund").fill("Hofors har testat förebyggande hembesök i två omgångar; den andra nådde målen.");
    await preparer.getByLabel("Förslag till beslut").fill(decisionText);
    await accessible(preparer, "path-05-preparer-basis-sv");
    await preparer.getByRole("button", { name: "Spara underlaget" }).click();
    await shows(preparer.getByText(decisionText));
    await preparer.getByLabel("Organ som ska hantera ärendet").selectOption({ label: "Länsledning Välfärd" });
    await preparer.getByRole("button", { name: "Placera", exact: true }).click();
    await shows(preparer.getByText(/placerat hos Länsledning Välfärd$/));
    await accessible(preparer, "path-06-preparer-placed-sv");

    // -------- 4. the coordinator books a meeting today, puts the matter on its agenda and sends the notice
    await coordinator.goto(matterUrl);
    await shows(coordinator.getByText("Placerat").first());
    await coordinator.getByRole("link", { name: "Länsledning Välfärd", exact: true }).click();
    await shows(h1(coordinator, "Länsledning Välfärd"));
    await accessible(coordinator, "path-07-coordinator-body-sv");
    await coordinator.getByLabel("Dag och tid").fill(`${swedishToday()}T08:00`);
    await coordinator.getByLabel("Plats", { exact: true }).fill("Regionhuset, Gävle");
    await coordinator.getByRole("button", { name: "Boka mötet" }).click();
    await shows(coordinator.getByRole("heading", { level: 2, name: "Dagordning" }));
    const placed = coordinator.getByLabel("Ärende placerat hos organet");
    await placed.selectOption({ label: `Ärende ${matterNumber}: ${idea}` });
    await coordinator.getByRole("button", { name: "Lägg till ärendet" }).click();
    await shows(coordinator.getByRole("heading", { level: 3, name: `1. Ärende ${matterNumber}: ${idea}` }));
    await accessible(coordinator, "path-08-coordinator-agenda-sv");
    await coordinator.getByRole("button", { name: "Skicka kallelse" }).click();
    await shows(coordinator.getByText(/^Kallelsen skickades/));
    const meetingPath = new URL(coordinator.url()).pathname;

    // Every person seated in Länsledning Välfärd has the notice, with the matter on its agenda.
    const { arena } = await gql<{ arena: { bodies: { key: string; memberships: { person: { email: string | null } | null }[] }[] } }>(
      admin.page.request,
      `query { arena(slug: "gavleborg") { bodies { key memberships { person { email } } } } }`,
    );
    const seated = arena.bodies
      .find((b) => b.key === "lansledning-valfard")!
      .memberships.flatMap((m) => (m.person?.email ? [m.person.email] : []));
    expect(seated).toContain("ledamot@arena.example");
    const notices = (await outbox(admin.page)).filter(
      (m) => m.subject.startsWith("Kallelse till Länsledning Välfärd") && m.text.includes(idea),
    );
    expect(notices.map((m) => m.to).sort()).toEqual([...seated].sort());

    // -------- 5. a member of Länsledning Välfärd records the approval with an assignment to Utskott vuxna
    const member = (await newTestPage()).page;
    await signIn(member, "ledamot@arena.example");
    await navigate(member, "Mina organ");
    await shows(h1(member, "Mina organ"));
    await accessible(member, "path-09-member-home-sv");
    await member
      .getByRole("region", { name: "Nästa möten" })
      .getByRole("link", { name: /^Länsledning Välfärd .* kl\. 08:00$/ })
      .click();
    expect(new URL(member.url()).pathname).toBe(meetingPath);
    const form = member.getByRole("form", { name: `Beslut i ärende ${matterNumber}` });
    await shows(form);
    await form.getByRole("radio", { name: "Bifall" }).check();
    await form.getByLabel("Beslut", { exact: true }).fill(decisionText);
    await form.getByLabel("Organ som får uppdraget").selectOption({ label: "Utskott vuxna" });
    await form.getByLabel(/^Uppdraget/).fill("Stöd kommunerna i införandet och återrapportera till Länsledning Välfärd.");
    await form.getByLabel(/^Återrapport senast/).fill(new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10));
    await accessible(member, "path-10-member-decision-form-sv");
    await form.getByRole("button", { name: "Registrera beslutet" }).click();
    await shows(member.locator(".agenda-item__decision").getByText(decisionText));
    await accessible(member, "path-11-member-decided-sv");

    // -------- 6. the coordinator dispatches the decision to the 11 parties from the matter's page
    await coordinator.goto(matterUrl);
    await shows(h1(coordinator, idea));
    await shows(coordinator.getByText("Beslutat").first());
    await coordinator.getByRole("link", { name: "Expediering till parterna" }).click();
    await shows(h1(coordinator, `Expediering av ärende ${matterNumber}`));
    const send = coordinator.getByRole("form", { name: "Expediera beslutet" });
    await expect.poll(() => send.getByRole("checkbox", { checked: true }).count()).toBe(11);
    await accessible(coordinator, "path-12-coordinator-dispatch-sv");
    await send.getByRole("button", { name: "Expediera till 11 parter" }).click();
    await shows(coordinator.getByRole("status").getByText("Beslutet har expedierats till 11 parter."));
    const table = coordinator.getByRole("table", { name: "Beslutet per part: skickat, mottaget, antaget eller avböjt" });
    expect(await table.getByRole("row").count()).toBe(12);

    // -------- 7. a party confirms receipt through the personal link in its mail
    const dispatched = (await outbox(admin.page)).filter((m) => /\/dispatch\/[A-Za-z0-9_-]{43}/.test(m.text) && m.text.includes(idea));
    expect(dispatched).toHaveLength(11);
    expect(new Set(dispatched.map((m) => m.to)).size).toBe(11);
    const gavle = dispatched.find((m) => m.to === "registrator@gavle.kommun.example")!;
    const link = /https?:\/\/\S+\/dispatch\/[A-Za-z0-9_-]{43}/.exec(gavle.text)![0];
    const party = (await newTestPage()).page;
    await party.goto(new URL(link).pathname);
    await shows(h1(party, "Beslut från Arena för social innovation Gävleborg"));
    await shows(party.getByText(decisionText));
    await accessible(party, "path-13-party-link-sv");
    await party.getByRole("button", { name: "Bekräfta att vi har tagit emot beslutet" }).click();
    await shows(party.getByRole("status").getByText("Tack! Mottagandet är bekräftat."));
    await accessible(party, "path-14-party-confirmed-sv");
    await coordinator.reload();
    await shows(table.getByRole("row", { name: /Gävle kommun.*Mottaget/ }));
    await accessible(coordinator, "path-15-coordinator-table-sv");

    // -------- 8. the bearer sees the body's decision on the idea's timeline
    const bearer = (await newTestPage()).page;
    await signIn(bearer, "mona.myndig@arena.example");
    await bearer.goto(ideaUrl);
    await shows(h1(bearer, idea));
    const timeline = bearer.getByRole("region", { name: "Tidslinje" });
    await shows(timeline.getByText(new RegExp(`^Beslut i Länsledning Välfärd ${swedishToday()}`)));
    await accessible(bearer, "path-16-bearer-timeline-sv");
    await closeUp(timeline, "path-16b-bearer-timeline-close-sv");
    await closeUp(bearer.getByRole("region", { name: "Ärenden och beslut" }), "path-16c-bearer-panel-close-sv");
  }, 600_000); // Seven people and sixteen pages checked with axe: far longer than the other suites' journeys.
});
