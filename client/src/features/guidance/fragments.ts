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

export const GuideListFragment = graphql(`
  fragment GuideList_idea on Idea {
    id
    arena {
      id
      slug
    }
    guides {
      id
      name
    }
  }
`);

export const QuestionListFragment = graphql(`
  fragment QuestionList_idea on Idea {
    id
    questions {
      id
      question
      askedAt
      answer
      answeredAt
    }
  }
`);

export const ReferralFragment = graphql(`
  fragment Referral_referral on Referral {
    id
    status
    message
    sentAt
    receivedAt
    respondBy
    outcomeAt
    outcomeNote
    overdue
    sentBy {
      id
      name
    }
    actor {
      id
      name
      kind
    }
  }
`);

export const ReferralListFragment = graphql(
  `
    fragment ReferralList_idea on Idea {
      id
      referrals {
        id
        ...Referral_referral
      }
    }
  `,
  [ReferralFragment],
);

/** What the panel shows of an idea; the idea page asks for it in its own query, so that the panel renders with the page. */
export const GuidancePanelFragment = graphql(
  `
    fragment GuidancePanel_idea on Idea @_unmask {
      id
      stage
      viewerIsBearer
      arena {
        id
        slug
      }
      guides {
        id
      }
      mergedInto {
        id
        title
        arena {
          id
          slug
        }
      }
      ...GuideList_idea
      ...QuestionList_idea
      ...SessionList_idea
      ...NextStepList_idea
      ...SupportPlan_idea
      ...ReferralList_idea
    }
  `,
  [GuideListFragment, QuestionListFragment, SessionListFragment, NextStepListFragment, SupportPlanFragment, ReferralListFragment],
);
