import { createHash, randomBytes } from "node:crypto";
import { and, asc, count, eq, gt, inArray, lt, notInArray, or } from "drizzle-orm";
import { hasRole } from "../../auth/sessions.js";
import type { Database, Tx } from "../../db/index.js";
import { inputId, requireArenaRole } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { apiError, fail } from "../../graphql/errors.js";
import { runMutation } from "../../graphql/mutation.js";
import { cursorKind, decodeCursor, fromGlobalId, pageSize, toConnection, toGlobalId } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { users } from "../accounts/accounts.tables.js";
import { recordEvent } from "../audit/audit.service.js";
import { addWorkingDays, swedishDate } from "../../shared/working-days.js";
import { TEAM_ROLES, atLeast } from "../ideas/ideas.access.js";
import { ideaById, lockIdea } from "../ideas/ideas.service.js";
import { type IdeaRow, type IdeaStage, ideas } from "../ideas/ideas.tables.js";
import { type Idea, toIdea } from "../ideas/ideas.types.js";
import { enqueueMail, notify } from "../notifications/notifications.service.js";
import { arenas } from "../partnership/partnership.tables.js";
import type {
  ConfirmReferralInput,
  OverdueReferralsArgs,
  RecordReferralOutcomeInput,
  ReferIdeaInput,
  UpdateReferralInput,
} from "./support.inputs.js";
import { type ReferralStatus, referrals, supportActorArenas, supportActors } from "./support.tables.js";
import { type Referral, type ReferralHandOff, type ReferralRow, ReferralStatusEnum, toReferral } from "./support.types.js";
import { validArgs } from "./support.service.js";
import { isoDate, swedishToday } from "../../shared/swedish-date.js";
import { SupportEvents } from "./support.events.js";
import * as clock from "../../shared/clock.js";
import { bearersOf } from "../ideas/lifecycle.js";
import { provideReferral } from "../ideas/ideas.hooks.js";

type ActorRow = typeof supportActors.$inferSelect;

/** Working days the actor has to confirm receipt before the referral is flagged overdue. */
export const REFERRAL_RESPOND_WORKING_DAYS = 10;

/** Stages in which an idea is no longer referred anywhere. */
const CLOSED_STAGES: IdeaStage[] = ["draft", "withdrawn", "merged", "declined", "closed"];

/** A personal link's token: 32 random bytes, base64url. Anything else is not looked up. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

// ---- referrals: reading ----

/** The referrals of an idea: its bearers and the arena's guidance team; null for everyone else. */
export async function referralsOfIdea(ctx: Context, idea: Idea): Promise<Referral[] | null> {
  if (!atLeast(idea.access, "team")) return null;
  const today = swedishToday();
  return (await ctx.loaders.referralsByIdea.load(idea.rawId)).map((r) => toReferral(r, idea.access, today));
}

/** A referral by raw id, for node(id:): whoever may read the referrals of its idea. */
export async function referralById(ctx: Context, rawId: string): Promise<Referral | null> {
  const row = await ctx.loaders.referralById.load(rawId);
  if (!row) return null;
  const idea = await ideaById(ctx, row.ideaId);
  if (!idea || !atLeast(idea.access, "team")) return null;
  return toReferral(row, idea.access, swedishToday());
}

const OVERDUE_REFERRAL_CURSOR = cursorKind("overdue-referrals", "time", "uuid");

/** Referrals of an arena that nobody has confirmed by their respond-by date, longest overdue first; for its guidance team. */
export async function overdueReferrals(ctx: Context, args: OverdueReferralsArgs) {
  const arena = fromGlobalId(args.arenaId, "Arena");
  if (!arena) throw apiError("NOT_FOUND", ctx.locale);
  requireArenaRole(ctx, arena.id, TEAM_ROLES);
  await validArgs(ctx, args);
  const size = pageSize(args);
  const today = swedishToday();
  const overdue = and(
    eq(referrals.status, "sent"),
    lt(referrals.respondBy, today),
    inArray(referrals.ideaId, ctx.db.select({ id: ideas.id }).from(ideas).where(eq(ideas.arenaId, arena.id))),
  );
  const after = decodeCursor(args.after, OVERDUE_REFERRAL_CURSOR);
  const afterCond =
    after && after.length === 2
      ? or(gt(referrals.respondBy, String(after[0])), and(eq(referrals.respondBy, String(after[0])), gt(referrals.id, String(after[1]))))
      : undefined;
  const rows = await ctx.db
    .select()
    .from(referrals)
    .where(and(overdue, afterCond))
    .orderBy(asc(referrals.respondBy), asc(referrals.id))
    .limit(size + 1);
  const [total] = await ctx.db.select({ n: count() }).from(referrals).where(overdue);
  return toConnection(
    rows,
    size,
    total?.n ?? 0,
    (r) => [r.respondBy, r.id],
    (r) => toReferral(r, "team", today),
    after !== null,
    OVERDUE_REFERRAL_CURSOR,
  );
}

