import { and, eq } from "drizzle-orm";
import { createClient } from "graphql-ws";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { useTestServer } from "../../../test/support/app.js";
import { type ApiClient, demo, newPerson } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { AddComment, MyNotifications, comment, notificationsOf, registered } from "../../../test/support/discussion.js";
import { graphql } from "../../../test/support/graphql.js";
import { UpdateIdea, submittedIdea } from "../../../test/support/ideas.js";
import { events } from "../audit/audit.tables.js";
import { outbox } from "./notifications.tables.js";

const MarkRead = graphql(`
  mutation MarkRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids) {
      notifications {
        id
        readAt
      }
      unreadCount
      errors {
        field
        code
        message
      }
    }
  }
`);
const Outbox = graphql(`
  query Outbox($first: Int, $after: String) {
    outbox(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          to
          subject
          text
          sentAt
          attempts
          lastError
        }
      }
    }
  }
`);
const NotificationNode = graphql(`
  query NotificationNode($id: ID!) {
    node(id: $id) {
      id
      ... on Notification {
        kind
        message
      }
    }
  }
`);
const Follow = graphql(`
  mutation FollowForNotifications($id: ID!) {
    followIdea(ideaId: $id) {
      errors {
        code
      }
    }
  }
`);
const Invite = graphql(`
  mutation InviteForNotifications($input: InviteCoBearerInput!) {
    inviteCoBearer(input: $input) {
      coBearer {
        id
      }
      errors {
        code
      }
    }
  }
`);
const Respond = graphql(`
  mutation RespondForNotifications($input: RespondToInvitationInput!) {
    respondToInvitation(input: $input) {
      errors {
        code
      }
    }
  }
`);
const Withdraw = graphql(`
  mutation WithdrawForNotifications($input: WithdrawIdeaInput!) {
    withdrawIdea(input: $input) {
      errors {
        code
      }
    }
  }
`);

const IdeaVersion = graphql(`
  query IdeaVersionForNotifications($id: ID!) {
    idea(id: $id) {
      version
    }
  }
`);

const { client, url, mailer } = useTestServer();

const onlyComments = (list: Awaited<ReturnType<typeof notificationsOf>>) => list.filter((n) => n.kind.startsWith("comment."));

/** A bearer's idea with an accepted co-bearer (who reads English) and a follower. */
async function ideaWithAudience() {
  const bearer = await client().signInAs(demo.bearer);
  const idea = await submittedIdea(bearer, { title: "Läxhjälp i biblioteket" });
  const co = await registered(client("en"), { ...newPerson(), locale: "EN" });
  const { inviteCoBearer } = await bearer.ok(Invite, { input: { ideaId: idea.id, email: co.email } });
  await co.client.ok(Respond, { input: { id: inviteCoBearer.coBearer!.id, accept: true } });
  const follower = await client().signInAs(demo.researcher);
  await follower.ok(Follow, { id: idea.id });
  return { bearer, idea, co, follower };
}

