import { type ApiClient, demo } from "./client.js";
import { type VariablesOf, graphql } from "./graphql.js";
import { arenaOf } from "./ideas.js";
import { must } from "./matters.js";
import { AddAgendaItem, bookedMeeting, structureOf } from "./meetings.js";

/**
 * Documents and builders for action plans (issue 14), through the API as the kansli would:
 *
 *   const p = await draftPlan(client);   // Länsledning's action plan for this year, by the coordinator
 *   p.plan.id, p.coordinator, p.goal(2), p.s.body("utskott-vuxna")
 */

type ClientFactory = () => ApiClient;

export const PlanFields = graphql(`
  fragment PlanFieldsForTests on Plan @_unmask {
    id
    year
    kind
    status
    title
    version
    adoptedOn
    body {
      key
    }
    adoptionMatter {
      id
      stage
      summary
      body {
        key
      }
    }
    adoptedByMatter {
      id
    }
  }
`);

export const ActivityFields = graphql(`
  fragment ActivityFieldsForTests on PlanActivity @_unmask {
    id
    title
    description
    status
    progress
    version
    startsOn
    endsOn
    goal {
      number
    }
    subGoal {
      title
    }
    responsibleBody {
      key
    }
    contactPerson {
      name
    }
    indicators {
      key
    }
    origins {
      kind
      idea {
        title
      }
      decision {
        outcome
      }
      matter {
        number
      }
    }
    viewerCanRecordUpdate
  }
`);

const Errors = "errors { field code message }";

export const CreatePlan = graphql(
  `mutation CreatePlan($input: CreatePlanInput!) { createPlan(input: $input) { plan { ...PlanFieldsForTests } ${Errors} } }`,
  [PlanFields],
);
export const UpdatePlan = graphql(
  `mutation UpdatePlan($input: UpdatePlanInput!) { updatePlan(input: $input) { plan { ...PlanFieldsForTests } ${Errors} } }`,
  [PlanFields],
);
export const ProposePlan = graphql(
  `mutation ProposePlan($input: ProposePlanInput!) { proposePlanForAdoption(input: $input) { plan { ...PlanFieldsForTests } ${Errors} } }`,
  [PlanFields],
);
export const CreateSubGoal = graphql(
  `mutation CreateSubGoal($input: CreatePlanSubGoalInput!) { createPlanSubGoal(input: $input) { subGoal { id title version } ${Errors} } }`,
);
export const CreateActivity = graphql(
  `mutation CreateActivity($input: CreatePlanActivityInput!) { createPlanActivity(input: $input) { activity { ...ActivityFieldsForTests } ${Errors} } }`,
  [ActivityFields],
);
export const UpdateActivity = graphql(
  `mutation UpdateActivity($input: UpdatePlanActivityInput!) { updatePlanActivity(input: $input) { activity { ...ActivityFieldsForTests } ${Errors} } }`,
  [ActivityFields],
);
export const ActivityFromDecision = graphql(
  `mutation ActivityFromDecision($input: CreateActivityFromDecisionInput!) { createActivityFromDecision(input: $input) { activity { ...ActivityFieldsForTests } ${Errors} } }`,
  [ActivityFields],
);
export const RecordUpdate = graphql(
  `mutation RecordUpdate($input: RecordActivityUpdateInput!) { recordActivityUpdate(input: $input) { activity { ...ActivityFieldsForTests } ${Errors} } }`,
  [ActivityFields],
);
export const ReadPlan = graphql(
  `
    query ReadPlan($slug: String!, $year: Int!) {
      arena(slug: $slug) {
        plan(year: $year) {
          ...PlanFieldsForTests
        }
      }
    }
  `,
  [PlanFields],
);

export type CreateActivityInput = VariablesOf<typeof CreateActivity>["input"];

export const thisYear = () => new Date().getUTCFullYear();

/** Länsledning Välfärd's action plan for this year, drafted by the coordinator. */
export async function draftPlan(client: ClientFactory, year = thisYear()) {
  const coordinator = await client().signInAs(demo.coordinator);
  const arena = await arenaOf(coordinator);
  const s = await structureOf(coordinator);
  const { createPlan } = await coordinator.ok(CreatePlan, {
    input: { arenaId: arena.id, year, kind: "ACTION_PLAN", bodyId: s.body("lansledning-valfard"), title: "Handlingsplan Välfärd" },
  });
  must(createPlan, "createPlan");
  const goal = (n: number) => arena.goals.find((g) => g.number === n)!.id;
  return { coordinator, arena, s, plan: createPlan.plan!, goal };
}

const DecideForPlans = graphql(`
  mutation DecideForPlans($input: RecordMatterDecisionInput!) {
    recordMatterDecision(input: $input) {
      decision {
        id
      }
      errors {
        code
      }
    }
  }
`);

/** Puts a placed matter on a meeting of Länsledning held yesterday, and has a member decide it today. */
export async function decidedByLansledning(
  client: ClientFactory,
  coordinator: ApiClient,
  matterId: string,
  outcome: "APPROVED" | "REJECTED" = "APPROVED",
) {
  const s = await structureOf(coordinator);
  const meeting = await bookedMeeting(coordinator, s.body("lansledning-valfard"), -1);
  const r = await coordinator.ok(AddAgendaItem, { input: { meetingId: meeting.id, version: meeting.version, matterId } });
  must(r.addAgendaItem, "addAgendaItem");
  const member = await client().signInAs(demo.bodyMember);
  const decidedOn = new Date().toISOString().slice(0, 10);
  const d = await member.ok(DecideForPlans, { input: { matterId, outcome, text: "Beslutas enligt förslaget.", decidedOn } });
  return must(d.recordMatterDecision, "recordMatterDecision").decision!;
}
