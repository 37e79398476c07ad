import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { comment, registered } from "../../../test/support/discussion.js";
import { graphql } from "../../../test/support/graphql.js";
import { submittedIdea } from "../../../test/support/ideas.js";
import { fromGlobalId } from "../../graphql/relay.js";
import { events } from "../audit/audit.tables.js";
import { notifications } from "../notifications/notifications.tables.js";
import { IdeaEvents } from "../ideas/ideas.events.js";
import { sessions, users } from "./accounts.tables.js";

const Export = graphql(`
  mutation ExportMine {
    exportMyData {
      json
      errors {
        code
      }
    }
  }
`);
const Delete = graphql(`
  mutation DeleteMine($input: DeleteAccountInput!) {
    deleteMyAccount(input: $input) {
      deleted
      errors {
        field
        code
      }
    }
  }
`);
const AdminExport = graphql(`
  mutation AdminExport($userId: ID!) {
    exportPersonData(userId: $userId) {
      json
      errors {
        field
        code
      }
    }
  }
`);
const AdminDelete = graphql(`
  mutation AdminDelete($userId: ID!) {
    deletePersonAccount(userId: $userId) {
      deleted
      errors {
        field
        code
      }
    }
  }
`);
const PublicIdea = graphql(`
  query PublicIdeaBearer($id: ID!) {
    idea(id: $id) {
      id
      title
      bearer {
        name
      }
    }
  }
`);

const { client } = useTestServer();
const PASSWORD = "ett långt och ovanligt lösenord";

