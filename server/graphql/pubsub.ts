import { randomUUID } from "node:crypto";
import { createPubSub } from "@graphql-yoga/subscription";
import type { Logger } from "pino";
import type postgres from "postgres";
import type { notifications } from "../modules/notifications/notifications.tables.js";

/** Topics and payloads of every subscription. */
export type ArenaTopics = {
  STRUCTURE_CHANGED: [{ arenaId: string; kind: string; subjectId: string; actorId: string }];
  /** A notification was recorded (published after its transaction commits); subscribers filter on userId. */
  NOTIFICATION_ADDED: [typeof notifications.$inferSelect];
  /** A session ended (sign-out, or a new sign-in in its browser): every instance closes the sockets it authenticated. */
  SESSION_ENDED: [{ sessionKey: string }];
  /** A mutation committed somewhere: every instance forgets the answers it keeps for visitors. */
  PUBLIC_CHANGED: [{ at: number }];
};

type Topic = keyof ArenaTopics;

/** What goes over PostgreSQL: the sending instance, the event's type (topic, maybe ":id"), and the payload or a reference to load it by. */
interface Wire {
  from: string;
  type: string;
  payload?: unknown;
  ref?: string;
}

export interface ArenaPubSubOptions {
  /** When set, events also travel between instances through LISTEN/NOTIFY on this database. */
  postgres?: postgres.Sql;
  log?: Logger;
  /**
   * Topics whose payloads are sent as their id and loaded again by the instances that receive
   * them: NOTIFY carries at most 8000 bytes, and a row's data has no bound.
   */
  loaders?: { NOTIFICATION_ADDED?: (id: string) => Promise<ArenaTopics["NOTIFICATION_ADDED"][0] | null> };
}

const CHANNEL = "arena_events";

/**
 * Local delivery is immediate and in process; with PostgreSQL each event is also sent through
 * NOTIFY, and every other instance delivers it to its own subscribers. An instance ignores its
 * own notifications, so each subscriber hears an event once. Events sent while an instance's
 * listening connection is down are not replayed: a live view catches up on its next query.
 */
class PostgresEventTarget extends EventTarget {
  private readonly id = randomUUID();
  private listening: Promise<{ unlisten(): Promise<void> }> | undefined;
  /** Loads run one after another, so that events arrive in the order they were sent. */
  private inbound: Promise<void> = Promise.resolve();

  constructor(
    private readonly sql: postgres.Sql,
    private readonly opts: ArenaPubSubOptions,
  ) {
    super();
  }

  /** Starts listening; resolves once LISTEN is in place (postgres.js renews it after a reconnect). */
  start(): Promise<void> {
    this.listening ??= this.sql.listen(CHANNEL, (raw) => this.receive(raw));
    return this.listening.then(() => undefined);
  }

  async stop(): Promise<void> {
    const l = this.listening;
    this.listening = undefined;
    if (l) await (await l.catch(() => null))?.unlisten().catch(() => undefined);
  }

  override dispatchEvent(event: Event): boolean {
    const delivered = super.dispatchEvent(event);
    this.send(event.type, (event as CustomEvent<unknown>).detail);
    return delivered;
  }

  private send(type: string, payload: unknown): void {
    const topic = type.split(":")[0] as Topic;
    const wire: Wire = { from: this.id, type };
    if (topic === "NOTIFICATION_ADDED" && this.opts.loaders?.NOTIFICATION_ADDED) wire.ref = (payload as { id: string }).id;
    else wire.payload = payload;
    this.sql
      .notify(CHANNEL, JSON.stringify(wire))
      .catch((err: unknown) => this.opts.log?.error({ err, type }, "event not sent to other instances"));
  }

  private receive(raw: string): void {
    let wire: Wire;
    try {
      wire = JSON.parse(raw) as Wire;
    } catch {
      return;
    }
    if (wire.from === this.id) return;
    this.inbound = this.inbound.then(async () => {
      try {
        let payload = wire.payload;
        if (wire.ref !== undefined) {
          const loaded = await this.opts.loaders?.NOTIFICATION_ADDED?.(wire.ref);
          // Gone meanwhile (its person deleted): nothing to tell.
          if (loaded === null || loaded === undefined) return;
          payload = loaded;
        }
        super.dispatchEvent(new CustomEvent(wire.type, { detail: payload }));
      } catch (err) {
        this.opts.log?.error({ err, type: wire.type }, "event from another instance not delivered");
      }
    });
  }
}

export function createArenaPubSub(opts: ArenaPubSubOptions = {}) {
  const target = opts.postgres ? new PostgresEventTarget(opts.postgres, opts) : undefined;
  return Object.assign(createPubSub<ArenaTopics>({ eventTarget: target }), {
    /** Resolves once events from other instances can arrive (at once without PostgreSQL). */
    start: () => target?.start() ?? Promise.resolve(),
    stop: () => target?.stop() ?? Promise.resolve(),
  });
}
export type ArenaPubSub = ReturnType<typeof createArenaPubSub>;
