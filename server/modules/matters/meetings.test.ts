import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { openedMatter } from "../../../test/support/matters.js";
import { graphql } from "../../../test/support/graphql.js";
import {
  AddAgendaItem,
  CreateMeeting,
  ReadMeeting,
  SendNotice,
  bookedMeeting,
  matterStage,
  placedMatter,
  seatedPerson,
  structureOf,
  withFreeItems,
} from "../../../test/support/meetings.js";
import { notifications, outbox } from "../notifications/notifications.tables.js";
import { agendaItems, meetings } from "./matters.tables.js";

const { client } = useTestServer();

const ChangeAgenda = graphql(`
  mutation ChangeAgenda($reorder: ReorderAgendaInput!) {
    reorderAgenda(input: $reorder) {
      meeting {
        version
        agenda {
          number
          title
        }
      }
      errors {
        field
        code
      }
    }
  }
`);
const RemoveItem = graphql(`
  mutation RemoveItem($input: RemoveAgendaItemInput!) {
    removeAgendaItem(input: $input) {
      meeting {
        version
        agenda {
          title
        }
      }
      errors {
        code
      }
    }
  }
`);
const WriteMinutes = graphql(`
  mutation WriteMinutes($input: WriteMinutesInput!) {
    writeMinutes(input: $input) {
      meeting {
        id
      }
      errors {
        field
        code
      }
    }
  }
`);
const PublishMinutes = graphql(`
  mutation PublishMinutes($input: MeetingVersionInput!) {
    publishMinutes(input: $input) {
      meeting {
        minutesPublishedAt
        version
      }
      errors {
        code
      }
    }
  }
`);
const BodyMeetings = graphql(`
  query BodyMeetings($id: ID!, $when: MeetingWhen) {
    node(id: $id) {
      ... on Body {
        meetings(when: $when) {
          id
          place
          agenda {
            title
            minutes
          }
        }
      }
    }
  }
`);

const kansli = () => client().signInAs(demo.coordinator);

describe("meetings: the kansli books them and keeps their agendas", () => {
  it("books a meeting of a body; only the arena's kansli may, and a place or a link is required", async () => {
    const coordinator = await kansli();
    const s = await structureOf(coordinator);
    const lansledning = s.body("lansledning-valfard");
    const m = await bookedMeeting(coordinator, lansledning);
    expect(m).toMatchObject({ place: "Regionhuset, Gävle", version: 1, viewerMayManage: true, agenda: [], noticeSentAt: null });
    expect(m.body.key).toBe("lansledning-valfard");

    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    const nowhere = await coordinator.ok(CreateMeeting, { input: { bodyId: lansledning, startsAt } });
    expect(nowhere.createMeeting.errors).toEqual([expect.objectContaining({ field: "input.place", code: "PLACE_OR_LINK" })]);
    const badLink = await coordinator.ok(CreateMeeting, { input: { bodyId: lansledning, startsAt, link: "teams, som vanligt" } });
    expect(badLink.createMeeting.errors[0]).toMatchObject({ field: "input.link", code: "INVALID_URL" });

    const db = (await testDatabase()).db;
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(meetings);
    for (const who of [demo.bodyMember, demo.guide, demo.dalarnaCoordinator]) {
      const r = await (await client().signInAs(who)).request(CreateMeeting, { input: { bodyId: lansledning, startsAt, place: "Gävle" } });
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(meetings)).toEqual(before);
  });

  it("adds free items in order, reorders and removes them, and refuses a change made on an old version", async () => {
    const coordinator = await kansli();
    const s = await structureOf(coordinator);
    const m = await withFreeItems(coordinator, await bookedMeeting(coordinator, s.body("lansledning-valfard")), [
      "Mötets öppnande",
      "Föregående protokoll",
      "Övriga frågor",
    ]);
    expect(m.version).toBe(4);
    expect(m.agenda.map((i) => [i.number, i.title])).toEqual([
      [1, "Mötets öppnande"],
      [2, "Föregående protokoll"],
      [3, "Övriga frågor"],
    ]);
    const [a, b, c] = m.agenda.map((i) => i.id) as [string, string, string];
    const reordered = await coordinator.ok(ChangeAgenda, { reorder: { meetingId: m.id, version: m.version, itemIds: [c, a, b] } });
    expect(reordered.reorderAgenda.meeting!.agenda.map((i) => i.title)).toEqual([
      "Övriga frågor",
      "Mötets öppnande",
      "Föregående protokoll",
    ]);

    // Someone who read version 4 works on, after the reorder made it 5: refused, and nothing changes.
    const stale = await coordinator.ok(AddAgendaItem, { input: { meetingId: m.id, version: 4, title: "Sent tillägg" } });
    expect(stale.addAgendaItem.errors).toEqual([{ field: "input.version", code: "STALE_MEETING" }]);
    const partial = await coordinator.ok(ChangeAgenda, { reorder: { meetingId: m.id, version: 5, itemIds: [a, b] } });
    expect(partial.reorderAgenda.errors).toEqual([{ field: "input.itemIds", code: "AGENDA_ORDER" }]);
    const both = await coordinator.ok(AddAgendaItem, { input: { meetingId: m.id, version: 5, title: "" } });
    expect(both.addAgendaItem.errors[0]!.code).toBe("AGENDA_ITEM_EITHER");

    const removed = await coordinator.ok(RemoveItem, { input: { meetingId: m.id, version: 5, itemId: a } });
    expect(removed.removeAgendaItem.meeting).toEqual({
      version: 6,
      agenda: [{ title: "Övriga frågor" }, { title: "Föregående protokoll" }],
    });

    const member = await client().signInAs(demo.bodyMember);
    const r = await member.request(RemoveItem, { input: { meetingId: m.id, version: 6, itemId: b } });
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await member.ok(ReadMeeting, { id: m.id })).meeting!.agenda).toHaveLength(2);
  });
});

