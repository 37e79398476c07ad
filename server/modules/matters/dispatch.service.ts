import { createHash, randomBytes } from "node:crypto";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { hasRole } from "../../auth/sessions.js";
import type { Database, Tx } from "../../db/index.js";
import { inputId } from "../../graphql/authz.js";
import type { Context } from "../../graphql/context.js";
import { apiError, fail } from "../../graphql/errors.js";
import { manyLoader } from "../../graphql/loader-utils.js";
import { runMutation } from "../../graphql/mutation.js";
import { validateInput } from "../../graphql/validation.js";
import * as clock from "../../shared/clock.js";
import { enqueueMail } from "../notifications/notifications.service.js";
import { arenas, bodies, organisations } from "../partnership/partnership.tables.js";
import type { AnswerDispatchInput, CloseMatterInput, ConfirmDispatchInput, DispatchDecisionInput } from "./dispatch.inputs.js";
import { DispatchEvents } from "./dispatch.events.js";
import { renderDispatchMail } from "./dispatch.mail.js";
import { type DispatchHandOff, type DispatchRow, toDispatch } from "./dispatch.types.js";
import { MatterEvents } from "./matters.events.js";
import { type MatterRights, matterRights, readsInternals } from "./matters.access.js";
import { type MatterRow, moveMatter, recordMatterEvent } from "./matters.lifecycle.js";
import { lockMatter } from "./matters.read.js";
import { dispatches, matterDecisions, matters } from "./matters.tables.js";
import type { DecisionOutcomeEnum, DispatchStatus, DispatchStatusEnum, MatterStage } from "./matters.vocabulary.js";

/** A personal link's token: 32 random bytes, base64url. Anything else is not looked up. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** Stages from which a decision goes out: decided, or already dispatched to other parties. */
const DISPATCHABLE: readonly MatterStage[] = ["decided", "dispatched"];
const ANSWERED: readonly DispatchStatus[] = ["adopted", "declined"];

export function createDispatchLoaders(db: Database) {
  return {
    /** A matter's dispatches (of all its decisions), by matter id, parties in name order. */
    dispatchesByMatter: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ dispatch: dispatches, matterId: matterDecisions.matterId })
          .from(dispatches)
          .innerJoin(matterDecisions, eq(matterDecisions.id, dispatches.decisionId))
          .innerJoin(organisations, eq(organisations.id, dispatches.organisationId))
          .where(inArray(matterDecisions.matterId, [...k]))
          .orderBy(asc(organisations.name), asc(dispatches.sentAt)),
      (r) => r.matterId,
    ),
    /** The latest approved decision of each matter: the one the kansli dispatches. */
    approvedDecisionByMatter: manyLoader(
      (k: readonly string[]) =>
        db
          .select({ id: matterDecisions.id, matterId: matterDecisions.matterId })
          .from(matterDecisions)
          .where(and(inArray(matterDecisions.matterId, [...k]), eq(matterDecisions.outcome, "approved")))
          .orderBy(desc(matterDecisions.decidedOn), desc(matterDecisions.createdAt)),
      (r) => r.matterId,
    ),
  };
}

/** Who may see where a dispatch went: the arena's kansli (as with the parties' contact persons). */
export const seesDispatchContacts = (ctx: Context, arenaId: string) => hasRole(ctx.viewer, arenaId, ["coordinator"]);

/** A matter's dispatch table, for whoever reads the matter. */
export async function dispatchesOfMatter(ctx: Context, matter: { rawId: string; arenaRawId: string }) {
  return (await ctx.loaders.dispatchesByMatter.load(matter.rawId)).map((r) => toDispatch(r.dispatch, matter.arenaRawId));
}

