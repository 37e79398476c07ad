import { useClient } from "urql";
import { lastArena } from "../../app/lastArena";
import { graphql } from "../../graphql";

const ArenaSlugsQuery = graphql(`
  query ArenaSlugs {
    arenas {
      id
      slug
    }
  }
`);

/**
 * Where to go after signing in or registering: the start page of the arena last visited,
 * else of the first arena. Asked at that moment (usually answered from the cache), so that
 * a fast sign-in does not race the list of arenas.
 */
export function useAfterSignInPath(): () => Promise<string> {
  const client = useClient();
  return async () => {
    const result = await client.query(ArenaSlugsQuery, {}).toPromise();
    const slugs = result.data?.arenas.map((a) => a.slug) ?? [];
    const last = lastArena();
    const slug = last && (slugs.length === 0 || slugs.includes(last)) ? last : slugs[0];
    return slug ? `/a/${slug}` : "/";
  };
}
