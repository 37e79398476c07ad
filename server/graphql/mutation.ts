import type { Context } from "./context.js";
import { type Tx, errorCodes } from "../db/index.js";
import { type UserError, UserErrors, userError } from "./errors.js";

/** PostgreSQL's SQLSTATE, five characters, wherever in the error's causes it is. */
const pgCode = (e: unknown) => errorCodes(e).find((code) => /^[0-9A-Z]{5}$/.test(code));

type AfterCommit = (ctx: Context) => void | Promise<void>;

/** Work queued by a transaction's code, run once that transaction has committed (and dropped if it rolls back). */
const afterCommitQueues = new WeakMap<Tx, AfterCommit[]>();

/**
 * Queues work (live updates, waking the mailer) to run after the mutation's transaction
 * commits, so that nobody is told about a change that was rolled back or cannot yet be read.
 * Outside runMutation (seeds, scripts) there is nobody to tell and the work is dropped.
 */
export function afterCommit(tx: Tx, fn: AfterCommit): void {
  afterCommitQueues.get(tx)?.push(fn);
}

/**
 * Runs a mutation's work in one transaction. Expected failures (UserErrors, and unique or
 * foreign-key violations the service did not pre-check) roll it back and come back as
 * payload errors; anything else propagates and is masked by the error formatter.
 */
export async function runMutation<T>(ctx: Context, work: (tx: Tx) => Promise<T>): Promise<{ value: T | null; errors: UserError[] }> {
  const queued: AfterCommit[] = [];
  let value: T;
  try {
    value = await ctx.db.transaction((tx) => {
      afterCommitQueues.set(tx, queued);
      return work(tx);
    });
  } catch (e) {
    if (e instanceof UserErrors) return { value: null, errors: e.errors };
    const code = pgCode(e);
    if (code === "23505") return { value: null, errors: [userError(ctx.locale, null, "DUPLICATE")] };
    if (code === "23503") return { value: null, errors: [userError(ctx.locale, null, "IN_USE")] };
    throw e;
  }
  // Committed: what follows must not fail the mutation.
  ctx.publicChanged();
  for (const fn of queued) {
    try {
      await fn(ctx);
    } catch (err) {
      ctx.log.error({ err }, "after-commit work failed");
    }
  }
  return { value, errors: [] };
}