const MemberHome = graphql(`
  query MemberHomeForTests {
    arena(slug: "gavleborg") {
      memberHome {
        bodies {
          key
        }
        nextMeetings {
          id
        }
        toDecide {
          title
        }
      }
    }
  }
`);

describe("matters on the agenda", () => {
  it("a matter placed with the body goes on the agenda, shows on its members' start page, and goes back to placed when removed", async () => {
    const { coordinator, matter } = await openedMatter(client, { title: "Spridning av SIP-lots" });
    const s = await structureOf(coordinator);
    const elsewhere = await bookedMeeting(coordinator, s.body("utskott-vuxna"));
    await placedMatter(coordinator, matter.id, s.body("lansledning-valfard"));
    const wrongBody = await coordinator.ok(AddAgendaItem, { input: { meetingId: elsewhere.id, version: 1, matterId: matter.id } });
    expect(wrongBody.addAgendaItem.errors).toEqual([{ field: "input.matterId", code: "MATTER_NOT_PLACED_HERE" }]);

    const m = await bookedMeeting(coordinator, s.body("lansledning-valfard"));
    const added = await coordinator.ok(AddAgendaItem, { input: { meetingId: m.id, version: m.version, matterId: matter.id } });
    expect(added.addAgendaItem.meeting!.agenda.map((i) => i.title)).toEqual(["Spridning av SIP-lots"]);
    expect((await matterStage(coordinator, matter.id))!.stage).toBe("ON_AGENDA");

    const member = await client().signInAs(demo.bodyMember);
    const home = (await member.ok(MemberHome, {})).arena!.memberHome!;
    expect(home).toEqual({
      bodies: [{ key: "lansledning-valfard" }],
      nextMeetings: [{ id: m.id }],
      toDecide: [{ title: "Spridning av SIP-lots" }],
    });
    expect((await client().ok(MemberHome, {})).arena!.memberHome).toBeNull();

    const item = added.addAgendaItem.meeting!.agenda[0]!;
    const removed = await coordinator.ok(RemoveItem, {
      input: { meetingId: m.id, version: added.addAgendaItem.meeting!.version, itemId: item.id },
    });
    expect(removed.removeAgendaItem.meeting!.agenda).toEqual([]);
    expect((await matterStage(coordinator, matter.id))!.stage).toBe("PLACED");
  });
});

