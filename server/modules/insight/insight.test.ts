import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { type ApiClient, DEMO_PASSWORD, demo } from "../../../test/support/client.js";
import { decidedCycle, guidedIdea } from "../../../test/support/cycles.js";
import { graphql } from "../../../test/support/graphql.js";
import { arenaOf, submittedIdea } from "../../../test/support/ideas.js";
import { actorByKey, referred } from "../../../test/support/referrals.js";
import { advanceClock } from "../../shared/clock.js";
import { SUPPRESSED } from "./insight.csv.js";

const { client, url } = useTestServer();

const Dashboard = graphql(`
  query DashboardForTests($id: ID!, $filter: InsightFilter) {
    node(id: $id) {
      ... on Arena {
        insight(filter: $filter) {
          viewerIsStaff
          funnel {
            period
            submitted {
              value
              suppressed
            }
            accepted {
              value
              suppressed
            }
            tested {
              value
              suppressed
            }
            advanced {
              value
              suppressed
            }
            adopted {
              value
              suppressed
            }
          }
          stageTimes {
            stage
            stays {
              value
              suppressed
            }
            medianDays
            p90Days
          }
          promises {
            kind
            due {
              value
            }
            kept {
              value
            }
            keptPercent
          }
          referrals {
            status
            sent {
              value
              suppressed
            }
            overdue {
              value
            }
          }
          reach {
            dimension
            key
            label
            ideas {
              value
              suppressed
            }
          }
          testOutcomes {
            met {
              value
              suppressed
            }
            notMet {
              value
            }
            advance {
              value
              suppressed
            }
          }
          spread {
            ladder {
              step
              ideas {
                value
              }
            }
          }
          guidesLoad {
            guide
            openIdeas
            ideas
          }
        }
      }
    }
  }
`);

const Triage = graphql(`
  mutation TriageForInsight($input: TriageInput!) {
    triageIdea(input: $input) {
      errors {
        code
      }
    }
  }
`);

const Me = graphql(`
  query MeForInsight {
    me {
      id
    }
  }
`);

const DeleteAccount = graphql(`
  mutation DeleteAccountForInsight($input: DeleteAccountInput!) {
    deleteMyAccount(input: $input) {
      deleted
      errors {
        code
      }
    }
  }
`);

const DAY = 86_400_000;

/**
 * Eight submitted ideas in Gävleborg: one accepted, tested and advanced (its measure met), one
 * accepted two days after it was submitted, five more of the public sector and one of business.
 * One referral sent.
 */
async function scenario() {
  const guided = await guidedIdea(client, { sector: "PUBLIC" });
  await decidedCycle(client, "ADVANCE", { on: guided, values: [["2026-01-15", 25]] });
  const bearer = guided.bearer;
  const waited = await submittedIdea(bearer, { title: "Väntade två dagar", sector: "PUBLIC" });
  advanceClock(2 * DAY);
  const guideId = (await guided.guide.ok(Me)).me!.id;
  const { triageIdea } = await guided.coordinator.ok(Triage, { input: { ideaId: waited.id, decision: "ACCEPT", guideIds: [guideId] } });
  expect(triageIdea.errors).toEqual([]);
  for (let i = 0; i < 5; i++) await submittedIdea(bearer, { title: `Idé ${i}`, sector: "PUBLIC" });
  await submittedIdea(bearer, { title: "Företagets idé", sector: "BUSINESS" });
  const actor = await actorByKey(bearer, "gavleborg-inkubator");
  await referred(guided.guide, waited.id, actor.id);
  return { ...guided, arena: await arenaOf(bearer) };
}

async function dashboard(c: ApiClient, arenaId: string, filter: Record<string, unknown> | null = null) {
  const r = await c.request(Dashboard, { id: arenaId, filter });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  const node = r.data!.node as { insight: NonNullable<Extract<NonNullable<typeof r.data>["node"], { insight: unknown }>["insight"]> };
  return { insight: node.insight, statements: r.extensions!.sqlStatements! };
}

const total = (i: Awaited<ReturnType<typeof dashboard>>["insight"]) => i.funnel.find((r) => r.period === null)!;

