import type postgres from "postgres";
import type { Logger } from "pino";

const CAMPAIGN_EVERY_MS = 30_000;

/**
 * Runs a job on one instance only: the one holding a PostgreSQL advisory lock, kept on a reserved
 * connection for as long as it leads. If that instance dies or loses its connection, the lock
 * goes with the session and another instance takes it at its next try. Without PostgreSQL
 * (PGlite: one process) the job just runs.
 *
 * `start` begins the job and returns what stops it.
 */
export function whileLeader(client: postgres.Sql | undefined, key: number, log: Logger, start: () => () => void): () => void {
  if (!client) return start();
  let conn: postgres.ReservedSql | undefined;
  let stopJob: (() => void) | undefined;
  let closed = false;
  let busy = false;

  const resign = () => {
    stopJob?.();
    stopJob = undefined;
    conn?.release();
    conn = undefined;
  };

  const tick = async () => {
    if (busy || closed) return;
    busy = true;
    try {
      if (conn) {
        // Still our session? Then still our lock.
        await conn`select 1`;
        return;
      }
      const c = await client.reserve();
      const [row] = await c<{ ok: boolean }[]>`select pg_try_advisory_lock(${key}) as ok`;
      if (row?.ok && !closed) {
        conn = c;
        log.info({ lock: key }, "this instance runs the job");
        stopJob = start();
      } else c.release();
    } catch (err) {
      log.warn({ err, lock: key }, "leadership lost or not taken; trying again");
      resign();
    } finally {
      busy = false;
    }
  };

  void tick();
  const timer = setInterval(() => void tick(), CAMPAIGN_EVERY_MS);
  timer.unref();
  return () => {
    closed = true;
    clearInterval(timer);
    const c = conn;
    stopJob?.();
    stopJob = undefined;
    conn = undefined;
    if (c) void c`select pg_advisory_unlock(${key})`.catch(() => undefined).finally(() => c.release());
  };
}
