import { useQuery } from "../../ui/useQuery";
import { graphql, type ResultOf } from "../../graphql";

const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      roles {
        id
        role
        arena {
          id
          slug
        }
      }
    }
  }
`);

export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>["me"]>;
export type RoleName = NonNullable<Viewer["roles"]>[number]["role"];

/** The signed-in person (or null), from the cache when the header has already asked. */
export function useViewer() {
  const [{ data, fetching }] = useQuery({ query: ViewerQuery });
  return { viewer: data?.me ?? null, fetching };
}

export function hasArenaRole(viewer: Viewer | null, arenaSlug: string, roles: readonly RoleName[]): boolean {
  return (viewer?.roles ?? []).some((g) => g.arena.slug === arenaSlug && roles.includes(g.role));
}
