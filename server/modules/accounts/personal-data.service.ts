import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { jsonHoldsString, replaceString } from "../../shared/pseudonymise.js";
import type { Tx } from "../../db/index.js";
import { verifyPassword } from "../../auth/passwords.js";
import { readTokens } from "../../auth/read-tokens.tables.js";
import type { Context } from "../../graphql/context.js";
import { apiError, fail } from "../../graphql/errors.js";
import { afterCommit, runMutation } from "../../graphql/mutation.js";
import { fromGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import * as clock from "../../shared/clock.js";
import { events } from "../audit/audit.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import { AccountEvents } from "./accounts.events.js";
import { personalDataParts } from "./accounts.hooks.js";
import type { DeleteAccountInput } from "./accounts.inputs.js";
import { peopleOf } from "./accounts.service.js";
import { type Locale, accountTokens, roleGrants, userColumns, users } from "./accounts.tables.js";

/** The name a deleted account's public records stand under, in the reader's language. */
export const NEUTRAL_NAME: Record<Locale, string> = { sv: "Tidigare användare", en: "Former user" };

function requireViewer(ctx: Context) {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  return ctx.viewer;
}

/**
 * The person an administrator acts for: one of the people of an arena they administer (as in
 * the list of accounts); anyone else is not found.
 */
async function personForAdmin(ctx: Context, tx: Tx, globalId: string): Promise<string> {
  const viewer = requireViewer(ctx);
  const administered = viewer.roles.filter((r) => r.role === "admin").map((r) => r.arenaId);
  if (administered.length === 0) throw apiError("FORBIDDEN", ctx.locale);
  const raw = fromGlobalId(globalId, "User")?.id;
  if (!raw) fail(ctx.locale, "userId", "NOT_FOUND");
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, raw), sql`${users.id} in (${peopleOf(administered)})`));
  if (!row) fail(ctx.locale, "userId", "NOT_FOUND");
  return row.id;
}

/** Everything the arena keeps about a person, as one JSON document: the account, then each module's share. */
async function collect(tx: Tx, userId: string): Promise<string> {
  const [account] = await tx.select(userColumns).from(users).where(eq(users.id, userId));
  const roles = await tx
    .select({ arenaId: roleGrants.arenaId, role: roleGrants.role, since: roleGrants.createdAt })
    .from(roleGrants)
    .where(eq(roleGrants.userId, userId));
  const activity = await tx
    .select({ kind: events.kind, subjectType: events.subjectType, subjectId: events.subjectId, at: events.createdAt })
    .from(events)
    .where(eq(events.actorId, userId))
    .orderBy(asc(events.createdAt));
  // The person's API tokens as their list shows them: never the hash.
  const tokens = await tx
    .select({
      name: readTokens.name,
      displayPrefix: readTokens.displayPrefix,
      createdAt: readTokens.createdAt,
      expiresAt: readTokens.expiresAt,
      lastUsedAt: readTokens.lastUsedAt,
      revokedAt: readTokens.revokedAt,
    })
    .from(readTokens)
    .where(eq(readTokens.userId, userId))
    .orderBy(asc(readTokens.createdAt));
  const doc: Record<string, unknown> = {
    exportedAt: clock.now().toISOString(),
    account: account && { ...account, roles, readTokens: tokens },
  };
  for (const part of personalDataParts()) doc[part.key] = await part.collect(tx, userId);
  doc.activity = activity;
  return JSON.stringify(doc, null, 2);
}

async function exportFor(ctx: Context, who: (tx: Tx) => Promise<string>, byAdmin: boolean) {
  return runMutation(ctx, async (tx) => {
    const userId = await who(tx);
    const json = await collect(tx, userId);
    await recordEvent(tx, {
      arenaId: null,
      actorId: ctx.viewer!.id,
      subjectType: "User",
      subjectId: userId,
      kind: AccountEvents.dataExported,
      data: { byAdmin },
    });
    return json;
  });
}

export function exportMyData(ctx: Context) {
  const viewer = requireViewer(ctx);
  return exportFor(ctx, async () => viewer.id, false);
}

