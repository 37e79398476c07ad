// The dashboard's history (issue 15, item 6): the demo ideas span a few months; the dashboard
// needs two years of arrivals and outcomes for its funnel per year, stage times and promises to
// mean something. Short, plain ideas of earlier years, moved through the loop by the same
// moveIdea as the app, with times in the past. Then the stays rollup, rebuilt from the events.
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../db/index.js";
import { users } from "../modules/accounts/accounts.tables.js";
import { events } from "../modules/audit/audit.tables.js";
import { ideaGuides } from "../modules/guidance/guidance.tables.js";
import { IdeaEvents } from "../modules/ideas/ideas.events.js";
import { type IdeaStage, ideaPlaces, ideas } from "../modules/ideas/ideas.tables.js";
import { moveIdea } from "../modules/ideas/lifecycle.js";
import { rebuildStageStays } from "../modules/insight/insight.stays.js";
import { organisations } from "../modules/partnership/partnership.tables.js";
import type { Sector } from "../modules/partnership/partnership.vocabulary.js";

const DAY = 86_400_000;

/** Where the history's ideas ended up, in turn: all finished (nobody's caseload grows), some tested, a few adopted. */
const PATHS: IdeaStage[][] = [
  ["submitted", "guidance", "development", "closed"],
  ["submitted", "declined"],
  ["submitted", "guidance", "testing", "closed"],
  ["submitted", "referred"],
  ["submitted", "guidance", "testing", "scaling", "adopted"],
  ["submitted", "needs_info", "submitted", "guidance", "development", "closed"],
  ["submitted", "guidance", "testing", "development", "closed"],
  ["submitted", "declined"],
  ["submitted", "guidance", "testing", "scaling", "adopted"],
  ["submitted", "guidance", "testing", "development", "testing", "closed"],
];
const SECTORS: Sector[] = ["civil_society", "public", "business", "academia", "civil_society", "public"];
const TOPICS = ["Läxhjälp", "Träffpunkt", "Samåkning", "Fixartjänst", "Språkcafé", "Nattvandring", "Odlingslott", "Datorhjälp"];
const GROUPS = ["äldre", "unga", "nyanlända", "barnfamiljer", "landsbygdsbor", "studenter"];
/** Not Hofors: issue 15's browser test lists exactly the demo ideas located there. */
const MUNICIPALITIES = [
  "gavle-kommun",
  "sandvikens-kommun",
  "bollnas-kommun",
  "hudiksvalls-kommun",
  "ljusdals-kommun",
  "soderhamns-kommun",
  "ovanakers-kommun",
];
/** Ideas in Gävleborg, spread over the two years before the demo's own. */
export const INSIGHT_HISTORY_IDEAS = 40;

export async function seedInsight(tx: Tx, arenaIds: Map<string, string>): Promise<void> {
  const arenaId = arenaIds.get("gavleborg");
  const [bearer] = await tx.select().from(users).where(eq(users.email, "idebarare@arena.example"));
  const [coordinator] = await tx.select().from(users).where(eq(users.email, "koordinator@arena.example"));
  const [guide] = await tx.select().from(users).where(eq(users.email, "lots@arena.example"));
  if (arenaId && bearer && coordinator && guide) {
    const places = await tx
      .select({ id: organisations.id, key: organisations.key })
      .from(organisations)
      .where(and(eq(organisations.arenaId, arenaId), inArray(organisations.key, MUNICIPALITIES)));
    const now = Date.now();
    for (let i = 0; i < INSIGHT_HISTORY_IDEAS; i++) {
      const clientKey = `seed:insight-history-${i}`;
      const [exists] = await tx
        .select({ id: ideas.id })
        .from(ideas)
        .where(and(eq(ideas.bearerId, bearer.id), eq(ideas.clientKey, clientKey)));
      if (exists) continue;
      // From about 2 years and 8 months ago to 8 months ago, a little irregular.
      const created = new Date(now - (240 + ((i * 37) % 730)) * DAY);
      const path = PATHS[i % PATHS.length]!;
      const step = 6 + ((i * 7) % 25);
      const at = (k: number) => new Date(created.getTime() + (k + 1) * step * DAY + k * ((i * 3) % 11) * DAY);
      const topic = TOPICS[i % TOPICS.length]!;
      const group = GROUPS[(i * 5) % GROUPS.length]!;
      const [idea] = await tx
        .insert(ideas)
        .values({
          arenaId,
          bearerId: bearer.id,
          clientKey,
          title: `${topic} för ${group}`,
          summary: `${topic} för ${group}, prövat i liten skala.`,
          need: `Många ${group} saknar det i dag.`,
          targetGroup: group.charAt(0).toUpperCase() + group.slice(1),
          solution: `${topic} en kväll i veckan.`,
          expectedBenefit: "Fler möten och mindre ensamhet.",
          organisationName: bearer.organisation,
          sector: SECTORS[i % SECTORS.length]!,
          // Finished work, read by the guidance team only: public lists and municipality pages show the demo's own ideas.
          visibility: "guidance",
          consentToContact: true,
          publicNoticeAcceptedAt: at(0),
          submittedAt: at(0),
          // Promises of the time: hear back within a week, a decision within three; most kept.
          hearBackBy: new Date(at(0).getTime() + 7 * DAY),
          decisionDueBy: new Date(at(0).getTime() + 21 * DAY),
          createdAt: created,
          updatedAt: created,
        })
        .returning();
      const place = places[i % Math.max(1, places.length)];
      if (place) await tx.insert(ideaPlaces).values({ ideaId: idea!.id, organisationId: place.id });
      await tx.insert(events).values({
        arenaId,
        actorId: bearer.id,
        subjectType: "Idea",
        subjectId: idea!.id,
        kind: IdeaEvents.created,
        data: { toStage: "draft" },
        createdAt: created,
      });
      let row = { ...idea!, stage: "draft" as IdeaStage };
      for (const [k, stage] of path.entries()) {
        // The first answer (acknowledgement and triage) comes with the first move after submission.
        const answered = k === 1 ? { acknowledgedAt: at(1), triagedAt: stage === "needs_info" ? null : at(1) } : undefined;
        row = await moveIdea(tx, row, stage, {
          actorId: stage === "submitted" ? bearer.id : coordinator.id,
          kind: stage === "submitted" ? IdeaEvents.submitted : IdeaEvents.stageChanged,
          at: at(k),
          ...(answered ? { set: answered } : {}),
        });
      }
      if (path.includes("guidance"))
        await tx
          .insert(ideaGuides)
          .values({ ideaId: idea!.id, userId: guide.id, assignedBy: coordinator.id, assignedAt: at(path.indexOf("guidance")) });
    }
  }
  await rebuildStageStays(tx);
}
