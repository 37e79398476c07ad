import { type SQL, and, asc, count, eq, gt, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import type { Database } from "../../db/index.js";
import { hashPassword, verifyDummy, verifyPassword } from "../../auth/passwords.js";
import { hasRole } from "../../auth/sessions.js";
import type { Context } from "../../graphql/context.js";
import { type UserError, UserErrors, apiError, fail, userError } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { cursorKind, decodeCursor, fromGlobalId, pageSize, toConnection } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { manyLoader, oneLoader } from "../../graphql/loader-utils.js";
import { recordEvent } from "../audit/audit.service.js";
import { AccountEvents } from "./accounts.events.js";
import { type Role, roleGrants, userColumns, users } from "./accounts.tables.js";
import type { RegisterInput, RoleInput, SignInInput, UsersArgs } from "./accounts.inputs.js";
import { type User, toRoleGrant, toUser } from "./accounts.types.js";
import { passwordProblems } from "./self-service.service.js";
import * as clock from "../../shared/clock.js";
import { PRIVACY_NOTICE_VERSION } from "./accounts.vocabulary.js";

export function createAccountLoaders(db: Database) {
  return {
    userById: oneLoader(
      (ids: readonly string[]) =>
        db
          .select(userColumns)
          .from(users)
          .where(inArray(users.id, [...ids])),
      (u) => u.id,
    ),
    rolesByUser: manyLoader(
      (ids: readonly string[]) =>
        db
          .select()
          .from(roleGrants)
          .where(inArray(roleGrants.userId, [...ids]))
          .orderBy(asc(roleGrants.createdAt)),
      (g) => g.userId,
    ),
  };
}

function requireHttp(ctx: Context) {
  if (!ctx.req || !ctx.res) throw apiError("BAD_USER_INPUT", ctx.locale);
  return { req: ctx.req, res: ctx.res };
}

export async function register(ctx: Context, input: RegisterInput) {
  const { req, res } = requireHttp(ctx);
  return runMutation(ctx, async (tx) => {
    const wait = await ctx.limits.register(ctx.ip);
    if (wait > 0) fail(ctx.locale, null, "RATE_LIMITED", { minutes: wait });
    // Every field's problem at once: the form's rules, then those that need the database.
    const errors = await validateInput(input, ctx.locale).then(
      () => [] as UserError[],
      (e: unknown) => {
        if (e instanceof UserErrors) return e.errors;
        throw e;
      },
    );
    const bad = (field: string) => errors.some((e) => e.field === field);
    if (input.sector === null || input.sector === undefined) errors.push(userError(ctx.locale, "input.sector", "SECTOR_REQUIRED"));
    if (!bad("input.password")) errors.push(...passwordProblems(ctx.locale, "input.password", input.password, input.email));
    if (!bad("input.email")) {
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()));
      if (taken) errors.push(userError(ctx.locale, "input.email", "EMAIL_TAKEN"));
    }
    if (input.acceptPrivacyNotice !== true) errors.push(userError(ctx.locale, "input.acceptPrivacyNotice", "PRIVACY_NOTICE_REQUIRED"));
    if (errors.length > 0) throw new UserErrors(errors);
    const [row] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        passwordHash: await hashPassword(input.password),
        organisation: input.organisation ?? "",
        sector: input.sector!,
        locale: input.locale ?? ctx.locale,
        privacyNoticeAcceptedAt: clock.now(),
        privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
      })
      .returning();
    const user = row!;
    await recordEvent(tx, { arenaId: null, actorId: user.id, subjectType: "User", subjectId: user.id, kind: AccountEvents.registered });
    const token = await ctx.sessions.create(tx, user.id);
    ctx.viewer = { id: user.id, name: user.name, email: user.email, roles: [] };
    ctx.sessions.setCookie(req, res, token);
    return toUser(user);
  });
}

export async function signIn(ctx: Context, input: SignInInput) {
  const { req, res } = requireHttp(ctx);
  return runMutation(ctx, async (tx) => {
    await validateInput(input, ctx.locale);
    const email = input.email.toLowerCase();
    const wait = await ctx.limits.signInBlocked(ctx.ip, email);
    if (wait > 0) fail(ctx.locale, null, "RATE_LIMITED", { minutes: wait });
    const [row] = await tx
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, email));
    const ok = row ? await verifyPassword(row.passwordHash, input.password) : await verifyDummy(input.password);
    if (!row || !ok) {
      await ctx.limits.signInFailed(ctx.ip, email);
      fail(ctx.locale, null, "WRONG_CREDENTIALS");
    }
    await ctx.limits.signInSucceeded(ctx.ip, email);
    // A fresh session id at every sign-in; any session the browser had is ended.
    await ctx.sessions.destroy(ctx.sessionToken, tx);
    const token = await ctx.sessions.create(tx, row.id);
    ctx.viewer = await ctx.sessions.viewerFor(tx, row);
    await recordEvent(tx, { arenaId: null, actorId: row.id, subjectType: "User", subjectId: row.id, kind: AccountEvents.signedIn });
    ctx.sessions.setCookie(req, res, token);
    return toUser(row);
  });
}

export async function signOut(ctx: Context) {
  const { req, res } = requireHttp(ctx);
  await ctx.sessions.destroy(ctx.sessionToken);
  ctx.viewer = null;
  ctx.sessions.clearCookie(req, res);
  return { signedOut: true, errors: [] };
}

