import { eq } from "drizzle-orm";
import { moveMatter } from "../../server/modules/matters/matters.lifecycle.js";
import { matters } from "../../server/modules/matters/matters.tables.js";
import { testDatabase } from "./database.js";
import { type ResultOf, graphql } from "./graphql.js";
import { type ApiClient, newPerson } from "./client.js";
import { registered } from "./discussion.js";

const MeetingFields = graphql(`
  fragment MeetingFieldsForTests on Meeting @_unmask {
    id
    version
    startsAt
    place
    link
    noticeSentAt
    minutesPublishedAt
    cancelledAt
    viewerMayManage
    viewerMayWriteMinutes
    body {
      key
      name
    }
    agenda {
      id
      number
      title
      minutes
    }
  }
`);

export type MeetingForTests = ResultOf<typeof MeetingFields>;

export const CreateMeeting = graphql(
  `
    mutation CreateMeeting($input: CreateMeetingInput!) {
      createMeeting(input: $input) {
        meeting {
          ...MeetingFieldsForTests
        }
        errors {
          field
          code
          message
        }
      }
    }
  `,
  [MeetingFields],
);

export const AddAgendaItem = graphql(
  `
    mutation AddAgendaItem($input: AddAgendaItemInput!) {
      addAgendaItem(input: $input) {
        meeting {
          ...MeetingFieldsForTests
        }
        errors {
          field
          code
        }
      }
    }
  `,
  [MeetingFields],
);

export const SendNotice = graphql(
  `
    mutation SendNotice($input: MeetingVersionInput!) {
      sendMeetingNotice(input: $input) {
        meeting {
          ...MeetingFieldsForTests
        }
        errors {
          field
          code
          message
        }
      }
    }
  `,
  [MeetingFields],
);

export const ReadMeeting = graphql(
  `
    query ReadMeeting($id: ID!) {
      meeting(id: $id) {
        ...MeetingFieldsForTests
      }
    }
  `,
  [MeetingFields],
);

const ArenaBodies = graphql(`
  query ArenaBodies($slug: String!) {
    arena(slug: $slug) {
      id
      bodies {
        id
        key
      }
      organisations {
        id
        key
        isParty
      }
    }
  }
`);

/** The arena's bodies and organisations by key. */
export async function structureOf(c: ApiClient, slug = "gavleborg") {
  const { arena } = await c.ok(ArenaBodies, { slug });
  const body = (key: string) => {
    const b = arena!.bodies.find((x) => x.key === key);
    if (!b) throw new Error(`No body ${key}`);
    return b.id;
  };
  const organisation = (key: string) => arena!.organisations.find((o) => o.key === key)!.id;
  return { arenaId: arena!.id, body, organisation };
}

const Seat = graphql(`
  mutation Seat($input: AddBodyMemberInput!) {
    addBodyMember(input: $input) {
      errors {
        code
      }
    }
  }
`);

/** A new person, seated in a body by the coordinator; returns them signed in on `as`. */
export async function seatedPerson(coordinator: ApiClient, as: ApiClient, bodyId: string) {
  const person = await registered(as, newPerson());
  const r = await coordinator.ok(Seat, { input: { bodyId, userId: person.id, role: "MEMBER" } });
  if (r.addBodyMember.errors.length > 0) throw new Error(JSON.stringify(r.addBodyMember.errors));
  return person;
}

/** A meeting of the body, booked by the kansli `days` from now at 13:00 UTC. */
export async function bookedMeeting(kansli: ApiClient, bodyId: string, days = 14, place = "Regionhuset, Gävle") {
  const startsAt = new Date(Date.now() + days * 86_400_000);
  startsAt.setUTCHours(12, 0, 0, 0);
  const r = await kansli.ok(CreateMeeting, { input: { bodyId, startsAt: startsAt.toISOString(), place } });
  if (!r.createMeeting.meeting) throw new Error(JSON.stringify(r.createMeeting.errors));
  return r.createMeeting.meeting;
}

/** Adds free items with these headings; returns the meeting as it then is. */
export async function withFreeItems(kansli: ApiClient, meeting: MeetingForTests, titles: string[]) {
  let m = meeting;
  for (const title of titles) {
    const r = await kansli.ok(AddAgendaItem, { input: { meetingId: m.id, version: m.version, title } });
    if (!r.addAgendaItem.meeting) throw new Error(JSON.stringify(r.addAgendaItem.errors));
    m = r.addAgendaItem.meeting;
  }
  return m;
}

const MatterStage = graphql(`
  query MatterStageForMeetings($id: ID!) {
    node(id: $id) {
      ... on Matter {
        id
        number
        stage
        version
        title
      }
    }
  }
`);

/**
 * A matter the kansli opened, taken along the matters' own path (moveMatter) to placed at the
 * body: the preparation steps belong to the matters' API, and this file tests what follows them.
 */
export async function placedMatter(coordinator: ApiClient, matterId: string, bodyId: string) {
  const db = (await testDatabase()).db;
  const raw = (id: string) => Buffer.from(id, "base64url").toString("utf8").split(":")[1]!;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(matters)
      .where(eq(matters.id, raw(matterId)));
    const prepared = await moveMatter(tx, row!, "in_preparation", { actorId: null });
    await moveMatter(tx, prepared, "placed", { actorId: null, bodyId: raw(bodyId) });
  });
  return (await coordinator.ok(MatterStage, { id: matterId })).node as {
    id: string;
    number: number;
    stage: string;
    version: number;
    title: string;
  };
}

export async function matterStage(c: ApiClient, matterId: string) {
  return (await c.ok(MatterStage, { id: matterId })).node as { stage: string; version: number } | null;
}