/** What the kansli may do next with a matter's dispatch, so the client offers only that. */
export async function dispatchRights(ctx: Context, matter: { rawId: string; arenaRawId: string; stage: string }) {
  const kansli = hasRole(ctx.viewer, matter.arenaRawId, ["coordinator"]);
  const [approved] = kansli ? await ctx.loaders.approvedDecisionByMatter.load(matter.rawId) : [];
  const stage = matter.stage.toLowerCase() as MatterStage;
  return {
    decisionId: approved ? approved.id : null,
    dispatch: kansli && approved !== undefined && DISPATCHABLE.includes(stage),
    close: kansli && (stage === "dispatched" || stage === "decided"),
  };
}

// ---- the kansli sends ----

async function lockForKansli(ctx: Context, tx: Tx, matterId: string, field: string): Promise<{ matter: MatterRow; rights: MatterRights }> {
  if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
  const matter = await lockMatter(tx, matterId);
  if (!matter) fail(ctx.locale, field, "NOT_FOUND");
  const rights = await matterRights(tx, ctx.viewer, matter.arenaId);
  // Nothing of another arena's matters shows, not even that it exists.
  if (!readsInternals(rights)) fail(ctx.locale, field, "NOT_FOUND");
  if (!rights.kansli) throw apiError("FORBIDDEN", ctx.locale);
  return { matter, rights };
}

/**
 * The kansli sends an approved decision to the chosen parties (all the arena's parties by
 * default), each to its contact person: per party one dispatch row holding only the hash of its
 * personal link's token, and one mail with the link, all in one transaction. A party without a
 * contact email refuses the whole dispatch and is named; so is a party it already went to, and
 * what was written for the parties before it is rolled back with the transaction. The matter
 * moves to dispatched, which its ideas' timelines show.
 */
export function dispatchDecision(ctx: Context, input: DispatchDecisionInput) {
  return runMutation(ctx, async (tx) => {
    if (!ctx.viewer) throw apiError("UNAUTHENTICATED", ctx.locale);
    const decisionId = inputId(ctx, input.decisionId, "MatterDecision", "input.decisionId");
    const [peek] = await tx.select({ matterId: matterDecisions.matterId }).from(matterDecisions).where(eq(matterDecisions.id, decisionId));
    if (!peek) fail(ctx.locale, "input.decisionId", "NOT_FOUND");
    // The matter is locked first, so that two dispatches of its decisions queue behind each other.
    const { matter } = await lockForKansli(ctx, tx, peek.matterId, "input.decisionId");
    const [decision] = await tx.select().from(matterDecisions).where(eq(matterDecisions.id, decisionId));
    if (decision!.outcome !== "approved") fail(ctx.locale, "input.decisionId", "DISPATCH_NOT_APPROVED");
    if (!DISPATCHABLE.includes(matter.stage)) fail(ctx.locale, "input.decisionId", "MATTER_STAGE");

    const parties = await tx
      .select()
      .from(organisations)
      .where(and(eq(organisations.arenaId, matter.arenaId), eq(organisations.isParty, true)))
      .orderBy(asc(organisations.name));
    let chosen = parties;
    if (input.organisationIds) {
      const ids = new Set(input.organisationIds.map((g) => inputId(ctx, g, "Organisation", "input.organisationIds")));
      if ([...ids].some((id) => !parties.some((p) => p.id === id))) fail(ctx.locale, "input.organisationIds", "NOT_A_PARTY");
      chosen = parties.filter((p) => ids.has(p.id));
    }
    if (chosen.length === 0) fail(ctx.locale, "input.organisationIds", "NO_PARTIES");
    const missing = chosen.filter((p) => p.contactEmail === "").map((p) => p.name);
    if (missing.length > 0) fail(ctx.locale, "input.organisationIds", "DISPATCH_NO_CONTACT", { parties: missing.join(", ") });

    const [context] = await tx
      .select({ arena: arenas, bodyName: bodies.name })
      .from(arenas)
      .innerJoin(bodies, eq(bodies.id, decision!.bodyId))
      .where(eq(arenas.id, matter.arenaId));
    const sentAt = clock.now();
    const written: DispatchRow[] = [];
    for (const party of chosen) {
      const token = randomBytes(32).toString("base64url");
      const [row] = await tx
        .insert(dispatches)
        .values({
          decisionId: decision!.id,
          organisationId: party.id,
          contactName: party.contactName,
          contactEmail: party.contactEmail,
          tokenHash: sha256(token),
          sentBy: ctx.viewer.id,
          sentAt,
        })
        .onConflictDoNothing({ target: [dispatches.decisionId, dispatches.organisationId] })
        .returning();
      if (!row) fail(ctx.locale, "input.organisationIds", "DISPATCH_ALREADY_SENT", { party: party.name });
      await enqueueMail(tx, {
        to: party.contactEmail,
        arenaId: matter.arenaId,
        ...renderDispatchMail({
          arena: context!.arena.nameSv,
          arenaEn: context!.arena.nameEn,
          body: context!.bodyName,
          party: party.name,
          contact: party.contactName,
          number: matter.number,
          title: matter.title,
          decision: decision!.text,
          decidedOn: decision!.decidedOn,
          by: ctx.viewer.name,
          url: `${ctx.config.appUrl}/dispatch/${token}`,
        }),
      });
      written.push(row);
    }
    const step = { actorId: ctx.viewer.id, bodyId: decision!.bodyId, data: { parties: written.length, date: decision!.decidedOn } };
    // Sent to further parties later: the matter stays dispatched, and its own timeline notes the step.
    if (matter.stage === "decided") await moveMatter(tx, matter, "dispatched", step);
    else await recordMatterEvent(tx, matter, MatterEvents.dispatched, { ...step, onIdeas: false });
    return { matterId: matter.id, dispatches: written.map((r) => toDispatch(r, matter.arenaId)) };
  });
}

