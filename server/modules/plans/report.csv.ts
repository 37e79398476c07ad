import type http from "node:http";
import type { Express, NextFunction, Request, Response } from "express";
import type { Context } from "../../graphql/context.js";
import { toCsv } from "../../shared/csv.js";
import type { Locale } from "../accounts/accounts.tables.js";
import { ideaById } from "../ideas/ideas.service.js";
import { decisionById } from "../matters/decisions.service.js";
import { arenaBySlug } from "../partnership/partnership.service.js";
import { toBody, toOrganisation } from "../partnership/partnership.types.js";
import { cycleById } from "../testing/cycles.service.js";
import { indicatorsOfActivity, originsOfActivity, subGoalsOfPlan, updatesOfActivity } from "./plans.read.js";
import type { ActivityStatus } from "./plans.vocabulary.js";
import { moneyOfActivity } from "./report.money.js";
import { planReport } from "./report.js";

type ContextFor = (req: http.IncomingMessage, extra: Partial<Pick<Context, "req" | "res">>) => Promise<Context>;

const STATUS: Record<ActivityStatus, Record<Locale, string>> = {
  planned: { sv: "Planerad", en: "Planned" },
  on_track: { sv: "Enligt plan", en: "On track" },
  at_risk: { sv: "Risk", en: "At risk" },
  off_track: { sv: "Avviker", en: "Off track" },
  done: { sv: "Klar", en: "Done" },
  cancelled: { sv: "Avbruten", en: "Cancelled" },
};

const HEADERS: Record<Locale, string[]> = {
  sv: [
    "Mål",
    "Plan",
    "Delmål",
    "Aktivitet",
    "Ansvarig",
    "Start",
    "Slut",
    "Status",
    "Framsteg (%)",
    "Indikatorer",
    "Idéer",
    "Piloter",
    "Beslut",
    "Avvikelser",
    "Beviljat (kr)",
    "Förbrukat (kr)",
  ],
  en: [
    "Goal",
    "Plan",
    "Sub-goal",
    "Activity",
    "Responsible",
    "Start",
    "End",
    "Status",
    "Progress (%)",
    "Indicators",
    "Ideas",
    "Pilots",
    "Decisions",
    "Deviations",
    "Committed (SEK)",
    "Spent (SEK)",
  ],
};

/** The report as CSV rows, in the context's language: the same readers and rights as the report page. */
export async function reportCsv(ctx: Context, arenaId: string, year: number, goalNumber: number): Promise<string | null> {
  const report = await planReport(ctx, arenaId, year, goalNumber);
  if (!report) return null;
  const l = ctx.locale;
  const subGoals = new Map((await Promise.all(report.plans.map((p) => subGoalsOfPlan(ctx, p)))).flat().map((s) => [s.rawId, s.title]));
  const planTitle = new Map(report.plans.map((p) => [p.rawId, p.title]));
  const rows = await Promise.all(
    report.activities.map(async (a) => {
      const [inds, origins, updates, money, body, organisation] = await Promise.all([
        indicatorsOfActivity(ctx, a),
        originsOfActivity(ctx, a),
        updatesOfActivity(ctx, a),
        moneyOfActivity(ctx, a.rawId),
        a.responsibleBodyRawId ? ctx.loaders.bodyById.load(a.responsibleBodyRawId) : null,
        a.responsibleOrganisationRawId ? ctx.loaders.organisationById.load(a.responsibleOrganisationRawId) : null,
      ]);
      const ideas = await Promise.all(origins.filter((o) => o.kind === "idea").map((o) => ideaById(ctx, o.targetRawId)));
      const cycles = await Promise.all(origins.filter((o) => o.kind === "cycle").map((o) => cycleById(ctx, o.targetRawId)));
      const decisions = await Promise.all(origins.filter((o) => o.kind === "decision").map((o) => decisionById(ctx, o.targetRawId)));
      const responsible = [body && toBody(body, l).name, organisation && toOrganisation(organisation).name].filter(Boolean).join(", ");
      const pilotOf = (c: NonNullable<(typeof cycles)[number]>) => `${l === "sv" ? "Testomgång" : "Test cycle"} ${c.number}`;
      return [
        `${report.goal.number}. ${report.goal.title}`,
        planTitle.get(a.planRawId) ?? "",
        a.subGoalRawId ? (subGoals.get(a.subGoalRawId) ?? "") : "",
        a.title,
        responsible,
        a.startsOn ?? "",
        a.endsOn ?? "",
        STATUS[a.status][l],
        a.progress,
        inds.map((i) => i.title).join("; "),
        ideas.flatMap((i) => (i ? [i.title] : [])).join("; "),
        cycles.flatMap((c) => (c ? [pilotOf(c)] : [])).join("; "),
        decisions.flatMap((d) => (d ? [`${d.decidedOn}: ${d.text}`] : [])).join("; "),
        updates
          .filter((u) => u.status === "at_risk" || u.status === "off_track")
          .map((u) => `${u.reportedOn} ${STATUS[u.status][l]}${u.comment ? `: ${u.comment}` : ""}`)
          .join("; "),
        money ? money.committed : "—",
        money ? money.spent : "—",
      ];
    }),
  );
  // Semicolons, as Swedish spreadsheets expect.
  return toCsv(HEADERS[l], rows, ";");
}

/** The follow-up report as CSV beside /graphql: /files/plans/:slug/:year/report/:goal.csv?lang=sv|en. */
export function mountPlanReports(app: Express, contextFor: ContextFor): void {
  app.get("/files/plans/:slug/:year/report/:goal.csv", async (req: Request, res: Response, next: NextFunction) => {
    try {
      const ctx = await contextFor(req, { req, res });
      if (req.query.lang === "sv" || req.query.lang === "en") ctx.locale = req.query.lang;
      const year = Number(req.params.year);
      const goal = Number(req.params.goal);
      const arena = await arenaBySlug(ctx, String(req.params.slug));
      if (!arena || !Number.isInteger(year) || !Number.isInteger(goal)) return res.sendStatus(404);
      const csv = await reportCsv(ctx, arena.rawId, year, goal);
      if (csv === null) return res.sendStatus(404);
      const name = `${ctx.locale === "sv" ? "uppfoljning" : "follow-up"}-${arena.slug}-${year}-${ctx.locale === "sv" ? "mal" : "goal"}-${goal}.csv`;
      res.setHeader("Content-Type", "text/csv; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="${name}"`);
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setHeader("Cache-Control", "private, no-store");
      res.end(csv);
    } catch (e) {
      next(e);
    }
  });
}
