import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { type ApiClient, demo } from "../../../test/support/client.js";
import { decidedMatter } from "../../../test/support/dispatch.js";
import { graphql } from "../../../test/support/graphql.js";
import { openedMatter } from "../../../test/support/matters.js";

const Errors = `errors { field code message }`;
const PlanFields = `id kind year totalAmount regionAmount municipalitiesAmount keyVersion spent paid
  parties { isRegion committed spent paid organisation { id name } }`;

const Parties = graphql(`
  query FundingParties($slug: String!) {
    arena(slug: $slug) {
      id
      organisations {
        id
        name
        kind
        isParty
      }
    }
  }
`);
const SetKey = graphql(`
  mutation SetKey($input: SetDistributionKeyInput!) {
    setDistributionKey(input: $input) { key { id version year shares { basisPoints organisation { name } } } ${Errors} }
  }
`);
const CreatePlan = graphql(`
  mutation CreatePlan($input: CreateFundingPlanInput!) { createFundingPlan(input: $input) { plan { ${PlanFields} } ${Errors} } }
`);
const RecordEntry = graphql(`
  mutation RecordEntry($input: RecordFundingEntryInput!) { recordFundingEntry(input: $input) { plan { ${PlanFields} } ${Errors} } }
`);
const Year = graphql(`
  query FundingYearForTests($slug: String!, $year: Int!) {
    arena(slug: $slug) {
      viewerMayReadFunding
      viewerMayManageFunding
      distributionKeys(year: $year) { version }
      fundingYear(year: $year) {
        key { version }
        parties { isRegion committed paid spent organisation { name } }
        plans { ${PlanFields} }
      }
    }
  }
`);
const MatterFunding = graphql(`
  query MatterFunding($id: ID!) {
    node(id: $id) {
      ... on Matter {
        fundingPlans { ${PlanFields} }
      }
    }
  }
`);

const { client } = useTestServer();
const YEAR = 2027;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

async function partiesOf(c: ApiClient) {
  const { arena } = await c.ok(Parties, { slug: "gavleborg" });
  const municipalities = arena!.organisations.filter((o) => o.isParty && o.kind === "MUNICIPALITY");
  const region = arena!.organisations.find((o) => o.isParty && o.kind === "REGION")!;
  const other = arena!.organisations.find((o) => o.kind !== "MUNICIPALITY" && o.kind !== "REGION")!;
  return { arenaId: arena!.id, municipalities, region, other };
}

