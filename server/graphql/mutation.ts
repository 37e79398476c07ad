import type { Context } from "./context.js";
import type { Tx } from "../db/index.js";
import { type UserError, UserErrors, userError } from "./errors.js";

function pgCode(e: unknown): string | undefined {
  for (let cur: unknown = e; typeof cur === "object" && cur !== null; cur = (cur as { cause?: unknown }).cause) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * Runs a mutation's work in one transaction. Expected failures (UserErrors, and unique or
 * foreign-key violations the service did not pre-check) roll it back and come back as
 * payload errors; anything else propagates and is masked by the error formatter.
 */
export async function runMutation<T>(ctx: Context, work: (tx: Tx) => Promise<T>): Promise<{ value: T | null; errors: UserError[] }> {
  try {
    const value = await ctx.db.transaction(work);
    return { value, errors: [] };
  } catch (e) {
    if (e instanceof UserErrors) return { value: null, errors: e.errors };
    const code = pgCode(e);
    if (code === "23505") return { value: null, errors: [userError(ctx.locale, null, "DUPLICATE")] };
    if (code === "23503") return { value: null, errors: [userError(ctx.locale, null, "IN_USE")] };
    throw e;
  }
}