/** The kansli closes a matter once its decision is out (or a decision that sends nothing out, once decided). */
export function closeMatter(ctx: Context, input: CloseMatterInput) {
  return runMutation(ctx, async (tx) => {
    const { matter } = await lockForKansli(ctx, tx, inputId(ctx, input.matterId, "Matter", "input.matterId"), "input.matterId");
    if (matter.stage !== "dispatched" && matter.stage !== "decided") fail(ctx.locale, "input.matterId", "MATTER_STAGE");
    await moveMatter(tx, matter, "closed", { actorId: ctx.viewer!.id });
    return matter.id;
  });
}

// ---- the party answers through its personal link ----

async function lockByToken(ctx: Context, tx: Tx, token: string): Promise<DispatchRow> {
  if (!TOKEN.test(token)) fail(ctx.locale, "input.token", "DISPATCH_LINK");
  const [row] = await tx
    .select()
    .from(dispatches)
    .where(eq(dispatches.tokenHash, sha256(token)))
    .for("update");
  if (!row) fail(ctx.locale, "input.token", "DISPATCH_LINK");
  return row;
}

/** What the party sees: the decision and where its answer stands, nothing else of the matter or of anyone. */
async function handOff(ctx: Context, db: Database | Tx, row: DispatchRow): Promise<DispatchHandOff> {
  const [found] = await db
    .select({ decision: matterDecisions, matter: matters, party: organisations.name, arena: arenas, bodyName: bodies.name })
    .from(matterDecisions)
    .innerJoin(matters, eq(matters.id, matterDecisions.matterId))
    .innerJoin(arenas, eq(arenas.id, matters.arenaId))
    .innerJoin(bodies, eq(bodies.id, matterDecisions.bodyId))
    .innerJoin(organisations, eq(organisations.id, row.organisationId))
    .where(eq(matterDecisions.id, row.decisionId));
  const f = found!;
  return {
    status: row.status as DispatchStatusEnum,
    partyName: f.party,
    arenaName: ctx.locale === "en" ? f.arena.nameEn : f.arena.nameSv,
    bodyName: f.bodyName,
    matterNumber: f.matter.number,
    matterTitle: f.matter.title,
    outcome: f.decision.outcome as DecisionOutcomeEnum,
    decisionText: f.decision.text,
    decidedOn: f.decision.decidedOn,
    sentAt: row.sentAt,
    receivedAt: row.receivedAt,
    answeredAt: row.answeredAt,
    adoptedOn: row.adoptedOn,
    answerNote: row.answerNote,
  };
}