describe("the notice (kallelse)", () => {
  it("goes once to every person seated in the body, in the app and as one mail each, written in the same transaction", async () => {
    const coordinator = await kansli();
    const s = await structureOf(coordinator);
    const lansledning = s.body("lansledning-valfard");
    const second = await seatedPerson(coordinator, client(), lansledning);
    const third = await seatedPerson(coordinator, client(), lansledning);
    const m = await withFreeItems(coordinator, await bookedMeeting(coordinator, lansledning), ["Mötets öppnande", "Lägesrapport SIP"]);
    const db = (await testDatabase()).db;
    const mailsBefore = await db.select({ n: sql<number>`count(*)::int` }).from(outbox);

    const sent = await coordinator.ok(SendNotice, { input: { id: m.id, version: m.version } });
    expect(sent.sendMeetingNotice.errors).toEqual([]);
    expect(sent.sendMeetingNotice.meeting!.noticeSentAt).not.toBeNull();

    const mails = await db
      .select({ to: outbox.toAddress, subject: outbox.subject, text: outbox.text, tx: sql<string>`${outbox}.xmin::text` })
      .from(outbox);
    expect(mails.length - mailsBefore[0]!.n).toBe(3);
    const notice = mails.filter((x) => x.subject.startsWith("Kallelse till Länsledning Välfärd"));
    expect(notice.map((x) => x.to).sort()).toEqual([demo.bodyMember, second.email, third.email].sort());
    for (const mail of notice) expect(mail.text).toContain("1. Mötets öppnande\n2. Lägesrapport SIP");
    expect(notice[0]!.text).toContain("Plats: Regionhuset, Gävle");
    // One transaction: the mails and the meeting's notice were written by the same one.
    const [meetingTx] = await db
      .select({ tx: sql<string>`${meetings}.xmin::text` })
      .from(meetings)
      .where(eq(meetings.id, fromGlobal(m.id)));
    expect(new Set(notice.map((x) => x.tx))).toEqual(new Set([meetingTx!.tx]));
    const inApp = await db
      .select()
      .from(notifications)
      .where(eq(notifications.subjectId, fromGlobal(m.id)));
    expect(inApp).toHaveLength(3);

    // Sent once: a second send is refused and mails nobody.
    const again = await coordinator.ok(SendNotice, { input: { id: m.id, version: sent.sendMeetingNotice.meeting!.version } });
    expect(again.sendMeetingNotice.errors).toEqual([
      expect.objectContaining({
        field: "input.id",
        code: "NOTICE_ALREADY_SENT",
        message: "Kallelsen är redan skickad. Den skickas bara en gång.",
      }),
    ]);
    expect((await db.select({ n: sql<number>`count(*)::int` }).from(outbox))[0]!.n).toBe(mails.length);
  });

  it("is refused for a body in which nobody sits, and by anyone but the kansli", async () => {
    const coordinator = await kansli();
    const s = await structureOf(coordinator);
    const m = await bookedMeeting(coordinator, s.body("utskott-psykisk-halsa"));
    const none = await coordinator.ok(SendNotice, { input: { id: m.id, version: m.version } });
    expect(none.sendMeetingNotice.errors[0]!.code).toBe("NO_MEMBERS");
    const member = await client().signInAs(demo.bodyMember);
    const r = await member.request(SendNotice, { input: { id: m.id, version: m.version } });
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("minutes", () => {
  it("are written by the body's members, read by the public only once the kansli has published them, and then no longer change", async () => {
    const coordinator = await kansli();
    const s = await structureOf(coordinator);
    const m = await withFreeItems(coordinator, await bookedMeeting(coordinator, s.body("lansledning-valfard"), -1), [
      "Mötets öppnande",
      "Övriga frågor",
    ]);
    const [opening, other] = m.agenda.map((i) => i.id) as [string, string];
    const member = await client().signInAs(demo.bodyMember);
    const written = await member.ok(WriteMinutes, { input: { agendaItemId: opening, minutes: "Ordföranden öppnade mötet." } });
    expect(written.writeMinutes.errors).toEqual([]);

    // Nobody outside the partnership's bodies and kansli reads them yet; no one else writes them.
    const anonymous = client();
    const bearer = await client().signInAs(demo.bearer);
    for (const c of [anonymous, bearer]) expect((await c.ok(ReadMeeting, { id: m.id })).meeting!.agenda[0]!.minutes).toBeNull();
    expect((await member.ok(ReadMeeting, { id: m.id })).meeting!.agenda[0]!.minutes).toBe("Ordföranden öppnade mötet.");
    const guide = await client().signInAs(demo.guide);
    const refused = await guide.request(WriteMinutes, { input: { agendaItemId: other, minutes: "Inget" } });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const db = (await testDatabase()).db;
    const byMember = await member.request(PublishMinutes, { input: { id: m.id, version: m.version } });
    expect(byMember.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const published = await coordinator.ok(PublishMinutes, { input: { id: m.id, version: m.version } });
    expect(published.publishMinutes.meeting!.minutesPublishedAt).not.toBeNull();
    const past = await anonymous.ok(BodyMeetings, { id: s.body("lansledning-valfard"), when: "PAST" });
    expect(past.node).toMatchObject({
      meetings: [{ id: m.id, agenda: [{ title: "Mötets öppnande", minutes: "Ordföranden öppnade mötet." }, { minutes: "" }] }],
    });
    const upcoming = await anonymous.ok(BodyMeetings, { id: s.body("lansledning-valfard"), when: "UPCOMING" });
    expect(upcoming.node).toMatchObject({ meetings: [] });

    const late = await member.ok(WriteMinutes, { input: { agendaItemId: opening, minutes: "Ändrat i efterhand." } });
    expect(late.writeMinutes.errors[0]!.code).toBe("MINUTES_PUBLISHED");
    const [row] = await db
      .select()
      .from(agendaItems)
      .where(eq(agendaItems.id, fromGlobal(opening)));
    expect(row!.minutes).toBe("Ordföranden öppnade mötet.");
  });

  it("cannot be published empty", async () => {
    const coordinator = await kansli();
    const s = await structureOf(coordinator);
    const m = await withFreeItems(coordinator, await bookedMeeting(coordinator, s.body("lansledning-valfard")), ["Mötets öppnande"]);
    const r = await coordinator.ok(PublishMinutes, { input: { id: m.id, version: m.version } });
    expect(r.publishMinutes.errors[0]!.code).toBe("MINUTES_EMPTY");
  });
});

describe("statement counts", () => {
  it("reads a meeting's agenda of 10 or of 100 items in the same number of statements", async () => {
    const coordinator = await kansli();
    const s = await structureOf(coordinator);
    const body = s.body("lansledning-valfard");
    const small = await bookedMeeting(coordinator, body);
    const large = await bookedMeeting(coordinator, body, 15);
    const db = (await testDatabase()).db;
    const fill = async (id: string, n: number) =>
      db
        .insert(agendaItems)
        .values(Array.from({ length: n }, (_, i) => ({ meetingId: fromGlobal(id), position: i + 1, title: `Punkt ${i + 1}` })));
    await fill(small.id, 10);
    await fill(large.id, 100);
    const anonymous = client();
    const a = await anonymous.request(ReadMeeting, { id: small.id });
    const b = await anonymous.request(ReadMeeting, { id: large.id });
    expect(a.data!.meeting!.agenda).toHaveLength(10);
    expect(b.data!.meeting!.agenda).toHaveLength(100);
    expect(a.extensions!.sqlStatements).toBe(b.extensions!.sqlStatements);
  });
});

function fromGlobal(id: string): string {
  return Buffer.from(id, "base64url").toString("utf8").split(":")[1]!;
}
