import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { graphql } from "../../../test/support/graphql.js";
import { organisations } from "./partnership.tables.js";

const Contacts = graphql(`
  query Contacts($slug: String!) {
    arena(slug: $slug) {
      id
      organisations {
        id
        name
        contactName
        contactEmail
      }
    }
  }
`);
const CreateOrganisation = graphql(`
  mutation CreateOrganisationWithContact($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation {
        id
        name
        contactName
        contactEmail
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
  mutation UpdateOrganisationContact($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      organisation {
        id
        contactName
        contactEmail
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const PersonByEmail = graphql(`
  query PersonByEmail($slug: String!, $email: String!) {
    arena(slug: $slug) {
      personByEmail(email: $email) {
        id
        name
      }
    }
  }
`);

const { client } = useTestServer();
const gavleborgId = async () => (await client().ok(Contacts, { slug: "gavleborg" })).arena!.id;
const newOrganisation = (arenaId: string, extra: { contactName?: string; contactEmail?: string }) => ({
  input: {
    arenaId,
    name: "Föreningen Kontaktbyn",
    kind: "CIVIL_SOCIETY_ORGANISATION" as const,
    sector: "CIVIL_SOCIETY" as const,
    ...extra,
  },
});

describe("an organisation's contact person", () => {
  it("is accepted when valid, refused in Swedish and English when the email is not, and a refusal writes nothing", async () => {
    const arenaId = await gavleborgId();
    for (const [locale, text] of [
      ["sv", "Ange en giltig e-postadress, till exempel namn@exempel.se."],
      ["en", "Enter a valid email address, e.g. name@example.com."],
    ] as const) {
      const coordinator = await client(locale).signInAs(demo.coordinator);
      const bad = await coordinator.ok(
        CreateOrganisation,
        newOrganisation(arenaId, { contactName: "Kim", contactEmail: "kim-at-example" }),
      );
      expect(bad.createOrganisation).toEqual({
        organisation: null,
        errors: [{ field: "input.contactEmail", code: "INVALID_EMAIL", message: text }],
      });
    }
    const { db } = await testDatabase();
    expect(await db.select().from(organisations).where(eq(organisations.name, "Föreningen Kontaktbyn"))).toEqual([]);

    const coordinator = await client().signInAs(demo.coordinator);
    const ok = await coordinator.ok(
      CreateOrganisation,
      newOrganisation(arenaId, { contactName: " Kim Registrator ", contactEmail: "registrator@kontaktbyn.example" }),
    );
    expect(ok.createOrganisation.errors).toEqual([]);
    expect(ok.createOrganisation.organisation).toMatchObject({
      contactName: "Kim Registrator",
      contactEmail: "registrator@kontaktbyn.example",
    });
    const id = ok.createOrganisation.organisation!.id;

    // A bad email on update keeps what was stored.
    const badUpdate = await coordinator.ok(UpdateOrganisation, { input: { id, contactEmail: "nej" } });
    expect(badUpdate.updateOrganisation.errors.map((e) => [e.field, e.code])).toEqual([["input.contactEmail", "INVALID_EMAIL"]]);
    const [kept] = await db.select().from(organisations).where(eq(organisations.name, "Föreningen Kontaktbyn"));
    expect(kept!.contactEmail).toBe("registrator@kontaktbyn.example");

    // Fields left out are kept; an empty string clears one.
    const cleared = await coordinator.ok(UpdateOrganisation, { input: { id, contactName: "" } });
    expect(cleared.updateOrganisation.organisation).toMatchObject({ contactName: "", contactEmail: "registrator@kontaktbyn.example" });
  });

  it("is shown to the arena's coordinators and admins only; others read null", async () => {
    const arenaId = await gavleborgId();
    const coordinator = await client().signInAs(demo.coordinator);
    await coordinator.ok(CreateOrganisation, newOrganisation(arenaId, { contactName: "Kim", contactEmail: "kim@kontaktbyn.example" }));
    const contactOf = async (c: ReturnType<typeof client>) =>
      (await c.ok(Contacts, { slug: "gavleborg" })).arena!.organisations.find((o) => o.name === "Föreningen Kontaktbyn")!;

    expect(await contactOf(coordinator)).toMatchObject({ contactName: "Kim", contactEmail: "kim@kontaktbyn.example" });
    expect(await contactOf(await client().signInAs(demo.admin))).toMatchObject({ contactEmail: "kim@kontaktbyn.example" });
    for (const c of [
      client(),
      await client().signInAs(demo.bearer),
      await client().signInAs(demo.bodyMember),
      await client().signInAs(demo.guide),
      await client().signInAs(demo.dalarnaCoordinator),
    ]) {
      expect(await contactOf(c)).toMatchObject({ contactName: null, contactEmail: null });
    }
  });
});

describe("finding a person to seat in a body or to give a role", () => {
  it("finds an account by its exact email for the arena's coordinators, and nothing for others", async () => {
    const coordinator = await client().signInAs(demo.coordinator);
    const found = await coordinator.ok(PersonByEmail, { slug: "gavleborg", email: " Forskare@Arena.example " });
    expect(found.arena!.personByEmail?.name).toBeTruthy();
    expect((await coordinator.ok(PersonByEmail, { slug: "gavleborg", email: "forskare@arena" })).arena!.personByEmail).toBeNull();
    expect((await coordinator.ok(PersonByEmail, { slug: "gavleborg", email: "" })).arena!.personByEmail).toBeNull();

    const dalarna = await client().signInAs(demo.dalarnaCoordinator);
    expect((await dalarna.ok(PersonByEmail, { slug: "gavleborg", email: demo.researcher })).arena!.personByEmail).toBeNull();
    expect((await dalarna.ok(PersonByEmail, { slug: "dalarna", email: demo.researcher })).arena!.personByEmail?.name).toBeTruthy();
    const bearer = await client().signInAs(demo.bearer);
    expect((await bearer.ok(PersonByEmail, { slug: "gavleborg", email: demo.researcher })).arena!.personByEmail).toBeNull();
    expect((await client().ok(PersonByEmail, { slug: "gavleborg", email: demo.researcher })).arena!.personByEmail).toBeNull();
  });
});
