import { useQuery } from "urql";
import { graphql } from "../../graphql";
import { lastArena } from "../../app/lastArena";

const ArenaSlugsQuery = graphql(`
  query ArenaSlugs {
    arenas {
      id
      slug
    }
  }
`);

/** Where to go after signing in or registering: the start page of the arena last visited, else the first arena. */
export function useAfterSignInPath(): () => string {
  const [{ data }] = useQuery({ query: ArenaSlugsQuery });
  return () => {
    const slugs = data?.arenas.map((a) => a.slug) ?? [];
    const last = lastArena();
    const slug = last && slugs.includes(last) ? last : (slugs[0] ?? last);
    return slug ? `/a/${slug}` : "/";
  };
}
