import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { notificationsOf } from "../../../test/support/discussion.js";
import { graphql } from "../../../test/support/graphql.js";
import { arenaOf, draftIdea, submittedIdea } from "../../../test/support/ideas.js";
import { type FakeSmtp, startSmtp } from "../../../test/support/mail.js";
import { ReferIdea, SupportActors, actorByKey, referred, tokenOf } from "../../../test/support/referrals.js";
import { events } from "../audit/audit.tables.js";
import { addWorkingDays, swedishDate } from "../../shared/working-days.js";
import { outbox } from "../notifications/notifications.tables.js";
import { referrals, supportActors } from "./support.tables.js";
import { DAY_MS, advanceClock, setClockForTests, swedishToday } from "../../shared/clock.js";

const dalarnaGuide = "dalarna.lots@arena.example";

const CreateActor = graphql(`
  mutation CreateActor($input: CreateSupportActorInput!) {
    createSupportActor(input: $input) {
      supportActor {
        id
        key
        name
        kind
        phases
        offer
        email
        website
        viewerCanEdit
        arenas {
          slug
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
const UpdateActor = graphql(`
  mutation UpdateActor($input: UpdateSupportActorInput!) {
    updateSupportActor(input: $input) {
      supportActor {
        id
        name
        offer
        arenas {
          slug
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
const DeleteActor = graphql(`
  mutation DeleteActor($id: ID!) {
    deleteSupportActor(id: $id) {
      deletedId
      errors {
        field
        code
      }
    }
  }
`);
const ByToken = graphql(`
  query ByToken($token: String!) {
    referralByToken(token: $token) {
      status
      actorName
      arenaName
      sentByName
      ideaTitle
      ideaSummary
      message
      respondBy
      receivedAt
      outcomeAt
      outcomeNote
    }
  }
`);
const Confirm = graphql(`
  mutation Confirm($input: ConfirmReferralInput!) {
    confirmReferral(input: $input) {
      referral {
        status
        receivedAt
        ideaTitle
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const Outcome = graphql(`
  mutation Outcome($input: RecordReferralOutcomeInput!) {
    recordReferralOutcome(input: $input) {
      referral {
        status
        outcomeNote
        outcomeAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const UpdateReferral = graphql(`
  mutation UpdateReferral($input: UpdateReferralInput!) {
    updateReferral(input: $input) {
      referral {
        id
        status
        outcomeNote
        overdue
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const IdeaReferrals = graphql(`
  query IdeaReferrals($id: ID!) {
    idea(id: $id) {
      id
      referrals {
        id
        status
        message
        outcomeNote
        overdue
        respondBy
        receivedAt
        actor {
          name
        }
        sentBy {
          name
        }
      }
      timeline {
        kind
        actorName
        reason
      }
    }
  }
`);
const ReferralNode = graphql(`
  query ReferralNode($id: ID!) {
    node(id: $id) {
      id
      ... on Referral {
        status
        overdue
      }
    }
  }
`);
const Overdue = graphql(`
  query OverdueReferrals($arenaId: ID!, $first: Int) {
    overdueReferrals(arenaId: $arenaId, first: $first) {
      totalCount
      edges {
        node {
          id
          status
          overdue
          respondBy
          actor {
            name
            arenas {
              name
            }
          }
          idea {
            id
            title
            bearer {
              name
            }
          }
          sentBy {
            name
          }
        }
      }
    }
  }
`);

const ActorNode = graphql(`
  query ActorNode($id: ID!) {
    node(id: $id) {
      id
      ... on SupportActor {
        name
        contact
      }
    }
  }
`);

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

describe("the support-system registry", () => {
  const { client } = useTestServer();

  it("lists each arena's seeded actors by name; anyone reads them, contact details need an account", async () => {
    const anon = client();
    const g = await arenaOf(anon, "gavleborg");
    const d = await arenaOf(anon, "dalarna");
    const gav = await anon.ok(SupportActors, { arenaId: g.id });
    expect(gav.supportActors.totalCount).toBe(9);
    const names = gav.supportActors.edges.map((e) => e.node.name);
    expect(names).toContain("Coompanion Gävleborg");
    expect(names).toContain("Almi Företagspartner Gävleborg");
    expect(names).not.toContain("Coompanion Dalarna");
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);
    const coompanion = gav.supportActors.edges.find((e) => e.node.key === "gavleborg-coompanion")!.node;
    expect(coompanion).toMatchObject({
      kind: "COOPERATIVE_DEVELOPMENT",
      phases: ["IDEA", "DEVELOPMENT"],
      contact: null,
      email: null,
      viewerCanEdit: false,
    });
    expect(coompanion.offer).toMatch(/kooperativ/);
    expect((await anon.ok(ActorNode, { id: coompanion.id })).node).toEqual({
      id: coompanion.id,
      name: "Coompanion Gävleborg",
      contact: null,
    });

    expect((await anon.ok(SupportActors, { arenaId: d.id })).supportActors.totalCount).toBe(10);
    const calls = await anon.ok(SupportActors, { arenaId: d.id, kind: "FUNDING_CALL" });
    expect(calls.supportActors.edges.map((e) => e.node.key).sort()).toEqual([
      "dalarna-kommunal-idefond",
      "esf-radet-utlysning",
      "vinnova-utlysning",
    ]);
    const vinnova = calls.supportActors.edges.find((e) => e.node.key === "vinnova-utlysning")!.node;
    expect(vinnova.arenas.map((a) => a.slug).sort()).toEqual(["dalarna", "gavleborg"]);
    // A guide looks for the actors that help with the phase an idea is in.
    const scaling = await anon.ok(SupportActors, { arenaId: g.id, phase: "SCALING" });
    expect(scaling.supportActors.edges.map((e) => e.node.key).sort()).toEqual([
      "esf-radet-utlysning",
      "gavleborg-almi",
      "gavleborg-lansstyrelsen",
      "gavleborg-naringslivskontor",
      "vinnova-utlysning",
    ]);
    expect(scaling.supportActors.edges.every((e) => e.node.phases.includes("SCALING"))).toBe(true);
    const search = await anon.ok(SupportActors, { arenaId: g.id, search: "KOOPERATIV" });
    expect(search.supportActors.edges.map((e) => e.node.key)).toEqual(["gavleborg-coompanion"]);
    expect((await anon.ok(SupportActors, { arenaId: g.id, search: "100%_" })).supportActors.totalCount).toBe(0);

    const page = await anon.ok(SupportActors, { arenaId: g.id, first: 5 });
    expect(page.supportActors.pageInfo.hasNextPage).toBe(true);
    const rest = await anon.ok(SupportActors, { arenaId: g.id, first: 5, after: page.supportActors.pageInfo.endCursor });
    expect([...page.supportActors.edges, ...rest.supportActors.edges].map((e) => e.node.name)).toEqual(names);

    const bearer = await client().signInAs(demo.bearer);
    const seen = await bearer.ok(SupportActors, { arenaId: g.id, search: "Coompanion" });
    expect(seen.supportActors.edges[0]!.node).toMatchObject({ email: "radgivning@coompanion-gavleborg.example", viewerCanEdit: false });
    expect(seen.supportActors.edges[0]!.node.contact).not.toBe("");
  });

  it("lets a coordinator create, update and delete an actor of their arena, each an event", async () => {
    const coordinator = await client().signInAs(demo.coordinator);
    const g = await arenaOf(coordinator);
    const { createSupportActor: created } = await coordinator.ok(CreateActor, {
      input: {
        arenaIds: [g.id],
        name: "  Föreningen Mötesplats Gävle ",
        kind: "CIVIL_SOCIETY_ORGANISATION",
        phases: ["TESTING", "IDEA", "TESTING"],
        offer: "Lokaler och volontärer för aktiviteter med äldre.",
        email: "kontakt@motesplats.example",
        website: "https://motesplats.example",
      },
    });
    expect(created.errors).toEqual([]);
    expect(created.supportActor).toMatchObject({
      key: "foreningen-motesplats-gavle",
      name: "Föreningen Mötesplats Gävle",
      kind: "CIVIL_SOCIETY_ORGANISATION",
      phases: ["IDEA", "TESTING"],
      viewerCanEdit: true,
      arenas: [{ slug: "gavleborg" }],
    });
    const id = created.supportActor!.id;
    // A second actor of the same name gets the next free key.
    const again = await coordinator.ok(CreateActor, {
      input: { arenaIds: [g.id], name: "Föreningen Mötesplats Gävle", kind: "CIVIL_SOCIETY_ORGANISATION", phases: ["IDEA"] },
    });
    expect(again.createSupportActor.supportActor!.key).toBe("foreningen-motesplats-gavle-2");
    const taken = await coordinator.ok(CreateActor, {
      input: { arenaIds: [g.id], name: "Annan", key: "gavleborg-almi", kind: "BUSINESS_ADVICE", phases: ["SCALING"] },
    });
    expect(taken.createSupportActor.errors).toMatchObject([{ field: "input.key", code: "DUPLICATE_KEY" }]);

    const { updateSupportActor: updated } = await coordinator.ok(UpdateActor, {
      input: { id, offer: "Lokaler, volontärer och en fika-vagn.", phases: ["TESTING", "IDEA"] },
    });
    expect(updated.errors).toEqual([]);
    expect(updated.supportActor).toMatchObject({ name: "Föreningen Mötesplats Gävle", offer: "Lokaler, volontärer och en fika-vagn." });

    const { deleteSupportActor: deleted } = await coordinator.ok(DeleteActor, { id });
    expect(deleted).toEqual({ deletedId: id, errors: [] });
    expect((await coordinator.ok(SupportActors, { arenaId: g.id, search: "fika-vagn" })).supportActors.totalCount).toBe(0);

    const { db } = await testDatabase();
    const kinds = await db
      .select({ kind: events.kind, data: events.data })
      .from(events)
      .where(eq(events.subjectType, "SupportActor"))
      .orderBy(events.createdAt);
    expect(kinds.map((k) => k.kind)).toEqual([
      "support_actor.created",
      "support_actor.created",
      "support_actor.updated",
      "support_actor.deleted",
    ]);
    expect(kinds[2]!.data).toMatchObject({ changed: ["offer"] });
  });

  it("returns every bad field with a localised message", async () => {
    const coordinator = await client("en").signInAs(demo.coordinator);
    const g = await arenaOf(coordinator);
    const { createSupportActor } = await coordinator.ok(CreateActor, {
      input: {
        arenaIds: [g.id],
        name: " ",
        kind: "INCUBATOR",
        phases: [],
        email: "inte-en-adress",
        website: "ftp://exempel.se",
        offer: "x".repeat(2001),
      },
    });
    expect(createSupportActor.supportActor).toBeNull();
    expect(createSupportActor.errors).toEqual(
      expect.arrayContaining([
        { field: "input.name", code: "REQUIRED", message: "This field is required." },
        { field: "input.email", code: "INVALID_EMAIL", message: "Enter a valid email address, e.g. name@example.com." },
        { field: "input.website", code: "INVALID_URL", message: "Enter a full web address, e.g. https://example.com." },
        { field: "input.offer", code: "TOO_LONG", message: "At most 2000 characters." },
        { field: "input.phases", code: "REQUIRED", message: "This field is required." },
      ]),
    );
    expect(createSupportActor.errors).toHaveLength(5);
    coordinator.locale = "sv";
    const none = await coordinator.ok(CreateActor, {
      input: { arenaIds: [], name: "Utan arena", kind: "INCUBATOR", phases: ["DEVELOPMENT"] },
    });
    expect(none.createSupportActor.errors).toEqual([{ field: "input.arenaIds", code: "REQUIRED", message: "Fyll i fältet." }]);
    // Empty email and website mean "none".
    const plain = await coordinator.ok(CreateActor, {
      input: { arenaIds: [g.id], name: "Utan adresser", kind: "INCUBATOR", phases: ["DEVELOPMENT"], email: "", website: "" },
    });
    expect(plain.createSupportActor.errors).toEqual([]);
  });

  it("keeps each arena's coordinators to their own arena's actors; bearers and guides may not edit", async () => {
    const anon = client();
    const g = await arenaOf(anon, "gavleborg");
    const d = await arenaOf(anon, "dalarna");
    const gavleOnly = await actorByKey(anon, "gavleborg-inkubator");
    const shared = await actorByKey(anon, "vinnova-utlysning");

    const dalarna = await client().signInAs(demo.dalarnaCoordinator);
    const forbidden = async (r: Promise<{ errors?: { extensions?: { code?: string } }[] }>) =>
      expect((await r).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await forbidden(dalarna.request(UpdateActor, { input: { id: gavleOnly.id, name: "Kapad" } }));
    await forbidden(dalarna.request(DeleteActor, { id: gavleOnly.id }));
    await forbidden(
      dalarna.request(CreateActor, { input: { arenaIds: [g.id], name: "Fel arena", kind: "INCUBATOR", phases: ["DEVELOPMENT"] } }),
    );
    await forbidden(
      dalarna.request(CreateActor, { input: { arenaIds: [d.id, g.id], name: "Båda", kind: "INCUBATOR", phases: ["DEVELOPMENT"] } }),
    );
    // A shared actor is edited by someone who coordinates every arena it serves.
    await forbidden(dalarna.request(UpdateActor, { input: { id: shared.id, offer: "Ändrat av Dalarna" } }));
    expect((await actorByKey(dalarna, "vinnova-utlysning", "dalarna")).viewerCanEdit).toBe(false);
    expect((await actorByKey(dalarna, "dalarna-almi", "dalarna")).viewerCanEdit).toBe(true);

    // Their own actor they may keep, but not extend into an arena they do not coordinate.
    const own = await dalarna.ok(CreateActor, {
      input: { arenaIds: [d.id], name: "Dalarnas testbädd", kind: "INCUBATOR", phases: ["DEVELOPMENT"] },
    });
    const ownId = own.createSupportActor.supportActor!.id;
    await forbidden(dalarna.request(UpdateActor, { input: { id: ownId, arenaIds: [d.id, g.id] } }));

    for (const email of [demo.bearer, demo.guide]) {
      const c = await client().signInAs(email);
      await forbidden(
        c.request(CreateActor, { input: { arenaIds: [g.id], name: "Obehörig", kind: "INCUBATOR", phases: ["DEVELOPMENT"] } }),
      );
      await forbidden(c.request(UpdateActor, { input: { id: gavleOnly.id, name: "Obehörig" } }));
      await forbidden(c.request(DeleteActor, { id: gavleOnly.id }));
    }
    const anonymous = await anon.request(CreateActor, {
      input: { arenaIds: [g.id], name: "Anonym", kind: "INCUBATOR", phases: ["DEVELOPMENT"] },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    // Nothing changed.
    expect(await actorByKey(anon, "gavleborg-inkubator")).toEqual(gavleOnly);
    expect((await actorByKey(anon, "vinnova-utlysning")).offer).toBe(shared.offer);

    // An admin of both arenas edits the shared actor.
    const admin = await client().signInAs(demo.admin);
    const byAdmin = await admin.ok(UpdateActor, { input: { id: shared.id, offer: "Projektmedel för social innovation." } });
    expect(byAdmin.updateSupportActor.errors).toEqual([]);
    expect(byAdmin.updateSupportActor.supportActor!.arenas.map((a) => a.slug).sort()).toEqual(["dalarna", "gavleborg"]);
  });

  it("keeps an actor that ideas have been referred to (IN_USE)", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const guide = await client().signInAs(demo.guide);
    const actor = await actorByKey(guide, "gavleborg-almi");
    await referred(guide, idea.id, actor.id);
    const coordinator = await client().signInAs(demo.coordinator);
    const r = await coordinator.ok(DeleteActor, { id: actor.id });
    expect(r.deleteSupportActor).toMatchObject({ deletedId: null, errors: [{ field: "id", code: "IN_USE" }] });
  });
});

describe("referrals as a closed loop", () => {
  const { client } = useTestServer();

  it("goes sent → received (by the actor's link, no account) → accepted → completed, on the timeline and in notifications", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Läxhjälp med seniorer" });
    const guide = await client().signInAs(demo.guide);
    const coompanion = await actorByKey(guide, "gavleborg-coompanion");

    const sentOn = swedishDate(new Date());
    const { referIdea } = await guide.ok(ReferIdea, {
      input: {
        ideaId: idea.id,
        actorId: coompanion.id,
        message: "  Föreningen vill bli ett socialt företag. Kan ni ge rådgivning om kooperativ form?  ",
      },
    });
    expect(referIdea.errors).toEqual([]);
    expect(referIdea.referral).toMatchObject({
      status: "SENT",
      message: "Föreningen vill bli ett socialt företag. Kan ni ge rådgivning om kooperativ form?",
      respondBy: isoDate(addWorkingDays(sentOn, 10)),
      overdue: false,
      actor: { name: "Coompanion Gävleborg" },
      sentBy: { name: "Gustav Lots" },
    });
    // Referring does not move the idea through the loop: that is the triage's decision.
    expect(referIdea.idea).toMatchObject({ id: idea.id, stage: "SUBMITTED" });
    expect(referIdea.confirmationUrl).toMatch(/^http:\/\/localhost:4000\/referral\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(referIdea.confirmationUrl!);

    // Only the token's hash is kept.
    const { db } = await testDatabase();
    const [stored] = await db.select().from(referrals);
    expect(stored!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(token);

    // The actor, without an account, reads the hand-off.
    const actor = client();
    const { referralByToken } = await actor.ok(ByToken, { token });
    expect(referralByToken).toMatchObject({
      status: "SENT",
      actorName: "Coompanion Gävleborg",
      arenaName: "Arena för social innovation Gävleborg",
      sentByName: "Gustav Lots",
      ideaTitle: "Läxhjälp med seniorer",
      message: "Föreningen vill bli ett socialt företag. Kan ni ge rådgivning om kooperativ form?",
      receivedAt: null,
      outcomeNote: "",
    });
    expect(referralByToken!.ideaSummary).toMatch(/Hembesök/);

    const first = await actor.ok(Confirm, { input: { token, note: "Vi hör av oss inom en vecka." } });
    expect(first.confirmReferral.errors).toEqual([]);
    expect(first.confirmReferral.referral).toMatchObject({ status: "RECEIVED", ideaTitle: "Läxhjälp med seniorer" });
    // Idempotent: a second confirmation changes nothing.
    const second = await actor.ok(Confirm, { input: { token } });
    expect(second.confirmReferral.referral).toEqual(first.confirmReferral.referral);

    const accepted = await actor.ok(Outcome, { input: { token, outcome: "ACCEPTED", note: "Vi tar in idén i vår startrådgivning." } });
    expect(accepted.recordReferralOutcome.errors).toEqual([]);
    expect(accepted.recordReferralOutcome.referral).toMatchObject({
      status: "ACCEPTED",
      outcomeNote: "Vi tar in idén i vår startrådgivning.",
    });
    // The same outcome again is a no-op.
    expect(
      (await actor.ok(Outcome, { input: { token, outcome: "ACCEPTED", note: "igen" } })).recordReferralOutcome.referral!.outcomeNote,
    ).toBe("Vi tar in idén i vår startrådgivning.");

    // The guide records the end of it on the actor's behalf.
    const referralId = referIdea.referral!.id;
    const { updateReferral } = await guide.ok(UpdateReferral, {
      input: { id: referralId, status: "COMPLETED", note: "Föreningen har bildat ett kooperativ." },
    });
    expect(updateReferral.errors).toEqual([]);
    expect(updateReferral.referral).toMatchObject({
      id: referralId,
      status: "COMPLETED",
      outcomeNote: "Föreningen har bildat ett kooperativ.",
    });

    // Closed: no further outcome, by link or by the team.
    const late = await actor.ok(Outcome, { input: { token, outcome: "DECLINED", note: "Ändrat oss." } });
    expect(late.recordReferralOutcome).toMatchObject({ referral: null, errors: [{ field: "input.outcome", code: "REFERRAL_CLOSED" }] });
    const lateTeam = await guide.ok(UpdateReferral, { input: { id: referralId, status: "ACCEPTED" } });
    expect(lateTeam.updateReferral.errors).toMatchObject([{ field: "input.status", code: "REFERRAL_CLOSED" }]);
    expect((await actor.ok(ByToken, { token })).referralByToken).toMatchObject({
      status: "COMPLETED",
      outcomeNote: "Föreningen har bildat ett kooperativ.",
    });

    // The bearer sees the referral and every step on the idea's timeline.
    const seen = await bearer.ok(IdeaReferrals, { id: idea.id });
    expect(seen.idea!.referrals).toMatchObject([
      { id: referralId, status: "COMPLETED", actor: { name: "Coompanion Gävleborg" }, sentBy: { name: "Gustav Lots" }, overdue: false },
    ]);
    expect(seen.idea!.referrals![0]!.receivedAt).not.toBeNull();
    const steps = seen.idea!.timeline.filter((e) => e.kind.startsWith("referral."));
    expect(steps).toEqual([
      { kind: "referral.sent", actorName: "Gustav Lots", reason: null },
      { kind: "referral.received", actorName: null, reason: "Vi hör av oss inom en vecka." },
      { kind: "referral.accepted", actorName: null, reason: "Vi tar in idén i vår startrådgivning." },
      { kind: "referral.completed", actorName: "Gustav Lots", reason: "Föreningen har bildat ett kooperativ." },
    ]);

    // The public reads the idea, but nothing of its referrals.
    const { idea: publicView } = await client().ok(IdeaReferrals, { id: idea.id });
    expect(publicView!.referrals).toBeNull();
    expect(publicView!.timeline.filter((e) => e.kind.startsWith("referral."))).toEqual([]);

    // The bearer heard of the referral and of each answer; the guide of the actor's own answers.
    const bearerNotes = (await notificationsOf(bearer)).filter((n) => n.kind.startsWith("referral."));
    expect(bearerNotes.map((n) => n.message).reverse()).toEqual([
      "”Läxhjälp med seniorer” har hänvisats till Coompanion Gävleborg",
      "Coompanion Gävleborg har tagit emot hänvisningen av ”Läxhjälp med seniorer”",
      "Coompanion Gävleborg tar sig an ”Läxhjälp med seniorer”",
      "Coompanion Gävleborg har avslutat sitt stöd till ”Läxhjälp med seniorer”",
    ]);
    expect(bearerNotes.map((n) => n.kind).reverse()).toEqual(["referral.sent", "referral.replied", "referral.replied", "referral.replied"]);
    expect(bearerNotes.every((n) => n.targetId === idea.id)).toBe(true);
    const guideNotes = (await notificationsOf(guide)).filter((n) => n.kind.startsWith("referral."));
    expect(guideNotes.map((n) => n.kind)).toEqual(["referral.replied", "referral.replied"]);
  });

  it("records an outcome given before receipt as both steps, and needs a reason to decline", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const guide = await client().signInAs(demo.guide);
    const almi = await actorByKey(guide, "gavleborg-almi");
    const { token } = await referred(guide, idea.id, almi.id);
    const actor = client("en");
    const noReason = await actor.ok(Outcome, { input: { token, outcome: "DECLINED" } });
    expect(noReason.recordReferralOutcome.errors).toEqual([{ field: "input.note", code: "REQUIRED", message: "This field is required." }]);
    const declined = await actor.ok(Outcome, { input: { token, outcome: "DECLINED", note: "Inte ett företag än; prova Coompanion." } });
    expect(declined.recordReferralOutcome.referral).toMatchObject({ status: "DECLINED" });
    const { idea: seen } = await guide.ok(IdeaReferrals, { id: idea.id });
    expect(seen!.timeline.filter((e) => e.kind.startsWith("referral.")).map((e) => [e.kind, e.reason])).toEqual([
      ["referral.sent", null],
      ["referral.received", null],
      ["referral.declined", "Inte ett företag än; prova Coompanion."],
    ]);
    // Declined closes it: the idea may be referred to the same actor again.
    const again = await guide.ok(ReferIdea, { input: { ideaId: idea.id, actorId: almi.id, message: "Nytt försök med en affärsplan." } });
    expect(again.referIdea.errors).toEqual([]);
  });

  it("gives nothing for a wrong token", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const guide = await client().signInAs(demo.guide);
    const { token } = await referred(guide, idea.id, (await actorByKey(guide, "gavleborg-inkubator")).id);
    const stranger = client();
    const wrong = [
      "",
      "x",
      token.slice(0, -1),
      `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`,
      "A".repeat(43),
      `${token}' or '1'='1`,
    ];
    for (const t of wrong) {
      expect((await stranger.ok(ByToken, { token: t })).referralByToken).toBeNull();
      const c = await stranger.ok(Confirm, { input: { token: t } });
      expect(c.confirmReferral).toEqual({
        referral: null,
        errors: [{ field: "input.token", code: "NOT_FOUND", message: "Hittades inte. Den kan ha tagits bort." }],
      });
      const o = await stranger.ok(Outcome, { input: { token: t, outcome: "COMPLETED", note: "Klart" } });
      expect(o.recordReferralOutcome).toMatchObject({ referral: null, errors: [{ code: "NOT_FOUND" }] });
    }
    expect((await stranger.ok(ByToken, { token })).referralByToken!.status).toBe("SENT");
  });

  it("keeps referrals to the idea's arena team and bearers", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const guide = await client().signInAs(demo.guide);
    const inkubator = await actorByKey(guide, "gavleborg-inkubator");
    const { referral } = await referred(guide, idea.id, inkubator.id);

    // A guide of another arena can neither refer the idea nor read its referrals.
    const other = await client().signInAs(dalarnaGuide);
    const refused = await other.request(ReferIdea, {
      input: { ideaId: idea.id, actorId: inkubator.id, message: "Från fel arena, hoppas jag." },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await other.ok(IdeaReferrals, { id: idea.id })).idea!.referrals).toBeNull();
    expect((await other.ok(ReferralNode, { id: referral.id })).node).toBeNull();
    const otherUpdate = await other.ok(UpdateReferral, { input: { id: referral.id, status: "RECEIVED" } });
    expect(otherUpdate.updateReferral.errors).toMatchObject([{ field: "input.id", code: "NOT_FOUND" }]);
    const outsiders = [client(), await client().signInAs(demo.researcher), await client().signInAs(demo.dalarnaCoordinator)];
    for (const c of outsiders) {
      expect((await c.ok(IdeaReferrals, { id: idea.id })).idea!.referrals).toBeNull();
      expect((await c.ok(ReferralNode, { id: referral.id })).node).toBeNull();
    }

    // The bearer reads them, but neither refers nor records for the actor.
    expect((await bearer.ok(ReferralNode, { id: referral.id })).node).toMatchObject({ id: referral.id, status: "SENT" });
    const byBearer = await bearer.request(ReferIdea, {
      input: { ideaId: idea.id, actorId: inkubator.id, message: "Jag hänvisar mig själv." },
    });
    expect(byBearer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bearerUpdate = await bearer.request(UpdateReferral, { input: { id: referral.id, status: "RECEIVED" } });
    expect(bearerUpdate.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // The coordinator of the arena is on the team.
    const coordinator = await client().signInAs(demo.coordinator);
    expect((await coordinator.ok(IdeaReferrals, { id: idea.id })).idea!.referrals).toHaveLength(1);

    // The actor must serve the idea's arena; one open referral per actor; drafts are nobody's business.
    const dalarnaActor = await actorByKey(guide, "dalarna-coompanion", "dalarna");
    const wrongArena = await guide.ok(ReferIdea, {
      input: { ideaId: idea.id, actorId: dalarnaActor.id, message: "Fel län för den här aktören." },
    });
    expect(wrongArena.referIdea.errors).toMatchObject([{ field: "input.actorId", code: "ACTOR_NOT_IN_ARENA" }]);
    const twice = await guide.ok(ReferIdea, { input: { ideaId: idea.id, actorId: inkubator.id, message: "En gång till, av misstag." } });
    expect(twice.referIdea.errors).toMatchObject([{ field: "input.actorId", code: "ALREADY_REFERRED" }]);
    const short = await guide.ok(ReferIdea, { input: { ideaId: idea.id, actorId: inkubator.id, message: "Kort" } });
    expect(short.referIdea.errors).toMatchObject([{ field: "input.message", code: "TOO_SHORT" }]);
    const draft = await draftIdea(bearer);
    const ofDraft = await guide.ok(ReferIdea, {
      input: { ideaId: draft.id, actorId: inkubator.id, message: "Ett utkast ska inte hänvisas." },
    });
    expect(ofDraft.referIdea.errors).toMatchObject([{ field: "input.ideaId", code: "NOT_FOUND" }]);
    const sent = await guide.ok(UpdateReferral, { input: { id: referral.id, status: "SENT" } });
    expect(sent.updateReferral.errors).toMatchObject([{ field: "input.status", code: "INVALID_CHOICE" }]);

    const { db } = await testDatabase();
    expect(await db.select().from(referrals)).toHaveLength(1);
  });

  it("flags a referral overdue when nobody confirmed it by its respond-by date, and lists them for the team", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const guide = await client().signInAs(demo.guide);
    const g = await arenaOf(guide);
    const almi = await actorByKey(guide, "gavleborg-almi");
    const late = await submittedIdea(bearer, { title: "Sen hänvisning" });
    const onTime = await submittedIdea(bearer, { title: "Hänvisning i tid" });
    const { referral, token } = await referred(guide, late.id, almi.id);
    expect((await guide.ok(Overdue, { arenaId: g.id })).overdueReferrals.totalCount).toBe(0);

    // Time passes to the day after the first referral's respond-by date; the second is sent then.
    const { db } = await testDatabase();
    const [sent] = await db
      .select({ respondBy: referrals.respondBy })
      .from(referrals)
      .where(eq(referrals.tokenHash, createHash("sha256").update(token).digest("hex")));
    setClockForTests(new Date(Date.parse(`${sent!.respondBy}T09:00:00Z`) + DAY_MS));
    await referred(guide, onTime.id, almi.id);
    expect(await db.select({ id: referrals.id }).from(referrals)).toHaveLength(2);
    const yesterday = isoDate(new Date(swedishToday().getTime() - 86_400_000));

    const list = await guide.ok(Overdue, { arenaId: g.id });
    expect(list.overdueReferrals.totalCount).toBe(1);
    expect(list.overdueReferrals.edges[0]!.node).toMatchObject({
      id: referral.id,
      status: "SENT",
      overdue: true,
      respondBy: yesterday,
      idea: { id: late.id, title: "Sen hänvisning" },
      sentBy: { name: "Gustav Lots" },
    });
    const coordinator = await client().signInAs(demo.coordinator);
    expect((await coordinator.ok(Overdue, { arenaId: g.id })).overdueReferrals.totalCount).toBe(1);
    expect((await bearer.ok(IdeaReferrals, { id: late.id })).idea!.referrals![0]!.overdue).toBe(true);
    expect((await bearer.ok(IdeaReferrals, { id: onTime.id })).idea!.referrals![0]!.overdue).toBe(false);

    for (const email of [demo.dalarnaCoordinator, dalarnaGuide, demo.bearer, demo.researcher]) {
      const c = await client().signInAs(email);
      expect((await c.request(Overdue, { arenaId: g.id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await client().request(Overdue, { arenaId: g.id })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    // Once the actor confirms, it is no longer overdue.
    await client().ok(Confirm, { input: { token } });
    expect((await guide.ok(Overdue, { arenaId: g.id })).overdueReferrals.totalCount).toBe(0);
    expect((await guide.ok(ReferralNode, { id: referral.id })).node).toMatchObject({ status: "RECEIVED", overdue: false });
  });

  it("lists 1 or 5 overdue referrals with actor, idea and guide in the same number of SQL statements", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const guide = await client().signInAs(demo.guide);
    const g = await arenaOf(guide);
    const keys = ["gavleborg-almi", "gavleborg-inkubator", "gavleborg-coompanion", "vinnova-utlysning", "esf-radet-utlysning"];
    const actors = await Promise.all(keys.map((k) => actorByKey(guide, k)));
    const ids: string[] = [];
    // The first referral is sent a month before the others; a month after those, all five are overdue.
    for (let i = 0; i < 5; i++) {
      const idea = await submittedIdea(bearer, { title: `Idé ${i}` });
      ids.push((await referred(guide, idea.id, actors[i]!.id)).referral.id);
      if (i === 0) advanceClock(30 * DAY_MS);
    }
    const one = await guide.request(Overdue, { arenaId: g.id, first: 50 });
    expect(one.data!.overdueReferrals.edges).toHaveLength(1);
    advanceClock(30 * DAY_MS);
    const five = await guide.request(Overdue, { arenaId: g.id, first: 50 });
    expect(five.data!.overdueReferrals.edges).toHaveLength(5);
    expect(five.data!.overdueReferrals.edges.map((e) => e.node.actor.name).sort()).toEqual(actors.map((a) => a.name).sort());
    expect(five.data!.overdueReferrals.edges.every((e) => e.node.idea!.bearer.name === "Ida Idébärare" && e.node.overdue)).toBe(true);
    expect(one.extensions!.sqlStatements).toBe(five.extensions!.sqlStatements);
    expect(ids).toHaveLength(5);
  });
});

describe("the hand-off mail to the actor", () => {
  let smtp: FakeSmtp;
  const { client, mailer } = useTestServer(async () => {
    smtp = await startSmtp();
    return {
      appUrl: "https://arena.example",
      mail: { smtp: { host: "127.0.0.1", port: smtp.port, secure: false }, from: "Arena <arena@example.se>", maxAttempts: 3 },
    };
  });
  afterAll(() => smtp.close());
  beforeEach(async () => {
    await mailer().flush();
    smtp.received.length = 0;
  });

  it("mails the actor the hand-off and their personal link, through SMTP", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Fixarservice för äldre" });
    const guide = await client().signInAs(demo.guide);
    const actor = await actorByKey(guide, "gavleborg-coompanion");
    await mailer().flush();
    smtp.received.length = 0; // the coordinator's mail about the new idea
    const { url } = await referred(guide, idea.id, actor.id, "Kan föreningen driva fixarservicen som ett socialt företag?");
    expect(url).toMatch(/^https:\/\/arena\.example\/referral\/[A-Za-z0-9_-]{43}$/);
    await mailer().flush();

    const toActor = smtp.received.filter((m) => m.to.includes("radgivning@coompanion-gavleborg.example"));
    expect(toActor).toHaveLength(1);
    const [mail] = toActor;
    expect(mail!.subject).toBe("Hänvisning från Arena för social innovation Gävleborg: ”Fixarservice för äldre”");
    expect(mail!.text).toContain(
      "Gustav Lots på Arena för social innovation Gävleborg hänvisar idén ”Fixarservice för äldre” till Coompanion Gävleborg.",
    );
    expect(mail!.text).toContain("> Kan föreningen driva fixarservicen som ett socialt företag?");
    expect(mail!.text).toContain(url);
    expect(mail!.text).toContain("refers the idea “Fixarservice för äldre” to Coompanion Gävleborg");
    // The bearer is told by mail too.
    expect(smtp.received.filter((m) => m.to.includes(demo.bearer)).map((m) => m.subject)).toEqual([
      "”Fixarservice för äldre” har hänvisats till Coompanion Gävleborg",
    ]);
  });

  it("sends no mail to an actor without an address; the link is still given to the guide", async () => {
    const coordinator = await client().signInAs(demo.coordinator);
    const g = await arenaOf(coordinator);
    const { createSupportActor } = await coordinator.ok(CreateActor, {
      input: { arenaIds: [g.id], name: "Kvarterets bystuga", kind: "CIVIL_SOCIETY_ORGANISATION", phases: ["IDEA"], email: "" },
    });
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    await mailer().flush();
    smtp.received.length = 0;
    const { url } = await referred(coordinator, idea.id, createSupportActor.supportActor!.id);
    expect(url).toContain("/referral/");
    await mailer().flush();
    expect(smtp.received.map((m) => m.to).flat()).toEqual([demo.bearer]);
    const { db } = await testDatabase();
    const [actorRow] = await db.select().from(supportActors).where(eq(supportActors.name, "Kvarterets bystuga"));
    expect(actorRow!.email).toBe("");
    expect(
      await db
        .select()
        .from(outbox)
        .where(and(eq(outbox.toAddress, "")))
        .then((r) => r.length),
    ).toBe(0);
  });
});