describe("download my data", () => {
  it("hands the person their account, ideas, comments, notifications and consents as JSON, and records it", async () => {
    const person = await registered(client());
    const idea = await submittedIdea(person.client, { title: "Bytesdag i Gävle" });
    const guide = await client().signInAs(demo.guide);
    await comment(guide, idea.id, "Välkommen!");
    await comment(person.client, idea.id, "Tack för det!");
    const r = await person.client.ok(Export);
    expect(r.exportMyData.errors).toEqual([]);
    const data = JSON.parse(r.exportMyData.json!) as {
      account: { name: string; email: string; passwordHash?: string };
      ideas: { borne: { title: string }[] };
      comments: { body: string }[];
      notifications: { notifications: { kind: string }[] };
      consents: { ideas: { consentToContact: boolean; publicNoticeAcceptedAt: string | null }[] };
      guidanceSessions: unknown;
    };
    expect(data.account).toMatchObject({ name: person.name, email: person.email });
    expect(data.account.passwordHash).toBeUndefined();
    expect(data.ideas.borne.map((i) => i.title)).toEqual(["Bytesdag i Gävle"]);
    expect(data.comments.map((c) => c.body)).toEqual(["Tack för det!"]);
    expect(data.notifications.notifications.map((n) => n.kind)).toContain("comment.added");
    expect(data.consents.ideas[0]).toMatchObject({ consentToContact: expect.any(Boolean) });
    expect(data.consents.ideas[0]!.publicNoticeAcceptedAt).not.toBeNull();
    expect(data.guidanceSessions).toEqual({ sessions: [], nextSteps: [] });

    const { db } = await testDatabase();
    const recorded = await db.select().from(events).where(eq(events.kind, "user.data_exported"));
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.data).toEqual({ byAdmin: false });
    expect((await client().request(Export)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("delete my account", () => {
  it("needs the password; erases the person, keeps the submitted idea public under a neutral name", async () => {
    const person = await registered(client());
    const idea = await submittedIdea(person.client, { title: "Bytesdag i Gävle" });
    await comment(person.client, idea.id, "Mitt namn är Testa och jag bor på Storgatan 1");
    // Records of other people name the person as they were then: the invited bearer is told who invited them.
    const invited = await person.client.ok(
      graphql(`
        mutation InviteToDelete($input: InviteCoBearerInput!) {
          inviteCoBearer(input: $input) {
            errors {
              code
            }
          }
        }
      `),
      { input: { ideaId: idea.id, email: demo.bearer } },
    );
    expect(invited.inviteCoBearer.errors).toEqual([]);
    const { db } = await testDatabase();
    const naming = async () => ({
      events: (await db.select({ data: events.data }).from(events)).filter((e) => JSON.stringify(e.data).includes(person.name)).length,
      notifications: (await db.select({ data: notifications.data }).from(notifications)).filter((n) =>
        JSON.stringify(n.data).includes(person.name),
      ).length,
    });
    const before = await naming();
    expect(before.notifications).toBeGreaterThan(0);

    const wrong = await person.client.ok(Delete, { input: { password: "fel" } });
    expect(wrong.deleteMyAccount).toEqual({ deleted: false, errors: [{ field: "input.password", code: "WRONG_PASSWORD" }] });
    const r = await person.client.ok(Delete, { input: { password: PASSWORD } });
    expect(r.deleteMyAccount).toEqual({ deleted: true, errors: [] });

    const stranger = client();
    const seen = await stranger.ok(PublicIdea, { id: idea.id });
    expect(seen.idea).toMatchObject({ title: "Bytesdag i Gävle", bearer: { name: "Tidigare användare" } });
    expect((await client("en").ok(PublicIdea, { id: idea.id })).idea!.bearer.name).toBe("Former user");

    expect(await naming()).toEqual({ events: 0, notifications: 0 });
    const told = await db
      .select({ data: notifications.data })
      .from(notifications)
      .where(eq(notifications.kind, IdeaEvents.coBearerInvited));
    expect(told.map((n) => n.data)).toContainEqual({ title: "Bytesdag i Gävle", by: "Tidigare användare" });
    const rawId = fromGlobalId(person.id, "User")!.id;
    const [row] = await db.select().from(users).where(eq(users.id, rawId));
    expect(row).toMatchObject({ name: "Tidigare användare", organisation: "" });
    expect(row!.deletedAt).not.toBeNull();
    expect(JSON.stringify(await db.select().from(users))).not.toContain(person.email);
    expect(await db.select().from(sessions).where(eq(sessions.userId, rawId))).toEqual([]);
    const dump = JSON.stringify(await db.execute(`select body from comments`));
    expect(dump).not.toContain("Storgatan");
    expect(
      await person.client.ok(
        graphql(`
          query MeGone {
            me {
              id
            }
          }
        `),
      ),
    ).toEqual({ me: null });
    const signIn = await client().raw<{ signIn: { user: unknown } }>(
      `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
      { input: { email: person.email, password: PASSWORD } },
    );
    expect(signIn.data!.signIn.user).toBeNull();
    expect((await db.select().from(events).where(eq(events.kind, "user.deleted")))[0]).toMatchObject({
      subjectId: rawId,
      data: { byAdmin: false },
    });
  });
});

describe("an admin acting on a person's request", () => {
  it("exports and deletes the data of a person of an arena they administer, recorded as theirs; others may not", async () => {
    const person = await registered(client());
    await submittedIdea(person.client, { title: "Bytesdag i Gävle" });
    const bearer = await client().signInAs(demo.bearer);
    expect((await bearer.request(AdminExport, { userId: "VXNlcjox" })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const admin = await client().signInAs(demo.admin);
    const me = await person.client.ok(
      graphql(`
        query MeId {
          me {
            id
          }
        }
      `),
    );
    const exported = await admin.ok(AdminExport, { userId: me.me!.id });
    expect(JSON.parse(exported.exportPersonData.json!).account.email).toBe(person.email);

    const adminId = (
      await admin.ok(
        graphql(`
          query AdminMeId {
            me {
              id
            }
          }
        `),
      )
    ).me!.id;
    expect((await admin.ok(AdminDelete, { userId: adminId })).deletePersonAccount.errors[0]!.code).toBe("NOT_FOUND");
    const deleted = await admin.ok(AdminDelete, { userId: me.me!.id });
    expect(deleted.deletePersonAccount).toEqual({ deleted: true, errors: [] });
    expect((await admin.ok(AdminDelete, { userId: me.me!.id })).deletePersonAccount.errors[0]!.code).toBe("ACCOUNT_DELETED");

    const { db } = await testDatabase();
    const [adminRow] = await db.select({ id: users.id }).from(users).where(eq(users.email, demo.admin));
    const trail = await db
      .select()
      .from(events)
      .where(eq(events.subjectId, fromGlobalId(me.me!.id, "User")!.id));
    expect(
      trail.filter((e) => e.kind === "user.data_exported" || e.kind === "user.deleted").map((e) => [e.kind, e.actorId, e.data]),
    ).toEqual([
      ["user.data_exported", adminRow!.id, { byAdmin: true }],
      ["user.deleted", adminRow!.id, { byAdmin: true }],
    ]);
  });

  it("the only admin of an arena cannot delete their account", async () => {
    // The demo admin is the only administrator of both demo arenas.
    const admin = await client().signInAs(demo.admin);
    const r = await admin.ok(Delete, { input: { password: "arena-demo-2026" } });
    expect(r.deleteMyAccount).toEqual({ deleted: false, errors: [{ field: null, code: "LAST_ADMIN_ACCOUNT" }] });
  });
});
