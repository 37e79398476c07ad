import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import { decidedCycle, guidedIdea } from "../../../test/support/cycles.js";
import { testDatabase } from "../../../test/support/database.js";
import { graphql } from "../../../test/support/graphql.js";
import { IdeaTimeline, submittedIdea } from "../../../test/support/ideas.js";
import { fromGlobalId } from "../../graphql/relay.js";
import { events } from "../audit/audit.tables.js";
import { notifications } from "../notifications/notifications.tables.js";
import { ideaScaleSteps, municipalityAdoptions } from "./scaling.tables.js";

const { client } = useTestServer();

const Scaling = graphql(`
  query Scaling($id: ID!) {
    idea(id: $id) {
      id
      stage
      viewerCanRecordScaling
      scaleStep {
        step
        title
        description
        evidence
        cycleNumber
        recordedAt
        recordedByName
      }
      scaleSteps {
        step
        evidence
      }
      adoptions {
        municipality {
          id
          name
          kind
        }
        status
        note
        updatedAt
      }
      adoptionSummary {
        municipalities
        planned
        testing
        adopted
        declined
        none
      }
    }
  }
`);

const RecordStep = graphql(`
  mutation RecordScaleStep($input: RecordScaleStepInput!) {
    recordScaleStep(input: $input) {
      idea {
        id
        stage
        scaleStep {
          step
          title
          evidence
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const SetAdoption = graphql(`
  mutation SetAdoption($input: SetMunicipalityAdoptionInput!) {
    setMunicipalityAdoption(input: $input) {
      adoption {
        municipality {
          name
        }
        status
        note
      }
      idea {
        adoptionSummary {
          planned
          testing
          adopted
          declined
          none
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const Organisations = graphql(`
  query OrganisationsForScaling {
    arenas {
      slug
      organisations {
        id
        name
        kind
      }
    }
  }
`);

async function organisationsOf(slug: string) {
  const { arenas } = await client().ok(Organisations);
  return arenas.find((a) => a.slug === slug)!.organisations;
}

async function stepsInDb(ideaGlobalId: string) {
  const { db } = await testDatabase();
  return db
    .select({ step: ideaScaleSteps.step })
    .from(ideaScaleSteps)
    .where(eq(ideaScaleSteps.ideaId, fromGlobalId(ideaGlobalId, "Idea")!.id));
}

describe("the scale-up ladder", () => {
  it("stands at step 2 after an advance decision, with the cycle's evidence for members only", async () => {
    const s = await decidedCycle(client, "ADVANCE", { values: [["2026-01-10", 15]] });
    const guideView = (await s.guide.ok(Scaling, { id: s.idea.id })).idea!;
    expect(guideView.stage).toBe("SCALING");
    expect(guideView.scaleStep).toMatchObject({
      step: 2,
      title: "Förändrade angreppssätt prövas",
      cycleNumber: 1,
      recordedByName: "Gustav Lots",
    });
    expect(guideView.scaleStep.evidence).toContain("Resultaten visar att läxhjälpen gör skillnad.");
    expect(guideView.scaleSteps.map((x) => x.step)).toEqual([1, 2]);
    expect(guideView.viewerCanRecordScaling).toBe(true);

    // Spread is public; the evidence (test results) is read with the cycles.
    const anonView = (await client().ok(Scaling, { id: s.idea.id })).idea!;
    expect(anonView.scaleStep).toMatchObject({ step: 2, title: "Förändrade angreppssätt prövas", evidence: null, recordedByName: null });
    expect(anonView.viewerCanRecordScaling).toBe(false);
    const en = (await client("en").ok(Scaling, { id: s.idea.id })).idea!;
    expect(en.scaleStep.title).toBe("Changed approaches are tested");
    expect((await s.bearer.ok(Scaling, { id: s.idea.id })).idea!.viewerCanRecordScaling).toBe(false);
  });

  it("shows step 0 for an idea with nothing recorded", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    expect((await client().ok(Scaling, { id: idea.id })).idea!.scaleStep).toEqual({
      step: 0,
      title: null,
      description: null,
      evidence: null,
      cycleNumber: null,
      recordedAt: null,
      recordedByName: null,
    });
  });

  it("lets the team move up with evidence, to adopted at step 4, and back down only with a reason", async () => {
    const s = await decidedCycle(client, "ADVANCE");
    const up = await s.guide.ok(RecordStep, {
      input: { ideaId: s.idea.id, step: 3, evidence: "Infört i tre kommuner med bättre resultat." },
    });
    expect(up.recordScaleStep.errors).toEqual([]);
    expect(up.recordScaleStep.idea).toMatchObject({
      stage: "SCALING",
      scaleStep: { step: 3, evidence: "Infört i tre kommuner med bättre resultat." },
    });

    const four = await s.coordinator.ok(RecordStep, {
      input: { ideaId: s.idea.id, step: 4, evidence: "Del av länets ordinarie samverkan." },
    });
    expect(four.recordScaleStep.idea).toMatchObject({ stage: "ADOPTED", scaleStep: { step: 4 } });

    const noReason = await s.guide.ok(RecordStep, { input: { ideaId: s.idea.id, step: 3, evidence: "Två kommuner slutade." } });
    expect(noReason.recordScaleStep).toEqual({
      idea: null,
      errors: [{ field: "input.reason", code: "SCALE_DOWN_REASON", message: "Skriv varför idén går tillbaka till ett lägre steg." }],
    });
    const down = await s.guide.ok(RecordStep, {
      input: { ideaId: s.idea.id, step: 3, evidence: "Två kommuner slutade.", reason: "Finansieringen upphörde." },
    });
    expect(down.recordScaleStep.idea).toMatchObject({ stage: "SCALING", scaleStep: { step: 3 } });
    expect((await stepsInDb(s.idea.id)).map((r) => r.step).sort()).toEqual([1, 2, 3, 3, 4]);

    const { db } = await testDatabase();
    const rawId = fromGlobalId(s.idea.id, "Idea")!.id;
    const recorded = await db
      .select({ data: events.data })
      .from(events)
      .where(and(eq(events.subjectId, rawId), eq(events.kind, "scaling.step_recorded")));
    expect(recorded.map((e) => e.data)).toEqual([
      { fromStep: 2, step: 3 },
      { fromStep: 3, step: 4, fromStage: "scaling", toStage: "adopted" },
      { fromStep: 4, step: 3, reason: "Finansieringen upphörde.", fromStage: "adopted", toStage: "scaling" },
    ]);
    // The bearer hears of every step.
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.subjectId, rawId), eq(notifications.kind, "scaling.step_recorded")));
    expect(told).toHaveLength(3);
  });

  it("refuses a step without evidence, out of range or unchanged, in Swedish and English, and changes nothing", async () => {
    const s = await decidedCycle(client, "ADVANCE");
    const cases = [
      [
        { step: 3, evidence: "  " },
        { field: "input.evidence", code: "REQUIRED", message: "Fyll i fältet." },
      ],
      [
        { step: 5, evidence: "Bevis" },
        { field: "input.step", code: "OUT_OF_RANGE", message: "Ange ett tal mellan 1 och 4." },
      ],
      [
        { step: 2, evidence: "Bevis" },
        { field: "input.step", code: "SCALE_STEP_SAME", message: "Idén står redan på steg 2 av 4. Välj ett annat steg." },
      ],
    ] as const;
    for (const [input, error] of cases) {
      const r = await s.guide.ok(RecordStep, { input: { ideaId: s.idea.id, ...input } });
      expect(r.recordScaleStep).toEqual({ idea: null, errors: [error] });
    }
    const guideEn = await client("en").signInAs(demo.guide);
    const en = await guideEn.ok(RecordStep, { input: { ideaId: s.idea.id, step: 1, evidence: "Back" } });
    expect(en.recordScaleStep.errors).toEqual([
      { field: "input.reason", code: "SCALE_DOWN_REASON", message: "Write why the idea moves back to a lower step." },
    ]);
    expect((await stepsInDb(s.idea.id)).map((r) => r.step).sort()).toEqual([1, 2]);
    expect((await s.guide.ok(Scaling, { id: s.idea.id })).idea!.stage).toBe("SCALING");
  });

  it("is for the guidance team of the idea's arena, in the stages of the loop", async () => {
    const s = await guidedIdea(client, { visibility: "GUIDANCE" });
    const input = { ideaId: s.idea.id, step: 1, evidence: "Planering pågår." };
    expect((await s.bearer.request(RecordStep, { input })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await client().request(RecordStep, { input })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const stranger = await client().signInAs(demo.dalarnaCoordinator);
    expect((await stranger.ok(RecordStep, { input })).recordScaleStep.errors).toMatchObject([{ field: "input.ideaId", code: "NOT_FOUND" }]);
    // A guided idea may be put on step 1 by the team.
    expect((await s.guide.ok(RecordStep, { input })).recordScaleStep.idea!.scaleStep.step).toBe(1);

    const bearer = await client().signInAs(demo.bearer);
    const fresh = await submittedIdea(bearer);
    const early = await s.coordinator.ok(RecordStep, { input: { ...input, ideaId: fresh.id } });
    expect(early.recordScaleStep.errors).toMatchObject([{ field: "input.ideaId", code: "SCALE_STAGE" }]);
    expect(await stepsInDb(fresh.id)).toEqual([]);
  });
});

describe("adoption per municipality", () => {
  it("lists every municipality of the arena and records, counts and clears their status", async () => {
    const s = await decidedCycle(client, "ADVANCE");
    const orgs = await organisationsOf("gavleborg");
    const municipalities = orgs.filter((o) => o.kind === "MUNICIPALITY");
    expect(municipalities.length).toBeGreaterThan(5);

    const before = (await client().ok(Scaling, { id: s.idea.id })).idea!;
    expect(before.adoptions.map((a) => a.municipality.name)).toEqual(
      municipalities.map((m) => m.name).sort((a, b) => a.localeCompare(b, "sv")),
    );
    expect(before.adoptions.every((a) => a.status === null && a.note === "" && a.updatedAt === null)).toBe(true);
    expect(before.adoptionSummary).toEqual({
      municipalities: municipalities.length,
      planned: 0,
      testing: 0,
      adopted: 0,
      declined: 0,
      none: municipalities.length,
    });

    const [m1, m2] = [municipalities[0]!, municipalities[1]!];
    const set = await s.guide.ok(SetAdoption, {
      input: { ideaId: s.idea.id, organisationId: m1.id, status: "ADOPTED", note: "I ordinarie drift sedan mars." },
    });
    expect(set.setMunicipalityAdoption.adoption).toEqual({
      municipality: { name: m1.name },
      status: "ADOPTED",
      note: "I ordinarie drift sedan mars.",
    });
    await s.guide.ok(SetAdoption, { input: { ideaId: s.idea.id, organisationId: m2.id, status: "DECLINED", note: "Saknar personal." } });
    const after = (await client().ok(Scaling, { id: s.idea.id })).idea!;
    expect(after.adoptions.find((a) => a.municipality.id === m2.id)).toMatchObject({ status: "DECLINED", note: "Saknar personal." });
    expect(after.adoptionSummary).toMatchObject({ adopted: 1, declined: 1, none: municipalities.length - 2 });

    const cleared = await s.guide.ok(SetAdoption, { input: { ideaId: s.idea.id, organisationId: m2.id, status: null } });
    expect(cleared.setMunicipalityAdoption.adoption).toEqual({ municipality: { name: m2.name }, status: null, note: "" });
    expect(cleared.setMunicipalityAdoption.idea!.adoptionSummary).toMatchObject({
      adopted: 1,
      declined: 0,
      none: municipalities.length - 1,
    });

    const { db } = await testDatabase();
    const rawId = fromGlobalId(s.idea.id, "Idea")!.id;
    const kinds = await db
      .select({ data: events.data })
      .from(events)
      .where(and(eq(events.subjectId, rawId), eq(events.kind, "scaling.adoption_set")));
    expect(kinds.map((e) => e.data.toStatus)).toEqual(["adopted", "declined", null]);
    // Spread is public: a visitor's timeline names each municipality.
    const { idea } = await client().ok(IdeaTimeline, { id: s.idea.id });
    expect(idea!.timeline.filter((e) => e.kind === "scaling.adoption_set").map((e) => e.about)).toEqual([m1.name, m2.name, m2.name]);
  });

  it("refuses an organisation that is not a municipality of the idea's arena, and anyone but the team", async () => {
    const s = await decidedCycle(client, "ADVANCE");
    const region = (await organisationsOf("gavleborg")).find((o) => o.kind !== "MUNICIPALITY")!;
    const mora = (await organisationsOf("dalarna")).find((o) => o.name === "Mora kommun")!;
    for (const org of [region, mora]) {
      const r = await s.guide.ok(SetAdoption, { input: { ideaId: s.idea.id, organisationId: org.id, status: "PLANNED" } });
      expect(r.setMunicipalityAdoption).toEqual({
        adoption: null,
        idea: null,
        errors: [{ field: "input.organisationId", code: "NOT_MUNICIPALITY", message: "Välj en av kommunerna i idéns arena." }],
      });
    }
    const guideEn = await client("en").signInAs(demo.guide);
    const en = await guideEn.ok(SetAdoption, { input: { ideaId: s.idea.id, organisationId: mora.id, status: "PLANNED" } });
    expect(en.setMunicipalityAdoption.errors[0]!.message).toBe("Choose one of the municipalities of the idea's arena.");
    const municipality = (await organisationsOf("gavleborg")).find((o) => o.kind === "MUNICIPALITY")!;
    const long = await s.guide.ok(SetAdoption, {
      input: { ideaId: s.idea.id, organisationId: municipality.id, status: "TESTING", note: "x".repeat(1001) },
    });
    expect(long.setMunicipalityAdoption.errors).toMatchObject([{ field: "input.note", code: "TOO_LONG" }]);
    const denied = await s.bearer.request(SetAdoption, {
      input: { ideaId: s.idea.id, organisationId: municipality.id, status: "TESTING" },
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const { db } = await testDatabase();
    expect(await db.select().from(municipalityAdoptions)).toEqual([]);
  });

  it("reads adoption of a page of ideas in a constant number of SQL statements", async () => {
    const Browse = graphql(`
      query BrowseWithScaling($first: Int) {
        ideas(first: $first) {
          edges {
            node {
              id
              scaleStep {
                step
                title
              }
              adoptionSummary {
                none
              }
            }
          }
        }
      }
    `);
    const bearer = await client().signInAs(demo.bearer);
    for (let i = 0; i < 12; i++) await submittedIdea(bearer, { title: `Idé ${i}` });
    const small = await client().request(Browse, { first: 10 });
    const large = await client().request(Browse, { first: 100 });
    expect(large.data!.ideas.edges).toHaveLength(12);
    expect(small.extensions!.sqlStatements).toBe(large.extensions!.sqlStatements);
  });
});
