import { and, eq } from "drizzle-orm";
import { fromGlobalId, toGlobalId } from "../../server/graphql/relay.js";
import { moveMatter } from "../../server/modules/matters/matters.lifecycle.js";
import { matterDecisions, matters } from "../../server/modules/matters/matters.tables.js";
import type { MatterStage } from "../../server/modules/matters/matters.vocabulary.js";
import { bodies } from "../../server/modules/partnership/partnership.tables.js";
import type { ApiClient } from "./client.js";
import { testDatabase } from "./database.js";
import { graphql } from "./graphql.js";
import { openedMatter } from "./matters.js";

/**
 * Builders for dispatching decisions (issue 12): the parties' contact persons through the API as
 * the kansli keeps them, and a matter decided by Länsledning Välfärd.
 */

export const Parties = graphql(`
  query PartiesForDispatch($slug: String!) {
    arena(slug: $slug) {
      id
      organisations {
        id
        name
        isParty
        contactEmail
      }
    }
  }
`);

const SetContact = graphql(`
  mutation SetPartyContact($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      errors {
        code
      }
    }
  }
`);

/** A fictional registry address on a reserved domain, e.g. registrator@bollnas-kommun.example. */
export const registryOf = (name: string) =>
  `registrator@${name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")}.example`;

/** Gives every party of the arena a contact person, as the kansli does in the structure; returns the parties by name. */
export async function partiesWithContacts(coordinator: ApiClient, slug = "gavleborg") {
  const { arena } = await coordinator.ok(Parties, { slug });
  const parties = arena!.organisations.filter((o) => o.isParty);
  for (const p of parties) {
    const r = await coordinator.ok(SetContact, {
      input: { id: p.id, contactName: `Registrator ${p.name}`, contactEmail: registryOf(p.name) },
    });
    if (r.updateOrganisation.errors.length > 0) throw new Error(JSON.stringify(r.updateOrganisation.errors));
  }
  return parties;
}

/**
 * A matter the kansli opened and Länsledning Välfärd approved on 2027-03-12. The decision is
 * written along the matter's one path (moveMatter), as the meetings' part and the seed record it.
 */
export async function decidedMatter(client: () => ApiClient, input: Parameters<typeof openedMatter>[1] = {}) {
  const opened = await openedMatter(client, input);
  const { db } = await testDatabase();
  const matterId = fromGlobalId(opened.matter.id, "Matter")!.id;
  const decisionId = await db.transaction(async (tx) => {
    let [row] = await tx.select().from(matters).where(eq(matters.id, matterId));
    const [lans] = await tx
      .select()
      .from(bodies)
      .where(and(eq(bodies.arenaId, row!.arenaId), eq(bodies.key, "lansledning-valfard")));
    for (const to of ["in_preparation", "placed", "on_agenda", "decided"] satisfies MatterStage[])
      row = await moveMatter(tx, row!, to, { actorId: null, bodyId: lans!.id, date: "2027-03-12" });
    const [d] = await tx
      .insert(matterDecisions)
      .values({
        matterId,
        bodyId: lans!.id,
        outcome: "approved",
        text: "Länsledning Välfärd rekommenderar parterna att införa SIP-lots.",
        decidedOn: "2027-03-12",
        onBehalfOfBody: true,
      })
      .returning();
    return d!.id;
  });
  return { ...opened, decisionId: toGlobalId("MatterDecision", decisionId) };
}
