import { describe, expect, it } from "vitest";
import { useTestServer } from "../support/app.js";
import { demo } from "../support/client.js";
import { resetDatabase } from "../support/database.js";
import { graphql } from "../support/graphql.js";
import { seed } from "../../server/seed/seed.js";

const { client } = useTestServer();

const Seeded = graphql(`
  query SeededMatters {
    arena(slug: "gavleborg") {
      matters(first: 10) {
        edges {
          node {
            number
            kind
            stage
            title
            body {
              key
            }
            preparer {
              name
            }
            links {
              kind
              isOrigin
              cycle {
                decision
              }
              idea {
                title
                timeline {
                  kind
                  label
                }
              }
            }
          }
        }
      }
    }
  }
`);

describe("matters: the demo seed", () => {
  it("holds the SIP-lots proposal from its ADVANCE decided at Länsledning Välfärd and dispatched, with its report-back, the welfare strategy dispatched and a system obstacle at Nätverk Välfärd", async () => {
    const h = await resetDatabase({ ideas: true });
    await seed(h.db, { ideas: true });
    const coordinator = await client().signInAs(demo.coordinator);
    const list = (await coordinator.ok(Seeded)).arena!.matters.edges.map((e) => e.node);
    expect(list.map((m) => [m.number, m.kind, m.stage, m.body?.key, m.preparer?.name])).toEqual([
      // The year's plans, adopted through matters (seed-plans): Utskott vuxna's activity plan and the action plan.
      [6, "PROPOSAL", "DECIDED", "utskott-vuxna", undefined],
      [5, "PROPOSAL", "DECIDED", "lansledning-valfard", undefined],
      // The report-back on the assignment SIP-lots' decision gave Utskott vuxna, waiting at Länsledning.
      [4, "PROPOSAL", "PLACED", "lansledning-valfard", undefined],
      [3, "SYSTEM_OBSTACLE", "PLACED", "natverk-valfard", "Berit Beredare"],
      [2, "PROPOSAL", "DISPATCHED", "natverk-valfard", "Berit Beredare"],
      [1, "PROPOSAL", "DISPATCHED", "lansledning-valfard", "Berit Beredare"],
    ]);
    const sip = list[5]!.links[0]!;
    expect(sip).toMatchObject({ kind: "CYCLE", isOrigin: true, cycle: { decision: "ADVANCE" } });
    expect(sip.idea!.timeline.filter((e) => e.kind.startsWith("matter.")).map((e) => e.label)).toEqual([
      "Ärende 1 öppnat i partnerskapet",
      "Ärende 1 lämnat till beredning",
      "Ärende 1 placerat hos Länsledning Välfärd",
      expect.stringMatching(/^På dagordningen för Länsledning Välfärd \d{4}-\d{2}-\d{2}$/),
      expect.stringMatching(/^Beslut i Länsledning Välfärd \d{4}-\d{2}-\d{2}$/),
      "Beslutet expedierat till parterna",
    ]);
  });
});
