import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { comments } from "../../server/modules/discussion/discussion.tables.js";
import { users } from "../../server/modules/accounts/accounts.tables.js";
import { ideas } from "../../server/modules/ideas/ideas.tables.js";
import { useTestServer } from "../support/app.js";
import { demo, newPerson } from "../support/client.js";
import { decidedCycle, defaultDecision } from "../support/cycles.js";
import { testDatabase } from "../support/database.js";
import { AddComment } from "../support/discussion.js";
import { graphql } from "../support/graphql.js";
import { CreateIdea, UpdateIdea, arenaOf, draftIdea, submittedIdea } from "../support/ideas.js";

const Register = graphql(`
  mutation RegisterWithText($input: RegisterInput!) {
    register(input: $input) {
      user {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const SearchIdeas = graphql(`
  query SearchIdeasForInput($search: String, $arena: String, $sort: IdeaSort, $first: Int, $after: String) {
    ideas(search: $search, arena: $arena, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
      }
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);
const SearchLearnings = graphql(`
  query SearchLearningsForInput($search: String, $first: Int, $after: String) {
    learnings(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
  }
`);
const Users = graphql(`
  query UsersForCursors($first: Int, $after: String) {
    users(first: $first, after: $after) {
      pageInfo {
        endCursor
      }
    }
  }
`);
const SupportActors = graphql(`
  query SupportActorsForCursors($arenaId: ID!, $first: Int, $after: String) {
    supportActors(arenaId: $arenaId, first: $first, after: $after) {
      totalCount
    }
  }
`);

const { client } = useTestServer();

const NUL = "\u0000";
const codes = (r: { errors?: { extensions?: { code?: string } }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);
const countOf = async (table: typeof ideas | typeof comments | typeof users, where?: ReturnType<typeof eq>) => {
  const { db } = await testDatabase();
  const [row] = await db.select({ n: count() }).from(table).where(where);
  return row!.n;
};

describe("control characters in what people write", () => {
  it("refuse a NUL in an idea's title as an error on the field, in the caller's language, and store nothing", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const arena = await arenaOf(bearer);
    const before = await countOf(ideas);
    const r = await bearer.request(CreateIdea, { input: { arenaId: arena.id, clientKey: "nul-title-1", title: `Läxhjälp${NUL}` } });
    expect(codes(r)).toEqual([]);
    expect(r.data!.createIdea.idea).toBeNull();
    expect(r.data!.createIdea.errors).toEqual([
      { field: "input.title", code: "CONTROL_CHARACTERS", message: expect.stringMatching(/^Texten innehåller tecken som inte kan sparas/) },
    ]);
    expect(await countOf(ideas)).toBe(before);

    // Editing: the same, and the saved idea is unchanged.
    const idea = await draftIdea(bearer, { title: "Läxhjälp" });
    bearer.locale = "en";
    const edit = await bearer.ok(UpdateIdea, { input: { id: idea.id, expectedVersion: idea.version, summary: `A\u0007bell` } });
    expect(edit.updateIdea.errors).toEqual([
      {
        field: "input.summary",
        code: "CONTROL_CHARACTERS",
        message: expect.stringMatching(/^The text contains characters that cannot be stored/),
      },
    ]);
    const { db } = await testDatabase();
    const [{ rawId }] = [{ rawId: Buffer.from(idea.id, "base64url").toString().split(":")[1]! }];
    const [row] = await db.select({ summary: ideas.summary, version: ideas.version }).from(ideas).where(eq(ideas.id, rawId));
    expect(row).toEqual({ summary: expect.not.stringContaining("bell"), version: idea.version });
  });

  it("allow line breaks and tabs in free text but not inside a single-line field", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await draftIdea(bearer, { title: "Läxhjälp" });
    const multi = await bearer.ok(UpdateIdea, {
      input: { id: idea.id, expectedVersion: idea.version, summary: "Rad ett\r\nRad två\n\tindrag" },
    });
    expect(multi.updateIdea.errors).toEqual([]);
    expect(multi.updateIdea.idea!.summary).toBe("Rad ett\r\nRad två\n\tindrag");
    const title = await bearer.ok(UpdateIdea, { input: { id: idea.id, expectedVersion: idea.version + 1, title: "Läx\nhjälp" } });
    expect(title.updateIdea.errors.map((e) => [e.field, e.code])).toEqual([["input.title", "CONTROL_CHARACTERS"]]);
    // Around a single line, trimming takes care of a pasted line break.
    const trimmed = await bearer.ok(UpdateIdea, { input: { id: idea.id, expectedVersion: idea.version + 1, title: "Läxhjälp 2\n" } });
    expect(trimmed.updateIdea.errors).toEqual([]);
    expect(trimmed.updateIdea.idea!.title).toBe("Läxhjälp 2");
  });

  it("refuse a NUL in a comment and in a registration's name, storing nothing", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const before = await countOf(comments);
    const c = await bearer.request(AddComment, { input: { ideaId: idea.id, body: `Hej${NUL}då` } });
    expect(codes(c)).toEqual([]);
    expect(c.data!.addComment.comment).toBeNull();
    expect(c.data!.addComment.errors.map((e) => [e.field, e.code])).toEqual([["input.body", "CONTROL_CHARACTERS"]]);
    expect(await countOf(comments)).toBe(before);

    const person = newPerson({ name: `Nils${NUL}Nul` });
    const r = await client().request(Register, { input: person });
    expect(codes(r)).toEqual([]);
    expect(r.data!.register.user).toBeNull();
    expect(r.data!.register.errors.map((e) => [e.field, e.code])).toEqual([["input.name", "CONTROL_CHARACTERS"]]);
    expect(await countOf(users, eq(users.email, person.email))).toBe(0);
  });

  it("answer a NUL in a search or an arena slug with BAD_USER_INPUT, not an internal error", async () => {
    const anon = client();
    for (const vars of [{ search: `hembesök${NUL}` }, { arena: `gavleborg${NUL}` }, { search: "hem\u001bbesök" }]) {
      const r = await anon.request(SearchIdeas, vars);
      expect(codes(r), JSON.stringify(vars)).toEqual(["BAD_USER_INPUT"]);
      expect(r.errors![0]!.extensions).toMatchObject({ field: Object.keys(vars)[0] });
    }
    const l = await anon.request(SearchLearnings, { search: `läxhjälp${NUL}` });
    expect(codes(l)).toEqual(["BAD_USER_INPUT"]);
    // Written into the query itself rather than as a variable: the same.
    const literal = await anon.raw(`{ ideas(search: "a\\u0000b") { totalCount } }`);
    expect(codes(literal)).toEqual(["BAD_USER_INPUT"]);
    // An ordinary search still works.
    expect(codes(await anon.request(SearchIdeas, { search: "hembesök" }))).toEqual([]);
  });
});