describe("who is told what", () => {
  it("tells the bearers and followers of a new public comment, not its author; a reply also tells the parent's author", async () => {
    const { bearer, idea, co, follower } = await ideaWithAudience();
    const guide = await client().signInAs(demo.guide);
    const c = await comment(guide, idea.id, "Har ni pratat med biblioteket?");

    const [toBearer] = onlyComments(await notificationsOf(bearer));
    expect(toBearer).toMatchObject({
      kind: "comment.added",
      message: "Ny kommentar på din idé ”Läxhjälp i biblioteket”",
      targetId: idea.id,
      commentId: c.id,
      readAt: null,
    });
    expect(onlyComments(await notificationsOf(co.client)).map((n) => n.message)).toEqual([
      "New comment on your idea “Läxhjälp i biblioteket”",
    ]);
    expect(onlyComments(await notificationsOf(follower)).map((n) => n.message)).toEqual([
      "Ny kommentar på ”Läxhjälp i biblioteket”, som du följer",
    ]);
    expect(await notificationsOf(guide)).toEqual([]);

    const reply = await comment(follower, idea.id, "Vi kan hjälpa till med uppföljningen.", { parentId: c.id });
    expect(onlyComments(await notificationsOf(guide))).toEqual([
      expect.objectContaining({
        kind: "comment.replied",
        message: "Rut Forskare svarade på din kommentar om ”Läxhjälp i biblioteket”",
        commentId: reply.id,
      }),
    ]);
    expect(onlyComments(await notificationsOf(bearer)).map((n) => n.kind)).toEqual(["comment.added", "comment.added"]);
    expect(onlyComments(await notificationsOf(follower))).toHaveLength(1); // not of their own reply
    // The same notification reads in the language it is opened in.
    const english = await client("en").signInAs(demo.guide);
    expect(onlyComments(await notificationsOf(english))[0]!.message).toBe(
      "Rut Forskare replied to your comment on “Läxhjälp i biblioteket”",
    );
  });

  it("tells the bearers of an internal comment, and the guidance staff who took part of the answers, never the followers", async () => {
    const { bearer, idea, co, follower } = await ideaWithAudience();
    const guide = await client().signInAs(demo.guide);
    await comment(guide, idea.id, "Internt: boka ett möte?", { thread: "INTERNAL" });
    expect(onlyComments(await notificationsOf(bearer)).map((n) => [n.kind, n.message])).toEqual([
      ["comment.internal", "Ny kommentar i den interna tråden om ”Läxhjälp i biblioteket”"],
    ]);
    expect(onlyComments(await notificationsOf(co.client))).toHaveLength(1);
    expect(onlyComments(await notificationsOf(follower))).toEqual([]);

    await comment(bearer, idea.id, "Ja, gärna.", { thread: "INTERNAL" });
    expect(onlyComments(await notificationsOf(guide)).map((n) => n.kind)).toEqual(["comment.internal"]);
    expect(onlyComments(await notificationsOf(co.client))).toHaveLength(2);
    expect(onlyComments(await notificationsOf(await client().signInAs(demo.coordinator)))).toEqual([]);
    expect(onlyComments(await notificationsOf(follower))).toEqual([]);
    // Internal notes are not copied into mail.
    const { db } = await testDatabase();
    const mail = await db.select().from(outbox).where(eq(outbox.subject, "Ny kommentar i den interna tråden om ”Läxhjälp i biblioteket”"));
    expect(mail.map((m) => m.toAddress).sort()).toEqual([demo.bearer, demo.guide].sort());
    expect(mail.some((m) => /boka ett möte|Ja, gärna/.test(m.text))).toBe(false);
  });

  it("tells co-bearers when the idea is withdrawn; followers, who can no longer read it, are not told", async () => {
    const { bearer, idea, co, follower } = await ideaWithAudience();
    await bearer.ok(Withdraw, { input: { id: idea.id } });
    expect(await notificationsOf(follower)).toEqual([]);
    expect((await notificationsOf(co.client))[0]!.message).toBe("“Läxhjälp i biblioteket” has been withdrawn");
    expect((await notificationsOf(bearer)).map((n) => n.kind)).toEqual(["co_bearer.accepted"]);
  });
});

describe("notifications follow what the reader may see", () => {
  it("tells and mails a follower nothing once the idea stops being public, and hides what they were told before", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Läxhjälp i biblioteket" });
    const follower = await registered(client());
    await follower.client.ok(Follow, { id: idea.id });
    const guide = await client().signInAs(demo.guide);
    await comment(guide, idea.id, "Har ni pratat med biblioteket?");
    expect((await notificationsOf(follower.client)).map((n) => n.message)).toEqual([
      "Ny kommentar på ”Läxhjälp i biblioteket”, som du följer",
    ]);

    const visibility = async (v: "GUIDANCE" | "PUBLIC", title?: string) => {
      const { idea: page } = await bearer.ok(IdeaVersion, { id: idea.id });
      const { updateIdea } = await bearer.ok(UpdateIdea, { input: { id: idea.id, expectedVersion: page!.version, visibility: v, title } });
      expect(updateIdea.errors).toEqual([]);
    };

    // Shown to the guidance team only: what the follower was told is no longer listed or counted.
    await visibility("GUIDANCE");
    const hidden = await follower.client.ok(MyNotifications, { first: 10 });
    expect(hidden.myNotifications.edges).toEqual([]);
    expect(hidden.myNotifications.totalCount).toBe(0);
    expect(hidden.unreadNotificationCount).toBe(0);
    // Public again: the follower reads it, and its notifications, again.
    await visibility("PUBLIC");
    expect(await notificationsOf(follower.client)).toHaveLength(1);

    // Hidden under a new title, then withdrawn: the follower is not told, nor mailed, under the new title.
    await visibility("GUIDANCE", "Hemligt namn");
    await bearer.ok(Withdraw, { input: { id: idea.id } });
    const after = await follower.client.ok(MyNotifications, { first: 10 });
    expect(after.myNotifications.totalCount).toBe(0);
    expect(after.unreadNotificationCount).toBe(0);
    const { db } = await testDatabase();
    const mail = await db.select().from(outbox).where(eq(outbox.toAddress, follower.email));
    expect(mail.map((m) => m.subject)).toEqual(["Ny kommentar på ”Läxhjälp i biblioteket”, som du följer"]);
  });
});