async function resolveRoleInput(ctx: Context, input: RoleInput) {
  const user = fromGlobalId(input.userId, "User");
  const arena = fromGlobalId(input.arenaId, "Arena");
  if (!arena) fail(ctx.locale, "input.arenaId", "NOT_FOUND");
  // Only an admin of the arena may grant or revoke its roles.
  if (!hasRole(ctx.viewer, arena.id, ["admin"])) throw apiError("FORBIDDEN", ctx.locale);
  if (!user) fail(ctx.locale, "input.userId", "NOT_FOUND");
  await validateInput(input, ctx.locale);
  return { userId: user.id, arenaId: arena.id, role: input.role as Role };
}

export async function grantRole(ctx: Context, input: RoleInput) {
  return runMutation(ctx, async (tx) => {
    const { userId, arenaId, role } = await resolveRoleInput(ctx, input);
    const [u] = await tx.select(userColumns).from(users).where(eq(users.id, userId));
    if (!u) fail(ctx.locale, "input.userId", "NOT_FOUND");
    const inserted = await tx
      .insert(roleGrants)
      .values({ userId, arenaId, role, grantedBy: ctx.viewer!.id })
      .onConflictDoNothing()
      .returning({ id: roleGrants.id });
    if (inserted.length === 0) fail(ctx.locale, "input.role", "ALREADY_GRANTED");
    await recordEvent(tx, {
      arenaId,
      actorId: ctx.viewer!.id,
      subjectType: "User",
      subjectId: userId,
      kind: AccountEvents.roleGranted,
      data: { role },
    });
    return toUser(u);
  });
}

export async function revokeRole(ctx: Context, input: RoleInput) {
  return runMutation(ctx, async (tx) => {
    const { userId, arenaId, role } = await resolveRoleInput(ctx, input);
    const [u] = await tx.select(userColumns).from(users).where(eq(users.id, userId));
    if (!u) fail(ctx.locale, "input.userId", "NOT_FOUND");
    const deleted = await tx
      .delete(roleGrants)
      .where(and(eq(roleGrants.userId, userId), eq(roleGrants.arenaId, arenaId), eq(roleGrants.role, role)))
      .returning({ id: roleGrants.id });
    if (deleted.length === 0) fail(ctx.locale, "input.role", "NOT_GRANTED");
    if (role === "admin") {
      const [left] = await tx
        .select({ n: count() })
        .from(roleGrants)
        .where(and(eq(roleGrants.arenaId, arenaId), eq(roleGrants.role, "admin")));
      if (!left || left.n === 0) fail(ctx.locale, "input.role", "LAST_ADMIN");
    }
    await recordEvent(tx, {
      arenaId,
      actorId: ctx.viewer!.id,
      subjectType: "User",
      subjectId: userId,
      kind: AccountEvents.roleRevoked,
      data: { role },
    });
    return toUser(u);
  });
}

export async function me(ctx: Context): Promise<User | null> {
  if (!ctx.viewer) return null;
  const row = await ctx.loaders.userById.load(ctx.viewer.id);
  return row ? toUser(row) : null;
}

const USER_CURSOR = cursorKind("users:name", "text", "uuid");

/**
 * Who belongs to an arena beyond its roles (the bearers of its ideas, say): each source is a
 * `select user_id, arena_id`, added by the module that knows (modules above accounts).
 */
const arenaPeopleSources: SQL[] = [];
export function addArenaPeople(source: SQL): void {
  arenaPeopleSources.push(source);
}

/** Ids of the people of the given arenas: those holding a role there, and those the sources name. */
export function peopleOf(arenaIds: string[]): SQL {
  if (arenaIds.length === 0) return sql`select null::uuid where false`;
  const pairs = sql.join(
    [sql`select ${roleGrants.userId} as user_id, ${roleGrants.arenaId} as arena_id from ${roleGrants}`, ...arenaPeopleSources],
    sql` union `,
  );
  return sql`select p.user_id from (${pairs}) p where ${inArray(sql`p.arena_id`, arenaIds)}`;
}

/**
 * Administrators' list of the people of the arenas they administer (no admin lists the whole
 * install's accounts), name order, keyset-paginated.
 */
export async function listUsers(ctx: Context, args: UsersArgs) {
  await validateInput(args, ctx.locale, "args").catch((e: unknown) => {
    if (e instanceof UserErrors) throw apiError("BAD_USER_INPUT", ctx.locale);
    throw e;
  });
  const size = pageSize(args);
  const after = decodeCursor(args.after, USER_CURSOR);
  const q = args.search ? `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const administered = (ctx.viewer?.roles ?? []).filter((r) => r.role === "admin").map((r) => r.arenaId);
  const filter = and(
    sql`${users.id} in (${peopleOf(administered)})`,
    isNull(users.deletedAt),
    q ? or(ilike(users.name, q), ilike(users.email, q), ilike(users.organisation, q)) : undefined,
  );
  const afterCond =
    after && after.length === 2
      ? or(gt(users.name, String(after[0])), and(eq(users.name, String(after[0])), gt(users.id, String(after[1]))))
      : undefined;
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select(userColumns)
      .from(users)
      .where(and(filter, afterCond))
      .orderBy(asc(users.name), asc(users.id))
      .limit(size + 1),
    ctx.db.select({ n: count() }).from(users).where(filter),
  ]);
  return toConnection(rows, size, total?.n ?? 0, (r) => [r.name, r.id], toUser, !!after, USER_CURSOR);
}

export async function rolesOf(ctx: Context, user: User) {
  return (await ctx.loaders.rolesByUser.load(user.rawId)).map(toRoleGrant);
}
