import { and, count, countDistinct, eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { type ApiClient, demo } from "../../../test/support/client.js";
import { testDatabase } from "../../../test/support/database.js";
import { graphql } from "../../../test/support/graphql.js";
import { submittedIdea } from "../../../test/support/ideas.js";
import { fromGlobalId } from "../../graphql/relay.js";
import { notifications } from "../notifications/notifications.tables.js";
import { swedishToday } from "../../shared/swedish-date.js";
import { REMINDER_CHUNK, notifyDueNextSteps } from "./reminders.service.js";

const NotificationCount = graphql(`
  query NotificationCount {
    myNotifications(first: 1) {
      totalCount
    }
  }
`);

const Arenas = graphql(`
  query ArenasWhileReminding {
    arenas {
      id
      name
    }
  }
`);

const { client } = useTestServer();

const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function notificationCount(c: ApiClient) {
  return (await c.ok(NotificationCount, {})).myNotifications.totalCount;
}

/** `n` open steps of one idea, all due on `dueOn`, owned by the bearers; inserted in one statement. */
async function backlog(n: number, dueOn: string) {
  const bearer = await client().signInAs(demo.bearer);
  const idea = await submittedIdea(bearer, { title: "Läxhjälp i biblioteket" });
  const { db } = await testDatabase();
  await db.execute(
    sql`insert into next_steps (idea_id, title, owner_label, due_on)
        select ${fromGlobalId(idea.id)!.id}::uuid, 'Steg ' || g, 'idébäraren', ${dueOn}::date from generate_series(1, ${n}) g`,
  );
  return { bearer, db, before: await notificationCount(bearer) };
}

/** Reminder notifications of a kind: how many, and of how many distinct steps. */
async function reminders(kind: string) {
  const { db } = await testDatabase();
  const [r] = await db
    .select({ n: count(), steps: countDistinct(sql`${notifications.data}->>'nextStepId'`) })
    .from(notifications)
    .where(and(eq(notifications.kind, kind)));
  return r!;
}

describe("the next-step reminder job with a large backlog", () => {
  it("reminds of each of more than 10,000 due steps once, in chunks, while other requests are served", { timeout: 300_000 }, async () => {
    const N = 10_050;
    const { bearer, db, before } = await backlog(N, plusDays(swedishToday(), 1));

    let chunks = 0;
    let finished = 0;
    // Two runs at once, as two servers would: they take turns chunk by chunk and send each reminder once.
    const runs = [0, 1].map(() =>
      notifyDueNextSteps(db, new Date(), () => chunks++).then((r) => {
        finished++;
        return r;
      }),
    );
    await vi.waitUntil(() => chunks > 0, { timeout: 120_000, interval: 5 });
    // A request issued once the job is under way is answered before the job ends.
    const anonymous = client();
    expect((await anonymous.ok(Arenas, {})).arenas.length).toBeGreaterThan(0);
    expect(finished).toBe(0);

    const [a, b] = await Promise.all(runs);
    expect(a!.due + b!.due).toBe(N);
    expect(a!.notifications.length + b!.notifications.length).toBe(N);
    expect(chunks).toBeGreaterThanOrEqual(Math.ceil(N / REMINDER_CHUNK));
    expect(await reminders("next_step.due")).toEqual({ n: N, steps: N });
    expect((await notificationCount(bearer)) - before).toBe(N);

    // Later the same day: nothing more.
    expect((await notifyDueNextSteps(db)).notifications).toHaveLength(0);
    expect(await reminders("next_step.due")).toEqual({ n: N, steps: N });
  });

  it("after a run that stopped midway, the next run sends what is left and nothing twice", { timeout: 120_000 }, async () => {
    const N = 5 * REMINDER_CHUNK + 17;
    const { bearer, db, before } = await backlog(N, plusDays(swedishToday(), -3));

    let chunks = 0;
    const crashed = notifyDueNextSteps(db, new Date(), () => {
      if (++chunks === 2) throw new Error("the server went away");
    });
    await expect(crashed).rejects.toThrow("the server went away");
    const sentBefore = await reminders("next_step.overdue");
    expect(sentBefore).toEqual({ n: 2 * REMINDER_CHUNK, steps: 2 * REMINDER_CHUNK });

    const rest = await notifyDueNextSteps(db);
    expect(rest.overdue).toBe(N - 2 * REMINDER_CHUNK);
    expect(await reminders("next_step.overdue")).toEqual({ n: N, steps: N });
    expect((await notificationCount(bearer)) - before).toBe(N);
  });
});
