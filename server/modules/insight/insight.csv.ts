// Every dashboard view as a CSV file, beside /graphql: GET /insight/:slug/:view.csv with the
// page's filter as query parameters (year, goal, countyPart, sector as GraphQL names them) and
// lang=sv|en for the headers. The same functions as the GraphQL fields, so the same rights,
// the same suppression and the same numbers.
import type http from "node:http";
import { eq } from "drizzle-orm";
import type { Express, NextFunction, Request, Response } from "express";
import { GraphQLError } from "graphql";
import type { Locale } from "../accounts/accounts.tables.js";
import type { Context } from "../../graphql/context.js";
import { type CsvCell, toCsv } from "../../shared/csv.js";
import { arenas } from "../partnership/partnership.tables.js";
import { SectorEnum } from "../partnership/partnership.vocabulary.js";
import { HEADERS, stageLabel, valueLabel } from "./insight.labels.js";
import * as views from "./insight.service.js";
import type { Insight, InsightCount } from "./insight.types.js";

type ContextFor = (req: http.IncomingMessage, extra: Partial<Pick<Context, "req" | "res">>) => Promise<Context>;

/** How a withheld cell reads in a file: Statistics Sweden's ".." (not available), never a silent 0. */
export const SUPPRESSED = "..";

type Cell = CsvCell;
const count = (c: InsightCount): Cell => (c.suppressed ? SUPPRESSED : c.value);

/** The views, each a header row and data rows, by the reader's locale. */
export const CSV_VIEWS: Record<string, (ctx: Context, i: Insight, l: Locale) => Promise<{ head: string[]; rows: Cell[][] } | null>> = {
  funnel: async (ctx, i, l) => ({
    head: [HEADERS.period[l], HEADERS.submitted[l], HEADERS.accepted[l], HEADERS.tested[l], HEADERS.advanced[l], HEADERS.adopted[l]],
    rows: (await views.funnelView(ctx, i)).map((r) => [
      r.period ?? valueLabel("total", l),
      count(r.submitted),
      count(r.accepted),
      count(r.tested),
      count(r.advanced),
      count(r.adopted),
    ]),
  }),
  "stage-times": async (ctx, i, l) => ({
    head: [HEADERS.stage[l], HEADERS.stays[l], HEADERS.median[l], HEADERS.p90[l]],
    rows: (await views.stageTimesView(ctx, i)).map((r) => [stageLabel(r.stage, l), count(r.stays), r.medianDays, r.p90Days]),
  }),
  promises: async (ctx, i, l) => ({
    head: [HEADERS.promise[l], HEADERS.due[l], HEADERS.kept[l], HEADERS.keptPercent[l]],
    rows: (await views.promisesView(ctx, i)).map((r) => [valueLabel(r.kind, l), count(r.due), count(r.kept), r.keptPercent]),
  }),
  referrals: async (ctx, i, l) => ({
    head: [HEADERS.status[l], HEADERS.sent[l], HEADERS.inTime[l], HEADERS.late[l], HEADERS.overdue[l]],
    rows: (await views.referralsView(ctx, i)).map((r) => [
      valueLabel(r.status, l),
      count(r.sent),
      count(r.answeredInTime),
      count(r.answeredLate),
      count(r.overdue),
    ]),
  }),
  reach: async (ctx, i, l) => ({
    head: [HEADERS.dimension[l], HEADERS.value[l], HEADERS.ideas[l]],
    rows: (await views.reachView(ctx, i)).map((r) => [valueLabel(r.dimension, l), r.label, count(r.ideas)]),
  }),
  "test-outcomes": async (ctx, i, l) => {
    const t = await views.testOutcomesView(ctx, i);
    const measure = valueLabel("measure", l);
    const decision = valueLabel("decision", l);
    return {
      head: [HEADERS.kind[l], HEADERS.outcome[l], HEADERS.count[l]],
      rows: [
        [measure, valueLabel("met", l), count(t.met)],
        [measure, valueLabel("not_met", l), count(t.notMet)],
        [measure, valueLabel("inconclusive", l), count(t.inconclusive)],
        [decision, valueLabel("retest", l), count(t.retest)],
        [decision, valueLabel("pivot", l), count(t.pivot)],
        [decision, valueLabel("advance", l), count(t.advance)],
        [decision, valueLabel("stop", l), count(t.stop)],
      ],
    };
  },
  adoptions: async (ctx, i, l) => ({
    head: [HEADERS.municipality[l], HEADERS.planned[l], HEADERS.testing[l], HEADERS.adopted[l], HEADERS.declined[l]],
    rows: (await views.spreadView(ctx, i)).adoptions.map((r) => [
      r.municipality,
      count(r.planned),
      count(r.testing),
      count(r.adopted),
      count(r.declined),
    ]),
  }),
  ladder: async (ctx, i, l) => ({
    head: [HEADERS.step[l], HEADERS.ideas[l]],
    rows: (await views.spreadView(ctx, i)).ladder.map((r) => [r.step, count(r.ideas)]),
  }),
  guides: async (ctx, i, l) => {
    const rows = await views.guidesLoadView(ctx, i);
    if (!rows) return null;
    return {
      head: [HEADERS.guide[l], HEADERS.openIdeas[l], HEADERS.ideas[l], HEADERS.sessions[l]],
      rows: rows.map((r) => [r.guide, r.openIdeas, r.ideas, r.sessions]),
    };
  },
};

const param = (req: Request, name: string) => (typeof req.query[name] === "string" ? (req.query[name] as string) : null);

export function mountInsightCsv(app: Express, contextFor: ContextFor): void {
  app.get("/insight/:slug/:file", async (req: Request, res: Response, next: NextFunction) => {
    try {
      const file = String(req.params.file);
      const view = file.endsWith(".csv") ? CSV_VIEWS[file.slice(0, -4)] : undefined;
      if (!view || !Object.hasOwn(CSV_VIEWS, file.slice(0, -4))) return res.sendStatus(404);
      const ctx = await contextFor(req, { req, res });
      const lang = param(req, "lang");
      const locale: Locale = lang === "en" || lang === "sv" ? lang : ctx.locale;
      const [arena] = await ctx.db
        .select({ id: arenas.id })
        .from(arenas)
        .where(eq(arenas.slug, String(req.params.slug)));
      if (!arena) return res.sendStatus(404);
      const year = param(req, "year");
      const sector = param(req, "sector");
      if ((year !== null && !/^\d{4}$/.test(year)) || (sector !== null && !Object.hasOwn(SectorEnum, sector))) return res.sendStatus(400);
      const insight = await views.insightFor({ ...ctx, locale }, arena.id, {
        year: year === null ? null : Number(year),
        goalId: param(req, "goal"),
        countyPartId: param(req, "countyPart"),
        sector: sector === null ? null : SectorEnum[sector as keyof typeof SectorEnum],
      });
      const table = await view({ ...ctx, locale }, insight, locale);
      // Guides' load names people: to anyone but staff it does not exist.
      if (!table) return res.sendStatus(404);
      res.setHeader("Content-Type", "text/csv; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="insight-${String(req.params.slug)}-${file}"`);
      res.setHeader("Cache-Control", "private, no-store");
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.end(toCsv(table.head, table.rows));
    } catch (e) {
      if (e instanceof GraphQLError && e.extensions.code === "BAD_USER_INPUT") return res.sendStatus(400);
      next(e);
    }
  });
}
