import { useClient } from "urql";
import { lastArena } from "../../app/lastArena";
import { graphql } from "../../graphql";
import { useQuery } from "../../ui/useQuery";

const ArenaSlugsQuery = graphql(`
  query ArenaSlugs {
    arenas {
      id
      slug
    }
  }
`);

/** The start page of the arena last visited, else of the first arena, else the landing page. */
function startPath(slugs: readonly string[]): string {
  const last = lastArena();
  const slug = last && (slugs.length === 0 || slugs.includes(last)) ? last : slugs[0];
  return slug ? `/a/${slug}` : "/";
}

/**
 * Where to go after signing in or registering (see startPath). Asked at that moment (usually
 * answered from the cache), so that a fast sign-in does not race the list of arenas.
 */
export function useAfterSignInPath(): () => Promise<string> {
  const client = useClient();
  return async () => {
    const result = await client.query(ArenaSlugsQuery, {}).toPromise();
    return startPath(result.data?.arenas.map((a) => a.slug) ?? []);
  };
}

/** The same start page for a link on a page; null until the list of arenas is known. */
export function useStartPath(): string | null {
  const [{ data }] = useQuery({ query: ArenaSlugsQuery });
  return data ? startPath(data.arenas.map((a) => a.slug)) : null;
}
