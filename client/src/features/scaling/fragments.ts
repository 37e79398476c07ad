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
