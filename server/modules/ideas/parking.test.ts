import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { type ApiClient, demo } from "../../../test/support/client.js";
import { defaultPlan, guidedIdea } from "../../../test/support/cycles.js";
import { testDatabase } from "../../../test/support/database.js";
import { graphql } from "../../../test/support/graphql.js";
import { submittedIdea } from "../../../test/support/ideas.js";

const Park = graphql(`
  mutation Park($input: ParkIdeaInput!) {
    parkIdea(input: $input) {
      idea {
        id
        stage
        version
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const Resume = graphql(`
  mutation Resume($input: ResumeIdeaInput!) {
    resumeIdea(input: $input) {
      idea {
        id
        stage
      }
      errors {
        field
        code
      }
    }
  }
`);
const Triage = graphql(`
  mutation TriageParked($input: TriageInput!) {
    triageIdea(input: $input) {
      idea {
        stage
      }
      errors {
        field
        code
      }
    }
  }
`);
const Plan = graphql(`
  mutation PlanParked($input: PlanTestCycleInput!) {
    planTestCycle(input: $input) {
      cycle {
        id
      }
      errors {
        field
        code
      }
    }
  }
`);
const ParkedIdea = graphql(`
  query ParkedIdea($id: ID!) {
    idea(id: $id) {
      stage
      version
      timeline {
        kind
        fromStage
        toStage
        reason
      }
    }
  }
`);

const { client } = useTestServer();

const stageOf = async (c: ApiClient, id: string) => (await c.ok(ParkedIdea, { id })).idea!;
/** The stages a person was told an idea moved to, oldest first. */
const toldStages = async (ideaTitle: string, email: string) => {
  const { db } = await testDatabase();
  const rows = await db.execute<{ stage: string }>(
    sql`select n.data->>'toStage' as stage from notifications n join users u on u.id = n.user_id join ideas i on i.id = n.subject_id where i.title = ${ideaTitle} and u.email = ${email} and n.kind = 'idea.stage_changed' order by n.created_at`,
  );
  return (Array.isArray(rows) ? rows : (rows as unknown as { rows: { stage: string }[] }).rows).map((r) => r.stage);
};

describe("parking an idea", () => {
  it("a coordinator parks an idea in guidance with a reason, and resumes it to guidance; the bearers are told", async () => {
    const { bearer, coordinator, idea } = await guidedIdea(client, { title: "Parkeras och återupptas" });
    const parked = await coordinator.ok(Park, { input: { id: idea.id, reason: "Väntar på beslut om finansiering." } });
    expect(parked.parkIdea.errors).toEqual([]);
    expect(parked.parkIdea.idea).toMatchObject({ id: idea.id, stage: "PARKED" });

    const seen = await stageOf(bearer, idea.id);
    expect(seen.stage).toBe("PARKED");
    expect(seen.timeline.at(-1)).toEqual({
      kind: "idea.parked",
      fromStage: "GUIDANCE",
      toStage: "PARKED",
      reason: "Väntar på beslut om finansiering.",
    });

    const resumed = await coordinator.ok(Resume, { input: { id: idea.id } });
    expect(resumed.resumeIdea).toEqual({ idea: { id: idea.id, stage: "GUIDANCE" }, errors: [] });
    const after = await stageOf(coordinator, idea.id);
    expect(after.stage).toBe("GUIDANCE");
    expect(after.version).toBe(parked.parkIdea.idea!.version + 1);
    expect(after.timeline.at(-1)).toMatchObject({ kind: "idea.resumed", fromStage: "PARKED", toStage: "GUIDANCE" });

    const told = await toldStages("Parkeras och återupptas", demo.bearer);
    expect(told).toEqual(["guidance", "parked", "guidance"]);
  });

  it("resumes to the stage it was parked from: a submitted idea goes back to the queue", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Parkerad i kön" });
    const coordinator = await client().signInAs(demo.coordinator);
    await coordinator.ok(Park, { input: { id: idea.id, reason: "Inväntar nästa ansökningsomgång." } });
    const resumed = await coordinator.ok(Resume, { input: { id: idea.id } });
    expect(resumed.resumeIdea.idea!.stage).toBe("SUBMITTED");
  });

  it("is for coordinators: a bearer or a guide cannot park or resume", async () => {
    const { bearer, guide, coordinator, idea } = await guidedIdea(client);
    for (const who of [bearer, guide]) {
      const r = await who.request(Park, { input: { id: idea.id, reason: "Jag vill pausa." } });
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await stageOf(coordinator, idea.id)).stage).toBe("GUIDANCE");
    await coordinator.ok(Park, { input: { id: idea.id, reason: "Pausad av kansliet." } });
    for (const who of [bearer, guide]) {
      const r = await who.request(Resume, { input: { id: idea.id } });
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await stageOf(coordinator, idea.id)).stage).toBe("PARKED");
  });

  it("refuses an empty reason, in Swedish and English, and changes nothing", async () => {
    const { coordinator, idea } = await guidedIdea(client);
    const before = await stageOf(coordinator, idea.id);
    for (const reason of ["", "   "]) {
      const r = await coordinator.ok(Park, { input: { id: idea.id, reason } });
      expect(r.parkIdea.idea).toBeNull();
      expect(r.parkIdea.errors).toEqual([
        { field: "input.reason", code: "REASON_REQUIRED", message: "Skriv ett motiv. Det skickas till idébärarna." },
      ]);
    }
    coordinator.locale = "en";
    const en = await coordinator.ok(Park, { input: { id: idea.id, reason: "" } });
    expect(en.parkIdea.errors[0]!.message).toBe("Write a reason. It is sent to the idea's bearers.");
    const after = await stageOf(coordinator, idea.id);
    expect(after).toEqual(before);
  });

  it("a parked idea cannot be triaged or tested until it is resumed; only a parked idea is resumed", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Vilande idé" });
    const coordinator = await client().signInAs(demo.coordinator);
    const notParked = await coordinator.ok(Resume, { input: { id: idea.id } });
    expect(notParked.resumeIdea.errors).toEqual([{ field: "input.id", code: "WRONG_STAGE" }]);

    await coordinator.ok(Park, { input: { id: idea.id, reason: "Bäraren är föräldraledig." } });
    const twice = await coordinator.ok(Park, { input: { id: idea.id, reason: "Igen." } });
    expect(twice.parkIdea.errors).toEqual([{ field: "input.id", code: "WRONG_STAGE", message: expect.any(String) }]);
    const triage = await coordinator.ok(Triage, { input: { ideaId: idea.id, decision: "DECLINE", reason: "Passar inte." } });
    expect(triage.triageIdea.errors).toEqual([{ field: "input.ideaId", code: "WRONG_STAGE" }]);
    const plan = await coordinator.ok(Plan, { input: { ideaId: idea.id, ...defaultPlan } });
    expect(plan.planTestCycle.errors).toEqual([{ field: "input.ideaId", code: "CYCLE_STAGE" }]);
    expect((await stageOf(coordinator, idea.id)).stage).toBe("PARKED");

    await coordinator.ok(Resume, { input: { id: idea.id } });
    const declined = await coordinator.ok(Triage, { input: { ideaId: idea.id, decision: "DECLINE", reason: "Passar inte." } });
    expect(declined.triageIdea).toEqual({ idea: { stage: "DECLINED" }, errors: [] });
    // A decided idea is no longer in progress: it cannot be parked.
    const closed = await coordinator.ok(Park, { input: { id: idea.id, reason: "För sent." } });
    expect(closed.parkIdea.errors[0]!.code).toBe("WRONG_STAGE");
  });
});
