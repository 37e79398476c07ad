import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import type { Context } from "../../graphql/context.js";
import { UserErrors, type UserError, userError } from "../../graphql/errors.js";
import type { MessageCode } from "../../graphql/messages.js";
import { runMutation } from "../../graphql/mutation.js";
import { now } from "../../shared/clock.js";
import { recordEvent } from "../audit/audit.service.js";
import { IndicatorEvents } from "./indicators.events.js";
import { INDICATOR_LIMITS, type ImportIndicatorValuesInput } from "./indicators.inputs.js";
import { arenaAreas } from "./indicators.read.js";
import { countyAreaCode } from "./indicators.rules.js";
import { latestYear, writableSeries } from "./indicators.service.js";
import { indicatorValues } from "./indicators.tables.js";
import { ImportRefusal, type IndicatorImportPayload, type IndicatorImportReport } from "./indicators.types.js";
import type { ValueBreakdown } from "./indicators.vocabulary.js";

// A Kolada export, one key figure: a row per municipality (or the county, 00XX), year and
// gender T/K/M, with the value and, where Kolada has it, the count. Checked in full first:
// the file is taken whole or not at all, so a refused row never leaves half a file behind.

type Column = "area" | "period" | "gender" | "value" | "count" | "kpi";

/** Header names seen in Kolada's exports and API, in English and Swedish, first match wins. */
const ALIASES: Record<Column, string[]> = {
  area: ["municipalityid", "kommunid", "kommunkod", "areacode", "områdeskod", "omradeskod", "municipality", "kommun", "area"],
  period: ["period", "år", "ar", "year"],
  gender: ["gender", "kön", "kon", "sex"],
  value: ["value", "värde", "varde"],
  count: ["count", "antal", "n"],
  kpi: ["kpi", "kpiid", "nyckeltal", "nyckeltalsid"],
};
const REQUIRED: Column[] = ["area", "period", "value"];

const GENDERS: Record<string, ValueBreakdown> = {
  t: "total",
  total: "total",
  totalt: "total",
  k: "women",
  kvinnor: "women",
  women: "women",
  m: "men",
  män: "men",
  men: "men",
};

