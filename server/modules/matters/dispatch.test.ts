import { count, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { DECISION_TEXT, decidedMatter, partiesWithContacts, registryOf } from "../../../test/support/dispatch.js";
import { graphql } from "../../../test/support/graphql.js";
import { submittedIdea } from "../../../test/support/ideas.js";
import { fromGlobalId } from "../../graphql/relay.js";
import { outbox } from "../notifications/notifications.tables.js";
import { dispatches, matters } from "./matters.tables.js";

const Dispatch = graphql(`
  mutation DispatchDecision($input: DispatchDecisionInput!) {
    dispatchDecision(input: $input) {
      dispatches {
        id
        status
        organisation {
          name
        }
        contactEmail
      }
      matter {
        id
        stage
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const DispatchTable = graphql(`
  query DispatchTable($slug: String!, $number: Int!) {
    matter(arenaSlug: $slug, number: $number) {
      stage
      dispatchRights {
        decisionId
        dispatch
        close
      }
      dispatches {
        status
        organisation {
          name
        }
        contactName
        contactEmail
        sentAt
        receivedAt
        answeredAt
        adoptedOn
        answerNote
      }
    }
  }
`);
const ByToken = graphql(`
  query DispatchByToken($token: String!) {
    dispatchByToken(token: $token) {
      status
      partyName
      bodyName
      matterNumber
      matterTitle
      outcome
      decisionText
      decidedOn
      adoptedOn
      answerNote
    }
  }
`);
const Confirm = graphql(`
  mutation ConfirmDispatch($input: ConfirmDispatchInput!) {
    confirmDispatch(input: $input) {
      dispatch {
        status
        partyName
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const Answer = graphql(`
  mutation AnswerDispatch($input: AnswerDispatchInput!) {
    answerDispatch(input: $input) {
      dispatch {
        status
        adoptedOn
        answerNote
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const Timeline = graphql(`
  query DispatchIdeaTimeline($id: ID!) {
    idea(id: $id) {
      timeline {
        kind
        label
      }
    }
  }
`);
const SetContact = graphql(`
  mutation ClearContact($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      errors {
        code
      }
    }
  }
`);

const { client } = useTestServer();

async function written() {
  const { db } = await testDatabase();
  const [mails] = await db.select({ n: count() }).from(outbox);
  const [rows] = await db.select({ n: count() }).from(dispatches);
  return { mails: mails!.n, dispatches: rows!.n };
}
const stageOf = async (matterId: string) => {
  const { db } = await testDatabase();
  const [m] = await db
    .select({ stage: matters.stage })
    .from(matters)
    .where(eq(matters.id, fromGlobalId(matterId, "Matter")!.id));
  return m!.stage;
};
/** The personal link's token in the mail sent to an address. */
async function tokenSentTo(address: string) {
  const { db } = await testDatabase();
  const [mail] = await db.select().from(outbox).where(eq(outbox.toAddress, address));
  return /\/dispatch\/([A-Za-z0-9_-]{43})\b/.exec(mail!.text)![1]!;
}

describe("dispatching a decision to the parties", () => {
  it("sends it to all 11 parties in one transaction: 11 dispatches, 11 mails with personal links, the matter dispatched on the idea's timeline", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "SIP-lots i hela länet" });
    const { coordinator, matter, decisionId } = await decidedMatter(client, { title: null, origin: { kind: "IDEA", id: idea.id } });
    const parties = await partiesWithContacts(coordinator);
    expect(parties).toHaveLength(11);
    const before = await written();

    const { dispatchDecision } = await coordinator.ok(Dispatch, { input: { decisionId } });
    expect(dispatchDecision.errors).toEqual([]);
    expect(dispatchDecision.matter!.stage).toBe("DISPATCHED");
    expect(dispatchDecision.dispatches.map((d) => d.organisation.name).sort()).toEqual(parties.map((p) => p.name).sort());
    expect(dispatchDecision.dispatches.every((d) => d.status === "SENT")).toBe(true);
    expect(await written()).toEqual({ mails: before.mails + 11, dispatches: before.dispatches + 11 });

    const { db } = await testDatabase();
    const mails = await db
      .select()
      .from(outbox)
      .where(
        inArray(
          outbox.toAddress,
          parties.map((p) => registryOf(p.name)),
        ),
      );
    expect(mails).toHaveLength(11);
    const gavle = mails.find((m) => m.toAddress === registryOf("Gävle kommun"))!;
    expect(gavle.subject).toMatch(new RegExp(`^Beslut att expediera från .+: ärende ${matter.number} ”SIP-lots i hela länet”$`));
    expect(gavle.text).toContain("Hej Registrator Gävle kommun!");
    expect(gavle.text).toContain(`> ${DECISION_TEXT}`);
    // Only the token's hash is stored: the link in the mail is not in the table.
    const token = await tokenSentTo(registryOf("Gävle kommun"));
    const stored = await db.select({ hash: dispatches.tokenHash }).from(dispatches);
    expect(stored.some((s) => s.hash === token)).toBe(false);
    expect(new Set(mails.map((m) => /\/dispatch\/(\S+)/.exec(m.text)![1])).size).toBe(11);

    const { idea: read } = await bearer.ok(Timeline, { id: idea.id });
    expect(read!.timeline.map((e) => e.label)).toContain("Beslutet expedierat till parterna");
  });

  it("refuses it all when a party has no contact email, and names the party; nothing is written", async () => {
    const { coordinator, matter, decisionId } = await decidedMatter(client);
    const parties = await partiesWithContacts(coordinator);
    const ockelbo = parties.find((p) => p.name === "Ockelbo kommun")!;
    await coordinator.ok(SetContact, { input: { id: ockelbo.id, contactEmail: "" } });
    const before = await written();

    const { dispatchDecision } = await coordinator.ok(Dispatch, { input: { decisionId } });
    expect(dispatchDecision.dispatches).toEqual([]);
    expect(dispatchDecision.errors).toEqual([
      {
        field: "input.organisationIds",
        code: "DISPATCH_NO_CONTACT",
        message:
          "Ingenting skickades: Ockelbo kommun saknar kontaktperson med e-postadress. Lägg till den under Samverkansstruktur och försök igen.",
      },
    ]);
    expect(await written()).toEqual(before);
    expect(await stageOf(matter.id)).toBe("decided");
  });

  it("refuses a second dispatch to the same party, and what was written for the parties before it rolls back with the transaction", async () => {
    const { coordinator, matter, decisionId } = await decidedMatter(client);
    const parties = await partiesWithContacts(coordinator);
    const gavle = parties.find((p) => p.name === "Gävle kommun")!;
    const first = await coordinator.ok(Dispatch, { input: { decisionId, organisationIds: [gavle.id] } });
    expect(first.dispatchDecision.errors).toEqual([]);
    expect(await stageOf(matter.id)).toBe("dispatched");
    const before = await written();

    // All 11 again: Bollnäs comes before Gävle and is written first; the refusal at Gävle undoes it.
    const en = await client("en").signInAs(demo.coordinator);
    const again = await en.ok(Dispatch, { input: { decisionId } });
    expect(again.dispatchDecision.errors).toEqual([
      {
        field: "input.organisationIds",
        code: "DISPATCH_ALREADY_SENT",
        message: "Nothing was sent: the decision has already been dispatched to Gävle kommun.",
      },
    ]);
    expect(await written()).toEqual(before);
    const same = await coordinator.ok(Dispatch, { input: { decisionId, organisationIds: [gavle.id] } });
    expect(same.dispatchDecision.errors.map((e) => e.code)).toEqual(["DISPATCH_ALREADY_SENT"]);
    expect(await written()).toEqual(before);

    // The others can still be sent to, once each.
    const rest = parties.filter((p) => p.id !== gavle.id).map((p) => p.id);
    const more = await coordinator.ok(Dispatch, { input: { decisionId, organisationIds: rest } });
    expect(more.dispatchDecision.dispatches).toHaveLength(10);
    expect(await written()).toEqual({ mails: before.mails + 10, dispatches: before.dispatches + 10 });
  });

  it("is the kansli's alone: a body member, a bearer, a Dalarna coordinator and an anonymous visitor are refused and nothing changes", async () => {
    const { coordinator, matter, decisionId } = await decidedMatter(client);
    await partiesWithContacts(coordinator);
    const before = await written();

    const member = await client().signInAs(demo.bodyMember);
    const byMember = await member.request(Dispatch, { input: { decisionId } });
    expect(byMember.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    for (const who of [demo.bearer, demo.dalarnaCoordinator]) {
      const other = await client().signInAs(who);
      const r = await other.ok(Dispatch, { input: { decisionId } });
      expect(r.dispatchDecision.errors.map((e) => e.code)).toEqual(["NOT_FOUND"]);
    }
    const anonymous = await client().request(Dispatch, { input: { decisionId } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await written()).toEqual(before);
    expect(await stageOf(matter.id)).toBe("decided");

    const { matter: asMember } = await member.ok(DispatchTable, { slug: "gavleborg", number: matter.number });
    expect(asMember!.dispatchRights).toEqual({ decisionId: null, dispatch: false, close: false });
    const { matter: asKansli } = await coordinator.ok(DispatchTable, { slug: "gavleborg", number: matter.number });
    expect(asKansli!.dispatchRights).toEqual({ decisionId, dispatch: true, close: true });
  });
});

describe("the party's personal link", () => {
  async function dispatched() {
    const built = await decidedMatter(client);
    await partiesWithContacts(built.coordinator);
    await built.coordinator.ok(Dispatch, { input: { decisionId: built.decisionId } });
    return { ...built, token: await tokenSentTo(registryOf("Gävle kommun")) };
  }

  it("shows the decision and confirms receipt without an account; the kansli's table shows it", async () => {
    const { coordinator, matter, token, decidedOn } = await dispatched();
    const party = client();
    const { dispatchByToken } = await party.ok(ByToken, { token });
    expect(dispatchByToken).toMatchObject({
      status: "SENT",
      partyName: "Gävle kommun",
      bodyName: "Länsledning Välfärd",
      matterNumber: matter.number,
      outcome: "APPROVED",
      decisionText: DECISION_TEXT,
      decidedOn,
    });
    const { confirmDispatch } = await party.ok(Confirm, { input: { token } });
    expect(confirmDispatch).toEqual({ dispatch: { status: "RECEIVED", partyName: "Gävle kommun" }, errors: [] });
    // Idempotent.
    expect((await party.ok(Confirm, { input: { token } })).confirmDispatch.dispatch!.status).toBe("RECEIVED");

    const { matter: table } = await coordinator.ok(DispatchTable, { slug: "gavleborg", number: matter.number });
    const rows = table!.dispatches;
    expect(rows).toHaveLength(11);
    expect(rows.find((d) => d.organisation.name === "Gävle kommun")).toMatchObject({
      status: "RECEIVED",
      contactEmail: registryOf("Gävle kommun"),
      answeredAt: null,
    });
    expect(rows.find((d) => d.organisation.name === "Gävle kommun")!.receivedAt).not.toBeNull();
    expect(rows.filter((d) => d.status === "SENT")).toHaveLength(10);
  });

  it("refuses a wrong or malformed token in Swedish and English, and shows nothing behind it", async () => {
    await dispatched();
    const before = await written();
    for (const token of ["A".repeat(43), "kort", ""]) {
      expect((await client().ok(ByToken, { token })).dispatchByToken).toBeNull();
      const sv = await client().ok(Confirm, { input: { token } });
      expect(sv.confirmDispatch.errors).toEqual([
        {
          field: "input.token",
          code: "DISPATCH_LINK",
          message: "Länken fungerar inte. Kontrollera att hela länken från mejlet kom med, eller kontakta samverkanskansliet.",
        },
      ]);
      const en = await client("en").ok(Answer, { input: { token, answer: "ADOPTED", adoptedOn: "2027-04-12" } });
      expect(en.answerDispatch.errors[0]!.message).toBe(
        "The link does not work. Check that the whole link from the email came along, or contact the partnership office.",
      );
    }
    expect(await written()).toEqual(before);
  });

  it("records the party's adoption with its date and note, once; the public reads it without the contact person", async () => {
    const { coordinator, matter, token } = await dispatched();
    const party = client();
    const noDate = await party.ok(Answer, { input: { token, answer: "ADOPTED" } });
    expect(noDate.answerDispatch.errors.map((e) => [e.field, e.code])).toEqual([["input.adoptedOn", "ADOPTED_ON_REQUIRED"]]);
    const adopted = await party.ok(Answer, {
      input: { token, answer: "ADOPTED", adoptedOn: "2027-04-12", note: "Beslutad i fullmäktige 2027-04-12, § 45" },
    });
    expect(adopted.answerDispatch).toEqual({
      dispatch: { status: "ADOPTED", adoptedOn: "2027-04-12", answerNote: "Beslutad i fullmäktige 2027-04-12, § 45" },
      errors: [],
    });
    const again = await party.ok(Answer, { input: { token, answer: "DECLINED", note: "Ändrat oss" } });
    expect(again.answerDispatch.errors.map((e) => e.code)).toEqual(["DISPATCH_ANSWERED"]);

    // A decline needs a reason.
    const other = await tokenSentTo(registryOf("Ockelbo kommun"));
    const bare = await party.ok(Answer, { input: { token: other, answer: "DECLINED" } });
    expect(bare.answerDispatch.errors.map((e) => [e.field, e.code])).toEqual([["input.note", "DECLINE_REASON"]]);
    const declined = await party.ok(Answer, { input: { token: other, answer: "DECLINED", note: "Kommunen har redan en egen modell." } });
    expect(declined.answerDispatch.dispatch!.status).toBe("DECLINED");

    // The minutes are published, so the decision is public: anyone reads the table, no one but the kansli where it went.
    const { matter: publicView } = await client().ok(DispatchTable, { slug: "gavleborg", number: matter.number });
    expect(publicView!.dispatches.find((d) => d.organisation.name === "Gävle kommun")).toMatchObject({
      status: "ADOPTED",
      adoptedOn: "2027-04-12",
      answerNote: "Beslutad i fullmäktige 2027-04-12, § 45",
      contactName: null,
      contactEmail: null,
    });
    const { matter: kansli } = await coordinator.ok(DispatchTable, { slug: "gavleborg", number: matter.number });
    expect(kansli!.dispatches.find((d) => d.organisation.name === "Ockelbo kommun")).toMatchObject({
      status: "DECLINED",
      contactEmail: registryOf("Ockelbo kommun"),
    });
  });
});
