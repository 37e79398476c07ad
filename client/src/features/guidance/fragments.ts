import { graphql } from "../../graphql";

// The guidance panel's fragments, apart from their components: the edit forms (GuidanceEdits.tsx)
// refetch them, and the components render those forms, so keeping them here avoids an import cycle.

export const NextStepFragment = graphql(`
  fragment NextStep_step on NextStep {
    id
    title
    ownerLabel
    owner {
      id
      name
    }
    dueOn
    done
    doneAt
    overdue
  }
`);

export const NextStepListFragment = graphql(
  `
    fragment NextStepList_idea on Idea {
      id
      nextSteps {
        id
        ...NextStep_step
      }
    }
  `,
  [NextStepFragment],
);

export const SessionListFragment = graphql(`
  fragment SessionList_idea on Idea {
    id
    guidanceSessions {
      id
      heldOn
      participants
      sharedNotes
      internalNotes
      advice
      recordedBy {
        id
        name
      }
    }
  }
`);

export const SupportPlanFragment = graphql(`
  fragment SupportPlan_idea on Idea {
    id
    supportPlan {
      id
      kind
      status
      notes
    }
  }
`);