const norm = (h: string) => h.toLowerCase().replace(/[\s_\-."]/g, "");

function delimiterOf(firstLine: string): string {
  if (firstLine.includes(";")) return ";";
  if (firstLine.includes("\t")) return "\t";
  return ",";
}

/** Kolada writes decimal commas; spaces may group thousands. */
function parseNumber(raw: string): number | null {
  const s = raw.replace(/[\s\u00a0]/g, "").replace(/,(?=\d+$)/, ".");
  return /^[-+]?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

interface Row {
  line: number;
  areaCode: string;
  period: number;
  breakdown: ValueBreakdown;
  value: number;
  n: number | null;
}

interface Checked {
  rows: Row[];
  refused: ImportRefusal[];
  /** Refused as a whole (no header, too large): nothing else to report. */
  fileError: UserError | null;
}

function refusal(ctx: Context, line: number, code: MessageCode, params?: Record<string, string | number>): ImportRefusal {
  const e = userError(ctx.locale, null, code, params);
  return Object.assign(new ImportRefusal(), { line, code, message: e.message });
}

export function checkFile(ctx: Context, text: string, known: (code: string) => boolean, expectedKpi: string): Checked {
  const out: Checked = { rows: [], refused: [], fileError: null };
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return { ...out, fileError: userError(ctx.locale, "input.csv", "IMPORT_EMPTY") };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter: delimiterOf(body.split(/\r?\n/, 1)[0]!),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 1;
    return { ...out, refused: [refusal(ctx, line, "ROW_UNREADABLE", { detail: (e as Error).message })] };
  }
  if (records.length - 1 > INDICATOR_LIMITS.importRows)
    return { ...out, fileError: userError(ctx.locale, "input.csv", "IMPORT_TOO_LARGE", { max: INDICATOR_LIMITS.importRows }) };
  const header = records[0]!.record.map(norm);
  const at = {} as Record<Column, number>;
  for (const [col, names] of Object.entries(ALIASES) as [Column, string[]][]) {
    const i = names.map((n) => header.indexOf(n)).find((i) => i >= 0);
    at[col] = i ?? -1;
  }
  const missing = REQUIRED.filter((c) => at[c] < 0);
  if (missing.length > 0) {
    const names = missing.map((c) => ALIASES[c][0]).join(", ");
    return { ...out, fileError: userError(ctx.locale, "input.csv", "IMPORT_COLUMNS", { columns: names }) };
  }
  const first = new Map<string, number>();
  const max = latestYear();
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const cell = (c: Column) => (at[c] >= 0 ? (record[at[c]] ?? "").trim() : "");
    const refuse = (code: MessageCode, params?: Record<string, string | number>) => out.refused.push(refusal(ctx, line, code, params));
    const kpi = cell("kpi");
    if (expectedKpi && kpi && kpi !== expectedKpi) {
      refuse("ROW_WRONG_KPI", { value: kpi, expected: expectedKpi });
      continue;
    }
    const areaCode = countyAreaCode(cell("area"));
    if (!known(areaCode)) {
      refuse("ROW_UNKNOWN_AREA", { code: cell("area") || "–" });
      continue;
    }
    const period = Number(cell("period"));
    if (!/^\d{4}$/.test(cell("period")) || period < INDICATOR_LIMITS.firstYear || period > max) {
      refuse("ROW_BAD_PERIOD", { value: cell("period") || "–", min: INDICATOR_LIMITS.firstYear, max });
      continue;
    }
    const breakdown = at.gender >= 0 ? GENDERS[cell("gender").toLowerCase()] : "total";
    if (!breakdown) {
      refuse("ROW_BAD_GENDER", { value: cell("gender") || "–" });
      continue;
    }
    if (cell("value") === "") {
      refuse("ROW_MISSING_VALUE");
      continue;
    }
    const value = parseNumber(cell("value"));
    if (value === null || Math.abs(value) > 1e12) {
      refuse("ROW_BAD_VALUE", { value: cell("value") });
      continue;
    }
    let n: number | null = null;
    if (cell("count") !== "") {
      n = parseNumber(cell("count"));
      if (n === null || !Number.isInteger(n) || n < 0 || n > 100_000_000) {
        refuse("ROW_BAD_COUNT", { value: cell("count") });
        continue;
      }
    }
    const key = `${areaCode}|${period}|${breakdown}`;
    const seen = first.get(key);
    if (seen !== undefined) {
      refuse("ROW_REPEATED", { line: seen });
      continue;
    }
    first.set(key, line);
    out.rows.push({ line, areaCode, period, breakdown, value, n });
  }
  return out;
}

const CHUNK = 1000;

export async function importIndicatorValues(ctx: Context, input: ImportIndicatorValuesInput): Promise<IndicatorImportPayload> {
  let report: IndicatorImportReport | null = null;
  const r = await runMutation(ctx, async (tx) => {
    const { series, indicator, actorId } = await writableSeries(ctx, tx, input.seriesId, "input.seriesId");
    const areas = await arenaAreas(tx, indicator.arenaId);
    const checked = checkFile(ctx, input.csv, (c) => areas.names.has(c), indicator.source === "kolada" ? indicator.sourceRef : "");
    if (checked.fileError) throw new UserErrors([checked.fileError]);
    const stored = new Map(
      (
        await tx
          .select({
            areaCode: indicatorValues.areaCode,
            period: indicatorValues.period,
            breakdown: indicatorValues.breakdown,
            value: indicatorValues.value,
            n: indicatorValues.n,
          })
          .from(indicatorValues)
          .where(sql`${indicatorValues.seriesId} = ${series.id} and ${indicatorValues.breakdownLabel} = ''`)
      ).map((v) => [`${v.areaCode}|${v.period}|${v.breakdown}`, v]),
    );
    const fresh = checked.rows.filter((row) => !stored.has(`${row.areaCode}|${row.period}|${row.breakdown}`));
    const changed = checked.rows.filter((row) => {
      const s = stored.get(`${row.areaCode}|${row.period}|${row.breakdown}`);
      return s && (s.value !== row.value || s.n !== row.n);
    });
    const written = !input.dryRun && checked.refused.length === 0;
    report = {
      dryRun: input.dryRun,
      written,
      taken: checked.rows.length,
      inserted: fresh.length,
      updated: changed.length,
      unchanged: checked.rows.length - fresh.length - changed.length,
      refused: checked.refused,
    };
    if (input.dryRun) return report;
    if (!written) throw new UserErrors([userError(ctx.locale, "input.csv", "IMPORT_REFUSED", { count: checked.refused.length })]);
    const updatedAt = now();
    const toWrite = [...fresh, ...changed].map((row) => ({
      seriesId: series.id,
      areaCode: row.areaCode,
      period: row.period,
      breakdown: row.breakdown,
      breakdownLabel: "",
      value: row.value,
      n: row.n,
      updatedAt,
    }));
    for (let i = 0; i < toWrite.length; i += CHUNK)
      await tx
        .insert(indicatorValues)
        .values(toWrite.slice(i, i + CHUNK))
        .onConflictDoUpdate({
          target: [
            indicatorValues.seriesId,
            indicatorValues.areaCode,
            indicatorValues.period,
            indicatorValues.breakdown,
            indicatorValues.breakdownLabel,
          ],
          set: { value: sql`excluded.value`, n: sql`excluded.n`, updatedAt },
        });
    await recordEvent(tx, {
      arenaId: indicator.arenaId,
      actorId,
      subjectType: "IndicatorSeries",
      subjectId: series.id,
      kind: IndicatorEvents.valuesImported,
      data: { indicator: indicator.key, inserted: report.inserted, updated: report.updated, unchanged: report.unchanged },
    });
    return report;
  });
  return { report: r.value ?? report, errors: r.errors };
}
