import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import { decidedCycle, defaultDecision, guidedIdea } from "../../../test/support/cycles.js";
import { testDatabase } from "../../../test/support/database.js";
import { type ResultOf, graphql } from "../../../test/support/graphql.js";
import { UpdateIdea, arenaOf, submittedIdea } from "../../../test/support/ideas.js";
import { fromGlobalId } from "../../graphql/relay.js";
import { events } from "../audit/audit.tables.js";
import { ideas } from "../ideas/ideas.tables.js";
import type { CycleDecision } from "../testing/testing.tables.js";
import { learnings } from "./learning.tables.js";
import { recordLearning } from "./learning.service.js";

const { client } = useTestServer();

const IdeaVersion = graphql(`
  query LearningIdeaVersion($id: ID!) {
    idea(id: $id) {
      version
    }
  }
`);

const Library = graphql(`
  query Library(
    $search: String
    $arena: String
    $goalId: ID
    $agendaGoal: Int
    $outcome: CycleDecision
    $includeInternal: Boolean
    $first: Int
    $after: String
  ) {
    learnings(
      search: $search
      arena: $arena
      goalId: $goalId
      agendaGoal: $agendaGoal
      outcome: $outcome
      includeInternal: $includeInternal
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          body
          outcome
          targetGroup
          cycleNumber
          published
          publishedAt
          viewerCanEdit
          ideaTitle
          idea {
            id
            title
          }
          arena {
            slug
          }
          goals {
            number
          }
          agenda2030Goals {
            number
          }
        }
      }
    }
  }
`);

const LearningNode = graphql(`
  query LearningNode($id: ID!) {
    node(id: $id) {
      ... on Learning {
        id
        title
        published
      }
    }
  }
`);

const IdeaLearnings = graphql(`
  query IdeaLearnings($id: ID!) {
    idea(id: $id) {
      learnings {
        id
        outcome
        published
        cycleNumber
      }
    }
  }
`);

