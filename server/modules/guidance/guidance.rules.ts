/** What the guidance services share: who reads and writes an idea's guidance, and the checks every write makes. */
import type { Viewer } from "../../auth/sessions.js";
import type { Tx } from "../../db/index.js";
import type { Context } from "../../graphql/context.js";
import { type UserError, UserErrors, apiError, fail } from "../../graphql/errors.js";
import { validateInput } from "../../graphql/validation.js";
import { TEAM_ROLES } from "../ideas/ideas.access.js";
import { ideaById, lockIdea } from "../ideas/ideas.service.js";
import { type IdeaStage, ideas } from "../ideas/ideas.tables.js";
import { type GuidanceView, guidanceView } from "./sessions.types.js";

type IdeaRow = typeof ideas.$inferSelect;

/** Stages in which an idea takes no more guidance: its record stays readable, but nothing is added. */
export const CLOSED_TO_GUIDANCE: IdeaStage[] = ["draft", "withdrawn", "merged"];
/** Stages whose ideas leave the guides' caseloads and get no reminders. */
export const OUT_OF_CASELOAD: IdeaStage[] = ["draft", "withdrawn", "merged", "declined", "closed", "adopted"];

// ---- reading ----

export async function validArgs(ctx: Context, args: object) {
  await validateInput(args, ctx.locale, "args").catch((e: unknown) => {
    if (e instanceof UserErrors) throw apiError("BAD_USER_INPUT", ctx.locale);
    throw e;
  });
}

/** The arenas where the viewer is on the guidance team. */
export const teamArenas = (viewer: Viewer) => [...new Set(viewer.roles.filter((r) => TEAM_ROLES.includes(r.role)).map((r) => r.arenaId))];

/** How the viewer reads the guidance of an idea, or null when they may not. */
export async function viewOn(ctx: Context, ideaRawId: string): Promise<GuidanceView | null> {
  const idea = await ideaById(ctx, ideaRawId);
  return idea ? guidanceView(idea.access) : null;
}

// ---- writing: shared rules ----

/**
 * Inside a mutation: the idea locked, and how the viewer reads its guidance. NOT_FOUND when
 * they may not see the idea; when they see it but not its guidance, NOT_FOUND too if they named
 * a thing of its guidance (a session, a step, a need: to them it does not exist), and FORBIDDEN
 * (from requireTeam) if they named the idea.
 */
export async function lockGuidance(ctx: Context, tx: Tx, ideaGlobalId: string, field: string, named: "idea" | "guidance") {
  const { row, access } = await lockIdea(ctx, tx, ideaGlobalId, field);
  const view = guidanceView(access);
  if (!view && named === "guidance") fail(ctx.locale, field, "NOT_FOUND");
  return { row, access, view };
}

/** Only the guidance team of the idea's arena writes its guidance. */
export function requireTeam(ctx: Context, view: GuidanceView | null) {
  if (view !== "team") throw apiError("FORBIDDEN", ctx.locale);
}

export function requireOpen(ctx: Context, idea: IdeaRow, field: string) {
  if (CLOSED_TO_GUIDANCE.includes(idea.stage)) fail(ctx.locale, field, "WRONG_STAGE");
}

export const actor = (ctx: Context) => ctx.viewer!;

/** Collects the payload errors of a failed check, so that every bad field is reported at once. */
export const into = (errors: UserError[]) => (e: unknown) => {
  if (!(e instanceof UserErrors)) throw e;
  errors.push(...e.errors);
  return undefined;
};

export const trimmed = (input: object, keys: string[]) => {
  for (const k of keys) {
    const v = (input as Record<string, unknown>)[k];
    if (typeof v === "string") (input as Record<string, unknown>)[k] = v.trim();
  }
};
