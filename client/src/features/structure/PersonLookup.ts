import { useClient } from "urql";
import { graphql } from "../../graphql";

const PersonByEmailQuery = graphql(`
  query PersonByEmail($slug: String!, $email: String!) {
    arena(slug: $slug) {
      id
      personByEmail(email: $email) {
        id
        name
        roles {
          id
          role
          arena {
            id
          }
        }
      }
    }
  }
`);

/** Finds an account by its exact email (the arena's staff only); null when there is none, undefined when the request failed. */
export function usePersonLookup(slug: string) {
  const client = useClient();
  return async (email: string) => {
    const r = await client.query(PersonByEmailQuery, { slug, email }, { requestPolicy: "network-only" }).toPromise();
    if (r.error || !r.data) return undefined;
    return r.data.arena?.personByEmail ?? null;
  };
}
