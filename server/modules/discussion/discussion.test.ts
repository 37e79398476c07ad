import { and, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { type ApiClient, demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { AddComment, IdeaComments, comment, notificationsOf, registered } from "../../../test/support/discussion.js";
import { graphql } from "../../../test/support/graphql.js";
import { draftIdea, submittedIdea } from "../../../test/support/ideas.js";
import { configFromEnv } from "../../config.js";
import { advanceClock } from "../../shared/clock.js";
import { events } from "../audit/audit.tables.js";
import { comments } from "./discussion.tables.js";

const EditComment = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      comment {
        id
        body
        editedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const DeleteComment = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      comment {
        id
        body
        removed
        author {
          name
        }
      }
      idea {
        commentCount
      }
      errors {
        field
        code
      }
    }
  }
`);
const ReportComment = graphql(`
  mutation ReportComment($input: ReportCommentInput!) {
    reportComment(input: $input) {
      comment {
        id
        hidden
        body
        viewerHasReported
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const ModerateComment = graphql(`
  mutation ModerateComment($input: ModerateCommentInput!) {
    moderateComment(input: $input) {
      comment {
        id
        body
        hidden
        removed
        reportCount
      }
      errors {
        field
        code
      }
    }
  }
`);
const ModerationQueue = graphql(`
  query ModerationQueue($arenaId: ID!, $first: Int) {
    moderationQueue(arenaId: $arenaId, first: $first) {
      totalCount
      edges {
        node {
          id
          body
          hidden
          reportCount
          viewerCanModerate
          author {
            name
          }
          idea {
            title
          }
          reports {
            reason
            reporter {
              name
            }
          }
        }
      }
    }
  }
`);
const CommentNode = graphql(`
  query CommentNode($id: ID!) {
    node(id: $id) {
      id
      ... on Comment {
        body
        thread
      }
    }
  }
`);
const Withdraw = graphql(`
  mutation WithdrawForDiscussion($input: WithdrawIdeaInput!) {
    withdrawIdea(input: $input) {
      errors {
        code
      }
    }
  }
`);
const InviteCo = graphql(`
  mutation InviteForDiscussion($input: InviteCoBearerInput!) {
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
const RespondCo = graphql(`
  mutation RespondForDiscussion($input: RespondToInvitationInput!) {
    respondToInvitation(input: $input) {
      errors {
        code
      }
    }
  }
`);
const ArenaIdsForDiscussion = graphql(`
  query ArenaIdsForDiscussion {
    arenas {
      id
      slug
    }
  }
`);

const { client } = useTestServer();

const thread = async (c: ApiClient, id: string, first?: number, threadName: "PUBLIC" | "INTERNAL" = "PUBLIC") =>
  (await c.ok(IdeaComments, { id, thread: threadName, first })).idea!;

async function arenaId(c: ApiClient, slug = "gavleborg") {
  return (await c.ok(ArenaIdsForDiscussion)).arenas.find((a) => a.slug === slug)!.id;
}

async function eventKinds(commentGlobalIds: string[]) {
  const { db } = await testDatabase();
  const raw = commentGlobalIds.map((g) => Buffer.from(g, "base64url").toString("utf8").split(":")[1]!);
  const rows = await db
    .select({ kind: events.kind })
    .from(events)
    .where(and(eq(events.subjectType, "Comment"), inArray(events.subjectId, raw)))
    .orderBy(events.createdAt);
  return rows.map((r) => r.kind);
}

describe("the public thread", () => {
  it("lets signed-in people comment and reply on a public idea, oldest first, and everyone read it", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Läxhjälp i biblioteket" });
    const guide = await client().signInAs(demo.guide);
    const researcher = await client().signInAs(demo.researcher);

    const first = await comment(guide, idea.id, "  Fint initiativ! Har ni pratat med biblioteket?  ");
    expect(first).toMatchObject({ body: "Fint initiativ! Har ni pratat med biblioteket?", thread: "PUBLIC", viewerIsAuthor: true });
    expect(first.author!.name).toBe("Gustav Lots");
    expect(first.editedAt).toBeNull();
    expect(new Date(first.editableUntil!).getTime() - new Date(first.createdAt).getTime()).toBe(15 * 60_000);
    const second = await comment(researcher, idea.id, "Vi kan följa upp effekterna.");
    const { addComment } = await bearer.ok(AddComment, { input: { ideaId: idea.id, parentId: first.id, body: "Ja, de är med!" } });
    expect(addComment.errors).toEqual([]);
    expect(addComment.idea!.commentCount).toBe(3);

    const anon = client();
    const page = await thread(anon, idea.id);
    expect(page.commentCount).toBe(3);
    expect(page.comments!.totalCount).toBe(2);
    expect(page.comments!.edges.map((e) => [e.node.body, e.node.author!.name])).toEqual([
      ["Fint initiativ! Har ni pratat med biblioteket?", "Gustav Lots"],
      ["Vi kan följa upp effekterna.", "Rut Forskare"],
    ]);
    expect(page.comments!.edges[0]!.node.replies).toEqual([
      { id: addComment.comment!.id, body: "Ja, de är med!", hidden: false, author: { name: "Ida Idébärare" } },
    ]);
    expect(page.comments!.edges[1]!.node.replies).toEqual([]);
    expect(page.comments!.edges[0]!.node).toMatchObject({ viewerIsAuthor: false, reportCount: null, hidden: false, removed: false });

    // Cursor pagination, oldest first.
    const p1 = await thread(anon, idea.id, 1);
    expect(p1.comments!.edges.map((e) => e.node.id)).toEqual([first.id]);
    expect(p1.comments!.pageInfo.hasNextPage).toBe(true);
    const p2 = (await anon.ok(IdeaComments, { id: idea.id, thread: "PUBLIC", first: 1, after: p1.comments!.pageInfo.endCursor })).idea!;
    expect(p2.comments!.edges.map((e) => e.node.id)).toEqual([second.id]);
    expect(p2.comments!.pageInfo.hasNextPage).toBe(false);

    const r = await anon.request(AddComment, { input: { ideaId: idea.id, body: "Anonym" } });
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    expect(await eventKinds([first.id, second.id, addComment.comment!.id])).toEqual(["comment.added", "comment.added", "comment.added"]);
  });

  it("checks the body, in the writer's language, and refuses comments where the thread is not open", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const guide = await client().signInAs(demo.guide);
    const empty = await guide.ok(AddComment, { input: { ideaId: idea.id, body: "   " } });
    expect(empty.addComment).toMatchObject({
      comment: null,
      errors: [{ field: "input.body", code: "REQUIRED", message: "Fyll i fältet." }],
    });
    const english = await client("en").signInAs(demo.guide);
    const long = await english.ok(AddComment, { input: { ideaId: idea.id, body: "x".repeat(5001) } });
    expect(long.addComment.errors).toEqual([{ field: "input.body", code: "TOO_LONG", message: "At most 5000 characters." }]);
    expect((await english.ok(AddComment, { input: { ideaId: idea.id, body: "x".repeat(5000) } })).addComment.errors).toEqual([]);

    // A draft: closed to its bearer, invisible to everyone else.
    const draft = await draftIdea(bearer);
    const own = await bearer.ok(AddComment, { input: { ideaId: draft.id, body: "Anteckning" } });
    expect(own.addComment.errors[0]).toMatchObject({ field: "input.ideaId", code: "COMMENTS_CLOSED" });
    expect(own.addComment.errors[0]!.message).toMatch(/^Idén tar inte emot kommentarer/);
    expect((await guide.ok(AddComment, { input: { ideaId: draft.id, body: "Hej" } })).addComment.errors[0]!.code).toBe("NOT_FOUND");

    // A partnership idea has no public thread to write in.
    const partnership = await submittedIdea(bearer, { visibility: "PARTNERSHIP" });
    const member = await client().signInAs(demo.bodyMember);
    expect((await member.ok(AddComment, { input: { ideaId: partnership.id, body: "Hej" } })).addComment.errors[0]!.code).toBe(
      "COMMENTS_CLOSED",
    );

    // A withdrawn idea takes no more comments.
    await bearer.ok(Withdraw, { input: { id: idea.id } });
    expect((await bearer.ok(AddComment, { input: { ideaId: idea.id, body: "Hej" } })).addComment.errors[0]!.code).toBe("COMMENTS_CLOSED");
    const { db } = await testDatabase();
    expect((await db.select({ n: sql<number>`count(*)::int` }).from(comments))[0]!.n).toBe(1);
  });

  it("keeps replies one level deep, on the same idea and thread", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const other = await submittedIdea(bearer, { title: "En annan idé" });
    const guide = await client().signInAs(demo.guide);
    const top = await comment(guide, idea.id, "Överst");
    const reply = await comment(bearer, idea.id, "Svar", { parentId: top.id });
    const deeper = await guide.ok(AddComment, { input: { ideaId: idea.id, parentId: reply.id, body: "Svar på svar" } });
    expect(deeper.addComment.errors).toEqual([
      { field: "input.parentId", code: "INVALID_PARENT", message: "Svara på en kommentar som står överst i samma tråd om samma idé." },
    ]);
    const elsewhere = await guide.ok(AddComment, { input: { ideaId: other.id, parentId: top.id, body: "Fel idé" } });
    expect(elsewhere.addComment.errors[0]).toMatchObject({ field: "input.parentId", code: "NOT_FOUND" });
    const internal = await comment(guide, idea.id, "Internt", { thread: "INTERNAL" });
    const crossed = await bearer.ok(AddComment, { input: { ideaId: idea.id, parentId: internal.id, body: "Offentligt svar" } });
    expect(crossed.addComment.errors[0]!.code).toBe("INVALID_PARENT");
    const bad = await guide.ok(AddComment, { input: { ideaId: idea.id, parentId: "inte-ett-id", body: "Hej" } });
    expect(bad.addComment.errors[0]).toMatchObject({ field: "input.parentId", code: "NOT_FOUND" });
  });
});

describe("editing and deleting one's own comments", () => {
  it("lets the author edit within 15 minutes, and says plainly why not after", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const guide = await client().signInAs(demo.guide);
    const c = await comment(guide, idea.id, "Första versionen");
    const { editComment } = await guide.ok(EditComment, { input: { id: c.id, body: "Andra versionen" } });
    expect(editComment.errors).toEqual([]);
    expect(editComment.comment).toMatchObject({ id: c.id, body: "Andra versionen" });
    expect(editComment.comment!.editedAt).not.toBeNull();
    expect((await thread(client(), idea.id)).comments!.edges[0]!.node.body).toBe("Andra versionen");

    const notMine = await bearer.request(EditComment, { input: { id: c.id, body: "Kapat" } });
    expect(notMine.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const empty = await guide.ok(EditComment, { input: { id: c.id, body: "" } });
    expect(empty.editComment.errors[0]).toMatchObject({ field: "input.body", code: "REQUIRED" });

    advanceClock(16 * 60_000);
    const late = await guide.ok(EditComment, { input: { id: c.id, body: "Tredje versionen" } });
    expect(late.editComment).toEqual({
      comment: null,
      errors: [
        {
          field: "input.id",
          code: "EDIT_WINDOW_CLOSED",
          message: "En kommentar kan bara ändras inom 15 minuter efter att den skrevs. Skriv en ny kommentar i stället.",
        },
      ],
    });
    const lateEn = await (await client("en").signInAs(demo.guide)).ok(EditComment, { input: { id: c.id, body: "Tredje" } });
    expect(lateEn.editComment.errors[0]!.message).toBe(
      "A comment can only be edited within 15 minutes of posting. Write a new comment instead.",
    );
    expect((await thread(client(), idea.id)).comments!.edges[0]!.node.body).toBe("Andra versionen");
    expect(await eventKinds([c.id])).toEqual(["comment.added", "comment.edited"]);
  });

  it("deletes softly: gone when alone, a placeholder while it has replies, and counted the same everywhere", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const guide = await client().signInAs(demo.guide);
    const researcher = await client().signInAs(demo.researcher);
    const a = await comment(guide, idea.id, "A med svar");
    await comment(researcher, idea.id, "Svar på A", { parentId: a.id });
    const b = await comment(researcher, idea.id, "B utan svar");

    expect((await bearer.request(DeleteComment, { id: a.id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const del = await guide.ok(DeleteComment, { id: a.id });
    expect(del.deleteComment).toMatchObject({
      comment: { id: a.id, body: null, removed: true, author: null },
      idea: { commentCount: 2 },
      errors: [],
    });
    await researcher.ok(DeleteComment, { id: b.id });
    expect((await researcher.ok(DeleteComment, { id: b.id })).deleteComment.errors[0]).toMatchObject({ field: "id", code: "NOT_FOUND" });

    const page = await thread(client(), idea.id);
    expect(page.commentCount).toBe(1);
    expect(page.comments!.totalCount).toBe(1);
    expect(page.comments!.edges[0]!.node).toMatchObject({ id: a.id, body: null, removed: true, author: null });
    expect(page.comments!.edges[0]!.node.replies.map((r) => r.body)).toEqual(["Svar på A"]);
    // What anyone is shown with text is exactly what commentCount counts.
    const shown = page.comments!.edges.flatMap((e) => [e.node, ...e.node.replies]).filter((n) => n.body !== null);
    expect(shown).toHaveLength(page.commentCount);

    const { db } = await testDatabase();
    const rows = await db
      .select()
      .from(comments)
      .where(sql`${comments.removedAt} is not null`);
    expect(rows.map((r) => r.body).sort()).toEqual(["A med svar", "B utan svar"]);
    expect(await eventKinds([a.id])).toEqual(["comment.added", "comment.deleted"]);
  });
});

describe("moderation", () => {
  it("hides a comment after three reports; its moderators see it in their queue and restore it", async () => {
    expect(configFromEnv({}).moderation.hideAfterReports).toBe(3);
    expect(configFromEnv({ MODERATION_HIDE_AFTER_REPORTS: "5" }).moderation.hideAfterReports).toBe(5);
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Idé med en stökig tråd" });
    const author = await registered(client());
    const bad = await comment(author.client, idea.id, "Något olämpligt");
    const reply = await comment(bearer, idea.id, "Det där var inte snällt", { parentId: bad.id });
    const lone = await comment(author.client, idea.id, "Också olämpligt");

    expect((await author.client.ok(ReportComment, { input: { id: bad.id } })).reportComment.errors[0]!.code).toBe("OWN_COMMENT");
    const reporters = [await client().signInAs(demo.researcher), await client().signInAs(demo.bodyMember), bearer];
    const first = await reporters[0]!.ok(ReportComment, { input: { id: bad.id, reason: "Kränkande" } });
    expect(first.reportComment).toMatchObject({ comment: { hidden: false, viewerHasReported: true }, errors: [] });
    const again = await reporters[0]!.ok(ReportComment, { input: { id: bad.id } });
    expect(again.reportComment.errors).toEqual([
      { field: "input.id", code: "ALREADY_REPORTED", message: "Du har redan anmält den här kommentaren." },
    ]);
    await reporters[1]!.ok(ReportComment, { input: { id: bad.id } });
    expect((await thread(client(), idea.id)).commentCount).toBe(3);
    const third = await reporters[2]!.ok(ReportComment, { input: { id: bad.id, reason: "Personangrepp" } });
    expect(third.reportComment.comment).toMatchObject({ hidden: true });
    for (const r of reporters.slice(0, 2)) await r.ok(ReportComment, { input: { id: lone.id } });
    await reporters[2]!.ok(ReportComment, { input: { id: lone.id } });

    // Others see a placeholder where it has replies, nothing where it has none.
    const anon = await thread(client(), idea.id);
    expect(anon.commentCount).toBe(1);
    expect(anon.comments!.totalCount).toBe(1);
    expect(anon.comments!.edges[0]!.node).toMatchObject({ id: bad.id, body: null, hidden: true, author: null });
    expect(anon.comments!.edges[0]!.node.replies.map((r) => r.id)).toEqual([reply.id]);
    // Its author still sees it, marked hidden, and cannot edit it now.
    const mine = await thread(author.client, idea.id);
    expect(mine.comments!.edges.map((e) => [e.node.body, e.node.hidden])).toEqual([
      ["Något olämpligt", true],
      ["Också olämpligt", true],
    ]);
    expect((await author.client.ok(EditComment, { input: { id: bad.id, body: "Förlåt" } })).editComment.errors[0]!.code).toBe(
      "COMMENT_HIDDEN",
    );

    // The arena's coordinator is told, and finds both in the queue with the reasons.
    expect((await notificationsOf(await client().signInAs(demo.coordinator))).filter((n) => n.kind === "comment.hidden")).toHaveLength(2);
    const coordinator = await client().signInAs(demo.coordinator);
    const g = await arenaId(coordinator);
    const { moderationQueue } = await coordinator.ok(ModerationQueue, { arenaId: g });
    expect(moderationQueue.totalCount).toBe(2);
    expect(moderationQueue.edges[0]!.node).toMatchObject({
      id: bad.id,
      body: "Något olämpligt",
      hidden: true,
      reportCount: 3,
      viewerCanModerate: true,
      author: { name: author.name },
      idea: { title: "Idé med en stökig tråd" },
    });
    expect(moderationQueue.edges[0]!.node.reports!.map((r) => [r.reason, r.reporter!.name])).toEqual([
      ["Kränkande", "Rut Forskare"],
      ["", "Lars Ledamot"],
      ["Personangrepp", "Ida Idébärare"],
    ]);
    // A moderator reads hidden comments in the thread too.
    expect((await thread(coordinator, idea.id)).comments!.edges[0]!.node).toMatchObject({ body: "Något olämpligt", reportCount: 3 });

    const restored = await coordinator.ok(ModerateComment, { input: { id: bad.id, decision: "RESTORE" } });
    expect(restored.moderateComment).toMatchObject({
      comment: { body: "Något olämpligt", hidden: false, removed: false, reportCount: 0 },
      errors: [],
    });
    expect((await coordinator.ok(ModerationQueue, { arenaId: g })).moderationQueue.edges.map((e) => e.node.id)).toEqual([lone.id]);
    const after = await thread(client(), idea.id);
    expect(after.commentCount).toBe(2);
    expect(after.comments!.edges[0]!.node).toMatchObject({ body: "Något olämpligt", hidden: false, author: { name: author.name } });
    const { reportComment } = await reporters[0]!.ok(ReportComment, { input: { id: bad.id } });
    expect(reportComment.comment!.viewerHasReported).toBe(true); // the reports were cleared, so it can be reported again
    expect(await eventKinds([bad.id])).toEqual([
      "comment.added",
      "comment.reported",
      "comment.reported",
      "comment.reported",
      "comment.hidden",
      "comment.restored",
      "comment.reported",
    ]);
  });

  it("lets the arena's admins and coordinators remove comments, and nobody else", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const guide = await client().signInAs(demo.guide);
    const c = await comment(guide, idea.id, "Reklam för min firma");
    await (await client().signInAs(demo.researcher)).ok(ReportComment, { input: { id: c.id, reason: "Reklam" } });
    const g = await arenaId(bearer);

    for (const who of [demo.guide, demo.researcher, demo.bearer, demo.dalarnaCoordinator]) {
      const c2 = await client().signInAs(who);
      const q = await c2.request(ModerationQueue, { arenaId: g });
      expect(q.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const m = await c2.request(ModerateComment, { input: { id: c.id, decision: "REMOVE" } });
      expect(m.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await client().request(ModerationQueue, { arenaId: g })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const admin = await client().signInAs(demo.admin);
    expect((await admin.ok(ModerationQueue, { arenaId: g })).moderationQueue.totalCount).toBe(1);
    const { moderateComment } = await admin.ok(ModerateComment, { input: { id: c.id, decision: "REMOVE" } });
    expect(moderateComment).toMatchObject({ comment: { body: null, removed: true }, errors: [] });
    expect((await admin.ok(ModerationQueue, { arenaId: g })).moderationQueue.totalCount).toBe(0);
    expect((await thread(client(), idea.id)).comments!.totalCount).toBe(0);
    expect((await guide.ok(EditComment, { input: { id: c.id, body: "Ny text" } })).editComment.errors[0]!.code).toBe("NOT_FOUND");
    expect(await eventKinds([c.id])).toEqual(["comment.added", "comment.reported", "comment.removed"]);
  });
});

describe("the internal thread", () => {
  async function ideaWithInternalThread() {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Idé med lotsning" });
    const co = await registered(client());
    const { inviteCoBearer } = await bearer.ok(InviteCo, { input: { ideaId: idea.id, email: co.email } });
    await co.client.ok(RespondCo, { input: { id: inviteCoBearer.coBearer!.id, accept: true } });
    const guide = await client().signInAs(demo.guide);
    const note = await comment(guide, idea.id, "Internt: vi föreslår ett möte med kommunen.", { thread: "INTERNAL" });
    const answer = await comment(bearer, idea.id, "Gärna, nästa vecka.", { thread: "INTERNAL", parentId: note.id });
    await comment(guide, idea.id, "Offentlig fråga: vem mer vill vara med?");
    return { bearer, co, guide, idea, note, answer };
  }

  it("is read and written by the idea's bearers and the arena's guidance team", async () => {
    const { co, idea, note, answer } = await ideaWithInternalThread();
    for (const c of [co.client, await client().signInAs(demo.coordinator), await client().signInAs(demo.admin)]) {
      const page = await thread(c, idea.id, 10, "INTERNAL");
      expect(page.comments!.edges.map((e) => e.node.body)).toEqual(["Internt: vi föreslår ett möte med kommunen."]);
      expect(page.comments!.edges[0]!.node.replies.map((r) => [r.id, r.body])).toEqual([[answer.id, "Gärna, nästa vecka."]]);
    }
    await comment(co.client, idea.id, "Jag kan också komma.", { thread: "INTERNAL" });
    // The threads stay apart, and the public count is of the public thread only.
    const pub = await thread(co.client, idea.id);
    expect(pub.comments!.edges.map((e) => e.node.body)).toEqual(["Offentlig fråga: vem mer vill vara med?"]);
    expect(pub.commentCount).toBe(1);
    expect((await co.client.ok(CommentNode, { id: note.id })).node).toMatchObject({ id: note.id, thread: "INTERNAL" });
  });

  it("gives a public visitor, another bearer, a researcher and another arena's guide nothing of it", async () => {
    const { idea, note, answer } = await ideaWithInternalThread();
    const otherBearer = await registered(client());
    await submittedIdea(otherBearer.client, { title: "Egen idé" });
    const outsiders: [string, ApiClient][] = [
      ["visitor", client()],
      ["another bearer", otherBearer.client],
      ["researcher", await client().signInAs(demo.researcher)],
      ["guide of Dalarna", await client().signInAs("dalarna.lots@arena.example")],
    ];
    const g = await arenaId(outsiders[2]![1]);
    for (const [who, c] of outsiders) {
      const page = await thread(c, idea.id, 10, "INTERNAL");
      expect(page.id, who).toBe(idea.id); // the idea itself is public
      expect(page.comments, who).toBeNull();
      const pub = await thread(c, idea.id);
      expect(JSON.stringify(pub), who).not.toMatch(/Internt|nästa vecka/);
      for (const id of [note.id, answer.id]) expect((await c.ok(CommentNode, { id })).node, who).toBeNull();
      const signedIn = who !== "visitor";
      const post = await c.request(AddComment, { input: { ideaId: idea.id, thread: "INTERNAL", body: "Får jag vara med?" } });
      expect(post.errors?.[0]?.extensions?.code, who).toBe(signedIn ? "FORBIDDEN" : "UNAUTHENTICATED");
      if (!signedIn) continue;
      const reply = await c.ok(AddComment, { input: { ideaId: idea.id, parentId: note.id, body: "Svar" } });
      expect(reply.addComment.errors[0]!.code, who).toBe("NOT_FOUND");
      const report = await c.ok(ReportComment, { input: { id: note.id } });
      expect(report.reportComment.errors[0]!.code, who).toBe("NOT_FOUND");
      const edit = await c.ok(EditComment, { input: { id: answer.id, body: "Ändrat" } });
      expect(edit.editComment.errors[0]!.code, who).toBe("NOT_FOUND");
      expect((await c.request(ModerationQueue, { arenaId: g })).errors?.[0]?.extensions?.code, who).toBe("FORBIDDEN");
      const told = await notificationsOf(c);
      expect(JSON.stringify(told), who).not.toMatch(/Idé med lotsning/);
    }
  });
});

describe("no N+1", () => {
  it("lists 10 or 100 comments with replies and authors in the same number of SQL statements", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const people = [
      await client().signInAs(demo.guide),
      await client().signInAs(demo.researcher),
      await client().signInAs(demo.bodyMember),
    ];
    for (let i = 0; i < 12; i++) {
      const top = await comment(people[i % 3]!, idea.id, `Kommentar ${i}`);
      await comment(bearer, idea.id, `Svar ${i}`, { parentId: top.id });
    }
    const viewer = await client().signInAs(demo.coordinator);
    const small = await viewer.request(IdeaComments, { id: idea.id, thread: "PUBLIC", first: 10 });
    const large = await viewer.request(IdeaComments, { id: idea.id, thread: "PUBLIC", first: 100 });
    expect(small.data!.idea!.comments!.edges).toHaveLength(10);
    expect(large.data!.idea!.comments!.edges).toHaveLength(12);
    expect(
      large.data!.idea!.comments!.edges.every((e) => e.node.author !== null && e.node.replies[0]!.author!.name === "Ida Idébärare"),
    ).toBe(true);
    expect(small.extensions!.sqlStatements).toBe(large.extensions!.sqlStatements);
  });
});