describe("page cursors belong to one list and one ordering", () => {
  it("refuse a learnings search cursor in the plain listing, and the reverse", async () => {
    await decidedCycle(client, {
      ...defaultDecision("STOP"),
      learnings: "Eleverna kom inte till biblioteket på kvällarna; läxhjälpen behöver finnas i skolan.",
      publishLearning: true,
    });
    const anon = client();
    const searched = await anon.ok(SearchLearnings, { search: "kväll", first: 1 });
    const plain = await anon.ok(SearchLearnings, { first: 1 });
    expect(searched.learnings.pageInfo.endCursor).not.toBeNull();
    expect(plain.learnings.pageInfo.endCursor).not.toBeNull();

    expect(codes(await anon.request(SearchLearnings, { first: 1, after: searched.learnings.pageInfo.endCursor }))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(codes(await anon.request(SearchLearnings, { search: "kväll", first: 1, after: plain.learnings.pageInfo.endCursor }))).toEqual([
      "BAD_USER_INPUT",
    ]);
    // Each works in its own list.
    expect(codes(await anon.request(SearchLearnings, { first: 1, after: plain.learnings.pageInfo.endCursor }))).toEqual([]);
    expect(codes(await anon.request(SearchLearnings, { search: "kväll", first: 1, after: searched.learnings.pageInfo.endCursor }))).toEqual(
      [],
    );
  });

  it("refuse an ideas cursor of another ordering: search against plain, one sort against another", async () => {
    const bearer = await client().signInAs(demo.bearer);
    for (const title of ["Hembesök för äldre", "Hembesök för barnfamiljer", "Läxhjälp i biblioteket"])
      await submittedIdea(bearer, { title });
    const anon = client();
    const cursorOf = async (vars: { search?: string; sort?: "NEWEST" | "OLDEST" | "TITLE" | "RELEVANCE" }) => {
      const page = await anon.ok(SearchIdeas, { ...vars, first: 1 });
      return page.ideas.pageInfo.endCursor!;
    };
    const lists = [{ search: "hembesök" }, {}, { sort: "OLDEST" as const }, { sort: "TITLE" as const }];
    const cursors = await Promise.all(lists.map(cursorOf));
    for (const [i, from] of lists.entries())
      for (const [j, to] of lists.entries()) {
        const r = await anon.request(SearchIdeas, { ...to, first: 1, after: cursors[i] });
        expect(codes(r), `cursor of ${JSON.stringify(from)} in ${JSON.stringify(to)}`).toEqual(i === j ? [] : ["BAD_USER_INPUT"]);
      }
  });

  it("refuse a cursor of another list even when its key has the same form", async () => {
    const admin = await client().signInAs(demo.admin);
    const page = await admin.ok(Users, { first: 1 });
    // Both lists page by (text, id); a users cursor is still no position among support actors.
    const arena = await arenaOf(admin);
    const r = await admin.request(SupportActors, { arenaId: arena.id, first: 1, after: page.users.pageInfo.endCursor });
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await admin.request(Users, { first: 1, after: page.users.pageInfo.endCursor }))).toEqual([]);
  });
});
