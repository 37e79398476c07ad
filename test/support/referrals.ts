import type { ApiClient } from "./client.js";
import { graphql } from "./graphql.js";
import { arenaOf } from "./ideas.js";

/** Documents and small builders for the support-system registry and referrals, through the API. */
export const SupportActors = graphql(`
  query SupportActors($arenaId: ID!, $kind: SupportActorKind, $phase: SupportPhase, $search: String, $first: Int, $after: String) {
    supportActors(arenaId: $arenaId, kind: $kind, phase: $phase, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          key
          name
          kind
          phases
          offer
          contact
          email
          website
          viewerCanEdit
          arenas {
            slug
          }
        }
      }
    }
  }
`);

export const ReferIdea = graphql(`
  mutation ReferIdea($input: ReferIdeaInput!) {
    referIdea(input: $input) {
      referral {
        id
        status
        message
        respondBy
        overdue
        sentAt
        actor {
          name
        }
        sentBy {
          name
        }
      }
      idea {
        id
        stage
      }
      confirmationUrl
      errors {
        field
        code
        message
      }
    }
  }
`);

/** The actor with this key among those serving an arena (as the client sees it). */
export async function actorByKey(c: ApiClient, key: string, slug = "gavleborg") {
  const arena = await arenaOf(c, slug);
  const { supportActors } = await c.ok(SupportActors, { arenaId: arena.id, first: 100 });
  const actor = supportActors.edges.map((e) => e.node).find((a) => a.key === key);
  if (!actor) throw new Error(`No support actor ${key} in ${slug}`);
  return actor;
}

/** The token at the end of a referral's personal link. */
export const tokenOf = (url: string) => url.slice(url.lastIndexOf("/referral/") + "/referral/".length);

/** The guide refers an idea to an actor; fails the test on any payload error. Returns the referral and the actor's token. */
export async function referred(
  guide: ApiClient,
  ideaId: string,
  actorId: string,
  message = "Idén behöver hjälp med affärsmodell och finansiering.",
) {
  const { referIdea } = await guide.ok(ReferIdea, { input: { ideaId, actorId, message } });
  if (referIdea.errors.length > 0) throw new Error(JSON.stringify(referIdea.errors));
  return { referral: referIdea.referral!, url: referIdea.confirmationUrl!, token: tokenOf(referIdea.confirmationUrl!) };
}
