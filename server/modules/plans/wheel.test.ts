import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { type ApiClient, demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { graphql } from "../../../test/support/graphql.js";
import { setClockForTests } from "../../shared/clock.js";
import { users } from "../accounts/accounts.tables.js";
import { notifications, outbox } from "../notifications/notifications.tables.js";
import { reminderDate, sendWheelReminders } from "./wheel.reminders.js";
import { wheelReminders } from "./wheel.tables.js";

const Wheel = graphql(`
  query WheelForTests($slug: String!) {
    arena(slug: $slug) {
      id
      viewerMayEditWheel
      wheel {
        id
        month
        day
        title
        audience
        remindWorkingDays
        version
        body {
          key
        }
      }
      bodies {
        id
        key
      }
    }
  }
`);

const Errors = `errors { field code message }`;
const Fields = `milestone { id month day title titleSv version audience body { key } }`;
const Create = graphql(
  `mutation CreateMilestone($input: CreateWheelMilestoneInput!) { createWheelMilestone(input: $input) { ${Fields} ${Errors} } }`,
);
const Update = graphql(
  `mutation UpdateMilestone($input: UpdateWheelMilestoneInput!) { updateWheelMilestone(input: $input) { ${Fields} ${Errors} } }`,
);
const Delete = graphql(
  `mutation DeleteMilestone($input: DeleteWheelMilestoneInput!) { deleteWheelMilestone(input: $input) { ${Fields} ${Errors} } }`,
);

const { client } = useTestServer();

async function wheelOf(c: ApiClient) {
  const { arena } = await c.ok(Wheel, { slug: "gavleborg" });
  return arena!;
}

const base = { titleSv: "Länsledning Välfärd antar handlingsplanen", titleEn: "The strategic leadership adopts the action plan" };

describe("the annual wheel", () => {
  it("is kept by the kansli, validated, versioned, and read by anyone", async () => {
    const coordinator = await client().signInAs(demo.coordinator);
    const arena = await wheelOf(coordinator);
    expect(arena.viewerMayEditWheel).toBe(true);
    const lans = arena.bodies.find((b) => b.key === "lansledning-valfard")!;

    const bad = await coordinator.ok(Create, { input: { arenaId: arena.id, month: 4, day: 31, ...base } });
    expect(bad.createWheelMilestone.errors).toEqual([expect.objectContaining({ field: "input.day", code: "NO_SUCH_DAY" })]);
    const noBody = await coordinator.ok(Create, { input: { arenaId: arena.id, month: 4, audience: "BODY_MEMBERS", ...base } });
    expect(noBody.createWheelMilestone.errors.map((e) => e.code)).toEqual(["AUDIENCE_NEEDS_BODY"]);
    const month = await coordinator.ok(Create, { input: { arenaId: arena.id, month: 13, ...base, titleSv: "x" } });
    expect(month.createWheelMilestone.errors.map((e) => [e.field, e.code])).toEqual([
      ["input.month", "OUT_OF_RANGE"],
      ["input.titleSv", "TOO_SHORT"],
    ]);
    expect((await wheelOf(client())).wheel).toHaveLength(0);

    const made = await coordinator.ok(Create, {
      input: { arenaId: arena.id, month: 12, day: 10, bodyId: lans.id, audience: "BODY_MEMBERS", remindWorkingDays: 15, ...base },
    });
    expect(made.createWheelMilestone.errors).toEqual([]);
    const m = made.createWheelMilestone.milestone!;
    await coordinator.ok(Create, { input: { arenaId: arena.id, month: 3, titleSv: "Analys inför budgetdagen" } });

    // Anyone reads it, month by month; in English when asked.
    const anonymous = await wheelOf(client("en"));
    expect(anonymous.viewerMayEditWheel).toBe(false);
    expect(anonymous.wheel.map((w) => [w.month, w.day, w.title])).toEqual([
      [3, null, "Analys inför budgetdagen"],
      [12, 10, base.titleEn],
    ]);
    expect(anonymous.wheel[1]!.body?.key).toBe("lansledning-valfard");

    // A body member may read but not edit.
    const member = await client().signInAs(demo.bodyMember);
    const refused = await member.request(Create, { input: { arenaId: arena.id, month: 5, ...base } });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const updated = await coordinator.ok(Update, {
      input: {
        id: m.id,
        version: m.version,
        month: 11,
        day: 30,
        bodyId: lans.id,
        audience: "BODY_MEMBERS",
        remindWorkingDays: 10,
        ...base,
      },
    });
    expect(updated.updateWheelMilestone.milestone).toMatchObject({ month: 11, day: 30, version: m.version + 1 });
    const stale = await coordinator.ok(Update, { input: { id: m.id, version: m.version, month: 1, ...base } });
    expect(stale.updateWheelMilestone.errors.map((e) => e.code)).toEqual(["STALE_MILESTONE"]);
    expect((await wheelOf(client())).wheel.find((w) => w.id === m.id)).toMatchObject({ month: 11, day: 30 });

    const gone = await coordinator.ok(Delete, { input: { id: m.id, version: m.version + 1 } });
    expect(gone.deleteWheelMilestone.errors).toEqual([]);
    expect((await wheelOf(client())).wheel.map((w) => w.month)).toEqual([3]);
  });

  it("reminds the body's members once, in the app and by mail, working days ahead, even when two runs race", async () => {
    const coordinator = await client().signInAs(demo.coordinator);
    const arena = await wheelOf(coordinator);
    const lans = arena.bodies.find((b) => b.key === "lansledning-valfard")!;
    const title = "Återrapportering från utskotten";
    const made = await coordinator.ok(Create, {
      input: { arenaId: arena.id, month: 3, day: 16, bodyId: lans.id, audience: "BODY_MEMBERS", remindWorkingDays: 5, titleSv: title },
    });
    expect(made.createWheelMilestone.errors).toEqual([]);
    // 16 March 2027 is a Tuesday: five working days before is Tuesday 9 March.
    expect(reminderDate({ month: 3, day: 16, remindWorkingDays: 5 }, 2027)).toBe("2027-03-09");
    const { db } = await testDatabase();

    setClockForTests(new Date("2027-03-08T09:00:00Z"));
    expect((await sendWheelReminders(db)).reminded).toBe(0);

    setClockForTests(new Date("2027-03-09T06:00:00Z"));
    const [a, b] = await Promise.all([sendWheelReminders(db), sendWheelReminders(db)]);
    expect(a!.reminded + b!.reminded).toBe(1);
    const told = await db
      .select({ email: users.email })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(eq(notifications.kind, "wheel.reminder"));
    expect(told.map((t) => t.email)).toContain(demo.bodyMember);
    expect(told.map((t) => t.email)).not.toContain(demo.bearer);
    expect(a!.notifications.length + b!.notifications.length).toBe(told.length);
    const mails = await db
      .select()
      .from(outbox)
      .where(like(outbox.subject, `%${title}%`));
    expect(mails).toHaveLength(told.length);
    expect(mails.map((m) => m.toAddress)).toContain(demo.bodyMember);
    expect(mails[0]!.subject).toContain("16 mars 2027");
    expect(await db.select().from(wheelReminders)).toEqual([expect.objectContaining({ year: 2027, recipients: told.length })]);

    // Later that week, and again on the day: nothing more this year.
    setClockForTests(new Date("2027-03-16T08:00:00Z"));
    expect((await sendWheelReminders(db)).reminded).toBe(0);
    expect(
      await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.kind, "wheel.reminder"))),
    ).toHaveLength(told.length);

    // The next year it comes round again.
    setClockForTests(new Date("2028-03-13T08:00:00Z"));
    const next = await sendWheelReminders(db);
    expect(next.reminded).toBe(1);
    expect(next.notifications).toHaveLength(told.length);
  });
});