const UpdateLearning = graphql(`
  mutation UpdateLearning($input: UpdateLearningInput!) {
    updateLearning(input: $input) {
      learning {
        id
        title
        body
        targetGroup
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const Publish = graphql(`
  mutation PublishLearning($id: ID!) {
    publishLearning(id: $id) {
      learning {
        id
        published
        publishedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const Unpublish = graphql(`
  mutation UnpublishLearning($id: ID!) {
    unpublishLearning(id: $id) {
      learning {
        id
        published
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** Files a library entry straight into the database, as a decision would, for reading tests that need many. */
async function file(
  ideaGlobalId: string,
  l: { title: string; body?: string; outcome?: CycleDecision; publish?: boolean; targetGroup?: string },
) {
  const { db } = await testDatabase();
  const ideaId = fromGlobalId(ideaGlobalId, "Idea")!.id;
  const [idea] = await db.select().from(ideas).where(eq(ideas.id, ideaId));
  const id = await db.transaction((tx) =>
    recordLearning(tx, {
      arenaId: idea!.arenaId,
      ideaId,
      cycleId: null,
      outcome: l.outcome ?? "retest",
      title: l.title,
      body: l.body ?? "Det här lärde vi oss.",
      targetGroup: l.targetGroup ?? "",
      actorId: null,
      publish: l.publish ?? true,
    }),
  );
  return Buffer.from(`Learning:${id}`).toString("base64url");
}

const ids = (r: { learnings: { edges: { node: { id: string } }[] } }) => r.learnings.edges.map((e) => e.node.id);

describe("the learning library", () => {
  it("finds a stopped test's learning by an inflected Swedish word, anonymously and across arenas", async () => {
    const s = await decidedCycle(client, {
      ...defaultDecision("STOP"),
      learnings: "Eleverna kom inte till biblioteket på kvällarna; läxhjälpen behöver finnas i skolan.",
      publishLearning: true,
    });
    const bearer = await client().signInAs(demo.bearer);
    const dalarnaIdea = await submittedIdea(bearer, { title: "Mötesplats i Mora" }, "dalarna");
    await file(dalarnaIdea.id, { title: "Mötesplatsen i Mora", body: "Äldre kom en kväll i veckan." });

    const anon = client();
    // "kväll" finds "kvällarna" (and "kväll"), in both arenas.
    const found = await anon.ok(Library, { search: "kväll" });
    expect(found.learnings.totalCount).toBe(2);
    const stop = found.learnings.edges.find((e) => e.node.outcome === "STOP")!.node;
    expect(stop).toMatchObject({
      title: "Läxhjälp i biblioteket – testcykel 1",
      cycleNumber: 1,
      published: true,
      viewerCanEdit: false,
      ideaTitle: "Läxhjälp i biblioteket",
      idea: { id: s.idea.id, title: "Läxhjälp i biblioteket" },
      arena: { slug: "gavleborg" },
      targetGroup: "Elever i årskurs 7–9",
    });
    expect(found.learnings.edges.map((e) => e.node.arena.slug).sort()).toEqual(["dalarna", "gavleborg"]);
    // Another inflection, and the title's typo through trigram similarity.
    expect(ids(await anon.ok(Library, { search: "elev" }))).toEqual([stop.id]);
    expect(ids(await anon.ok(Library, { search: "läxhälp" }))).toEqual([stop.id]);
    expect((await anon.ok(Library, { search: "cykelbana" })).learnings.totalCount).toBe(0);
    // Only one arena when asked.
    expect(ids(await anon.ok(Library, { arena: "dalarna" }))).toHaveLength(1);
    expect((await anon.ok(Library, { arena: "dalarna", search: "elev" })).learnings.totalCount).toBe(0);
  });

  it("shows a learning of an idea the visitor may not read without the idea or its title", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const hidden = await submittedIdea(bearer, { title: "Hemlig idé", visibility: "GUIDANCE" });
    await file(hidden.id, { title: "Vad vi lärde oss om nattvandring" });
    const { learnings: l } = await client().ok(Library, {});
    expect(l.edges.map((e) => e.node)).toMatchObject([{ title: "Vad vi lärde oss om nattvandring", idea: null, ideaTitle: null }]);
    const guide = await client().signInAs(demo.guide);
    expect((await guide.ok(Library, {})).learnings.edges[0]!.node).toMatchObject({ ideaTitle: "Hemlig idé", viewerCanEdit: true });
  });

  it("does not name an idea only the partnership may read in the title of its published learning", async () => {
    const s = await decidedCycle(
      client,
      { ...defaultDecision("STOP"), publishLearning: true },
      { on: await guidedIdea(client, { title: "Internt förslag om nattbuss", visibility: "PARTNERSHIP" }) },
    );
    const { learnings: l } = await client().ok(Library, {});
    expect(l.edges.map((e) => e.node)).toMatchObject([
      { title: "Lärdom från testcykel 1 – Elever i årskurs 7–9", idea: null, ideaTitle: null, published: true },
    ]);
    expect(JSON.stringify(l)).not.toContain("nattbuss");
    // The team reads the idea, and may give the entry a better title.
    expect((await s.guide.ok(Library, {})).learnings.edges[0]!.node).toMatchObject({ ideaTitle: "Internt förslag om nattbuss" });
  });

  it("stops naming the idea in its learnings' first titles when the idea stops being public", async () => {
    const s = await decidedCycle(client, { ...defaultDecision("RETEST"), publishLearning: true });
    const titles = async () => (await client().ok(Library, {})).learnings.edges.map((e) => e.node.title);
    expect(await titles()).toEqual(["Läxhjälp i biblioteket – testcykel 1"]);
    const { version } = (await s.bearer.ok(IdeaVersion, { id: s.idea.id })).idea!;
    const { updateIdea } = await s.bearer.ok(UpdateIdea, { input: { id: s.idea.id, expectedVersion: version, visibility: "PARTNERSHIP" } });
    expect(updateIdea.errors).toEqual([]);
    expect(await titles()).toEqual(["Lärdom från testcykel 1 – Elever i årskurs 7–9"]);
  });

  it("keeps an unpublished learning from outsiders but shows it to the arena's team and the idea's bearers", async () => {
    const s = await decidedCycle(client, { ...defaultDecision("PIVOT"), publishLearning: false });
    const internal = s.idea.id;
    const anon = client();
    const member = await client().signInAs(demo.bodyMember);
    const researcher = await client().signInAs(demo.researcher);
    const otherArena = await client().signInAs(demo.dalarnaCoordinator);
    for (const outsider of [anon, member, researcher, otherArena]) {
      expect((await outsider.ok(Library, { includeInternal: true })).learnings.totalCount).toBe(0);
    }
    const team = await s.guide.ok(Library, { includeInternal: true });
    expect(team.learnings.edges.map((e) => e.node)).toMatchObject([{ outcome: "PIVOT", published: false, viewerCanEdit: true }]);
    const id = team.learnings.edges[0]!.node.id;
    // The team sees it only when asking for internal entries.
    expect((await s.guide.ok(Library, {})).learnings.totalCount).toBe(0);
    expect((await s.bearer.ok(Library, { includeInternal: true })).learnings.edges.map((e) => e.node)).toMatchObject([
      { id, viewerCanEdit: false },
    ]);
    // Refetching by id and through the idea follow the same rule.
    expect((await anon.ok(LearningNode, { id })).node).toBeNull();
    expect((await otherArena.ok(LearningNode, { id })).node).toBeNull();
    expect((await s.bearer.ok(LearningNode, { id })).node).toMatchObject({ id, published: false });
    expect((await s.bearer.ok(IdeaLearnings, { id: internal })).idea!.learnings).toEqual([
      { id, outcome: "PIVOT", published: false, cycleNumber: 1 },
    ]);
    expect((await researcher.ok(IdeaLearnings, { id: internal })).idea!.learnings).toEqual([]);
  });

  it("filters by goal, Agenda 2030 goal and outcome, and pages through the library", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const g = await arenaOf(bearer);
    const [goal1, goal2] = [g.goals[0]!, g.goals[1]!];
    const a = await submittedIdea(bearer, { title: "Idé A", goalIds: [goal1.id], agenda2030Goals: [3] });
    const b = await submittedIdea(bearer, { title: "Idé B", goalIds: [goal2.id], agenda2030Goals: [4] });
    const stopped = await file(a.id, { title: "A stoppades", outcome: "stop" });
    const advanced = await file(b.id, { title: "B gick vidare", outcome: "advance" });
    const anon = client();
    expect(ids(await anon.ok(Library, { goalId: goal1.id }))).toEqual([stopped]);
    expect(ids(await anon.ok(Library, { goalId: goal2.id }))).toEqual([advanced]);
    expect(ids(await anon.ok(Library, { agendaGoal: 4 }))).toEqual([advanced]);
    expect(ids(await anon.ok(Library, { outcome: "STOP" }))).toEqual([stopped]);
    expect(ids(await anon.ok(Library, { outcome: "RETEST" }))).toEqual([]);
    const one = await anon.ok(Library, { goalId: goal1.id });
    expect(one.learnings.edges[0]!.node).toMatchObject({ goals: [{ number: goal1.number }], agenda2030Goals: [{ number: 3 }] });
    // A bad filter is the caller's mistake.
    expect((await anon.request(Library, { goalId: "nonsense" })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await anon.request(Library, { agendaGoal: 18 })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    // Five more, then pages of three: newest first, nothing skipped or repeated.
    for (let i = 0; i < 5; i++) await file(a.id, { title: `Lärdom ${i}` });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const r: ResultOf<typeof Library> = await anon.ok(Library, { first: 3, after });
      seen.push(...r.learnings.edges.map((e) => e.node.title));
      after = r.learnings.pageInfo.hasNextPage ? r.learnings.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(["Lärdom 4", "Lärdom 3", "Lärdom 2", "Lärdom 1", "Lärdom 0", "B gick vidare", "A stoppades"]);
  });

  it("reads 10 or 100 entries with their idea, arena and goals in the same number of SQL statements", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const g = await arenaOf(bearer);
    const mine = [
      await submittedIdea(bearer, { title: "Publik idé", goalIds: [g.goals[0]!.id], agenda2030Goals: [3] }),
      await submittedIdea(bearer, { title: "Intern idé", visibility: "GUIDANCE", goalIds: [g.goals[1]!.id] }),
      await submittedIdea(bearer, { title: "Idé i Dalarna" }, "dalarna"),
    ];
    for (let i = 0; i < 15; i++) await file(mine[i % 3]!.id, { title: `Lärdom ${i}`, publish: i % 5 !== 0 });
    for (const viewer of [client(), await client().signInAs(demo.guide)]) {
      const small = await viewer.request(Library, { first: 10, includeInternal: true });
      const large = await viewer.request(Library, { first: 100, includeInternal: true });
      expect(small.errors).toBeUndefined();
      expect(small.data!.learnings.edges).toHaveLength(10);
      expect(large.data!.learnings.edges.length).toBeGreaterThan(10);
      expect(small.extensions!.sqlStatements).toBe(large.extensions!.sqlStatements);
      const searchSmall = await viewer.request(Library, { first: 10, search: "lärdom", includeInternal: true });
      const searchLarge = await viewer.request(Library, { first: 100, search: "lärdom", includeInternal: true });
      expect(searchSmall.data!.learnings.edges).toHaveLength(10);
      expect(searchSmall.extensions!.sqlStatements).toBe(searchLarge.extensions!.sqlStatements);
    }
  });
});

describe("the team edits and publishes learnings", () => {
  it("publishes, unpublishes and edits, with an event each; the bearer may not", async () => {
    const s = await decidedCycle(client, { ...defaultDecision("RETEST"), publishLearning: false });
    const id = (await s.guide.ok(Library, { includeInternal: true })).learnings.edges[0]!.node.id;
    const anon = client();

    const denied = await s.bearer.request(Publish, { id });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // Someone who may not read it cannot even tell it exists.
    const stranger = await client().signInAs(demo.dalarnaCoordinator);
    expect((await stranger.ok(Publish, { id })).publishLearning.errors).toMatchObject([{ field: "id", code: "NOT_FOUND" }]);
    expect((await anon.request(Publish, { id })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const { publishLearning } = await s.guide.ok(Publish, { id });
    expect(publishLearning.learning).toMatchObject({ id, published: true });
    expect(publishLearning.learning!.publishedAt).toBeTruthy();
    expect(ids(await anon.ok(Library, {}))).toEqual([id]);
    // Idempotent.
    expect((await s.guide.ok(Publish, { id })).publishLearning.errors).toEqual([]);

    const { updateLearning } = await s.guide.ok(UpdateLearning, {
      input: { id, title: "  Läxhjälp nära hemmet  ", targetGroup: "Högstadieelever" },
    });
    expect(updateLearning.learning).toMatchObject({ title: "Läxhjälp nära hemmet", targetGroup: "Högstadieelever" });
    expect(updateLearning.learning!.body).toBe(defaultDecision("RETEST").learnings);
    // The new words are searchable.
    expect(ids(await anon.ok(Library, { search: "högstadieelever" }))).toEqual([id]);

    const { unpublishLearning } = await s.guide.ok(Unpublish, { id });
    expect(unpublishLearning.learning).toMatchObject({ published: false });
    expect((await anon.ok(Library, {})).learnings.totalCount).toBe(0);

    const { db } = await testDatabase();
    const rawIdea = fromGlobalId(s.idea.id, "Idea")!.id;
    const kinds = (
      await db
        .select({ kind: events.kind })
        .from(events)
        .where(and(eq(events.subjectId, rawIdea)))
    ).map((e) => e.kind);
    expect(kinds.filter((k) => k.startsWith("learning."))).toEqual([
      "learning.recorded",
      "learning.published",
      "learning.updated",
      "learning.unpublished",
    ]);
  });

  it("refuses an empty title or a too long text, in Swedish and English, and changes nothing", async () => {
    const s = await decidedCycle(client, "ADVANCE");
    const id = (await s.guide.ok(Library, {})).learnings.edges[0]!.node.id;
    const sv = await s.guide.ok(UpdateLearning, { input: { id, title: "   ", body: "x".repeat(10001) } });
    expect(sv.updateLearning.learning).toBeNull();
    expect(sv.updateLearning.errors).toEqual([
      { field: "input.title", code: "REQUIRED", message: "Fyll i fältet." },
      { field: "input.body", code: "TOO_LONG", message: "Högst 10000 tecken." },
    ]);
    const guideEn = await client("en").signInAs(demo.guide);
    const en = await guideEn.ok(UpdateLearning, { input: { id, title: "" } });
    expect(en.updateLearning.errors).toEqual([{ field: "input.title", code: "REQUIRED", message: "This field is required." }]);
    const { db } = await testDatabase();
    const [row] = await db
      .select()
      .from(learnings)
      .where(eq(learnings.id, fromGlobalId(id, "Learning")!.id));
    expect(row!.title).toBe("Läxhjälp i biblioteket – testcykel 1");
    expect(row!.body).toBe(defaultDecision("ADVANCE").learnings);
  });
});
