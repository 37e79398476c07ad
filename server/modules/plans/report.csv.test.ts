import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { type ApiClient, demo } from "../../../test/support/client.js";
import { CreateActivity, RecordUpdate, draftPlan, thisYear } from "../../../test/support/plans.js";

const { client, url } = useTestServer();

const today = () => new Date().toISOString().slice(0, 10);

async function download(who: ApiClient | null, path: string) {
  const res = await fetch(`${url()}${path}`, { headers: who?.cookie ? { cookie: who.cookie } : {} });
  return { res, text: await res.text() };
}

describe("the follow-up report as a CSV file (/files/plans/…/report/:goal.csv)", () => {
  it("lists a goal's activities for those who may read the plan, in their language, with formulas defused", async () => {
    const { coordinator, plan, goal, s } = await draftPlan(client);
    const created = await coordinator.ok(CreateActivity, {
      input: {
        planId: plan.id,
        goalId: goal(2),
        title: "=Läxhjälp; för alla",
        responsibleBodyId: s.body("utskott-vuxna"),
        startsOn: today(),
      },
    });
    expect(created.createPlanActivity.errors).toEqual([]);
    const activity = created.createPlanActivity.activity!;
    const update = await coordinator.ok(RecordUpdate, {
      input: { activityId: activity.id, reportedOn: today(), status: "AT_RISK", progress: 20, comment: "Lokalen saknas" },
    });
    expect(update.recordActivityUpdate.errors).toEqual([]);

    const path = `/files/plans/gavleborg/${thisYear()}/report/2.csv`;
    const sv = await download(coordinator, `${path}?lang=sv`);
    expect(sv.res.status).toBe(200);
    expect(sv.res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(sv.res.headers.get("content-disposition")).toBe(`attachment; filename="uppfoljning-gavleborg-${thisYear()}-mal-2.csv"`);
    expect(sv.res.headers.get("cache-control")).toBe("private, no-store");
    const [head, row, ...rest] = sv.text.replace(/^\uFEFF/, "").split("\r\n");
    expect(head!.split(";").slice(0, 4)).toEqual(["Mål", "Plan", "Delmål", "Aktivitet"]);
    expect(rest).toEqual([""]);
    // The title is text, not a formula, and quoted for its semicolon; the deviation names its day, status and comment.
    expect(row).toContain(`"'=Läxhjälp; för alla"`);
    expect(row).toContain("Handlingsplan Välfärd");
    expect(row).toContain(`${today()} Risk: Lokalen saknas`);

    const en = await download(coordinator, `${path}?lang=en`);
    expect(
      en.text
        .replace(/^\uFEFF/, "")
        .split("\r\n")[0]!
        .split(";")
        .slice(0, 4),
    ).toEqual(["Goal", "Plan", "Sub-goal", "Activity"]);
    expect(en.text).toContain(`${today()} At risk: Lokalen saknas`);

    // A draft plan is the kansli's: a visitor's file has the header alone.
    const visitor = await download(null, `${path}?lang=sv`);
    expect(visitor.res.status).toBe(200);
    expect(
      visitor.text
        .replace(/^\uFEFF/, "")
        .split("\r\n")
        .filter(Boolean),
    ).toHaveLength(1);
  });

  it("answers 404 for an unknown arena, year or goal", async () => {
    const coordinator = await client().signInAs(demo.coordinator);
    for (const path of [
      `/files/plans/ingen-arena/${thisYear()}/report/2.csv`,
      `/files/plans/gavleborg/ett-år/report/2.csv`,
      `/files/plans/gavleborg/${thisYear()}/report/99.csv`,
    ])
      expect((await download(coordinator, path)).res.status, path).toBe(404);
  });
});