// ---- referrals: the loop ----

const mailText = {
  sv: (p: MailParams) =>
    [
      "Hej!",
      `${p.by} på ${p.arena} hänvisar idén ”${p.title}” till ${p.actor}.`,
      `Om idén:\n${p.summary}`,
      `Meddelande:\n${quote(p.message)}`,
      `Bekräfta gärna senast ${p.respondBy} att ni har tagit emot hänvisningen, och berätta sedan vad det blev av den. Det gör ni genom er personliga länk, utan konto:\n${p.url}`,
      "Länken är personlig. Dela den inte.",
    ].join("\n\n"),
  en: (p: MailParams) =>
    [
      "Hello,",
      `${p.by} at ${p.arenaEn} refers the idea “${p.title}” to ${p.actor}.`,
      `Please confirm by ${p.respondBy} that you have received the referral, and later tell us what came of it, through your personal link (no account needed):\n${p.url}`,
      "The link is personal. Do not share it.",
    ].join("\n\n"),
};
interface MailParams {
  by: string;
  arena: string;
  arenaEn: string;
  actor: string;
  title: string;
  summary: string;
  message: string;
  respondBy: string;
  url: string;
}
const quote = (text: string) =>
  text
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n");

/**
 * The hand-off mail to an actor, who has no account and so no language setting: Swedish
 * first, then English.
 */
export function renderReferralMail(p: MailParams): { subject: string; text: string } {
  return {
    subject: `Hänvisning från ${p.arena}: ”${p.title}”`,
    text: `${mailText.sv(p)}\n\n---\n\n${mailText.en(p)}\n`,
  };
}

/**
 * Sends a referral inside the caller's transaction: the row (with only the hash of its
 * token), the event on the idea, the mail to the actor and the bearers' notifications.
 * Returns the raw personal link, which is never stored. The caller has checked that the
 * viewer is on the arena's guidance team.
 */
export async function sendReferral(ctx: Context, tx: Tx, idea: IdeaRow, actor: ActorRow, message: string) {
  const viewer = ctx.viewer!;
  const token = randomBytes(32).toString("base64url");
  const now = clock.now();
  const respondBy = isoDate(addWorkingDays(swedishDate(now), REFERRAL_RESPOND_WORKING_DAYS));
  const [row] = await tx
    .insert(referrals)
    .values({ ideaId: idea.id, actorId: actor.id, message, tokenHash: sha256(token), sentBy: viewer.id, sentAt: now, respondBy })
    .returning();
  await recordEvent(tx, {
    arenaId: idea.arenaId,
    actorId: viewer.id,
    subjectType: "Idea",
    subjectId: idea.id,
    kind: SupportEvents.referralSent,
    data: { actor: actor.name, actorId: actor.id, referralId: row!.id },
  });
  const url = `${ctx.config.appUrl}/referral/${token}`;
  if (actor.email !== "") {
    const [arena] = await tx.select().from(arenas).where(eq(arenas.id, idea.arenaId));
    await enqueueMail(tx, {
      to: actor.email,
      arenaId: idea.arenaId,
      ...renderReferralMail({
        by: viewer.name,
        arena: arena!.nameSv,
        arenaEn: arena!.nameEn,
        actor: actor.name,
        title: idea.title,
        summary: idea.summary,
        message,
        respondBy,
        url,
      }),
    });
  }
  const bearers = (await bearersOf(tx, idea)).filter((id) => id !== viewer.id);
  await notify(
    tx,
    bearers.map((userId) => ({
      userId,
      arenaId: idea.arenaId,
      kind: SupportEvents.referralSent,
      subjectType: "Idea",
      subjectId: idea.id,
      data: { title: idea.title, actor: actor.name, by: viewer.name, referralId: row!.id },
    })),
  );
  return { row: row!, url };
}

