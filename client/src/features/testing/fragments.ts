import { graphql } from "../../graphql";

/*
 * The fragments of the testing UI live together here, because the forms' mutations select the
 * cycle card's fragment (so that the card updates from the payload) while the card renders the
 * forms: kept in the components, they would import each other.
 */

/** What the plan form edits. */
export const PlanFormFragment = graphql(`
  fragment PlanForm_cycle on TestCycle {
    id
    version
    status
    hypothesis
    aim
    site
    hostOrganisation
    targetGroup
    plannedParticipants
    startsOn
    endsOn
    municipalities {
      id
      name
    }
    measures {
      id
      name
      unit
      baseline
      target
      direction
      measurements {
        id
      }
    }
  }
`);

/** One measure with its measurements and its result against the target. */
export const MeasureFragment = graphql(`
  fragment CycleMeasure_measure on CycleMeasure {
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
`);

/** Everything a cycle card shows. */
export const CycleCardFragment = graphql(
  `
    fragment CycleCard_cycle on TestCycle {
      id
      number
      status
      version
      hypothesis
      aim
      site
      hostOrganisation
      targetGroup
      plannedParticipants
      startsOn
      endsOn
      startedAt
      participantsReached
      observations
      studiedAt
      decision
      decisionRationale
      learnings
      bearerAgreement
      decidedAt
      decidedBy {
        id
        name
      }
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
        ...CycleMeasure_measure
      }
      ...PlanForm_cycle
    }
  `,
  [MeasureFragment, PlanFormFragment],
);

/** What the section shows of an idea; the idea page asks for it in its own query, so that the section renders with the page. */
export const TestCyclesSectionFragment = graphql(
  `
    fragment TestCyclesSection_idea on Idea @_unmask {
      id
      stage
      viewerCanPlanTestCycle
      arena {
        id
        organisations {
          id
          name
          kind
        }
      }
      testCycles {
        id
        number
        status
        ...CycleCard_cycle
      }
    }
  `,
  [CycleCardFragment],
);