describe("reading one's notifications", () => {
  it("lists newest first, pages, counts the unread and marks them read: some or all", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const guide = await client().signInAs(demo.guide);
    for (const body of ["Ett", "Två", "Tre"]) await comment(guide, idea.id, body);

    const page = await bearer.ok(MyNotifications, { first: 2 });
    expect(page.unreadNotificationCount).toBe(3);
    expect(page.myNotifications.totalCount).toBe(3);
    expect(page.myNotifications.pageInfo.hasNextPage).toBe(true);
    const all = await notificationsOf(bearer);
    const times = all.map((n) => new Date(n.createdAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const next = await bearer.ok(MyNotifications, { first: 2, after: page.myNotifications.pageInfo.endCursor });
    expect([...page.myNotifications.edges, ...next.myNotifications.edges].map((e) => e.node.id)).toEqual(all.map((n) => n.id));

    // Someone else cannot read or mark them.
    const stranger = await client().signInAs(demo.researcher);
    expect((await stranger.ok(NotificationNode, { id: all[0]!.id })).node).toBeNull();
    expect((await bearer.ok(NotificationNode, { id: all[0]!.id })).node).toMatchObject({ kind: "comment.added" });
    const theirs = await stranger.ok(MarkRead, { ids: [all[0]!.id] });
    expect(theirs.markNotificationsRead).toEqual({
      notifications: [],
      unreadCount: null,
      errors: [{ field: "ids", code: "NOT_FOUND", message: "Hittades inte. Den kan ha tagits bort." }],
    });
    expect((await client().request(MyNotifications, {})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await client().request(MarkRead, {})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const one = await bearer.ok(MarkRead, { ids: [all[1]!.id] });
    expect(one.markNotificationsRead.unreadCount).toBe(2);
    expect(one.markNotificationsRead.notifications.map((n) => n.id)).toEqual([all[1]!.id]);
    expect(one.markNotificationsRead.notifications[0]!.readAt).not.toBeNull();
    const unread = await bearer.ok(MyNotifications, { unreadOnly: true });
    expect(unread.myNotifications.edges.map((e) => e.node.id)).toEqual([all[0]!.id, all[2]!.id]);
    expect(unread.unreadNotificationCount).toBe(2);

    const rest = await bearer.ok(MarkRead, {});
    expect(rest.markNotificationsRead.notifications).toHaveLength(2);
    expect(rest.markNotificationsRead.unreadCount).toBe(0);
    expect((await bearer.ok(MyNotifications, { unreadOnly: true })).myNotifications.totalCount).toBe(0);
    expect((await bearer.ok(MyNotifications, {})).myNotifications.totalCount).toBe(3);

    const { db } = await testDatabase();
    const marks = await db.select().from(events).where(eq(events.kind, "notifications.read"));
    expect(marks.map((e) => e.data)).toEqual([
      { count: 1, all: false },
      { count: 2, all: true },
    ]);
  });

  it("lists 10 or 100 notifications in the same number of SQL statements", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const guide = await client().signInAs(demo.guide);
    for (let i = 0; i < 12; i++) await comment(guide, idea.id, `Kommentar ${i}`);
    const small = await bearer.request(MyNotifications, { first: 10 });
    const large = await bearer.request(MyNotifications, { first: 100 });
    expect(small.data!.myNotifications.edges).toHaveLength(10);
    expect(large.data!.myNotifications.edges).toHaveLength(12);
    expect(small.extensions!.sqlStatements).toBe(large.extensions!.sqlStatements);
  });
});

describe("live", () => {
  function subscribe(c: ApiClient | null) {
    class CookieWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: c?.cookie ? { cookie: c.cookie } : {} });
      }
    }
    const ws = createClient({
      url: `${url().replace("http", "ws")}/graphql`,
      webSocketImpl: CookieWebSocket,
      lazy: false,
      retryAttempts: 0,
    });
    const received: { kind: string; message: string; commentId: string | null }[] = [];
    const errors: unknown[] = [];
    ws.subscribe<{ notificationAdded: { kind: string; message: string; commentId: string | null } }>(
      { query: `subscription { notificationAdded { kind message commentId } }` },
      {
        next: (v) => {
          if (v.errors) errors.push(...v.errors);
          else received.push(v.data!.notificationAdded);
        },
        error: (e) => errors.push(e),
        complete: () => {},
      },
    );
    return { ws, received, errors };
  }

  it("delivers each person's own notifications as they happen, after the change is saved", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Mötesplats för unga" });
    const guide = await client().signInAs(demo.guide);
    const mine = subscribe(bearer);
    const theirs = subscribe(guide);
    const anon = subscribe(null);
    await new Promise((r) => setTimeout(r, 300)); // let the subscriptions register

    // A failed comment is rolled back: nobody hears of it.
    expect((await guide.ok(AddComment, { input: { ideaId: idea.id, body: "" } })).addComment.errors[0]!.code).toBe("REQUIRED");
    const c = await comment(guide, idea.id, "Välkommen!");
    for (let i = 0; i < 50 && mine.received.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200));
    expect(mine.received).toEqual([{ kind: "comment.added", message: "Ny kommentar på din idé ”Mötesplats för unga”", commentId: c.id }]);
    expect(theirs.received).toEqual([]);
    expect(anon.received).toEqual([]);
    expect(JSON.stringify(anon.errors)).toMatch(/UNAUTHENTICATED/);
    await Promise.all([mine.ws.dispose(), theirs.ws.dispose(), anon.ws.dispose()]);
  });
});