/** The guidance team of the idea's arena refers it to an actor serving that arena. */
export function referIdea(ctx: Context, input: ReferIdeaInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const { row: idea, access } = await lockIdea(ctx, tx, input.ideaId, "input.ideaId");
    if (!hasRole(ctx.viewer, idea.arenaId, TEAM_ROLES)) throw apiError("FORBIDDEN", ctx.locale);
    await validateInput(input, ctx.locale);
    if (CLOSED_STAGES.includes(idea.stage)) fail(ctx.locale, "input.ideaId", "WRONG_STAGE");
    const { row, url } = await referToActor(ctx, tx, idea, input.actorId, input.message);
    return { referral: toReferral(row, access, swedishToday()), idea: toIdea(idea, access), confirmationUrl: url };
  });
}

/** Checks that the actor serves the idea's arena and has no open referral of it, then sends it. */
async function referToActor(ctx: Context, tx: Tx, idea: IdeaRow, actorGlobalId: string, message: string) {
  const actorId = inputId(ctx, actorGlobalId, "SupportActor", "input.actorId");
  const [actor] = await tx.select().from(supportActors).where(eq(supportActors.id, actorId));
  if (!actor) fail(ctx.locale, "input.actorId", "NOT_FOUND");
  const [serves] = await tx
    .select()
    .from(supportActorArenas)
    .where(and(eq(supportActorArenas.actorId, actor.id), eq(supportActorArenas.arenaId, idea.arenaId)));
  if (!serves) fail(ctx.locale, "input.actorId", "ACTOR_NOT_IN_ARENA");
  const [open] = await tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.ideaId, idea.id), eq(referrals.actorId, actor.id), notInArray(referrals.status, ["declined", "completed"])));
  if (open) fail(ctx.locale, "input.actorId", "ALREADY_REFERRED");
  return sendReferral(ctx, tx, idea, actor, message);
}

// Triage's REFER starts the same loop as a guide's referral.
provideReferral(async (ctx, tx, idea, actorGlobalId, message) => (await referToActor(ctx, tx, idea, actorGlobalId, message)).url);

type Step = "received" | "accepted" | "declined" | "completed";
const OUTCOMES = {
  accepted: SupportEvents.referralAccepted,
  declined: SupportEvents.referralDeclined,
  completed: SupportEvents.referralCompleted,
} as const;
const CLOSED: ReferralStatus[] = ["declined", "completed"];

/**
 * Moves a referral on, inside the caller's transaction (the row locked). Idempotent: a step
 * it has already taken changes nothing, and confirming receipt of a referral that has moved
 * past it is a no-op. An outcome before receipt records the receipt too, so the timeline
 * shows every step. `by` is the team member recording it, or null when the actor answers
 * through their link.
 */
async function advance(ctx: Context, tx: Tx, row: ReferralRow, step: Step, note: string, by: { id: string; name: string } | null) {
  if (row.status === step) return row;
  if (step === "received" && row.status !== "sent") return row;
  if (CLOSED.includes(row.status)) fail(ctx.locale, by ? "input.status" : "input.outcome", "REFERRAL_CLOSED");
  if (step === "declined" && note === "") fail(ctx.locale, "input.note", "REQUIRED");
  const now = clock.now();
  const [idea] = await tx.select().from(ideas).where(eq(ideas.id, row.ideaId));
  const [actor] = await tx.select({ name: supportActors.name }).from(supportActors).where(eq(supportActors.id, row.actorId));
  const [updated] = await tx
    .update(referrals)
    .set({
      status: step,
      receivedAt: row.receivedAt ?? now,
      ...(step === "received" ? {} : { outcomeAt: now, outcomeNote: note }),
    })
    .where(eq(referrals.id, row.id))
    .returning();
  const event = {
    arenaId: idea!.arenaId,
    actorId: by?.id ?? null,
    subjectType: "Idea",
    subjectId: idea!.id,
  };
  const data = { actor: actor!.name, actorId: row.actorId, referralId: row.id, via: by ? "team" : "link" };
  if (row.receivedAt === null)
    await recordEvent(tx, {
      ...event,
      kind: SupportEvents.referralReceived,
      data: { ...data, ...(step === "received" && note ? { reason: note } : {}) },
    });
  if (step !== "received") await recordEvent(tx, { ...event, kind: OUTCOMES[step], data: { ...data, ...(note ? { reason: note } : {}) } });
  // The referring guide and the bearers hear the answer; whoever recorded it knows.
  const audience = new Set([...(row.sentBy ? [row.sentBy] : []), ...(await bearersOf(tx, idea!))]);
  if (by) audience.delete(by.id);
  await notify(
    tx,
    [...audience].map((userId) => ({
      userId,
      arenaId: idea!.arenaId,
      kind: SupportEvents.referralReplied,
      subjectType: "Idea",
      subjectId: idea!.id,
      data: { title: idea!.title, actor: actor!.name, status: step, referralId: row.id, ...(by ? { by: by.name } : {}) },
    })),
  );
  return updated!;
}

