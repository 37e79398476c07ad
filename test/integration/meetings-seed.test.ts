import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { meetings } from "../../server/modules/matters/matters.tables.js";
import { seed } from "../../server/seed/seed.js";
import { useTestServer } from "../support/app.js";
import { resetDatabase } from "../support/database.js";
import { graphql } from "../support/graphql.js";

const { client } = useTestServer();

const SeededBody = graphql(`
  query SeededBody($slug: String!, $key: String!) {
    arena(slug: $slug) {
      body(key: $key) {
        past: meetings(when: PAST) {
          minutesPublishedAt
          agenda {
            title
            minutes
            decision {
              outcome
            }
          }
        }
        decisions {
          outcome
          onBehalfOfBody
          matterTitle
          assignments {
            assigneeBody {
              key
            }
          }
        }
        openAssignments {
          description
        }
      }
    }
  }
`);

describe("the demo seed", () => {
  it("holds a meeting of Länsledning Välfärd with published minutes where SIP-lots was approved with an assignment to Utskott vuxna, and the strategy's adoption; seeding again adds nothing", async () => {
    const h = await resetDatabase({ ideas: true });
    const anonymous = client();
    const lansledning = (await anonymous.ok(SeededBody, { slug: "gavleborg", key: "lansledning-valfard" })).arena!.body!;
    // Two meetings: SIP-lots' and, early in the year, the action plan's adoption (seed-plans).
    expect(lansledning.past).toHaveLength(2);
    const sipMeeting = lansledning.past.find((m) => m.agenda.length === 4)!;
    expect(sipMeeting.minutesPublishedAt).not.toBeNull();
    expect(sipMeeting.agenda.map((i) => i.title)).toEqual([
      "Mötets öppnande",
      "Spridning av SIP-lots till länets kommuner",
      "Lägesrapport från utskotten",
      "Övriga frågor",
    ]);
    expect(sipMeeting.agenda[1]).toMatchObject({
      decision: { outcome: "APPROVED" },
      minutes: expect.stringContaining("delaktiga"),
    });
    expect(lansledning.decisions.filter((d) => d.matterTitle.startsWith("Spridning"))).toEqual([
      {
        outcome: "APPROVED",
        onBehalfOfBody: false,
        matterTitle: "Spridning av SIP-lots till länets kommuner",
        assignments: [{ assigneeBody: { key: "utskott-vuxna" } }],
      },
    ]);
    expect(lansledning.openAssignments).toHaveLength(1);
    const natverk = (await anonymous.ok(SeededBody, { slug: "gavleborg", key: "natverk-valfard" })).arena!.body!;
    expect(natverk.decisions).toEqual([
      { outcome: "APPROVED", onBehalfOfBody: true, matterTitle: "Antagande av Välfärdsstrategi för Gävleborg", assignments: [] },
    ]);
    const count = async () => (await h.db.select({ n: sql<number>`count(*)::int` }).from(meetings))[0]!.n;
    const before = await count();
    await seed(h.db, { ideas: true });
    expect(await count()).toBe(before);
  });
});
