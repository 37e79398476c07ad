import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { Tx } from "../../db/index.js";
import { hashPassword, isCommonPassword, verifyPassword } from "../../auth/passwords.js";
import type { Context } from "../../graphql/context.js";
import { type UserError, UserErrors, apiError, fail, userError } from "../../graphql/errors.js";
import { afterCommit, runMutation } from "../../graphql/mutation.js";
import { validateInput } from "../../graphql/validation.js";
import * as clock from "../../shared/clock.js";
import { fillText } from "../../shared/events.js";
import { recordEvent } from "../audit/audit.service.js";
import { AccountEvents } from "./accounts.events.js";
import { sendAccountMail } from "./accounts.hooks.js";
import type {
  ChangeEmailInput,
  ChangePasswordInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  UpdateProfileInput,
} from "./accounts.inputs.js";
import { type AccountTokenPurpose, type Locale, accountTokens, userColumns, users } from "./accounts.tables.js";
import { toUser } from "./accounts.types.js";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
/** A mailed link's token: 32 random bytes, base64url. Anything else is not looked up. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const RESET_VALID_MS = 60 * 60_000;
const EMAIL_CONFIRM_VALID_MS = 24 * 3600_000;

/** What is wrong with a new password beyond its length: too common, or containing the email's name part. */
export function passwordProblems(locale: Locale, field: string, password: string, email: string): UserError[] {
  const out: UserError[] = [];
  if (isCommonPassword(password)) out.push(userError(locale, field, "PASSWORD_COMMON"));
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  if (local.length >= 4 && password.toLowerCase().includes(local)) out.push(userError(locale, field, "PASSWORD_CONTAINS_EMAIL"));
  return out;
}

function requireViewer(ctx: Context) {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  return ctx.viewer;
}

/** The person's row with the credential, locked for the change. */
async function lockedSelf(tx: Tx, id: string) {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for("update");
  return row!;
}

/** Ends every other session of the person, and tells their sockets once the change commits. */
async function endOtherSessions(ctx: Context, tx: Tx, userId: string, keep?: string) {
  const keys = await ctx.sessions.endAllOf(tx, userId, keep);
  afterCommit(tx, (c) => c.sessions.announceEnded(keys));
}

async function newToken(tx: Tx, userId: string, purpose: AccountTokenPurpose, validMs: number, newEmail: string | null = null) {
  const token = randomBytes(32).toString("base64url");
  const now = clock.now();
  // One link of a kind at a time: asking again spends the earlier one.
  await tx
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
  await tx
    .insert(accountTokens)
    .values({ userId, purpose, tokenHash: sha256(token), newEmail, createdAt: now, expiresAt: new Date(now.getTime() + validMs) });
  return token;
}

/** Spends a live token of the purpose (locked), or fails with TOKEN_INVALID. */
async function spendToken(ctx: Context, tx: Tx, token: string, purpose: AccountTokenPurpose) {
  if (!TOKEN.test(token)) fail(ctx.locale, "input.token", "TOKEN_INVALID");
  const now = clock.now();
  const [row] = await tx
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountTokens.tokenHash, sha256(token)),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .returning();
  if (!row) fail(ctx.locale, "input.token", "TOKEN_INVALID");
  return row;
}

const mailTexts = {
  reset: {
    subject: { sv: "Återställ ditt lösenord i Arena", en: "Reset your password in Arena" },
    text: {
      sv: "Hej {name}!\n\nNågon, förhoppningsvis du, bad om att få återställa lösenordet till ditt konto i Arena. Välj ett nytt lösenord här:\n\n{url}\n\nLänken fungerar en gång och i en timme. Bad du inte om det kan du strunta i mejlet: ditt lösenord är oförändrat.\n",
      en: "Hello {name},\n\nSomeone, hopefully you, asked to reset the password of your account in Arena. Choose a new password here:\n\n{url}\n\nThe link works once and for one hour. If you did not ask, ignore this mail: your password is unchanged.\n",
    },
  },
  confirm: {
    subject: { sv: "Bekräfta din nya e-postadress i Arena", en: "Confirm your new email address in Arena" },
    text: {
      sv: "Hej {name}!\n\nBekräfta att du vill använda den här adressen för ditt konto i Arena:\n\n{url}\n\nLänken fungerar en gång och i ett dygn. Tills du bekräftar gäller din tidigare adress.\n",
      en: "Hello {name},\n\nConfirm that you want to use this address for your account in Arena:\n\n{url}\n\nThe link works once and for one day. Until you confirm, your earlier address stays in use.\n",
    },
  },
} as const;

