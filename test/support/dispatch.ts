import { type ApiClient, demo } from "./client.js";
import { graphql } from "./graphql.js";
import { openedMatter } from "./matters.js";
import { AddAgendaItem, bookedMeeting, placedMatter, structureOf } from "./meetings.js";

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

const Decide = graphql(`
  mutation DecideForDispatch($input: RecordMatterDecisionInput!) {
    recordMatterDecision(input: $input) {
      decision {
        id
      }
      errors {
        code
      }
    }
  }
`);

const WriteMinutes = graphql(`
  mutation WriteMinutesForDispatch($input: WriteMinutesInput!) {
    writeMinutes(input: $input) {
      meeting {
        id
        version
      }
      errors {
        code
      }
    }
  }
`);

const PublishMinutes = graphql(`
  mutation PublishMinutesForDispatch($input: MeetingVersionInput!) {
    publishMinutes(input: $input) {
      errors {
        code
      }
    }
  }
`);

export const DECISION_TEXT = "Länsledning Välfärd rekommenderar parterna att införa SIP-lots.";

/**
 * A matter the kansli opened, placed at Länsledning Välfärd, put on the agenda of its meeting
 * yesterday, approved there by a member (Lars Ledamot), and the minutes published (so the
 * decision is public). Returns the decision's id and day.
 */
export async function decidedMatter(client: () => ApiClient, input: Parameters<typeof openedMatter>[1] = {}) {
  const opened = await openedMatter(client, input);
  const { coordinator } = opened;
  const s = await structureOf(coordinator);
  const lans = s.body("lansledning-valfard");
  await placedMatter(coordinator, opened.matter.id, lans);
  const meeting = await bookedMeeting(coordinator, lans, -1);
  const added = await coordinator.ok(AddAgendaItem, {
    input: { meetingId: meeting.id, version: meeting.version, matterId: opened.matter.id },
  });
  if (!added.addAgendaItem.meeting) throw new Error(JSON.stringify(added.addAgendaItem.errors));
  const decidedOn = meeting.startsAt.slice(0, 10);
  const member = await client().signInAs(demo.bodyMember);
  const decided = await member.ok(Decide, {
    input: { matterId: opened.matter.id, outcome: "APPROVED", text: DECISION_TEXT, decidedOn },
  });
  if (!decided.recordMatterDecision.decision) throw new Error(JSON.stringify(decided.recordMatterDecision.errors));
  const item = added.addAgendaItem.meeting.agenda.at(-1)!;
  const minuted = await member.ok(WriteMinutes, { input: { agendaItemId: item.id, minutes: DECISION_TEXT } });
  if (!minuted.writeMinutes.meeting) throw new Error(JSON.stringify(minuted.writeMinutes.errors));
  const published = await coordinator.ok(PublishMinutes, {
    input: { id: minuted.writeMinutes.meeting.id, version: minuted.writeMinutes.meeting.version },
  });
  if (published.publishMinutes.errors.length > 0) throw new Error(JSON.stringify(published.publishMinutes.errors));
  return { ...opened, decisionId: decided.recordMatterDecision.decision.id, decidedOn };
}
