import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { planActivities } from "../../server/modules/plans/plans.tables.js";
import { seed } from "../../server/seed/seed.js";
import { useTestServer } from "../support/app.js";
import { resetDatabase } from "../support/database.js";
import { graphql } from "../support/graphql.js";

const { client } = useTestServer();

const SeededPlans = graphql(`
  query SeededPlans($year: Int!) {
    arena(slug: "gavleborg") {
      plans(year: $year) {
        kind
        status
        adoptedOn
        body {
          key
        }
        subGoals {
          title
        }
        activities {
          title
          status
          goal {
            number
          }
          indicators {
            key
          }
          origins {
            kind
            decision {
              outcome
            }
            idea {
              title
            }
          }
        }
      }
    }
  }
`);

describe("plans: the demo seed", () => {
  it("holds Gävleborg's adopted action plan under its five goals and Utskott vuxna's plan with SIP-lotsning from its decision; seeding again adds nothing", async () => {
    const h = await resetDatabase({ ideas: true });
    const year = new Date().getUTCFullYear();
    const plans = (await client().ok(SeededPlans, { year })).arena!.plans;
    expect(plans.map((p) => [p.kind, p.status, p.body.key])).toEqual([
      ["ACTION_PLAN", "ADOPTED", "lansledning-valfard"],
      ["ACTIVITY_PLAN", "ADOPTED", "utskott-vuxna"],
    ]);
    const [action, vuxna] = plans as [(typeof plans)[number], (typeof plans)[number]];
    expect(action.adoptedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([...new Set(action.activities.map((a) => a.goal.number))].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(action.activities.every((a) => a.indicators.length > 0)).toBe(true);
    const pilot = action.activities.find((a) => a.title.startsWith("Förebyggande hembesök"))!;
    expect(pilot.origins.map((o) => o.kind).sort()).toEqual(["CYCLE", "IDEA"]);
    const sip = vuxna.activities.find((a) => a.title === "Spridning av SIP-lots till länets kommuner")!;
    expect(sip.goal.number).toBe(2);
    expect(sip.origins.find((o) => o.kind === "DECISION")!.decision).toEqual({ outcome: "APPROVED" });
    expect(sip.origins.some((o) => o.kind === "IDEA" && o.idea?.title.startsWith("SIP-lots"))).toBe(true);

    const count = async () => (await h.db.select({ n: sql<number>`count(*)::int` }).from(planActivities))[0]!.n;
    const before = await count();
    await seed(h.db, { ideas: true });
    expect(await count()).toBe(before);
    // Two full seeds of the demo: slow on a busy machine.
  }, 120_000);
});
