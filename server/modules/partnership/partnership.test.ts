import { and, eq } from "drizzle-orm";
import { createClient } from "graphql-ws";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { graphql } from "../../../test/support/graphql.js";
import { events } from "../audit/audit.tables.js";
import { organisations } from "./partnership.tables.js";

const Structure = graphql(`
  query Structure($slug: String!) {
    arena(slug: $slug) {
      id
      name
      countyParts {
        id
        name
        organisations {
          name
        }
      }
      organisations {
        id
        key
        name
        kind
        sector
        isParty
        countyPart {
          name
        }
      }
      bodies {
        id
        key
        name
        kind
        level
        description
        parent {
          id
          name
        }
        children {
          name
        }
        memberships {
          role
          organisation {
            name
          }
          person {
            name
            email
          }
        }
      }
    }
  }
`);
const AllArenas = graphql(`
  query AllArenas {
    arenas {
      id
      slug
      organisations {
        id
        name
        countyPart {
          name
        }
      }
      bodies {
        id
        name
        parent {
          name
        }
        children {
          name
        }
        memberships {
          organisation {
            name
          }
          person {
            name
          }
        }
        countyPart {
          name
        }
      }
      countyParts {
        name
        organisations {
          name
        }
      }
    }
  }
`);
const CreateOrganisation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation {
        id
        key
        name
        kind
        sector
        isParty
        countyPart {
          name
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
const UpdateOrganisation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      organisation {
        id
        name
        countyPart {
          name
        }
        isParty
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const DeleteOrganisation = graphql(`
  mutation DeleteOrganisation($id: ID!) {
    deleteOrganisation(id: $id) {
      deletedId
      errors {
        code
      }
    }
  }
`);
const CreateBody = graphql(`
  mutation CreateBody($input: CreateBodyInput!) {
    createBody(input: $input) {
      body {
        id
        key
        name
        kind
        level
        parent {
          name
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
const UpdateBody = graphql(`
  mutation UpdateBody($input: UpdateBodyInput!) {
    updateBody(input: $input) {
      body {
        id
        name
        parent {
          name
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
const DeleteBody = graphql(`
  mutation DeleteBody($id: ID!) {
    deleteBody(id: $id) {
      deletedId
      errors {
        field
        code
        message
      }
    }
  }
`);
const AddMember = graphql(`
  mutation AddMember($input: AddBodyMemberInput!) {
    addBodyMember(input: $input) {
      membership {
        id
        role
        organisation {
          name
        }
        person {
          name
        }
      }
      body {
        name
        memberships {
          organisation {
            name
          }
          person {
            name
          }
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
const CreateCountyPart = graphql(`
  mutation CreateCountyPart($input: CreateCountyPartInput!) {
    createCountyPart(input: $input) {
      countyPart {
        id
        key
        name
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const DeleteCountyPart = graphql(`
  mutation DeleteCountyPart($id: ID!) {
    deleteCountyPart(id: $id) {
      deletedId
      errors {
        field
        code
      }
    }
  }
`);

const { client, url } = useTestServer();
const structure = async (slug: string, c = client()) => (await c.ok(Structure, { slug })).arena!;

describe("the partnership structure as seeded", () => {
  it("has Gävleborg's 11 parties, 4 county parts and the 3 committees under Länsledning Välfärd", async () => {
    const g = await structure("gavleborg");
    const parties = g.organisations.filter((o) => o.isParty);
    expect(parties.map((o) => o.name).sort()).toEqual(
      [
        "Bollnäs kommun",
        "Gävle kommun",
        "Hofors kommun",
        "Hudiksvalls kommun",
        "Ljusdals kommun",
        "Nordanstigs kommun",
        "Ockelbo kommun",
        "Ovanåkers kommun",
        "Region Gävleborg",
        "Sandvikens kommun",
        "Söderhamns kommun",
      ].sort(),
    );
    expect(g.countyParts.map((c) => c.name).sort()).toEqual(["Gävle", "Norra Hälsingland", "Södra Hälsingland", "Västra Gästrikland"]);
    expect(g.countyParts.flatMap((c) => c.organisations).length).toBe(10); // every municipality in one county part

    const lansledning = g.bodies.find((b) => b.name === "Länsledning Välfärd")!;
    expect(lansledning.kind).toBe("STRATEGIC_LEADERSHIP");
    expect(lansledning.parent?.name).toBe("Nätverk Välfärd");
    const committees = g.bodies.filter((b) => b.kind === "COMMITTEE");
    expect(committees).toHaveLength(3);
    expect(committees.every((c) => c.parent?.id === lansledning.id)).toBe(true);
    expect(committees.map((c) => c.name).join(" ")).toMatch(/barn och unga/i);
    expect(committees.map((c) => c.name).join(" ")).toMatch(/vuxna/i);
    expect(committees.map((c) => c.name).join(" ")).toMatch(/psykisk hälsa/i);
    expect(g.bodies.some((b) => b.kind === "PREPARATION_BODY")).toBe(true);
    expect(g.bodies.some((b) => b.kind === "COORDINATION_OFFICE")).toBe(true);
    expect(g.bodies.filter((b) => b.kind === "COUNTY_PART_STEERING_GROUP")).toHaveLength(4);
    // Top level comes first in the flat list.
    expect(g.bodies[0]!.parent).toBeNull();
  });

  it("has Dalarna's 15 municipalities", async () => {
    const d = await structure("dalarna");
    const municipalities = d.organisations.filter((o) => o.kind === "MUNICIPALITY");
    expect(municipalities).toHaveLength(15);
    for (const name of ["Avesta", "Borlänge", "Falu", "Malung-Sälens", "Älvdalens", "Vansbro"])
      expect(municipalities.some((m) => m.name.startsWith(name))).toBe(true);
  });

  it("speaks the caller's language in descriptions", async () => {
    const sv = await structure("gavleborg", client("sv"));
    const en = await structure("gavleborg", client("en"));
    const i = sv.bodies.findIndex((b) => b.key === "natverk-valfard");
    expect(sv.bodies[i]!.description).not.toEqual(en.bodies[i]!.description);
    expect(sv.name).not.toEqual(en.name);
  });

  it("shows people seated in bodies to signed-in users only, never their email", async () => {
    const anonymous = await structure("gavleborg");
    const seatsAnon = anonymous.bodies.flatMap((b) => b.memberships);
    expect(seatsAnon.length).toBeGreaterThan(0);
    expect(seatsAnon.every((m) => m.person === null && m.organisation !== null)).toBe(true);

    const bearer = await client().signInAs(demo.bearer);
    const seen = await structure("gavleborg", bearer);
    const lars = seen.bodies.flatMap((b) => b.memberships).find((m) => m.person?.name === "Lars Ledamot");
    expect(lars).toBeDefined();
    expect(lars!.person!.email).toBeNull();
  });

  it("reads the whole structure of every arena in a constant number of SQL statements", async () => {
    const c = client();
    const before = await c.request(AllArenas);
    expect(before.errors).toBeUndefined();
    const baseline = before.extensions!.sqlStatements!;
    // Grow the structure: more bodies, organisations and members must not mean more statements.
    const coordinator = await client().signInAs(demo.coordinator);
    const g = await structure("gavleborg");
    for (let i = 0; i < 5; i++) {
      const { createBody } = await coordinator.ok(CreateBody, {
        input: {
          arenaId: g.id,
          name: `Arbetsgrupp ${i}`,
          kind: "WORKING_GROUP",
          level: "OPERATIONAL",
          parentId: g.bodies[0]!.id,
          temporary: true,
        },
      });
      const { createOrganisation } = await coordinator.ok(CreateOrganisation, {
        input: {
          arenaId: g.id,
          name: `Förening ${i}`,
          kind: "CIVIL_SOCIETY_ORGANISATION",
          sector: "CIVIL_SOCIETY",
          isParty: false,
          countyPartId: g.countyParts[0]!.id,
        },
      });
      await coordinator.ok(AddMember, {
        input: { bodyId: createBody.body!.id, organisationId: createOrganisation.organisation!.id, role: "MEMBER" },
      });
    }
    const after = await c.request(AllArenas);
    expect(after.data!.arenas.find((a) => a.slug === "gavleborg")!.bodies.length).toBe(g.bodies.length + 5);
    expect(after.extensions!.sqlStatements).toBe(baseline);
    expect(baseline).toBeLessThanOrEqual(12);
  });
});

const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Arena {
        slug
      }
      ... on Body {
        name
      }
      ... on Organisation {
        name
      }
      ... on CountyPart {
        name
      }
    }
  }
`);

describe("global ids", () => {
  it("refetch arenas, bodies, organisations and county parts through node(id); anything else gives null", async () => {
    const g = await structure("gavleborg");
    const c = client();
    expect((await c.ok(NodeById, { id: g.id })).node).toEqual({ __typename: "Arena", id: g.id, slug: "gavleborg" });
    const body = g.bodies[1]!;
    expect((await c.ok(NodeById, { id: body.id })).node).toEqual({ __typename: "Body", id: body.id, name: body.name });
    const org = g.organisations[0]!;
    expect((await c.ok(NodeById, { id: org.id })).node).toMatchObject({ __typename: "Organisation", name: org.name });
    expect((await c.ok(NodeById, { id: g.countyParts[0]!.id })).node).toMatchObject({ __typename: "CountyPart" });
    for (const junk of [
      "",
      "not-base64!",
      Buffer.from("Body:123").toString("base64url"),
      Buffer.from("Nope:" + "0".repeat(8) + "-0000-0000-0000-" + "0".repeat(12)).toString("base64url"),
    ])
      expect((await c.ok(NodeById, { id: junk })).node).toBeNull();
  });
});

describe("editing the structure", () => {
  it("lets a coordinator add an organisation, validates it, and records the event", async () => {
    const g = await structure("gavleborg");
    const coordinator = await client().signInAs(demo.coordinator);

    const bad = await coordinator.ok(CreateOrganisation, {
      input: { arenaId: g.id, name: " ", kind: "CIVIL_SOCIETY_ORGANISATION", sector: "CIVIL_SOCIETY", isParty: false, key: "Inte OK" },
    });
    expect(bad.createOrganisation.organisation).toBeNull();
    expect(bad.createOrganisation.errors).toEqual(
      expect.arrayContaining([
        { field: "input.name", code: "REQUIRED", message: "Fyll i fältet." },
        expect.objectContaining({ field: "input.key", code: "INVALID_KEY" }),
      ]),
    );

    const { createOrganisation } = await coordinator.ok(CreateOrganisation, {
      input: {
        arenaId: g.id,
        name: "Föreningen Hälsingegården",
        kind: "CIVIL_SOCIETY_ORGANISATION",
        sector: "CIVIL_SOCIETY",
        isParty: false,
        countyPartId: g.countyParts.find((c) => c.name === "Norra Hälsingland")!.id,
      },
    });
    expect(createOrganisation.errors).toEqual([]);
    expect(createOrganisation.organisation).toMatchObject({
      key: "foreningen-halsingegarden",
      name: "Föreningen Hälsingegården",
      isParty: false,
      countyPart: { name: "Norra Hälsingland" },
    });

    const dup = await coordinator.ok(CreateOrganisation, {
      input: { arenaId: g.id, name: "Föreningen Hälsingegården", kind: "OTHER", sector: "CIVIL_SOCIETY", isParty: false },
    });
    expect(dup.createOrganisation.errors[0]!.code).toBe("DUPLICATE");

    const { db } = await testDatabase();
    const [row] = await db.select().from(organisations).where(eq(organisations.name, "Föreningen Hälsingegården"));
    const ev = await db
      .select()
      .from(events)
      .where(and(eq(events.subjectId, row!.id), eq(events.kind, "organisation.created")));
    expect(ev).toHaveLength(1);

    const moved = await coordinator.ok(UpdateOrganisation, {
      input: { id: createOrganisation.organisation!.id, countyPartId: "", isParty: true },
    });
    expect(moved.updateOrganisation.organisation).toMatchObject({ countyPart: null, isParty: true });
    const removed = await coordinator.ok(DeleteOrganisation, { id: createOrganisation.organisation!.id });
    expect(removed.deleteOrganisation.deletedId).toBe(createOrganisation.organisation!.id);
  });

  it("gives a bearer FORBIDDEN for a coordinator mutation and changes nothing", async () => {
    const g = await structure("gavleborg");
    const bearer = await client().signInAs(demo.bearer);
    const r = await bearer.request(CreateOrganisation, {
      input: { arenaId: g.id, name: "Obehörig förening", kind: "OTHER", sector: "CIVIL_SOCIETY", isParty: false },
    });
    expect(r.data?.createOrganisation ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(r.errors?.[0]?.message).toBe("Du har inte behörighet till det här.");
    const anonymous = await client().request(CreateOrganisation, {
      input: { arenaId: g.id, name: "Obehörig förening", kind: "OTHER", sector: "CIVIL_SOCIETY", isParty: false },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const after = await structure("gavleborg");
    expect(after.organisations).toHaveLength(g.organisations.length);
  });

  it("keeps a coordinator to their own arena", async () => {
    const g = await structure("gavleborg");
    const dalarna = await client().signInAs(demo.dalarnaCoordinator);
    const r = await dalarna.request(UpdateBody, { input: { id: g.bodies[0]!.id, name: "Kapat namn" } });
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await structure("gavleborg")).bodies[0]!.name).toBe(g.bodies[0]!.name);

    const d = await structure("dalarna");
    const gavleCoordinator = await client().signInAs(demo.coordinator);
    const cross = await dalarna.ok(CreateBody, {
      input: { arenaId: d.id, name: "Tvärgrupp", kind: "WORKING_GROUP", level: "OPERATIONAL", parentId: g.bodies[0]!.id, temporary: false },
    });
    expect(cross.createBody.errors[0]).toMatchObject({ field: "input.parentId", code: "WRONG_ARENA" });
    expect((await gavleCoordinator.request(DeleteBody, { id: d.bodies[0]!.id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses to put a body under itself or its own sub-body, and to delete a body that has sub-bodies", async () => {
    const g = await structure("gavleborg");
    const admin = await client().signInAs(demo.admin);
    const natverk = g.bodies.find((b) => b.key === "natverk-valfard")!;
    const committee = g.bodies.find((b) => b.kind === "COMMITTEE")!;

    const self = await admin.ok(UpdateBody, { input: { id: natverk.id, parentId: natverk.id } });
    expect(self.updateBody.errors[0]).toMatchObject({ field: "input.parentId", code: "PARENT_CYCLE" });
    const cycle = await admin.ok(UpdateBody, { input: { id: natverk.id, parentId: committee.id } });
    expect(cycle.updateBody.errors[0]).toMatchObject({ code: "PARENT_CYCLE" });
    expect(cycle.updateBody.errors[0]!.message).toMatch(/underorgan/);

    const del = await admin.ok(DeleteBody, { id: natverk.id });
    expect(del.deleteBody).toMatchObject({ deletedId: null, errors: [expect.objectContaining({ code: "HAS_CHILDREN" })] });

    const moved = await admin.ok(UpdateBody, { input: { id: committee.id, parentId: natverk.id } });
    expect(moved.updateBody.body!.parent!.name).toBe("Nätverk Välfärd");
    expect((await structure("gavleborg")).bodies.find((b) => b.id === committee.id)!.parent!.name).toBe("Nätverk Välfärd");
  });

  it("seats a person in a body, who thereby becomes a body member of the arena", async () => {
    const g = await structure("gavleborg");
    const coordinator = await client().signInAs(demo.coordinator);
    const researcher = await client().signInAs(demo.researcher);
    const me = await researcher.raw<{ me: { id: string } }>("{ me { id } }");
    const committee = g.bodies.find((b) => b.kind === "COMMITTEE")!;
    const r = await coordinator.ok(AddMember, { input: { bodyId: committee.id, userId: me.data!.me.id, role: "CHAIR" } });
    expect(r.addBodyMember.errors).toEqual([]);
    expect(r.addBodyMember.membership).toMatchObject({ role: "CHAIR", person: { name: "Rut Forskare" } });
    const roles = await researcher.raw<{ me: { roles: { role: string; arena: { slug: string } }[] } }>(
      "{ me { roles { role arena { slug } } } }",
    );
    expect(roles.data!.me.roles).toContainEqual({ role: "BODY_MEMBER", arena: { slug: "gavleborg" } });

    const nobody = await coordinator.ok(AddMember, { input: { bodyId: committee.id, role: "MEMBER" } });
    expect(nobody.addBodyMember.errors[0]!.code).toBe("MEMBERSHIP_TARGET");
  });

  it("adds county parts with derived keys and refuses to delete one that is in use", async () => {
    const g = await structure("gavleborg");
    const coordinator = await client("en").signInAs(demo.coordinator);
    const { createCountyPart } = await coordinator.ok(CreateCountyPart, { input: { arenaId: g.id, name: "Östra Gästrikland" } });
    expect(createCountyPart.countyPart).toMatchObject({ key: "ostra-gastrikland", name: "Östra Gästrikland" });
    const used = await coordinator.ok(DeleteCountyPart, { id: g.countyParts[0]!.id });
    expect(used.deleteCountyPart.errors[0]!.code).toBe("IN_USE");
    const unused = await coordinator.ok(DeleteCountyPart, { id: createCountyPart.countyPart!.id });
    expect(unused.deleteCountyPart.deletedId).toBe(createCountyPart.countyPart!.id);
  });

  it("tells open clients of the arena about changes through a subscription", async () => {
    const g = await structure("gavleborg");
    const d = await structure("dalarna");
    const watcher = await client().signInAs(demo.bodyMember);
    const cookie = watcher.cookie!;
    class CookieWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie } });
      }
    }
    const ws = createClient({
      url: `${url().replace("http", "ws")}/graphql`,
      webSocketImpl: CookieWebSocket,
      lazy: false,
      retryAttempts: 0,
    });
    const received: { kind: string; arenaId: string }[] = [];
    const done = new Promise<void>((resolve, reject) => {
      ws.subscribe<{ structureChanged: { kind: string; arenaId: string } }>(
        { query: `subscription($arenaId: ID!) { structureChanged(arenaId: $arenaId) { arenaId kind } }`, variables: { arenaId: g.id } },
        {
          next: (v) => {
            if (v.errors) reject(new Error(JSON.stringify(v.errors)));
            received.push(v.data!.structureChanged);
            resolve();
          },
          error: reject,
          complete: () => {},
        },
      );
    });
    await new Promise((r) => setTimeout(r, 300)); // let the subscription register
    const coordinator = await client().signInAs(demo.coordinator);
    const dalarnaCoordinator = await client().signInAs(demo.dalarnaCoordinator);
    await dalarnaCoordinator.ok(CreateCountyPart, { input: { arenaId: d.id, name: "Västerdalarna" } });
    await coordinator.ok(CreateCountyPart, { input: { arenaId: g.id, name: "Östra Gästrikland" } });
    await done;
    await ws.dispose();
    expect(received).toEqual([{ arenaId: g.id, kind: "county_part.created" }]);
  });
});
