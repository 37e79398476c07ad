import { type ApiClient, demo } from "./client.js";
import { type VariablesOf, graphql } from "./graphql.js";
import { submittedIdea } from "./ideas.js";

/**
 * Documents and builders for test cycles (PDSA), through the API as the guide and the bearer
 * would. Typical use:
 *
 *   const s = await runningCycle(client, { values: [["2026-01-10", 12], ["2026-02-10", 15]] });
 *   s.cycle.id, s.measure.id, s.idea.id, s.guide, s.bearer
 */

const CycleFields = graphql(`
  fragment CycleFieldsForTests on TestCycle @_unmask {
    id
    number
    status
    version
    hypothesis
    aim
    targetGroup
    plannedParticipants
    participantsReached
    observations
    decision
    decisionRationale
    learnings
    bearerAgreement
    viewerCanRecord
    viewerCanDecide
    previousCycle {
      id
      number
    }
    nextCycle {
      id
      number
    }
    readiness {
      ready
      missing
      baselineMissing
    }
    municipalities {
      id
      name
    }
    measures {
      id
      seriesId
      name
      unit
      baseline
      target
      direction
      measurements {
        id
        measuredOn
        value
        note
      }
      result {
        value
        measuredOn
        outcome
        change
      }
    }
  }
`);

export const PlanTestCycle = graphql(
  `
    mutation PlanTestCycle($input: PlanTestCycleInput!) {
      planTestCycle(input: $input) {
        cycle {
          ...CycleFieldsForTests
        }
        idea {
          id
          stage
        }
        errors {
          field
          code
          message
        }
      }
    }
  `,
  [CycleFields],
);

export const UpdateTestCycle = graphql(
  `
    mutation UpdateTestCycle($input: UpdateTestCycleInput!) {
      updateTestCycle(input: $input) {
        cycle {
          ...CycleFieldsForTests
        }
        errors {
          field
          code
          message
        }
      }
    }
  `,
  [CycleFields],
);

export const StartTestCycle = graphql(
  `
    mutation StartTestCycle($id: ID!) {
      startTestCycle(id: $id) {
        cycle {
          ...CycleFieldsForTests
        }
        idea {
          id
          stage
        }
        errors {
          field
          code
          message
        }
      }
    }
  `,
  [CycleFields],
);

