import { graphql } from "../../graphql";

/** What the ladder shows of an idea; mutations that change it select it too, so the cache updates in place. */
export const ScaleLadderFragment = graphql(`
  fragment ScaleLadder_idea on Idea {
    id
    stage
    viewerCanRecordScaling
    scaleStep {
      step
      title
      evidence
      cycleNumber
      recordedAt
    }
    scaleSteps {
      step
      title
      evidence
      cycleNumber
      recordedAt
      recordedByName
    }
  }
`);

export const AdoptionsFragment = graphql(`
  fragment Adoptions_idea on Idea {
    id
    viewerCanRecordScaling
    adoptions {
      municipality {
        id
        name
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
`);

/** What the panel shows of an idea; the idea page asks for it in its own query, so that the panel renders with the page. */
export const ScalingPanelFragment = graphql(
  `
    fragment ScalingPanel_idea on Idea @_unmask {
      id
      ...ScaleLadder_idea
      ...Adoptions_idea
      adoptionSummary {
        planned
        testing
        adopted
        declined
      }
    }
  `,
  [ScaleLadderFragment, AdoptionsFragment],
);

/** The ladder's steps, asked for by the idea page's query alongside the idea. */
export const ScalingPanelFrameworksFragment = graphql(`
  fragment ScalingPanel_frameworks on Frameworks @_unmask {
    scaleUpLadder {
      step
      title
      description
    }
  }
`);
