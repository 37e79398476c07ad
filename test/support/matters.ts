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

const Errors = `errors { field code message }`;

export const AssignPreparer = graphql(
  `
    mutation AssignPreparer($input: AssignPreparerInput!) {
      assignMatterPreparer(input: $input) { matter { ...MatterFieldsForTests } ${Errors} }
    }
  `,
  [MatterFields],
);

export const UpdateMatterBasis = graphql(
  `
    mutation UpdateMatterBasis($input: UpdateMatterBasisInput!) {
      updateMatterBasis(input: $input) { matter { ...MatterFieldsForTests } ${Errors} }
    }
  `,
  [MatterFields],
);

export const PlaceMatter = graphql(
  `
    mutation PlaceMatter($input: PlaceMatterInput!) {
      placeMatter(input: $input) { matter { ...MatterFieldsForTests } ${Errors} }
    }
  `,
  [MatterFields],
);

export const ReturnMatter = graphql(
  `
    mutation ReturnMatter($input: MatterReasonInput!) {
      returnMatter(input: $input) { matter { ...MatterFieldsForTests } ${Errors} }
    }
  `,
  [MatterFields],
);

export const WithdrawMatter = graphql(
  `
    mutation WithdrawMatter($input: MatterReasonInput!) {
      withdrawMatter(input: $input) { matter { ...MatterFieldsForTests } ${Errors} }
    }
  `,
  [MatterFields],
);

export const LinkToMatter = graphql(
  `
    mutation LinkToMatter($input: LinkToMatterInput!) {
      linkToMatter(input: $input) { matter { ...MatterFieldsForTests } ${Errors} }
    }
  `,
  [MatterFields],
);

export const RemoveMatterAttachment = graphql(
  `
    mutation RemoveMatterAttachment($id: ID!) {
      removeMatterAttachment(id: $id) { matter { ...MatterFieldsForTests } ${Errors} }
    }
  `,
  [MatterFields],
);

/** Uploads a file to a matter as the browser does: the body is the file, its name in X-File-Name. */
export async function uploadAttachment(c: ApiClient, matterId: string, fileName: string, mediaType: string, content: Uint8Array) {
  const res = await fetch(`${c.url}/files/matters/${encodeURIComponent(matterId)}/attachments`, {
    method: "POST",
    headers: {
      "content-type": mediaType,
      "x-file-name": encodeURIComponent(fileName),
      "x-arena-upload": "1",
      "accept-language": c.locale,
      ...(c.cookie ? { cookie: c.cookie } : {}),
    },
    body: content,
  });
  const body = (await res.json()) as {
    attachment: { id: string; url: string; fileName: string } | null;
    errors: { code: string; message: string }[];
  };
  return { status: res.status, ...body };
}

/** A small valid PDF's first bytes. */
export const pdfBytes = (size = 2048) => {
  const b = new Uint8Array(size);
  b.set(new TextEncoder().encode("%PDF-1.7\n"));
  return b;
};

/** The preparer's user id (the demo member of Gävleborg's beredningsorgan). */
export async function preparerOf(client: ClientFactory) {
  const preparer = await client().signInAs(demo.preparer);
  const { me } = await preparer.ok(MeForMatters);
  return { preparer, preparerId: me!.id };
}

/** A matter the kansli opened and gave to the demo preparer, who placed it at a body (Länsledning Välfärd by default). */
export async function placedMatter(
  client: ClientFactory,
  input: Partial<Omit<CreateMatterInput, "arenaId">> = {},
  bodyKey = "lansledning-valfard",
) {
  const opened = await openedMatter(client, input);
  const { preparer, preparerId } = await preparerOf(client);
  must((await opened.coordinator.ok(AssignPreparer, { input: { matterId: opened.matter.id, preparerId } })).assignMatterPreparer, "assign");
  const { placeMatter } = await preparer.ok(PlaceMatter, {
    input: { matterId: opened.matter.id, bodyId: await bodyId(preparer, bodyKey) },
  });
  must(placeMatter, "place");
  return { ...opened, preparer, preparerId, matter: placeMatter.matter! };
}
