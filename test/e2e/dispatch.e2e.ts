import { describe, expect, test } from "vitest";
import { accessible, browserSuite, gql, h1, screenshot, shows, signIn } from "./harness.js";

const { newPage } = browserSuite();

const stamp = Date.now().toString(36);
const title = `Gemensam rutin för SIP ${stamp}`;

interface Ok {
  errors: { code: string }[];
}
const must = <T extends Ok>(payload: T, what: string): T => {
  if (payload.errors.length > 0) throw new Error(`${what}: ${JSON.stringify(payload.errors)}`);
  return payload;
};

describe("dispatching a decision to the parties", () => {
  test("the coordinator dispatches an approved decision to the 11 parties, a party confirms and adopts through its link, and the table shows it", async () => {
    // -------- set-up through the API: a matter prepared, placed at Länsledning Välfärd, on yesterday's agenda, approved by a member
    const coordinator = await newPage();
    await signIn(coordinator, "koordinator@arena.example");
    const { arena } = await gql<{ arena: { id: string; bodies: { id: string; key: string }[] } }>(
      coordinator.request,
      `query { arena(slug: "gavleborg") { id bodies { id key } } }`,
    );
    const lans = arena.bodies.find((b) => b.key === "lansledning-valfard")!.id;
    const created = await gql<{ createMatter: Ok & { matter: { id: string; number: number } } }>(
      coordinator.request,
      "mutation($input: CreateMatterInput!) { createMatter(input: $input) { matter { id number } errors { code } } }",
      { input: { arenaId: arena.id, kind: "PROPOSAL", title } },
    );
    const matter = must(created.createMatter, "createMatter").matter;

    const preparer = await newPage();
    await signIn(preparer, "beredning@arena.example");
    const { me } = await gql<{ me: { id: string } }>(preparer.request, "query { me { id } }");
    must(
      (
        await gql<{ assignMatterPreparer: Ok }>(
          coordinator.request,
          "mutation($input: AssignPreparerInput!) { assignMatterPreparer(input: $input) { errors { code } } }",
          { input: { matterId: matter.id, preparerId: me.id } },
        )
      ).assignMatterPreparer,
      "assignMatterPreparer",
    );
    must(
      (
        await gql<{ placeMatter: Ok }>(
          preparer.request,
          "mutation($input: PlaceMatterInput!) { placeMatter(input: $input) { errors { code } } }",
          { input: { matterId: matter.id, bodyId: lans } },
        )
      ).placeMatter,
      "placeMatter",
    );
    const yesterday = new Date(Date.now() - 86_400_000);
    yesterday.setUTCHours(12, 0, 0, 0);
    const meeting = must(
      (
        await gql<{ createMeeting: Ok & { meeting: { id: string; version: number } } }>(
          coordinator.request,
          "mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id version } errors { code } } }",
          { input: { bodyId: lans, startsAt: yesterday.toISOString(), place: "Regionhuset, Gävle" } },
        )
      ).createMeeting,
      "createMeeting",
    ).meeting;
    must(
      (
        await gql<{ addAgendaItem: Ok }>(
          coordinator.request,
          "mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { errors { code } } }",
          { input: { meetingId: meeting.id, version: meeting.version, matterId: matter.id } },
        )
      ).addAgendaItem,
      "addAgendaItem",
    );
    const member = await newPage();
    await signIn(member, "ledamot@arena.example");
    must(
      (
        await gql<{ recordMatterDecision: Ok }>(
          member.request,
          "mutation($input: RecordMatterDecisionInput!) { recordMatterDecision(input: $input) { errors { code } } }",
          {
            input: {
              matterId: matter.id,
              outcome: "APPROVED",
              text: "Länsledning Välfärd rekommenderar parterna att införa en gemensam rutin för SIP.",
              decidedOn: yesterday.toISOString().slice(0, 10),
            },
          },
        )
      ).recordMatterDecision,
      "recordMatterDecision",
    );

    // -------- the coordinator dispatches to all 11 parties (each has a contact person in the demo)
    await coordinator.goto(`/a/gavleborg/matters/${matter.number}/dispatch`);
    await shows(h1(coordinator, `Expediering av ärende ${matter.number}`));
    await shows(coordinator.getByText("Beslutet har inte expedierats ännu."));
    const send = coordinator.getByRole("form", { name: "Expediera beslutet" });
    await shows(send.getByRole("checkbox", { name: "Gävle kommun" }));
    expect(await send.getByRole("checkbox", { checked: true }).count()).toBe(11);
    await accessible(coordinator, "dispatch-01-send-sv");
    await send.getByRole("button", { name: "Expediera till 11 parter" }).click();
    await shows(coordinator.getByRole("status").getByText("Beslutet har expedierats till 11 parter."));
    const table = coordinator.getByRole("table", { name: "Beslutet per part: skickat, mottaget, antaget eller avböjt" });
    await shows(table.getByRole("row", { name: /Gävle kommun.*Skickat/ }));
    expect(await table.getByRole("row").count()).toBe(12);
    await shows(coordinator.getByText("Beslutet har expedierats till alla parter."));

    // -------- the party reads its link from the outbox (as the admin does) and answers without an account
    const admin = await newPage();
    await signIn(admin, "admin@arena.example");
    const { outbox } = await gql<{ outbox: { edges: { node: { to: string; text: string } }[] } }>(
      admin.request,
      "query { outbox(first: 50) { edges { node { to text } } } }",
    );
    const mail = outbox.edges.map((e) => e.node).find((m) => m.to === "registrator@gavle.kommun.example" && m.text.includes(title))!;
    const link = /https?:\/\/\S+\/dispatch\/[A-Za-z0-9_-]{43}/.exec(mail.text)![0];
    const party = await newPage();
    await party.goto(new URL(link).pathname);
    await shows(h1(party, "Beslut från Arena för social innovation Gävleborg"));
    await shows(party.getByText("Länsledning Välfärd rekommenderar parterna att införa en gemensam rutin för SIP."));
    await accessible(party, "dispatch-02-party-sv");
    await party.getByRole("button", { name: "Bekräfta att vi har tagit emot beslutet" }).click();
    await shows(party.getByRole("status").getByText("Tack! Mottagandet är bekräftat."));
    const answer = party.getByRole("form", { name: "Er egen behandling av beslutet" });
    await answer.getByRole("radio", { name: "Vi har antagit beslutet" }).check();
    await answer.getByRole("button", { name: "Skicka svaret" }).click();
    await shows(answer.getByText("Ange dagen då ni antog beslutet."));
    const adoptedOn = new Date().toISOString().slice(0, 10);
    await answer.getByLabel("Dag då ni antog beslutet").fill(adoptedOn);
    await answer.getByLabel(/^Anteckning/).fill(`Beslutad i kommunfullmäktige ${adoptedOn}, § 45`);
    await answer.getByRole("button", { name: "Skicka svaret" }).click();
    await shows(party.getByRole("status").getByText("Tack! Ert svar är registrerat."));
    await shows(party.getByText("Ni har svarat på beslutet. Kontakta samverkanskansliet om svaret behöver ändras."));
    await accessible(party, "dispatch-03-party-answered-sv");
    await screenshot(party, "dispatch-03-party-answered-sv");

    // A wrong link says so.
    await party.goto(`/dispatch/${"A".repeat(43)}`);
    await shows(h1(party, "Länken fungerar inte"));

    // -------- the coordinator's table shows the party's answer
    await coordinator.reload();
    await shows(table.getByRole("row", { name: new RegExp(`Gävle kommun.*Antaget.*Beslutad i kommunfullmäktige ${adoptedOn}, § 45`) }));
    await shows(coordinator.getByText("1 av 11 har bekräftat mottagandet, 1 har antagit beslutet och 0 har avböjt."));
    await accessible(coordinator, "dispatch-04-table-sv");
    await screenshot(coordinator, "dispatch-04-table-sv");
  });
});