describe("mail without an SMTP server", () => {
  it("keeps every notification's mail in the outbox, in the recipient's language, for administrators to read", async () => {
    const { idea, co } = await ideaWithAudience();
    const guide = await client().signInAs(demo.guide);
    await comment(guide, idea.id, "Har ni pratat med biblioteket?\nDe har lokaler.");
    expect(await mailer().flush()).toEqual({ sent: 0, failed: 0 });

    const admin = await client().signInAs(demo.admin);
    const { outbox: mail } = await admin.ok(Outbox, { first: 100 });
    const toBearer = mail.edges.map((e) => e.node).find((m) => m.to === demo.bearer && m.subject.startsWith("Ny kommentar"))!;
    expect(toBearer).toMatchObject({
      subject: "Ny kommentar på din idé ”Läxhjälp i biblioteket”",
      sentAt: null,
      attempts: 0,
      lastError: null,
    });
    const unsubscribe = /\nhttp:\/\/localhost:4000\/unsubscribe\/[\w-]+\.[\w-]{43}\n/.exec(toBearer.text)?.[0];
    expect(unsubscribe).toBeDefined();
    expect(toBearer.text).toBe(
      [
        "Hej Ida Idébärare!",
        "Ny kommentar på din idé ”Läxhjälp i biblioteket”.",
        "Gustav Lots skrev:\n> Har ni pratat med biblioteket?\n> De har lokaler.",
        "Logga in i Arena för att läsa mer och svara.",
        `Du får det här mejlet för att du har ett konto i Arena. Vill du inte längre få sådana mejl? Avsluta med ett klick, utan att logga in:${unsubscribe}Allt om e-post ställer du in under Mitt konto.\n`,
      ].join("\n\n"),
    );
    const toCo = mail.edges.map((e) => e.node).filter((m) => m.to === co.email);
    expect(toCo.map((m) => m.subject)).toEqual([
      "New comment on your idea “Läxhjälp i biblioteket”",
      "Ida Idébärare invites you to carry the idea “Läxhjälp i biblioteket” together",
    ]);
    expect(toCo[0]!.text).toMatch(/^Hello .+,\n\nNew comment on your idea/);

    for (const who of [demo.coordinator, demo.bearer]) {
      const r = await (await client().signInAs(who)).request(Outbox, {});
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }

    // An admin of another arena reads none of this arena's mail.
    const dalarnaAdmin = await client().signInAs(demo.dalarnaCoordinator);
    const dalarnaId = (await dalarnaAdmin.raw<{ arena: { id: string } }>(`{ arena(slug: "dalarna") { id } }`)).data!.arena.id;
    const me = (await dalarnaAdmin.raw<{ me: { id: string } }>(`{ me { id } }`)).data!.me.id;
    const granted = await admin.raw<{ grantRole: { errors: unknown[] } }>(
      `mutation($input: RoleInput!) { grantRole(input: $input) { errors { code } } }`,
      { input: { userId: me, arenaId: dalarnaId, role: "ADMIN" } },
    );
    expect(granted.data!.grantRole.errors).toEqual([]);
    const theirs = await (await client().signInAs(demo.dalarnaCoordinator)).ok(Outbox, { first: 100 });
    expect(theirs.outbox.edges).toEqual([]);
    expect(theirs.outbox.totalCount).toBe(0);
    expect((await client().request(Outbox, {})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const { db } = await testDatabase();
    const rows = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.toAddress, demo.bearer)));
    expect(rows.every((r) => r.sentAt === null)).toBe(true);
  });
});
