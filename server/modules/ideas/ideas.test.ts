import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { demo, newPerson } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { graphql } from "../../../test/support/graphql.js";
import { CreateIdea, SubmitIdea, UpdateIdea, arenaOf, complete, draftIdea, submittedIdea } from "../../../test/support/ideas.js";
import { events } from "../audit/audit.tables.js";
import { addWorkingDays, swedishDate } from "../../shared/working-days.js";
import { notifications } from "../notifications/notifications.tables.js";
import { ideas } from "./ideas.tables.js";

const IdeaPage = graphql(`
  query IdeaPage($id: ID!) {
    idea(id: $id) {
      id
      stage
      version
      title
      summary
      need
      visibility
      consentToContact
      viewerIsBearer
      bearer {
        name
        email
      }
      coBearers {
        email
        status
        name
      }
      goals {
        number
      }
      municipalities {
        name
      }
      timeline {
        kind
        fromStage
        toStage
        actorName
        reason
      }
      latestEvent {
        kind
      }
      followerCount
      commentCount
      viewerFollows
    }
  }
`);
const MyIdeas = graphql(`
  query MyIdeas($first: Int) {
    myIdeas(first: $first) {
      totalCount
      edges {
        node {
          id
          title
          stage
          hearBackBy
          latestEvent {
            kind
          }
        }
      }
    }
  }
`);
const Browse = graphql(`
  query Browse(
    $arena: String
    $search: String
    $stages: [IdeaStage!]
    $goalIds: [ID!]
    $municipalityIds: [ID!]
    $sectors: [Sector!]
    $sort: IdeaSort
    $first: Int
    $after: String
  ) {
    ideas(
      arena: $arena
      search: $search
      stages: $stages
      goalIds: $goalIds
      municipalityIds: $municipalityIds
      sectors: $sectors
      sort: $sort
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
          stage
          organisationName
          bearer {
            name
          }
          goals {
            number
            title
          }
          followerCount
          commentCount
        }
      }
    }
  }
`);
const Withdraw = graphql(`
  mutation Withdraw($input: WithdrawIdeaInput!) {
    withdrawIdea(input: $input) {
      idea {
        stage
      }
      errors {
        code
      }
    }
  }
`);
const Invite = graphql(`
  mutation Invite($input: InviteCoBearerInput!) {
    inviteCoBearer(input: $input) {
      coBearer {
        id
        email
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const Invitations = graphql(`
  query Invitations {
    myInvitations {
      invitation {
        id
      }
      idea {
        id
        title
      }
    }
  }
`);
const Respond = graphql(`
  mutation Respond($input: RespondToInvitationInput!) {
    respondToInvitation(input: $input) {
      coBearer {
        status
        name
      }
      errors {
        code
      }
    }
  }
`);
const Follow = graphql(`
  mutation Follow($id: ID!) {
    followIdea(ideaId: $id) {
      idea {
        followerCount
        viewerFollows
      }
      errors {
        code
      }
    }
  }
`);
const Unfollow = graphql(`
  mutation Unfollow($id: ID!) {
    unfollowIdea(ideaId: $id) {
      idea {
        followerCount
        viewerFollows
      }
      errors {
        code
      }
    }
  }
`);
const Register = graphql(`
  mutation RegisterForIdeas($input: RegisterInput!) {
    register(input: $input) {
      user {
        id
      }
      errors {
        code
      }
    }
  }
`);

const { client } = useTestServer();

describe("the bearer's journey", () => {
  it("drafts over several saves, submits, and sees the idea in My ideas with its timeline", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const arena = await arenaOf(bearer);
    const { createIdea } = await bearer.ok(CreateIdea, { input: { arenaId: arena.id, clientKey: randomUUID(), title: "Läxhjälp" } });
    expect(createIdea.idea).toMatchObject({ stage: "DRAFT", version: 1, title: "Läxhjälp" });
    const id = createIdea.idea!.id;

    let version = 1;
    for (const patch of [
      { summary: "Läxhjälp i biblioteket" },
      { need: "Elever utan stöd hemma halkar efter." },
      { solution: "Volontärer ger läxhjälp två kvällar i veckan." },
    ]) {
      const { updateIdea } = await bearer.ok(UpdateIdea, { input: { id, expectedVersion: version, ...patch } });
      expect(updateIdea.errors).toEqual([]);
      version = updateIdea.idea!.version;
    }
    expect(version).toBe(4);

    const { myIdeas } = await bearer.ok(MyIdeas, { first: 10 });
    expect(myIdeas.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ id, stage: "DRAFT", hearBackBy: null }));

    const { submitIdea } = await bearer.ok(SubmitIdea, { input: { id, acceptPublicNotice: true } });
    expect(submitIdea.errors).toEqual([]);
    expect(submitIdea.idea!.stage).toBe("SUBMITTED");
    // The arena's feedback promise (5 working days by default) sets when the bearer hears back.
    const { myIdeas: afterSubmit } = await bearer.ok(MyIdeas, { first: 10 });
    const hearBackBy = afterSubmit.edges.find((e) => e.node.id === id)!.node.hearBackBy!;
    expect(hearBackBy.slice(0, 10)).toBe(addWorkingDays(swedishDate(new Date()), 5).toISOString().slice(0, 10));

    const { idea } = await bearer.ok(IdeaPage, { id });
    expect(idea!.timeline.map((e) => e.kind)).toEqual(["idea.created", "idea.updated", "idea.submitted"]);
    expect(idea!.timeline[2]).toMatchObject({ fromStage: "DRAFT", toStage: "SUBMITTED", actorName: "Ida Idébärare" });
    expect(idea!.latestEvent!.kind).toBe("idea.submitted");
    expect((await bearer.ok(MyIdeas, { first: 10 })).myIdeas.edges[0]!.node).toMatchObject({
      id,
      stage: "SUBMITTED",
      latestEvent: { kind: "idea.submitted" },
    });

    // The arena's coordinator is told.
    const { db } = await testDatabase();
    const [row] = await db.select().from(ideas).where(eq(ideas.title, "Läxhjälp"));
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.subjectId, row!.id), eq(notifications.kind, "idea.submitted")));
    expect(told).toHaveLength(1);
  });

  it("says per field what is missing to submit, in the bearer's language, and keeps the draft", async () => {
    const bearer = await client("en").signInAs(demo.bearer);
    const draft = await draftIdea(bearer, { summary: "", need: "kort", solution: "" });
    const { submitIdea } = await bearer.ok(SubmitIdea, { input: { id: draft.id, acceptPublicNotice: false } });
    expect(submitIdea.idea).toBeNull();
    const byField = Object.fromEntries(submitIdea.errors.map((e) => [e.field, e]));
    expect(byField["input.summary"]).toMatchObject({ code: "REQUIRED", message: "This field is required." });
    expect(byField["input.need"]).toMatchObject({ code: "TOO_SHORT", message: "At least 10 characters." });
    expect(byField["input.solution"]!.code).toBe("REQUIRED");
    expect(byField["input.acceptPublicNotice"]!.code).toBe("NOTICE_REQUIRED");
    expect(byField["input.title"]).toBeUndefined();
    const { idea } = await bearer.ok(IdeaPage, { id: draft.id });
    expect(idea).toMatchObject({ stage: "DRAFT", need: "kort" });
  });

  it("rejects over-long fields per field and saves none of the edit", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const draft = await draftIdea(bearer);
    const { updateIdea } = await bearer.ok(UpdateIdea, {
      input: { id: draft.id, expectedVersion: 1, title: "x".repeat(201), summary: "Ny sammanfattning" },
    });
    expect(updateIdea.errors).toEqual([{ field: "input.title", code: "TOO_LONG", message: "Högst 200 tecken." }]);
    const { idea } = await bearer.ok(IdeaPage, { id: draft.id });
    expect(idea).toMatchObject({ version: 1, summary: complete.summary });
  });

  it("lets the bearer withdraw, after which the idea is gone from browsing", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Idé som dras tillbaka" });
    const { withdrawIdea } = await bearer.ok(Withdraw, { input: { id: idea.id, reason: "Vi hann inte" } });
    expect(withdrawIdea.idea!.stage).toBe("WITHDRAWN");
    expect((await client().ok(IdeaPage, { id: idea.id })).idea).toBeNull();
    const page = await bearer.ok(IdeaPage, { id: idea.id });
    expect(page.idea!.timeline.at(-1)).toMatchObject({ kind: "idea.withdrawn", reason: "Vi hann inte", toStage: "WITHDRAWN" });
    expect((await bearer.ok(Withdraw, { input: { id: idea.id } })).withdrawIdea.errors[0]!.code).toBe("WRONG_STAGE");
  });
});

const TimelineLabels = graphql(`
  query TimelineLabels($id: ID!) {
    idea(id: $id) {
      id
      timeline {
        kind
        label
      }
      latestEvent {
        label
      }
    }
  }
`);

describe("the timeline in words", () => {
  it("names each event in the reader's language, a run of saves as one edit", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const draft = await draftIdea(bearer);
    let version = 1;
    for (const summary of ["Läxhjälp i biblioteket på tisdagar", "Läxhjälp i biblioteket två kvällar i veckan"])
      version = (await bearer.ok(UpdateIdea, { input: { id: draft.id, expectedVersion: version, summary } })).updateIdea.idea!.version;
    expect((await bearer.ok(SubmitIdea, { input: { id: draft.id, acceptPublicNotice: true } })).submitIdea.errors).toEqual([]);
    expect((await bearer.ok(Withdraw, { input: { id: draft.id, reason: "Vi hann inte" } })).withdrawIdea.errors).toEqual([]);
    const sv = (await bearer.ok(TimelineLabels, { id: draft.id })).idea!;
    expect(sv.timeline.map((e) => e.label)).toEqual(["Utkast skapat", "Ändrad", "Inskickad", "Återtagen"]);
    expect(sv.latestEvent!.label).toBe("Återtagen");

    const english = await client("en").signInAs(demo.bearer);
    const en = (await english.ok(TimelineLabels, { id: draft.id })).idea!;
    expect(en.timeline.map((e) => e.label)).toEqual(["Draft created", "Edited", "Submitted", "Withdrawn"]);
    expect(en.timeline.map((e) => e.kind)).toEqual(sv.timeline.map((e) => e.kind));
  });
});

describe("nothing typed is lost, nothing is made twice", () => {
  it("gives the second of two concurrent edits a conflict that shows what changed, and saves nothing of it", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const draft = await draftIdea(bearer);
    // Two tabs, both at version 1.
    const [a, b] = await Promise.all([
      bearer.ok(UpdateIdea, { input: { id: draft.id, expectedVersion: 1, title: "Titel från flik A" } }),
      bearer.ok(UpdateIdea, { input: { id: draft.id, expectedVersion: 1, summary: "Sammanfattning från flik B" } }),
    ]);
    const [won, lost] = a.updateIdea.errors.length === 0 ? [a, b] : [b, a];
    expect(won.updateIdea.errors).toEqual([]);
    expect(won.updateIdea.idea!.version).toBe(2);
    expect(lost.updateIdea.idea).toBeNull();
    expect(lost.updateIdea.errors[0]!.code).toBe("STALE_EDIT");
    expect(lost.updateIdea.errors[0]!.message).toMatch(/Din text är kvar/);
    expect(lost.updateIdea.conflict!.current.version).toBe(2);
    expect(lost.updateIdea.conflict!.changedFields).toEqual(won === a ? ["title"] : ["summary"]);

    const { idea } = await bearer.ok(IdeaPage, { id: draft.id });
    expect(idea!.version).toBe(2);
    // Retrying on top of the current version works.
    const retry = await bearer.ok(UpdateIdea, { input: { id: draft.id, expectedVersion: 2, title: "Sammanslagen titel" } });
    expect(retry.updateIdea.idea).toMatchObject({ version: 3, title: "Sammanslagen titel" });
  });

  it("makes one idea of a retried create, and one submission of a double-clicked submit", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const arena = await arenaOf(bearer);
    const input = { arenaId: arena.id, clientKey: randomUUID(), ...complete, title: "Dubbelklick" };
    const created = await Promise.all([
      bearer.ok(CreateIdea, { input }),
      bearer.ok(CreateIdea, { input }),
      bearer.ok(CreateIdea, { input }),
    ]);
    const ids = new Set(created.map((c) => c.createIdea.idea!.id));
    expect(ids.size).toBe(1);
    const id = [...ids][0]!;
    const submitted = await Promise.all([
      bearer.ok(SubmitIdea, { input: { id, acceptPublicNotice: true } }),
      bearer.ok(SubmitIdea, { input: { id, acceptPublicNotice: true } }),
    ]);
    expect(submitted.map((s) => s.submitIdea.errors)).toEqual([[], []]);
    expect(submitted.map((s) => s.submitIdea.idea!.stage)).toEqual(["SUBMITTED", "SUBMITTED"]);

    const { db } = await testDatabase();
    expect(await db.select().from(ideas).where(eq(ideas.title, "Dubbelklick"))).toHaveLength(1);
    const [row] = await db.select().from(ideas).where(eq(ideas.title, "Dubbelklick"));
    const ev = await db
      .select()
      .from(events)
      .where(and(eq(events.subjectId, row!.id), eq(events.kind, "idea.submitted")));
    expect(ev).toHaveLength(1);
  });
});

describe("who sees what", () => {
  it("keeps drafts to their bearers", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const draft = await draftIdea(bearer, { title: "Hemligt utkast om äldres hälsa" });
    for (const who of [null, demo.guide, demo.admin, demo.researcher]) {
      const c = who ? await client().signInAs(who) : client();
      expect((await c.ok(IdeaPage, { id: draft.id })).idea).toBeNull();
      const r = await c.raw<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, { id: draft.id });
      expect(r.data!.node).toBeNull();
      expect((await c.ok(Browse, { search: "hemligt utkast" })).ideas.totalCount).toBe(0);
    }
  });

  it("shows a guidance-only idea to its bearer and the arena's guidance team, and to nobody else", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Känslig idé om skyddat boende", visibility: "GUIDANCE", consentToContact: true });
    const seen = async (who: string | null) => {
      const c = who ? await client().signInAs(who) : client();
      const page = (await c.ok(IdeaPage, { id: idea.id })).idea;
      const listed = (await c.ok(Browse, { search: "skyddat boende" })).ideas.edges.some((e) => e.node.id === idea.id);
      expect(listed).toBe(page !== null);
      return page;
    };
    expect(await seen(null)).toBeNull();
    expect(await seen(demo.researcher)).toBeNull(); // a role in the arena, but not the guidance team
    expect(await seen(demo.bodyMember)).toBeNull();
    expect(await seen(demo.dalarnaCoordinator)).toBeNull(); // another arena
    expect((await seen("dalarna.lots@arena.example")) ?? null).toBeNull();
    const guide = await seen(demo.guide);
    expect(guide).toMatchObject({ title: "Känslig idé om skyddat boende", consentToContact: true, viewerIsBearer: false });
    expect(guide!.bearer.email).toBeNull();
    expect((await seen(demo.bearer))!.viewerIsBearer).toBe(true);
  });

  it("shows a partnership idea to people with a role in the arena, and never another person's email", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Partnerskapsidé", visibility: "PARTNERSHIP" });
    expect((await client().ok(IdeaPage, { id: idea.id })).idea).toBeNull();
    const member = await client().signInAs(demo.bodyMember);
    const page = (await member.ok(IdeaPage, { id: idea.id })).idea!;
    expect(page).toMatchObject({ title: "Partnerskapsidé", consentToContact: null, coBearers: null });
    expect(page.bearer).toEqual({ name: "Ida Idébärare", email: null });
    const stranger = await client().signInAs(demo.dalarnaCoordinator);
    expect((await stranger.ok(IdeaPage, { id: idea.id })).idea).toBeNull();
  });
});

describe("browsing and Swedish search", () => {
  it("finds inflected forms and misspellings, and filters by arena, goal, municipality, sector and stage", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const g = await arenaOf(bearer, "gavleborg");
    const goal2 = g.goals.find((x) => x.number === 2)!;
    const gavle = g.organisations.find((o) => o.name === "Gävle kommun")!;
    const visits = await submittedIdea(bearer, { goalIds: [goal2.id], municipalityIds: [gavle.id] });
    const other = await submittedIdea(bearer, {
      title: "Läxhjälp på biblioteket",
      summary: "Volontärer hjälper elever med läxor.",
      need: "Elever behöver stöd med skolarbetet.",
      solution: "Läxhjälp två kvällar i veckan.",
    });
    const d = await arenaOf(bearer, "dalarna");
    const dalarnaIdea = await submittedIdea(
      bearer,
      { title: "Äldres mötesplats i Mora", summary: "En mötesplats för äldre i Mora." },
      "dalarna",
    );
    await draftIdea(bearer, { title: "Utkast om äldre" });
    const anon = client();

    const inflected = await anon.ok(Browse, { search: "äldre" });
    const found = inflected.ideas.edges.map((e) => e.node.id);
    expect(found).toEqual(expect.arrayContaining([visits.id, dalarnaIdea.id]));
    expect(found).not.toContain(other.id);
    expect(inflected.ideas.totalCount).toBe(2); // not the draft

    const typo = await anon.ok(Browse, { search: "hembsök" });
    expect(typo.ideas.edges.map((e) => e.node.id)).toEqual([visits.id]);

    expect((await anon.ok(Browse, { arena: "dalarna" })).ideas.edges.map((e) => e.node.id)).toEqual([dalarnaIdea.id]);
    expect((await anon.ok(Browse, { goalIds: [goal2.id] })).ideas.edges.map((e) => e.node.id)).toEqual([visits.id]);
    expect((await anon.ok(Browse, { municipalityIds: [gavle.id] })).ideas.edges.map((e) => e.node.id)).toEqual([visits.id]);
    expect((await anon.ok(Browse, { sectors: ["BUSINESS"] })).ideas.totalCount).toBe(0);
    expect((await anon.ok(Browse, { sectors: ["CIVIL_SOCIETY"], arena: "gavleborg" })).ideas.totalCount).toBe(2);
    expect((await anon.ok(Browse, { stages: ["GUIDANCE"] })).ideas.totalCount).toBe(0);
    expect(d.id).toBeTruthy();

    const byTitle = await anon.ok(Browse, { sort: "TITLE", first: 2 });
    expect(byTitle.ideas.edges.map((e) => e.node.title)).toEqual(["Förebyggande hembesök för äldre", "Läxhjälp på biblioteket"]);
    expect(byTitle.ideas.pageInfo.hasNextPage).toBe(true);
    const next = await anon.ok(Browse, { sort: "TITLE", first: 2, after: byTitle.ideas.pageInfo.endCursor });
    expect(next.ideas.edges.map((e) => e.node.title)).toEqual(["Äldres mötesplats i Mora"]);
    expect(next.ideas.pageInfo.hasNextPage).toBe(false);
  });

  it("lists 10 or 100 ideas with bearer, organisation, goals and counts in the same number of SQL statements", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const g = await arenaOf(bearer);
    for (let i = 0; i < 12; i++) await submittedIdea(bearer, { title: `Idé nummer ${i}`, goalIds: [g.goals[i % 5]!.id] });
    const anon = client();
    const small = await anon.request(Browse, { first: 10 });
    const large = await anon.request(Browse, { first: 100 });
    expect(small.data!.ideas.edges).toHaveLength(10);
    expect(large.data!.ideas.edges).toHaveLength(12);
    expect(large.data!.ideas.edges.every((e) => e.node.goals.length === 1 && e.node.bearer.name === "Ida Idébärare")).toBe(true);
    expect(small.extensions!.sqlStatements).toBe(large.extensions!.sqlStatements);
    const mine10 = await bearer.request(MyIdeas, { first: 10 });
    const mine100 = await bearer.request(MyIdeas, { first: 100 });
    expect(mine10.extensions!.sqlStatements).toBe(mine100.extensions!.sqlStatements);
  });
});

const SearchPage = graphql(`
  query SearchPage($search: String, $arena: String, $first: Int, $after: String) {
    ideas(search: $search, arena: $arena, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
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

describe("search and counts at national size", () => {
  it("pages a search by relevance (rank and id) without repeats or gaps, the best match first", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const best = await submittedIdea(bearer, { title: "Hembesök hos äldre", summary: "Hembesök varje vecka, hembesök som ger trygghet." });
    for (let i = 0; i < 4; i++)
      await submittedIdea(bearer, { title: `Trygghet nummer ${i}`, summary: "Vi gör hembesök hos äldre som bor ensamma." });
    await submittedIdea(bearer, {
      title: "Läxhjälp",
      summary: "Volontärer hjälper elever med läxor.",
      solution: "Läxhjälp två kvällar i veckan.",
    });
    const anon = client();
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: {
        ideas: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };
      } = await anon.ok(SearchPage, { search: "hembesök", first: 2, after });
      expect(page.ideas.totalCount).toBe(5);
      seen.push(...page.ideas.edges.map((e) => e.node.id));
      after = page.ideas.pageInfo.hasNextPage ? page.ideas.pageInfo.endCursor : null;
      pages++;
    } while (after !== null && pages < 10);
    expect(pages).toBe(3);
    expect(seen[0]).toBe(best.id);
    expect(new Set(seen).size).toBe(5);
    // A misspelling finds nothing by full text; the title's trigrams find it, and its cursor pages that list.
    const typo = await anon.ok(SearchPage, { search: "hembsök", first: 1 });
    expect(typo.ideas.edges.map((e) => e.node.id)).toEqual([best.id]);
    expect(typo.ideas.pageInfo.hasNextPage).toBe(false);
  });

  it("counts up to 1,000 and then says only that there are more", async () => {
    const bearer = await client().signInAs(demo.bearer);
    await submittedIdea(bearer, { title: "Hembesök hos äldre" });
    const anon = client();
    expect((await anon.ok(SearchPage, { search: "hembesök" })).ideas).toMatchObject({ totalCount: 1, totalCountCapped: false });
    // A fixture of national size is copied in SQL: 1,001 more of the same idea.
    const { db } = await testDatabase();
    await db.execute(sql`insert into ideas (arena_id, bearer_id, client_key, stage, title, summary, sector, visibility, submitted_at)
      select arena_id, bearer_id, 'copy-' || g, stage, title, summary, sector, visibility, submitted_at
      from ideas cross join generate_series(1, 1001) g where title = 'Hembesök hos äldre'`);
    for (const search of [undefined, "hembesök"]) {
      const page = await anon.ok(SearchPage, { search, first: 5 });
      expect(page.ideas).toMatchObject({ totalCount: 1000, totalCountCapped: true });
      expect(page.ideas.edges).toHaveLength(5);
    }
    expect((await anon.ok(SearchPage, { arena: "dalarna" })).ideas).toMatchObject({ totalCount: 0, totalCountCapped: false });
  });
});

