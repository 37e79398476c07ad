import { graphql } from "../../graphql";

/** The arena's registry, for the list and as the head of each indicator's pages. */
export const IndicatorRegistryQuery = graphql(`
  query IndicatorRegistry($slug: String!) {
    arena(slug: $slug) {
      id
      name
      region
      countyCode
      organisations {
        id
        name
        municipalityCode
      }
      indicators {
        id
        key
        title
        description
        unit
        direction
        source
        sourceRef
        skrNumber
        series {
          id
          name
          sender
          dataKind
          validatedQuestions
          population
          sampling
          responseRate
          weighted
          notes
          version
          warnings
        }
      }
    }
  }
`);
