import { graphql } from "../../graphql";

/** A meeting as lists show it: when, where, the notice, and its agenda's headings. */
export const MeetingSummaryFragment = graphql(`
  fragment MeetingSummary_meeting on Meeting {
    id
    startsAt
    place
    noticeSentAt
    minutesPublishedAt
    cancelledAt
    agenda {
      id
      number
      title
    }
  }
`);

/** A decision as the body page lists it. */
export const DecisionItemFragment = graphql(`
  fragment DecisionItem_decision on MatterDecision {
    id
    outcome
    text
    decidedOn
    onBehalfOfBody
    matterNumber
    matterTitle
    assignments {
      id
      description
      dueOn
      assigneeBody {
        id
        name
      }
      assigneeOrganisation {
        id
        name
      }
    }
  }
`);
