import { useMemo } from "react";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";

export interface GuideCandidate {
  id: string;
  name: string;
}

/** Who can be assigned as a guide: the arena's guidance team, which only its members may list. */
const GuideCandidatesQuery = graphql(`
  query GuideCandidates($slug: String!) {
    arena(slug: $slug) {
      id
      guidanceTeam {
        id
        name
      }
    }
  }
`);

export function useGuideCandidates(arenaSlug: string, extra: readonly GuideCandidate[] = []) {
  const [{ data, fetching, error }] = useQuery({ query: GuideCandidatesQuery, variables: { slug: arenaSlug }, pause: !arenaSlug });
  const candidates = useMemo(() => {
    const byId = new Map<string, GuideCandidate>();
    for (const g of data?.arena?.guidanceTeam ?? []) byId.set(g.id, { id: g.id, name: g.name });
    for (const g of extra) byId.set(g.id, g);
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, "sv"));
  }, [data, extra]);
  return { candidates, fetching: fetching && !data, error };
}
