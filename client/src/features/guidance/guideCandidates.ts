import { useMemo } from "react";
import { useQuery } from "urql";
import { graphql } from "../../graphql";
import { hasArenaRole, useViewer } from "../accounts/useViewer";

export interface GuideCandidate {
  id: string;
  name: string;
}

/*
 * Who can be assigned as a guide. The API has no list of an arena's guidance team yet
 * (`users` is for administrators only), so this adapter gathers what a coordinator may see:
 * themselves, and the people already guiding the arena's ideas. When the server offers such
 * a list (e.g. `Arena.guides`), only this file changes.
 */
const GuideCandidatesQuery = graphql(`
  query GuideCandidates($slug: String!) {
    ideas(arena: $slug, first: 100, stages: [GUIDANCE, DEVELOPMENT, TESTING, SCALING, NEEDS_INFO, SUBMITTED, REFERRED]) {
      edges {
        node {
          id
          guides {
            id
            name
          }
        }
      }
    }
  }
`);

export function useGuideCandidates(arenaSlug: string, extra: readonly GuideCandidate[] = []) {
  const { viewer } = useViewer();
  const [{ data, fetching, error }] = useQuery({ query: GuideCandidatesQuery, variables: { slug: arenaSlug }, pause: !arenaSlug });
  const candidates = useMemo(() => {
    const byId = new Map<string, GuideCandidate>();
    if (viewer && hasArenaRole(viewer, arenaSlug, ["GUIDE", "COORDINATOR", "ADMIN"]))
      byId.set(viewer.id, { id: viewer.id, name: viewer.name });
    for (const e of data?.ideas.edges ?? []) for (const g of e.node.guides ?? []) byId.set(g.id, { id: g.id, name: g.name });
    for (const g of extra) byId.set(g.id, g);
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, "sv"));
  }, [data, viewer, arenaSlug, extra]);
  return { candidates, fetching: fetching && !data, error };
}