export function exportPersonData(ctx: Context, userId: string) {
  return exportFor(ctx, (tx) => personForAdmin(ctx, tx, userId), true);
}

/**
 * Erases or pseudonymises a person: each module erases its share (what is a public record, a
 * submitted idea, stays), then the account keeps only its id, under a neutral name, so that
 * those records still stand under someone. Sessions end; the arena's last admin cannot go.
 */
async function erase(ctx: Context, tx: Tx, userId: string, byAdmin: boolean) {
  const [row] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
  if (!row || row.deletedAt) fail(ctx.locale, null, "ACCOUNT_DELETED");
  const adminOf = await tx
    .select({ arenaId: roleGrants.arenaId })
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, userId), eq(roleGrants.role, "admin")));
  if (adminOf.length > 0) {
    const admins = await tx
      .select({ arenaId: roleGrants.arenaId, n: count() })
      .from(roleGrants)
      .where(
        and(
          inArray(
            roleGrants.arenaId,
            adminOf.map((a) => a.arenaId),
          ),
          eq(roleGrants.role, "admin"),
        ),
      )
      .groupBy(roleGrants.arenaId);
    if (admins.some((a) => a.n < 2)) fail(ctx.locale, null, "LAST_ADMIN_ACCOUNT");
  }
  for (const part of personalDataParts())
    await part.erase(tx, { id: row.id, email: row.email, name: row.name, neutralName: NEUTRAL_NAME.sv });
  // Others' events name the person as they were then (who commented, who referred): those names go too.
  if (row.name.trim() !== "") {
    const named = await tx.select({ id: events.id, data: events.data }).from(events).where(jsonHoldsString(events.data, row.name));
    for (const e of named)
      await tx
        .update(events)
        .set({ data: replaceString(e.data, row.name, NEUTRAL_NAME.sv) as Record<string, unknown> })
        .where(eq(events.id, e.id));
  }
  const keys = await ctx.sessions.endAllOf(tx, userId);
  afterCommit(tx, (c) => c.sessions.announceEnded(keys));
  await tx.delete(roleGrants).where(eq(roleGrants.userId, userId));
  await tx.delete(accountTokens).where(eq(accountTokens.userId, userId));
  await tx.delete(readTokens).where(eq(readTokens.userId, userId));
  await tx
    .update(users)
    .set({
      name: NEUTRAL_NAME.sv,
      email: `deleted-${userId}@deleted.invalid`,
      // Not an argon2 hash: no password verifies against it.
      passwordHash: "deleted",
      organisation: "",
      deletedAt: clock.now(),
    })
    .where(eq(users.id, userId));
  await recordEvent(tx, {
    arenaId: null,
    actorId: byAdmin ? ctx.viewer!.id : null,
    subjectType: "User",
    subjectId: userId,
    kind: AccountEvents.deleted,
    data: { byAdmin },
  });
}

export async function deleteMyAccount(ctx: Context, input: DeleteAccountInput) {
  const viewer = requireViewer(ctx);
  const r = await runMutation(ctx, async (tx) => {
    await validateInput(input, ctx.locale);
    const [row] = await tx.select({ hash: users.passwordHash, email: users.email }).from(users).where(eq(users.id, viewer.id));
    if (!row || !(await verifyPassword(row.hash, input.password))) {
      await ctx.limits.signInFailed(ctx.ip, viewer.email);
      fail(ctx.locale, "input.password", "WRONG_PASSWORD");
    }
    await erase(ctx, tx, viewer.id, false);
    return true;
  });
  if (r.value && ctx.req && ctx.res) {
    ctx.sessions.clearCookie(ctx.req, ctx.res);
    ctx.viewer = null;
  }
  return { deleted: r.value === true, errors: r.errors };
}

export async function deletePersonAccount(ctx: Context, userId: string) {
  const r = await runMutation(ctx, async (tx) => {
    const id = await personForAdmin(ctx, tx, userId);
    if (id === ctx.viewer!.id) fail(ctx.locale, "userId", "NOT_FOUND");
    await erase(ctx, tx, id, true);
    return true;
  });
  return { deleted: r.value === true, errors: r.errors };
}
