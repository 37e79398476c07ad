import { and, count, desc, eq, gt, isNull } from "drizzle-orm";
import { newReadToken } from "../../auth/read-tokens.js";
import { readTokens } from "../../auth/read-tokens.tables.js";
import type { Viewer } from "../../auth/sessions.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { apiError, fail } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { validateInput } from "../../graphql/validation.js";
import * as clock from "../../shared/clock.js";
import { recordEvent } from "../audit/audit.service.js";
import { AccountEvents } from "./accounts.events.js";
import type { Role } from "./accounts.tables.js";
import type { CreateReadTokenInput } from "./read-tokens.inputs.js";
import { type ReadToken, toReadToken } from "./read-tokens.types.js";

/** Researchers take the arena's data home; admins script their arena. A token then carries whatever roles its owner holds. */
const MAY_CREATE: readonly Role[] = ["researcher", "admin"];
/** Valid tokens a person may hold at once: enough for a few scripts, few enough to keep track of. */
export const MAX_ACTIVE_READ_TOKENS = 10;

export const mayCreateReadTokens = (viewer: Viewer | null) => !!viewer?.roles.some((r) => MAY_CREATE.includes(r.role));

function signedIn(ctx: Context): Viewer {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  return ctx.viewer;
}

/** The viewer's tokens, newest first, revoked and expired ones included (they show what was used when). */
export async function myReadTokens(ctx: Context): Promise<ReadToken[]> {
  const viewer = signedIn(ctx);
  const rows = await ctx.db.select().from(readTokens).where(eq(readTokens.userId, viewer.id)).orderBy(desc(readTokens.createdAt));
  const now = clock.now();
  return rows.map((r) => toReadToken(r, now));
}

export function createReadToken(ctx: Context, input: CreateReadTokenInput) {
  const viewer = signedIn(ctx);
  return runMutation(ctx, async (tx) => {
    await validateInput(input, ctx.locale);
    if (!mayCreateReadTokens(viewer)) fail(ctx.locale, null, "READ_TOKEN_NOT_ALLOWED");
    const now = clock.now();
    const [active] = await tx
      .select({ n: count() })
      .from(readTokens)
      .where(and(eq(readTokens.userId, viewer.id), isNull(readTokens.revokedAt), gt(readTokens.expiresAt, now)));
    if ((active?.n ?? 0) >= MAX_ACTIVE_READ_TOKENS) fail(ctx.locale, null, "READ_TOKEN_LIMIT", { max: MAX_ACTIVE_READ_TOKENS });
    const made = newReadToken();
    const [row] = await tx
      .insert(readTokens)
      .values({
        userId: viewer.id,
        name: input.name,
        tokenHash: made.hash,
        displayPrefix: made.displayPrefix,
        createdAt: now,
        expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000),
      })
      .returning();
    await recordEvent(tx, {
      arenaId: null,
      actorId: viewer.id,
      subjectType: "User",
      subjectId: viewer.id,
      kind: AccountEvents.readTokenCreated,
      data: { readTokenId: row!.id, name: input.name, expiresAt: row!.expiresAt.toISOString() },
    });
    return { readToken: toReadToken(row!, now), token: made.token };
  });
}

/** Revokes one of the viewer's own tokens; its next request is refused. Idempotent. */
export function revokeReadToken(ctx: Context, id: string) {
  const viewer = signedIn(ctx);
  return runMutation(ctx, async (tx) => {
    const rawId = inputId(ctx, id, "ReadToken", "id");
    const [row] = await tx
      .select()
      .from(readTokens)
      .where(and(eq(readTokens.id, rawId), eq(readTokens.userId, viewer.id)))
      .for("update");
    if (!row) fail(ctx.locale, "id", "NOT_FOUND");
    const now = clock.now();
    if (row.revokedAt !== null) return toReadToken(row, now);
    const [updated] = await tx.update(readTokens).set({ revokedAt: now }).where(eq(readTokens.id, rawId)).returning();
    await recordEvent(tx, {
      arenaId: null,
      actorId: viewer.id,
      subjectType: "User",
      subjectId: viewer.id,
      kind: AccountEvents.readTokenRevoked,
      data: { readTokenId: rawId },
    });
    return toReadToken(updated!, now);
  });
}