export const RecordMeasurement = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      measurement {
        id
        measuredOn
        value
        note
        recordedBy {
          name
        }
      }
      measure {
        id
        result {
          value
          outcome
          change
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

export const DeleteMeasurement = graphql(`
  mutation DeleteMeasurement($id: ID!) {
    deleteMeasurement(id: $id) {
      measurement {
        id
        value
      }
      measure {
        id
        measurements {
          id
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

export const RecordStudy = graphql(
  `
    mutation RecordStudy($input: RecordStudyInput!) {
      recordStudy(input: $input) {
        cycle {
          ...CycleFieldsForTests
        }
        errors {
          field
          code
          message
        }
      }
    }
  `,
  [CycleFields],
);

export const DecideTestCycle = graphql(
  `
    mutation DecideTestCycle($input: DecideTestCycleInput!) {
      decideTestCycle(input: $input) {
        cycle {
          ...CycleFieldsForTests
        }
        nextCycle {
          ...CycleFieldsForTests
        }
        idea {
          id
          stage
          viewerCanPlanTestCycle
        }
        errors {
          field
          code
          message
        }
      }
    }
  `,
  [CycleFields],
);

export const IdeaTestCycles = graphql(
  `
    query IdeaTestCycles($id: ID!) {
      idea(id: $id) {
        id
        stage
        viewerCanPlanTestCycle
        testCycles {
          ...CycleFieldsForTests
        }
      }
    }
  `,
  [CycleFields],
);

const TriageForCycles = graphql(`
  mutation TriageForCycles($input: TriageInput!) {
    triageIdea(input: $input) {
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

const MeForCycles = graphql(`
  query MeForCycles {
    me {
      id
    }
  }
`);

type ClientFactory = () => ApiClient;
export type PlanInput = Omit<VariablesOf<typeof PlanTestCycle>["input"], "ideaId">;

const must = <T extends { errors: { field: string | null; code: string }[] }>(r: T, what: string): T => {
  if (r.errors.length > 0) throw new Error(`${what}: ${JSON.stringify(r.errors)}`);
  return r;
};

/** A measure with a baseline and a target: the plan passes the test-ready gate. */
export const defaultMeasure = {
  name: "Deltagare som fullföljer",
  unit: "personer",
  baseline: 10,
  target: 20,
  direction: "HIGHER" as const,
};

export const defaultPlan: PlanInput = {
  hypothesis: "Om vi erbjuder läxhjälp i biblioteket två kvällar i veckan fullföljer fler elever.",
  aim: "Fler elever klarar sina mål i matematik.",
  site: "Stadsbiblioteket",
  hostOrganisation: "Gävle kommun",
  targetGroup: "Elever i årskurs 7–9",
  plannedParticipants: 30,
  measures: [defaultMeasure],
};

/**
 * A submitted idea of the demo bearer, accepted into guidance by the coordinator with the demo
 * guide of Gävleborg assigned. `fields` go to the idea (e.g. `{ visibility: "PARTNERSHIP" }`).
 */
export async function guidedIdea(client: ClientFactory, fields: Record<string, unknown> = {}, bearerEmail: string = demo.bearer) {
  const bearer = await client().signInAs(bearerEmail);
  const idea = await submittedIdea(bearer, { title: "Läxhjälp i biblioteket", ...fields });
  const guide = await client().signInAs(demo.guide);
  const coordinator = await client().signInAs(demo.coordinator);
  const guideId = (await guide.ok(MeForCycles)).me!.id;
  const { triageIdea } = await coordinator.ok(TriageForCycles, { input: { ideaId: idea.id, decision: "ACCEPT", guideIds: [guideId] } });
  must(triageIdea, "triage");
  return { bearer, guide, coordinator, idea: { ...idea, stage: triageIdea.idea!.stage } };
}

export type GuidedIdea = Awaited<ReturnType<typeof guidedIdea>>;

export async function planCycle(c: ApiClient, ideaId: string, plan: PlanInput = defaultPlan) {
  const { planTestCycle } = await c.ok(PlanTestCycle, { input: { ideaId, ...plan } });
  return must(planTestCycle, "planTestCycle").cycle!;
}

export async function startCycle(c: ApiClient, cycleId: string) {
  const { startTestCycle } = await c.ok(StartTestCycle, { id: cycleId });
  return must(startTestCycle, "startTestCycle").cycle!;
}

/** Records values (date, value) on a measure, in order. */
export async function recordValues(c: ApiClient, measureId: string, values: [string, number][]) {
  for (const [measuredOn, value] of values) {
    const { recordMeasurement } = await c.ok(RecordMeasurement, { input: { measureId, measuredOn, value } });
    must(recordMeasurement, "recordMeasurement");
  }
}

const CycleVersion = graphql(`
  query CycleVersionForTests($id: ID!) {
    node(id: $id) {
      ... on TestCycle {
        version
      }
    }
  }
`);

/** The cycle's current version, as a form that shows it would send back. */
export async function cycleVersion(c: ApiClient, cycleId: string): Promise<number> {
  const { node } = await c.ok(CycleVersion, { id: cycleId });
  if (!node || !("version" in node)) throw new Error(`No readable test cycle ${cycleId}`);
  return node.version;
}

export async function studyCycle(c: ApiClient, cycleId: string, observations = "Fler elever kom än vi trodde.", participantsReached = 25) {
  const expectedVersion = await cycleVersion(c, cycleId);
  const { recordStudy } = await c.ok(RecordStudy, { input: { id: cycleId, observations, participantsReached, expectedVersion } });
  return must(recordStudy, "recordStudy").cycle!;
}

export type DecisionInput = Omit<VariablesOf<typeof DecideTestCycle>["input"], "id" | "expectedVersion">;

export const defaultDecision = (decision: DecisionInput["decision"]): DecisionInput => ({
  decision,
  rationale: "Resultaten visar att läxhjälpen gör skillnad.",
  learnings: "Läxhjälp i biblioteket når elever som annars inte får hjälp hemma.",
  bearerAgreement: "Idébäraren instämde vid mötet.",
  publishLearning: true,
});

export async function decideCycle(c: ApiClient, cycleId: string, decision: DecisionInput | DecisionInput["decision"]) {
  const input = typeof decision === "string" ? defaultDecision(decision) : decision;
  const expectedVersion = await cycleVersion(c, cycleId);
  const { decideTestCycle } = await c.ok(DecideTestCycle, { input: { id: cycleId, ...input, expectedVersion } });
  return must(decideTestCycle, "decideTestCycle");
}

export interface CycleOptions {
  /** An idea already guided (else a new one is made). */
  on?: GuidedIdea;
  plan?: PlanInput;
  /** Who plans and records: "guide" (default) or "bearer". */
  by?: "guide" | "bearer";
}

/** A planned cycle 1 of a guided idea, by the guide unless told. */
export async function plannedCycle(client: ClientFactory, opts: CycleOptions = {}) {
  const s = opts.on ?? (await guidedIdea(client));
  const cycle = await planCycle(s[opts.by ?? "guide"], s.idea.id, opts.plan);
  return { ...s, cycle, measure: cycle.measures[0]! };
}

/** A started cycle with optional measurements on its first measure. */
export async function runningCycle(client: ClientFactory, opts: CycleOptions & { values?: [string, number][] } = {}) {
  const s = await plannedCycle(client, opts);
  const who = s[opts.by ?? "guide"];
  await startCycle(who, s.cycle.id);
  if (opts.values) await recordValues(who, s.measure.id, opts.values);
  const cycle = (await who.ok(IdeaTestCycles, { id: s.idea.id })).idea!.testCycles!.find((c) => c.id === s.cycle.id)!;
  return { ...s, cycle, measure: cycle.measures[0]! };
}

/** A studied cycle, ready for the team's decision. */
export async function studiedCycle(client: ClientFactory, opts: CycleOptions & { values?: [string, number][] } = {}) {
  const s = await runningCycle(client, opts);
  const cycle = await studyCycle(s[opts.by ?? "guide"], s.cycle.id);
  return { ...s, cycle, measure: cycle.measures[0]! };
}

/** A decided cycle (by the guide), with what the decision returned. */
export async function decidedCycle(
  client: ClientFactory,
  decision: DecisionInput | DecisionInput["decision"],
  opts: CycleOptions & { values?: [string, number][] } = {},
) {
  const s = await studiedCycle(client, opts);
  const r = await decideCycle(s.guide, s.cycle.id, decision);
  return { ...s, cycle: r.cycle!, nextCycle: r.nextCycle, ideaAfter: r.idea! };
}