describe("co-funding by distribution key", () => {
  it("splits a plan exactly over an awkward key, pins the key, and a key change affects only new plans", async () => {
    const { coordinator, matter } = await decidedMatter(client);
    const { arenaId, municipalities } = await partiesOf(coordinator);
    expect(municipalities).toHaveLength(10);
    const [a, b, c] = municipalities;
    // Thirds in basis points: 33.33 %, 33.33 %, 33.34 %.
    const v1 = await coordinator.ok(SetKey, {
      input: {
        arenaId,
        year: YEAR,
        matterId: matter.id,
        shares: [
          { organisationId: a!.id, basisPoints: 3333 },
          { organisationId: b!.id, basisPoints: 3333 },
          { organisationId: c!.id, basisPoints: 3334 },
        ],
      },
    });
    expect(v1.setDistributionKey.errors).toEqual([]);
    expect(v1.setDistributionKey.key).toMatchObject({ version: 1, year: YEAR });

    const first = await coordinator.ok(CreatePlan, {
      input: { kind: "MATTER", matterId: matter.id, year: YEAR, title: "Spridning av SIP-lots", totalAmount: 1_000_001 },
    });
    expect(first.createFundingPlan.errors).toEqual([]);
    const plan = first.createFundingPlan.plan!;
    expect(plan).toMatchObject({ totalAmount: 1_000_001, regionAmount: 500_001, municipalitiesAmount: 500_000, keyVersion: 1 });
    const munis = plan.parties.filter((p) => !p.isRegion);
    expect(sum(munis.map((p) => p.committed))).toBe(500_000);
    expect(munis.map((p) => p.committed).sort()).toEqual([166_650, 166_650, 166_700]);
    expect(plan.parties[0]).toMatchObject({ isRegion: true, committed: 500_001 });

    // A new version: the decided matter changes the key to all ten, unevenly.
    const weights = [3583, 1377, 1304, 926, 893, 660, 400, 327, 327, 203];
    const v2 = await coordinator.ok(SetKey, {
      input: {
        arenaId,
        year: YEAR,
        matterId: matter.id,
        shares: municipalities.map((m, i) => ({ organisationId: m.id, basisPoints: weights[i]! })),
      },
    });
    expect(v2.setDistributionKey.key?.version).toBe(2);

    const second = await coordinator.ok(CreatePlan, {
      input: {
        kind: "KANSLI",
        arenaId,
        year: YEAR,
        title: "Kansliets tjänster och gemensamma mötesdagar",
        totalAmount: 2_345_677,
        regionBasisPoints: 5000,
      },
    });
    const kansli = second.createFundingPlan.plan!;
    expect(kansli.keyVersion).toBe(2);
    expect(kansli.parties.filter((p) => !p.isRegion)).toHaveLength(10);
    expect(sum(kansli.parties.map((p) => p.committed))).toBe(2_345_677);
    expect(sum(kansli.parties.filter((p) => !p.isRegion).map((p) => p.committed))).toBe(kansli.municipalitiesAmount);

    // The first plan still stands on version 1.
    const { node } = await coordinator.ok(MatterFunding, { id: matter.id });
    const again = (node as { fundingPlans: (typeof plan)[] }).fundingPlans;
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ keyVersion: 1, municipalitiesAmount: 500_000 });
    expect(
      again[0]!.parties
        .filter((p) => !p.isRegion)
        .map((p) => p.committed)
        .sort(),
    ).toEqual([166_650, 166_650, 166_700]);

    const year = (await coordinator.ok(Year, { slug: "gavleborg", year: YEAR })).arena!;
    expect(year.distributionKeys?.map((k) => k.version)).toEqual([2, 1]);
    expect(year.fundingYear?.key?.version).toBe(2);
    expect(sum(year.fundingYear!.parties.map((p) => p.committed))).toBe(1_000_001 + 2_345_677);
  });

  it("refuses a key that does not sum to 100 %, names a non-municipality, or rests on an undecided matter, and changes nothing", async () => {
    const { coordinator, matter } = await decidedMatter(client);
    const { arenaId, municipalities, other } = await partiesOf(coordinator);
    const shares = municipalities.map((m) => ({ organisationId: m.id, basisPoints: 1000 }));
    const over = await coordinator.ok(SetKey, {
      input: { arenaId, year: YEAR, matterId: matter.id, shares: [...shares.slice(1), { ...shares[0]!, basisPoints: 1001 }] },
    });
    expect(over.setDistributionKey.errors).toEqual([expect.objectContaining({ field: "input.shares", code: "KEY_SUM" })]);
    expect(over.setDistributionKey.errors[0]!.message).toContain("100,01 %");
    const twice = await coordinator.ok(SetKey, {
      input: { arenaId, year: YEAR, matterId: matter.id, shares: [...shares.slice(1), shares[1]!] },
    });
    expect(twice.setDistributionKey.errors.map((e) => e.code)).toEqual(["KEY_PARTY"]);
    const notMunicipality = await coordinator.ok(SetKey, {
      input: { arenaId, year: YEAR, matterId: matter.id, shares: [...shares.slice(1), { organisationId: other.id, basisPoints: 1000 }] },
    });
    expect(notMunicipality.setDistributionKey.errors.map((e) => e.code)).toEqual(["KEY_PARTY"]);
    const { matter: undecided } = await openedMatter(client, { title: "Ännu inte beslutat" });
    const early = await coordinator.ok(SetKey, { input: { arenaId, year: YEAR, matterId: undecided.id, shares } });
    expect(early.setDistributionKey.errors).toEqual([expect.objectContaining({ field: "input.matterId", code: "MATTER_NOT_DECIDED" })]);

    const noKey = await coordinator.ok(CreatePlan, { input: { kind: "KANSLI", arenaId, year: YEAR, title: "Kansliet", totalAmount: 100 } });
    expect(noKey.createFundingPlan.errors).toEqual([expect.objectContaining({ field: "input.year", code: "NO_KEY" })]);
    const mixed = await coordinator.ok(CreatePlan, {
      input: { kind: "KANSLI", arenaId, matterId: matter.id, year: YEAR, title: "Kansliet", totalAmount: 100 },
    });
    expect(mixed.createFundingPlan.errors.map((e) => e.code)).toEqual(["FUNDING_TARGET"]);

    const year = (await coordinator.ok(Year, { slug: "gavleborg", year: YEAR })).arena!;
    expect(year.distributionKeys).toEqual([]);
    expect(year.fundingYear?.plans).toEqual([]);
  });

  it("records costs and payments per party, shown to the partnership's members and the kansli only", async () => {
    const { coordinator, matter } = await decidedMatter(client);
    const { arenaId, municipalities, region, other } = await partiesOf(coordinator);
    const weights = [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000];
    await coordinator.ok(SetKey, {
      input: {
        arenaId,
        year: YEAR,
        matterId: matter.id,
        shares: municipalities.map((m, i) => ({ organisationId: m.id, basisPoints: weights[i]! })),
      },
    });
    const made = await coordinator.ok(CreatePlan, {
      input: { kind: "MATTER", matterId: matter.id, year: YEAR, title: "SIP-lots i hela länet", totalAmount: 400_000 },
    });
    const planId = made.createFundingPlan.plan!.id;
    const gavle = municipalities[0]!;
    const paid = await coordinator.ok(RecordEntry, {
      input: { planId, organisationId: gavle.id, kind: "PAYMENT", amount: 15_000, occurredOn: "2027-03-01", note: "Faktura 1" },
    });
    expect(paid.recordFundingEntry.errors).toEqual([]);
    await coordinator.ok(RecordEntry, {
      input: { planId, organisationId: region.id, kind: "COST", amount: 42_500, occurredOn: "2027-04-01" },
    });
    const stranger = await coordinator.ok(RecordEntry, {
      input: { planId, organisationId: other.id, kind: "PAYMENT", amount: 1, occurredOn: "2027-04-01" },
    });
    expect(stranger.recordFundingEntry.errors.map((e) => e.code)).toEqual(["NOT_A_PLAN_PARTY"]);
    const zero = await coordinator.ok(RecordEntry, {
      input: { planId, organisationId: gavle.id, kind: "PAYMENT", amount: 0, occurredOn: "2027-04-01" },
    });
    expect(zero.recordFundingEntry.errors.map((e) => [e.field, e.code])).toEqual([["input.amount", "OUT_OF_RANGE"]]);

    // A body member reads the per-party view; they may not manage it.
    const member = await client().signInAs(demo.bodyMember);
    const seen = (await member.ok(Year, { slug: "gavleborg", year: YEAR })).arena!;
    expect(seen).toMatchObject({ viewerMayReadFunding: true, viewerMayManageFunding: false });
    const g = seen.fundingYear!.parties.find((p) => p.organisation.name === gavle.name)!;
    expect(g).toMatchObject({ committed: 20_000, paid: 15_000, spent: 0 });
    expect(seen.fundingYear!.parties[0]).toMatchObject({ isRegion: true, committed: 200_000, spent: 42_500, paid: 0 });
    const refused = await member.request(RecordEntry, {
      input: { planId, organisationId: gavle.id, kind: "PAYMENT", amount: 5, occurredOn: "2027-04-01" },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // An idea bearer and an anonymous visitor see nothing of it.
    for (const c of [await client().signInAs(demo.bearer), client()]) {
      const hidden = (await c.ok(Year, { slug: "gavleborg", year: YEAR })).arena!;
      expect(hidden).toMatchObject({ viewerMayReadFunding: false, fundingYear: null, distributionKeys: null });
    }
  });
});