/** The dispatch behind a personal link; null when the link is wrong. */
export async function dispatchByToken(ctx: Context, token: string): Promise<DispatchHandOff | null> {
  if (!TOKEN.test(token)) return null;
  const [row] = await ctx.db
    .select()
    .from(dispatches)
    .where(eq(dispatches.tokenHash, sha256(token)));
  return row ? handOff(ctx, ctx.db, row) : null;
}

/** The matter of a dispatch and the party's name, for the events its answers record. */
async function subjectOf(tx: Tx, row: DispatchRow) {
  const [found] = await tx
    .select({ matter: matters, party: organisations.name })
    .from(matterDecisions)
    .innerJoin(matters, eq(matters.id, matterDecisions.matterId))
    .innerJoin(organisations, eq(organisations.id, row.organisationId))
    .where(eq(matterDecisions.id, row.decisionId));
  return found!;
}

/** The party confirms receipt through its link. Idempotent: a dispatch past "sent" is left as it is. */
export function confirmDispatch(ctx: Context, input: ConfirmDispatchInput) {
  return runMutation(ctx, async (tx) => {
    const row = await lockByToken(ctx, tx, input.token);
    if (row.status !== "sent") return handOff(ctx, tx, row);
    const [updated] = await tx
      .update(dispatches)
      .set({ status: "received", receivedAt: clock.now() })
      .where(eq(dispatches.id, row.id))
      .returning();
    const { matter, party } = await subjectOf(tx, row);
    await recordMatterEvent(tx, matter, DispatchEvents.received, { actorId: null, onIdeas: false, data: { party, dispatchId: row.id } });
    return handOff(ctx, tx, updated!);
  });
}

/**
 * The party records its own decision through its link: adopted on a day (with a note such as
 * "beslutad i fullmäktige 2027-04-12"), or declined with a reason. Answering also confirms
 * receipt. An answer is final here; the kansli corrects one on request.
 */
export function answerDispatch(ctx: Context, input: AnswerDispatchInput) {
  return runMutation(ctx, async (tx) => {
    const row = await lockByToken(ctx, tx, input.token);
    await validateInput(input, ctx.locale);
    if (ANSWERED.includes(row.status)) fail(ctx.locale, "input.answer", "DISPATCH_ANSWERED");
    const adopted = input.answer === "adopted";
    if (adopted && !input.adoptedOn) fail(ctx.locale, "input.adoptedOn", "ADOPTED_ON_REQUIRED");
    if (!adopted && input.note === "") fail(ctx.locale, "input.note", "DECLINE_REASON");
    const at = clock.now();
    const [updated] = await tx
      .update(dispatches)
      .set({
        status: input.answer,
        receivedAt: row.receivedAt ?? at,
        answeredAt: at,
        answerNote: input.note,
        adoptedOn: adopted ? input.adoptedOn! : null,
      })
      .where(eq(dispatches.id, row.id))
      .returning();
    const { matter, party } = await subjectOf(tx, row);
    const data = { party, dispatchId: row.id };
    if (row.receivedAt === null) await recordMatterEvent(tx, matter, DispatchEvents.received, { actorId: null, onIdeas: false, data });
    await recordMatterEvent(tx, matter, adopted ? DispatchEvents.adopted : DispatchEvents.declined, {
      actorId: null,
      data: { ...data, ...(adopted ? { date: input.adoptedOn } : { reason: input.note }) },
    });
    return handOff(ctx, tx, updated!);
  });
}
