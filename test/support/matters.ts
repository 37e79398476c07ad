import { type ApiClient, demo } from "./client.js";
import { type VariablesOf, graphql } from "./graphql.js";
import { arenaOf } from "./ideas.js";

/**
 * Documents and builders for matters (issue 12), through the API as the kansli and the
 * beredning would. Typical use:
 *
 *   const m = await placedMatter(client, { origin: { kind: "IDEA", id: idea.id } });
 *   m.matter.id, m.coordinator, m.preparer
 */

type ClientFactory = () => ApiClient;

export const MatterFields = graphql(`
  fragment MatterFieldsForTests on Matter @_unmask {
    id
    number
    kind
    stage
    title
    summary
    background
    proposedDecision
    consequences
    consequencesOfNothing
    effortAndEffect
    preparationNotes
    version
    overdue
    body {
      id
      key
      name
    }
    preparer {
      id
      name
    }
    links {
      kind
      isOrigin
      idea {
        id
      }
    }
    attachments {
      id
      fileName
      mediaType
      byteSize
      url
    }
    viewerCan {
      assignPreparer
      prepare
      place
      return
      withdraw
    }
  }
`);

export const CreateMatter = graphql(
  `
    mutation CreateMatter($input: CreateMatterInput!) {
      createMatter(input: $input) {
        matter {
          ...MatterFieldsForTests
        }
        errors {
          field
          code
          message
        }
      }
    }
  `,
  [MatterFields],
);

export const MatterByNumber = graphql(
  `
    query MatterByNumber($slug: String!, $number: Int!) {
      matter(arenaSlug: $slug, number: $number) {
        ...MatterFieldsForTests
        timeline {
          kind
          label
          actorName
          reason
        }
      }
    }
  `,
  [MatterFields],
);

export const BodyIds = graphql(`
  query BodyIdsForMatters($slug: String!) {
    arena(slug: $slug) {
      id
      bodies {
        id
        key
      }
    }
  }
`);

export const MeForMatters = graphql(`
  query MeForMatters {
    me {
      id
    }
  }
`);

export type CreateMatterInput = VariablesOf<typeof CreateMatter>["input"];

export function must<T extends { errors: { code: string }[] }>(payload: T, what: string): T {
  if (payload.errors.length > 0) throw new Error(`${what}: ${JSON.stringify(payload.errors)}`);
  return payload;
}

/** The id of a body of an arena by its key (e.g. lansledning-valfard). */
export async function bodyId(c: ApiClient, key: string, slug = "gavleborg"): Promise<string> {
  const { arena } = await c.ok(BodyIds, { slug });
  const b = arena!.bodies.find((x) => x.key === key);
  if (!b) throw new Error(`No body ${key} in ${slug}`);
  return b.id;
}

/** A matter the kansli opened in Gävleborg (from scratch unless an origin is given). */
export async function openedMatter(client: ClientFactory, input: Partial<Omit<CreateMatterInput, "arenaId">> = {}) {
  const coordinator = await client().signInAs(demo.coordinator);
  const arena = await arenaOf(coordinator);
  const { createMatter } = await coordinator.ok(CreateMatter, {
    input: { arenaId: arena.id, kind: "PROPOSAL", title: "Spridning av SIP-lots", ...input },
  });
  must(createMatter, "createMatter");
  return { coordinator, arena, matter: createMatter.matter! };
}
