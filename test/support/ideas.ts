import { randomUUID } from "node:crypto";
import type { ApiClient } from "./client.js";
import { graphql } from "./graphql.js";

/** Small builders for ideas, through the API as a bearer would. */
export const CreateIdea = graphql(`
  mutation CreateIdea($input: CreateIdeaInput!) {
    createIdea(input: $input) {
      idea {
        id
        version
        stage
        title
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
/** An idea's timeline as anyone reads it: what happened, the stage it led to, what it concerned. */
export const IdeaTimeline = graphql(`
  query IdeaTimeline($id: ID!) {
    idea(id: $id) {
      id
      timeline {
        kind
        toStage
        about
      }
    }
  }
`);

export const UpdateIdea = graphql(`
  mutation UpdateIdea($input: UpdateIdeaInput!) {
    updateIdea(input: $input) {
      idea {
        id
        version
        title
        summary
      }
      conflict {
        changedFields
        current {
          id
          version
          title
          summary
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
export const SubmitIdea = graphql(`
  mutation SubmitIdea($input: SubmitIdeaInput!) {
    submitIdea(input: $input) {
      idea {
        id
        version
        stage
        submittedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const ArenaIds = graphql(`
  query ArenaIdsForIdeas {
    arenas {
      id
      slug
      strategies {
        areas {
          goals {
            id
            number
          }
        }
      }
      organisations {
        id
        name
      }
    }
  }
`);

export const complete = {
  title: "Förebyggande hembesök för äldre",
  summary: "Hembesök hos äldres hushåll för att förebygga fall och ensamhet.",
  need: "Många äldre bor ensamma och söker hjälp först när något har hänt.",
  solution: "Frivilliga och kommunens personal gör gemensamma hembesök.",
};

export async function arenaOf(c: ApiClient, slug = "gavleborg") {
  const { arenas } = await c.ok(ArenaIds);
  const a = arenas.find((x) => x.slug === slug)!;
  return { id: a.id, goals: a.strategies.flatMap((s) => s.areas.flatMap((ar) => ar.goals)), organisations: a.organisations };
}

export async function draftIdea(c: ApiClient, fields: Record<string, unknown> = {}, slug = "gavleborg") {
  const arena = await arenaOf(c, slug);
  const { createIdea } = await c.ok(CreateIdea, { input: { arenaId: arena.id, clientKey: randomUUID(), ...complete, ...fields } });
  if (createIdea.errors.length > 0) throw new Error(JSON.stringify(createIdea.errors));
  return createIdea.idea!;
}

export async function submittedIdea(c: ApiClient, fields: Record<string, unknown> = {}, slug = "gavleborg") {
  const draft = await draftIdea(c, fields, slug);
  const { submitIdea } = await c.ok(SubmitIdea, { input: { id: draft.id, acceptPublicNotice: true } });
  if (submitIdea.errors.length > 0) throw new Error(JSON.stringify(submitIdea.errors));
  return submitIdea.idea!;
}