describe("co-bearers and followers", () => {
  it("invites a co-bearer who accepts and may then edit; the bearer is told", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const p = newPerson();
    const co = client();
    await co.ok(Register, { input: p });

    const bad = await bearer.ok(Invite, { input: { ideaId: idea.id, email: "inte en adress" } });
    expect(bad.inviteCoBearer.errors[0]).toMatchObject({ field: "input.email", code: "INVALID_EMAIL" });
    const { inviteCoBearer } = await bearer.ok(Invite, { input: { ideaId: idea.id, email: p.email } });
    expect(inviteCoBearer.coBearer).toMatchObject({ email: p.email, status: "INVITED" });
    expect((await bearer.ok(Invite, { input: { ideaId: idea.id, email: p.email.toUpperCase() } })).inviteCoBearer.errors[0]!.code).toBe(
      "ALREADY_INVITED",
    );

    // Not yet accepted: no edit.
    const before = await co.request(UpdateIdea, { input: { id: idea.id, expectedVersion: idea.version, title: "Nytt" } });
    expect(before.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const { myInvitations } = await co.ok(Invitations);
    expect(myInvitations).toHaveLength(1);
    const { respondToInvitation } = await co.ok(Respond, { input: { id: myInvitations[0]!.invitation.id, accept: true } });
    expect(respondToInvitation.coBearer).toMatchObject({ status: "ACCEPTED", name: p.name });

    const edit = await co.ok(UpdateIdea, { input: { id: idea.id, expectedVersion: idea.version, title: "Gemensam titel" } });
    expect(edit.updateIdea.errors).toEqual([]);
    expect((await bearer.ok(IdeaPage, { id: idea.id })).idea!.coBearers).toEqual([{ email: p.email, status: "ACCEPTED", name: p.name }]);
    // The guidance team sees who carries the idea, not the addresses the bearers invited.
    for (const staff of [demo.guide, demo.coordinator, demo.admin]) {
      const seen = await (await client().signInAs(staff)).ok(IdeaPage, { id: idea.id });
      expect(seen.idea!.coBearers, staff).toEqual([{ email: null, status: "ACCEPTED", name: p.name }]);
    }
    expect((await co.ok(MyIdeas, { first: 5 })).myIdeas.totalCount).toBe(1);

    const { db } = await testDatabase();
    const [row] = await db.select().from(ideas).where(eq(ideas.title, "Gemensam titel"));
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.subjectId, row!.id), eq(notifications.kind, "co_bearer.accepted")));
    expect(told).toHaveLength(1);
  });

  it("lets signed-in people follow and unfollow a public idea", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const guide = await client().signInAs(demo.guide);
    const f = await guide.ok(Follow, { id: idea.id });
    expect(f.followIdea.idea).toEqual({ followerCount: 1, viewerFollows: true });
    expect((await guide.ok(Follow, { id: idea.id })).followIdea.idea!.followerCount).toBe(1);
    const u = await guide.ok(Unfollow, { id: idea.id });
    expect(u.unfollowIdea.idea).toEqual({ followerCount: 0, viewerFollows: false });
    expect((await client().request(Follow, { id: idea.id })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