describe("the arena dashboard", () => {
  it("counts the funnel, stage times, promises, referrals, reach, outcomes, ladder and guides' load from what happened", async () => {
    const s = await scenario();
    const { insight } = await dashboard(s.coordinator, s.arena.id);
    expect(insight.viewerIsStaff).toBe(true);
    const t = total(insight);
    expect([t.submitted.value, t.accepted.value, t.tested.value, t.advanced.value, t.adopted.value]).toEqual([8, 2, 1, 1, 0]);
    // Every move happened this year: one period, equal to the total.
    const periods = insight.funnel.filter((r) => r.period !== null);
    expect(periods).toHaveLength(1);
    expect(periods[0]!.submitted.value).toBe(8);

    // Two completed stays in "submitted": about 0 days (triaged at once) and 2 days.
    const submitted = insight.stageTimes.find((r) => r.stage === "SUBMITTED")!;
    expect(submitted.stays.value).toBe(2);
    expect(submitted.medianDays).toBe(1);
    expect(submitted.p90Days).toBe(1.8);

    const decision = insight.promises.find((p) => p.kind === "DECISION")!;
    expect([decision.due.value, decision.kept.value, decision.keptPercent]).toEqual([2, 2, 100]);
    expect(insight.referrals).toEqual([{ status: "SENT", sent: { value: 1, suppressed: false }, overdue: { value: 0 } }]);

    const sectors = insight.reach.filter((r) => r.dimension === "SECTOR");
    expect(sectors.map((r) => [r.key, r.ideas.value])).toEqual([
      ["public", 7],
      ["business", 1],
    ]);
    expect(insight.testOutcomes.met.value).toBe(1);
    expect(insight.testOutcomes.notMet.value).toBe(0);
    expect(insight.testOutcomes.advance.value).toBe(1);
    expect(insight.spread.ladder.reduce((n, l) => n + (l.ideas.value ?? 0), 0)).toBe(1);
    expect(insight.guidesLoad).toEqual([expect.objectContaining({ ideas: 2, openIdeas: 2 })]);
  });

  it("withholds small cells and guides' load from all but staff, and never shows them as zero", async () => {
    const s = await scenario();
    const anonymous = client();
    const { insight } = await dashboard(anonymous, s.arena.id);
    expect(insight.viewerIsStaff).toBe(false);
    const t = total(insight);
    expect(t.submitted).toEqual({ value: 8, suppressed: false });
    expect(t.accepted).toEqual({ value: null, suppressed: true });
    expect(t.tested).toEqual({ value: null, suppressed: true });
    expect(t.adopted).toEqual({ value: 0, suppressed: false });
    const submitted = insight.stageTimes.find((r) => r.stage === "SUBMITTED")!;
    expect([submitted.stays.suppressed, submitted.medianDays, submitted.p90Days]).toEqual([true, null, null]);
    expect(insight.reach.find((r) => r.key === "business")!.ideas).toEqual({ value: null, suppressed: true });
    expect(insight.testOutcomes.met).toEqual({ value: null, suppressed: true });
    expect(insight.guidesLoad).toBeNull();
    // A body member is no staff; a guide and a researcher are.
    const member = await client().signInAs(demo.bodyMember);
    expect((await dashboard(member, s.arena.id)).insight.guidesLoad).toBeNull();
    const researcher = await client().signInAs(demo.researcher);
    expect(total((await dashboard(researcher, s.arena.id)).insight).accepted.value).toBe(2);
  });

  it("filters by year, sector, goal and county part, and refuses another arena's ids", async () => {
    const s = await scenario();
    const year = new Date().getFullYear();
    const thisYear = await dashboard(s.coordinator, s.arena.id, { year });
    expect(thisYear.insight.funnel.filter((r) => r.period !== null).every((r) => r.period!.startsWith(`${year}-Q`))).toBe(true);
    expect(total(thisYear.insight).submitted.value).toBe(8);
    expect(total((await dashboard(s.coordinator, s.arena.id, { year: year - 1 })).insight).submitted.value).toBe(0);
    const business = await dashboard(s.coordinator, s.arena.id, { sector: "BUSINESS" });
    expect(total(business.insight).submitted.value).toBe(1);
    expect(business.insight.guidesLoad).toEqual([]);
    // No idea names a goal or a place in this scenario: filtering by one leaves nothing.
    expect(total((await dashboard(s.coordinator, s.arena.id, { goalId: s.arena.goals[0]!.id })).insight).submitted.value).toBe(0);
    const dalarna = await arenaOf(s.coordinator, "dalarna");
    const refused = await s.coordinator.request(Dashboard, { id: s.arena.id, filter: { goalId: dalarna.goals[0]!.id } });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badYear = await s.coordinator.request(Dashboard, { id: s.arena.id, filter: { year: 1066 } });
    expect(badYear.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("downloads every view as CSV with the figures GraphQL gives, headers by locale, withheld cells as '..'", async () => {
    const s = await scenario();
    const csv = async (c: ApiClient, view: string, query = "") => {
      const res = await fetch(`${url()}/insight/gavleborg/${view}.csv${query}`, { headers: c.cookie ? { cookie: c.cookie } : {} });
      return {
        status: res.status,
        type: res.headers.get("content-type"),
        lines: (await res.text())
          .replace(/^\uFEFF/, "")
          .trim()
          .split("\r\n"),
      };
    };
    const staff = await csv(s.coordinator, "funnel", "?lang=en");
    expect(staff.status).toBe(200);
    expect(staff.type).toMatch(/^text\/csv/);
    expect(staff.lines[0]).toBe("Period,Submitted,Accepted,Tested,Advanced,Adopted");
    const { insight } = await dashboard(s.coordinator, s.arena.id);
    const asRows = insight.funnel.map((r) =>
      [r.period ?? "Total", r.submitted, r.accepted, r.tested, r.advanced, r.adopted]
        .map((c) => (typeof c === "string" ? c : c.suppressed ? SUPPRESSED : String(c.value)))
        .join(","),
    );
    expect(staff.lines.slice(1)).toEqual(asRows);

    const anonymous = client();
    const open = await csv(anonymous, "funnel", "?lang=sv");
    expect(open.lines[0]).toBe("Period,Inskickade,Antagna till lotsning,Testade,Till spridning,Införda");
    expect(open.lines.at(-1)).toBe(`Totalt,8,${SUPPRESSED},${SUPPRESSED},${SUPPRESSED},0`);
    expect((await csv(anonymous, "guides")).status).toBe(404);
    expect((await csv(s.coordinator, "guides")).lines).toHaveLength(2);
    const business = await csv(s.coordinator, "reach", "?sector=BUSINESS&lang=en");
    expect(business.lines).toContain("Sector,Business,1");
    for (const view of ["stage-times", "promises", "referrals", "test-outcomes", "adoptions", "ladder"])
      expect((await csv(anonymous, view)).status).toBe(200);
    expect((await csv(anonymous, "nothing")).status).toBe(404);
    expect((await csv(anonymous, "funnel", "?year=twenty")).status).toBe(400);
  });

  it("costs the same statements for a dashboard of 3 ideas and of 9", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const coordinator = await client().signInAs(demo.coordinator);
    const arena = await arenaOf(bearer);
    for (let i = 0; i < 3; i++) await submittedIdea(bearer, { title: `Liten ${i}` });
    const small = await dashboard(coordinator, arena.id);
    for (let i = 0; i < 6; i++) await submittedIdea(bearer, { title: `Större ${i}` });
    const large = await dashboard(coordinator, arena.id);
    expect(total(large.insight).submitted.value).toBe(9);
    expect(large.statements).toBe(small.statements);
    // Unchanged, the figures come from the change marker's cache: one statement for the marker.
    const again = await dashboard(coordinator, arena.id);
    expect(again.statements).toBeLessThan(large.statements);
  });
  it("shows a change at once though its figures are cached, and turns promises and referrals overdue as the clock passes", async () => {
    const s = await scenario();
    const first = await dashboard(s.coordinator, s.arena.id);
    expect(total(first.insight).submitted.value).toBe(8);
    await submittedIdea(s.bearer, { title: "En nionde idé", sector: "PUBLIC" });
    const changed = await dashboard(s.coordinator, s.arena.id);
    expect(total(changed.insight).submitted.value).toBe(9);
    expect(changed.insight.reach.find((r) => r.key === "public")!.ideas.value).toBe(8);
    const cached = await dashboard(s.coordinator, s.arena.id);
    expect(cached.statements).toBeLessThan(changed.statements);
    expect(cached.insight.referrals[0]!.overdue.value).toBe(0);
    const acknowledgement = (i: typeof cached.insight) => i.promises.find((p) => p.kind === "ACKNOWLEDGEMENT")!;
    const dueBefore = acknowledgement(cached.insight).due.value!;

    // Nothing changes in the arena, only time: the referral's answer date and every promise to hear back pass.
    advanceClock(90 * DAY);
    const later = await dashboard(s.coordinator, s.arena.id);
    expect(later.statements).toBe(cached.statements);
    expect(later.insight.referrals).toEqual([{ status: "SENT", sent: { value: 1, suppressed: false }, overdue: { value: 1 } }]);
    // The seven ideas not triaged still hold their promise to hear back (a triage replaces it with the decision).
    expect(acknowledgement(later.insight).due.value).toBe(7);
    expect(dueBefore).toBe(0);
  });

  it("names a guide who deleted their account as a former user at once, though nothing changed in the arena", async () => {
    const s = await scenario();
    const load = async () => (await dashboard(s.coordinator, s.arena.id)).insight.guidesLoad;
    expect(await load()).toEqual([expect.objectContaining({ guide: "Gustav Lots", ideas: 2 })]);
    const { deleteMyAccount } = await s.guide.ok(DeleteAccount, { input: { password: DEMO_PASSWORD } });
    expect(deleteMyAccount).toEqual({ deleted: true, errors: [] });
    expect(await load()).toEqual([expect.objectContaining({ guide: "Tidigare användare", ideas: 2 })]);
  });
});