export async function changePassword(ctx: Context, input: ChangePasswordInput) {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, async (tx) => {
    await validateInput(input, ctx.locale);
    const wait = await ctx.limits.signInBlocked(ctx.ip, viewer.email);
    if (wait > 0) fail(ctx.locale, null, "RATE_LIMITED", { minutes: wait });
    const row = await lockedSelf(tx, viewer.id);
    const problems = passwordProblems(ctx.locale, "input.newPassword", input.newPassword, row.email);
    if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
      // A wrong current password counts like a failed sign-in: no guessing through this door.
      await ctx.limits.signInFailed(ctx.ip, row.email);
      problems.unshift(userError(ctx.locale, "input.currentPassword", "WRONG_PASSWORD"));
    }
    if (problems.length > 0) throw new UserErrors(problems);
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(input.newPassword) })
      .where(eq(users.id, row.id));
    await endOtherSessions(ctx, tx, row.id, ctx.sessionToken);
    await recordEvent(tx, { arenaId: null, actorId: row.id, subjectType: "User", subjectId: row.id, kind: AccountEvents.passwordChanged });
    return toUser(row);
  });
}

/**
 * Mails a reset link when the address has an account. Whether it has is not told: the answer,
 * and the path taken to it (a rate-limit count, one lookup, one transaction), are the same
 * either way; only whether a token and a mail are written inside differs.
 */
export async function requestPasswordReset(ctx: Context, input: RequestPasswordResetInput) {
  return runMutation(ctx, async (tx) => {
    await validateInput(input, ctx.locale);
    const wait = await ctx.limits.passwordReset(ctx.ip);
    if (wait > 0) fail(ctx.locale, null, "RATE_LIMITED", { minutes: wait });
    const [row] = await tx
      .select(userColumns)
      .from(users)
      .where(and(eq(sql`lower(${users.email})`, input.email.toLowerCase()), isNull(users.deletedAt)));
    if (row) {
      const token = await newToken(tx, row.id, "password_reset", RESET_VALID_MS);
      const l = row.locale;
      await sendAccountMail(tx, {
        to: row.email,
        subject: mailTexts.reset.subject[l],
        text: fillText(mailTexts.reset.text[l], { name: row.name, url: `${ctx.config.appUrl}/reset-password/${token}` }),
        locale: l,
      });
      await recordEvent(tx, {
        arenaId: null,
        actorId: null,
        subjectType: "User",
        subjectId: row.id,
        kind: AccountEvents.passwordResetRequested,
      });
    }
    return true;
  });
}

/** Sets a new password with a mailed token (once, before it expires); every session of the person ends. */
export async function resetPassword(ctx: Context, input: ResetPasswordInput) {
  return runMutation(ctx, async (tx) => {
    await validateInput(input, ctx.locale);
    const spent = await spendToken(ctx, tx, input.token, "password_reset");
    const row = await lockedSelf(tx, spent.userId);
    const problems = passwordProblems(ctx.locale, "input.newPassword", input.newPassword, row.email);
    if (problems.length > 0) throw new UserErrors(problems);
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(input.newPassword) })
      .where(eq(users.id, row.id));
    await endOtherSessions(ctx, tx, row.id);
    await recordEvent(tx, { arenaId: null, actorId: row.id, subjectType: "User", subjectId: row.id, kind: AccountEvents.passwordReset });
    return toUser(row);
  });
}