/** The guidance team records receipt or an outcome on the actor's behalf (they answered by phone or mail). */
export function updateReferral(ctx: Context, input: UpdateReferralInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const id = inputId(ctx, input.id, "Referral", "input.id");
    const [peek] = await tx.select({ ideaId: referrals.ideaId }).from(referrals).where(eq(referrals.id, id));
    if (!peek) fail(ctx.locale, "input.id", "NOT_FOUND");
    // The idea first, then the referral: the order referIdea takes them in.
    const { row: idea, access } = await lockIdea(ctx, tx, toGlobalId("Idea", peek.ideaId), "input.id");
    if (!atLeast(access, "team")) fail(ctx.locale, "input.id", "NOT_FOUND");
    if (!hasRole(ctx.viewer, idea.arenaId, TEAM_ROLES)) throw apiError("FORBIDDEN", ctx.locale);
    await validateInput(input, ctx.locale);
    if (input.status === ReferralStatusEnum.SENT) fail(ctx.locale, "input.status", "INVALID_CHOICE");
    const [row] = await tx.select().from(referrals).where(eq(referrals.id, id)).for("update");
    if (!row) fail(ctx.locale, "input.id", "NOT_FOUND");
    const updated = await advance(ctx, tx, row, input.status as Step, input.note, { id: ctx.viewer.id, name: ctx.viewer.name });
    return toReferral(updated, access, swedishToday());
  });
}

// ---- referrals: the actor's personal link ----

async function lockByToken(ctx: Context, tx: Tx, token: string): Promise<ReferralRow> {
  if (!TOKEN.test(token)) fail(ctx.locale, "input.token", "NOT_FOUND");
  const [row] = await tx
    .select()
    .from(referrals)
    .where(eq(referrals.tokenHash, sha256(token)))
    .for("update");
  if (!row) fail(ctx.locale, "input.token", "NOT_FOUND");
  return row;
}

/** What the actor sees: the hand-off and its state, nothing else of the idea or of anyone. */
async function handOff(ctx: Context, db: Database | Tx, row: ReferralRow): Promise<ReferralHandOff> {
  const [found] = await db
    .select({ idea: ideas, actorName: supportActors.name, arena: arenas, sentByName: users.name })
    .from(referrals)
    .innerJoin(ideas, eq(ideas.id, referrals.ideaId))
    .innerJoin(supportActors, eq(supportActors.id, referrals.actorId))
    .innerJoin(arenas, eq(arenas.id, ideas.arenaId))
    .leftJoin(users, eq(users.id, referrals.sentBy))
    .where(eq(referrals.id, row.id));
  const f = found!;
  return {
    status: row.status as ReferralStatusEnum,
    actorName: f.actorName,
    arenaName: ctx.locale === "en" ? f.arena.nameEn : f.arena.nameSv,
    sentByName: f.sentByName,
    ideaTitle: f.idea.title,
    ideaSummary: f.idea.summary,
    message: row.message,
    sentAt: row.sentAt,
    respondBy: row.respondBy,
    receivedAt: row.receivedAt,
    outcomeAt: row.outcomeAt,
    outcomeNote: row.outcomeNote,
  };
}

/** The hand-off behind a personal link; null when the link is wrong. */
export async function referralByToken(ctx: Context, token: string): Promise<ReferralHandOff | null> {
  if (!TOKEN.test(token)) return null;
  const [row] = await ctx.db
    .select()
    .from(referrals)
    .where(eq(referrals.tokenHash, sha256(token)));
  return row ? handOff(ctx, ctx.db, row) : null;
}

/** The actor confirms receipt through their link. Idempotent. */
export function confirmReferral(ctx: Context, input: ConfirmReferralInput) {
  return runMutation(ctx, async (tx) => {
    const row = await lockByToken(ctx, tx, input.token);
    await validateInput(input, ctx.locale);
    return handOff(ctx, tx, await advance(ctx, tx, row, "received", input.note, null));
  });
}

/** The actor reports an outcome through their link. Idempotent for the same outcome. */
export function recordReferralOutcome(ctx: Context, input: RecordReferralOutcomeInput) {
  return runMutation(ctx, async (tx) => {
    const row = await lockByToken(ctx, tx, input.token);
    await validateInput(input, ctx.locale);
    return handOff(ctx, tx, await advance(ctx, tx, row, input.outcome as Step, input.note, null));
  });
}
