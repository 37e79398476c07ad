import type { AuthCheckerFn } from "type-graphql";
import { isAdminAnywhere } from "../auth/sessions.js";
import type { Context } from "./context.js";
import { apiError } from "./errors.js";

/**
 * Rules for @Authorized(...):
 * - no rule: signed in;
 * - "SELF_OR_ADMIN": the object is the viewer's own user (root.id) or the viewer administers an arena;
 * - "ADMIN": the viewer administers an arena.
 * Arena-scoped rules (a coordinator of *this* arena) are checked in services, which know the arena.
 *
 * On root fields a failed check throws UNAUTHENTICATED or FORBIDDEN. On fields of objects
 * it returns false, and with authMode "null" the field resolves to null: what a viewer may
 * not see never leaves the server, and lists of objects stay usable.
 */
export const authChecker: AuthCheckerFn<Context, string> = ({ context, root, info }, rules) => {
  const rootField = ["Query", "Mutation", "Subscription"].includes(info.parentType.name);
  const deny = (code: "UNAUTHENTICATED" | "FORBIDDEN") => {
    if (rootField) throw apiError(code, context.locale);
    return false;
  };
  const viewer = context.viewer;
  if (!viewer) return deny("UNAUTHENTICATED");
  if (rules.length === 0) return true;
  for (const rule of rules) {
    if (rule === "ADMIN" && isAdminAnywhere(viewer)) return true;
    if (rule === "SELF_OR_ADMIN" && ((root as { rawId?: string } | undefined)?.rawId === viewer.id || isAdminAnywhere(viewer))) return true;
  }
  return deny("FORBIDDEN");
};