export async function updateProfile(ctx: Context, input: UpdateProfileInput) {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, async (tx) => {
    await validateInput(input, ctx.locale);
    const [row] = await tx
      .update(users)
      .set({ name: input.name, organisation: input.organisation ?? "" })
      .where(eq(users.id, viewer.id))
      .returning(userColumns);
    await recordEvent(tx, {
      arenaId: null,
      actorId: viewer.id,
      subjectType: "User",
      subjectId: viewer.id,
      kind: AccountEvents.profileChanged,
    });
    return toUser(row!);
  });
}

/** Mails a confirmation link to the new address; the address changes only once it is followed. */
export async function changeEmail(ctx: Context, input: ChangeEmailInput) {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, async (tx) => {
    await validateInput(input, ctx.locale);
    const row = await lockedSelf(tx, viewer.id);
    const errors: UserError[] = [];
    if (!(await verifyPassword(row.passwordHash, input.password))) {
      await ctx.limits.signInFailed(ctx.ip, row.email);
      errors.push(userError(ctx.locale, "input.password", "WRONG_PASSWORD"));
    }
    if (input.newEmail.toLowerCase() === row.email.toLowerCase()) errors.push(userError(ctx.locale, "input.newEmail", "EMAIL_SAME"));
    else if (await emailTaken(tx, input.newEmail, row.id)) errors.push(userError(ctx.locale, "input.newEmail", "EMAIL_TAKEN"));
    if (errors.length > 0) throw new UserErrors(errors);
    const token = await newToken(tx, row.id, "email_change", EMAIL_CONFIRM_VALID_MS, input.newEmail);
    const l = row.locale;
    await sendAccountMail(tx, {
      to: input.newEmail,
      subject: mailTexts.confirm.subject[l],
      text: fillText(mailTexts.confirm.text[l], { name: row.name, url: `${ctx.config.appUrl}/confirm-email/${token}` }),
      locale: l,
    });
    await recordEvent(tx, {
      arenaId: null,
      actorId: row.id,
      subjectType: "User",
      subjectId: row.id,
      kind: AccountEvents.emailChangeRequested,
    });
    return input.newEmail;
  });
}

async function emailTaken(tx: Tx, email: string, except: string) {
  const [taken] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), ne(users.id, except)));
  return taken !== undefined;
}

/** Follows a confirmation link: the new address takes effect (no sign-in needed: the link is the proof). */
export async function confirmEmailChange(ctx: Context, token: string) {
  return runMutation(ctx, async (tx) => {
    const spent = await spendToken(ctx, tx, token, "email_change");
    const row = await lockedSelf(tx, spent.userId);
    if (row.deletedAt) fail(ctx.locale, "input.token", "TOKEN_INVALID");
    if (await emailTaken(tx, spent.newEmail!, row.id)) fail(ctx.locale, "input.token", "EMAIL_TAKEN");
    const [updated] = await tx.update(users).set({ email: spent.newEmail! }).where(eq(users.id, row.id)).returning(userColumns);
    await recordEvent(tx, {
      arenaId: null,
      actorId: row.id,
      subjectType: "User",
      subjectId: row.id,
      kind: AccountEvents.emailChanged,
      data: { from: row.email, to: spent.newEmail },
    });
    return toUser(updated!);
  });
}

/** Ends every session of the person, this one included, and with them their open subscriptions. */
export async function signOutEverywhere(ctx: Context) {
  const viewer = requireViewer(ctx);
  const r = await runMutation(ctx, async (tx) => {
    await endOtherSessions(ctx, tx, viewer.id);
    await recordEvent(tx, {
      arenaId: null,
      actorId: viewer.id,
      subjectType: "User",
      subjectId: viewer.id,
      kind: AccountEvents.signedOutEverywhere,
    });
    return true;
  });
  if (r.value && ctx.req && ctx.res) ctx.sessions.clearCookie(ctx.req, ctx.res);
  ctx.viewer = null;
  return { signedOut: r.value === true, errors: r.errors };
}
