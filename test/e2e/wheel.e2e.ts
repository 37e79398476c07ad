import { describe, expect, test } from "vitest";
import { accessible, browserSuite, gql, h1, navigate, shows, signIn } from "./harness.js";

const { newPage } = browserSuite();

describe("the annual wheel and co-funding", () => {
  test("anyone reads the wheel; the kansli adds a milestone; a member reads the funding per party; the matter shows its funding tab", async () => {
    const year = new Date().getFullYear();

    // -------- a visitor reads the wheel: the image and the month-by-month table
    const visitor = await newPage();
    await visitor.goto("/a/gavleborg/arshjul");
    await shows(h1(visitor, "Årshjul"));
    await shows(visitor.getByRole("img", { name: /Årshjulet som cirkel/ }));
    const table = visitor.getByRole("table", { name: "Årshjulets händelser per månad" });
    await shows(table.getByRole("row", { name: /Länsledning Välfärd antar årets handlingsplan/ }));
    await shows(table.getByRole("row", { name: /Årlig revidering och uppföljning av överenskommelsen/ }));
    expect(await table.getByRole("row").count()).toBe(14);
    expect(await visitor.getByRole("form", { name: "Lägg till en händelse" }).count()).toBe(0);
    await accessible(visitor, "wheel-01-public-sv");

    // -------- the kansli adds a milestone through the form, after a validation error
    const coordinator = await newPage();
    await signIn(coordinator, "koordinator@arena.example");
    await coordinator.goto("/a/gavleborg/arshjul");
    await shows(h1(coordinator, "Årshjul"));
    const form = coordinator.getByRole("form", { name: "Lägg till en händelse" });
    await form.getByLabel("Månad", { exact: true }).selectOption({ label: "april" });
    await form.getByLabel(/^Dag/).fill("31");
    await form.getByLabel("Vad händer (svenska)").fill("Gemensam utvärderingsdag för utskotten");
    await form.getByRole("button", { name: "Lägg till" }).click();
    await shows(form.getByText("Den månaden har inte så många dagar."));
    await form.getByLabel(/^Dag/).fill("24");
    await form.getByRole("button", { name: "Lägg till" }).click();
    await shows(coordinator.getByRole("status").getByText("”Gemensam utvärderingsdag för utskotten” lades till i årshjulet."));
    await shows(coordinator.getByRole("table").getByRole("row", { name: /24 april.*Gemensam utvärderingsdag/ }));
    await accessible(coordinator, "wheel-02-kansli-sv");

    // -------- a body member finds this year's funding in the partnership menu
    const member = await newPage();
    await signIn(member, "ledamot@arena.example");
    await member.goto("/a/gavleborg");
    await navigate(member, "Finansiering");
    await shows(h1(member, `Finansiering ${year}`));
    const parties = member.getByRole("table", { name: `Åtagande, betalt och kostnader per part ${year}, i kronor` });
    await shows(parties.getByRole("row", { name: /Region Gävleborg/ }));
    await shows(parties.getByRole("row", { name: /Gävle kommun/ }));
    expect(await parties.getByRole("row").count()).toBe(13);
    await accessible(member, "wheel-03-funding-sv");

    // -------- a visitor is told who may see it
    await visitor.goto(`/a/gavleborg/funding/${year}`);
    await shows(visitor.getByText("Finansieringen per part visas för partnerskapets ledamöter och kansliet."));

    // -------- the SIP-lots matter's funding tab, for the kansli
    const { arena } = await gql<{ arena: { matters: { edges: { node: { number: number; title: string } }[] } } }>(
      coordinator.request,
      `query { arena(slug: "gavleborg") { matters(first: 50) { edges { node { number title } } } } }`,
    );
    const sip = arena.matters.edges.map((e) => e.node).find((m) => m.title === "Spridning av SIP-lots till länets kommuner")!;
    await coordinator.goto(`/a/gavleborg/matters/${sip.number}`);
    const funding = coordinator.getByRole("region", { name: "Finansiering" });
    await shows(funding.getByRole("heading", { name: /SIP-lots i hela länet/ }));
    await shows(funding.getByText(/1\s250\s000 kr: regionen 625\s000 kr/));
    await shows(funding.getByRole("form", { name: "Ny finansieringsplan" }));
    await accessible(coordinator, "wheel-04-matter-funding-sv");
  });
});
