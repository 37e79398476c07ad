import type { Role } from "../modules/accounts/accounts.tables.js";
import { hasRole } from "../auth/sessions.js";
import type { Context } from "./context.js";
import { UserErrors, apiError, userError } from "./errors.js";
import { fromGlobalId } from "./relay.js";

/** Throws UNAUTHENTICATED or FORBIDDEN unless the viewer holds one of the roles in the arena. */
export function requireArenaRole(ctx: Context, arenaId: string, roles: readonly Role[]): string {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  if (!hasRole(ctx.viewer, arenaId, roles)) throw apiError("FORBIDDEN", ctx.locale);
  return ctx.viewer.id;
}

/** The raw id of a global id given in a mutation input, or a NOT_FOUND payload error on that field. */
export function inputId(ctx: Context, globalId: string, type: string, field: string): string {
  const parsed = fromGlobalId(globalId, type);
  if (!parsed) throw new UserErrors([userError(ctx.locale, field, "NOT_FOUND")]);
  return parsed.id;
}

/** Like inputId, but "" or null mean "none" and undefined means "not given". */
export function optionalInputId(ctx: Context, globalId: string | null | undefined, type: string, field: string): string | null | undefined {
  if (globalId === undefined) return undefined;
  if (globalId === null || globalId === "") return null;
  return inputId(ctx, globalId, type, field);
}
