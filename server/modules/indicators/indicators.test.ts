import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { type ApiClient, demo } from "../../../test/support/client.js";
import { defaultMeasure, guidedIdea, planCycle } from "../../../test/support/cycles.js";
import { graphql } from "../../../test/support/graphql.js";

const ArenaIndicators = graphql(`
  query ArenaIndicators($slug: String!) {
    arena(slug: $slug) {
      id
      countyCode
      indicators {
        id
        key
        skrNumber
        direction
        series {
          id
          name
          version
          warnings
        }
      }
    }
  }
`);
const Values = graphql(`
  query IndicatorValues($id: ID!, $area: String, $breakdown: ValueBreakdown) {
    node(id: $id) {
      ... on Indicator {
        values(area: $area, breakdown: $breakdown) {
          areaCode
          areaName
          areaKind
          period
          breakdown
          value
          n
          warnings
        }
      }
    }
  }
`);
const Gap = graphql(`
  query IndicatorGap($slug: String!, $id: ID!, $period: Int) {
    arena(slug: $slug) {
      indicatorGap(indicatorId: $id, period: $period) {
        period
        periods
        county {
          value
        }
        rows {
          rank
          difference
          better
          municipality {
            areaCode
            areaName
            value
          }
        }
      }
    }
  }
`);
const CreateIndicator = graphql(`
  mutation CreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      indicator {
        id
        key
        title
        direction
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const UpdateIndicator = graphql(`
  mutation UpdateIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      indicator {
        id
        unit
        sourceRef
        title
      }
      errors {
        field
        code
      }
    }
  }
`);
const DeleteIndicator = graphql(`
  mutation DeleteIndicator($id: ID!) {
    deleteIndicator(id: $id) {
      deletedId
      errors {
        code
      }
    }
  }
`);
const CreateSeries = graphql(`
  mutation CreateSeries($input: CreateIndicatorSeriesInput!) {
    createIndicatorSeries(input: $input) {
      series {
        id
        version
        warnings
      }
      errors {
        field
        code
      }
    }
  }
`);
const UpdateSeries = graphql(`
  mutation UpdateSeries($input: UpdateIndicatorSeriesInput!) {
    updateIndicatorSeries(input: $input) {
      series {
        id
        version
        responseRate
        warnings
      }
      errors {
        field
        code
      }
    }
  }
`);
const Import = graphql(`
  mutation ImportValues($input: ImportIndicatorValuesInput!) {
    importIndicatorValues(input: $input) {
      report {
        dryRun
        written
        taken
        inserted
        updated
        unchanged
        refused {
          line
          code
          message
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
const MeasureIndicator = graphql(`
  query MeasureIndicator($id: ID!) {
    node(id: $id) {
      ... on TestCycle {
        measures {
          id
          indicator {
            key
          }
        }
      }
    }
  }
`);
const UpdateMeasures = graphql(`
  mutation UpdateMeasures($input: UpdateTestCycleInput!) {
    updateTestCycle(input: $input) {
      errors {
        field
        code
      }
    }
  }
`);

const { client } = useTestServer();

async function registry(c: ApiClient, slug = "gavleborg") {
  return (await c.ok(ArenaIndicators, { slug })).arena!;
}
const byKey = async (c: ApiClient, key: string, slug = "gavleborg") => (await registry(c, slug)).indicators.find((i) => i.key === key)!;

/** A series on SKR 3 with the given quality metadata, made by the researcher. */
async function seriesOn(c: ApiClient, key = "skr-03", fields: Record<string, unknown> = {}) {
  const indicator = await byKey(c, key);
  const { createIndicatorSeries } = await c.ok(CreateSeries, { input: { indicatorId: indicator.id, name: "Kolada", ...fields } });
  expect(createIndicatorSeries.errors).toEqual([]);
  return { indicator, series: createIndicatorSeries.series! };
}

const FILE = [
  "kpi;municipality_id;period;gender;value;count",
  "N15419;0021;2024;T;80,5;2800",
  "N15419;2104;2024;T;74,0;95",
  "N15419;2104;2024;K;79,2;24",
  "N15419;2180;2024;T;83,1;1150",
  "N15419;2101;2024;T;81,0;60",
].join("\n");

describe("the indicator registry", () => {
  it("lets the arena's researchers and coordinators add their own indicators, and nobody else", async () => {
    const researcher = await client().signInAs(demo.researcher);
    const arena = await registry(researcher);
    expect(arena.indicators.filter((i) => i.skrNumber !== null)).toHaveLength(22);
    const input = {
      arenaId: arena.id,
      key: "fokus-sysselsattning",
      titleSv: "Sysselsättning",
      titleEn: "Employment",
      direction: "HIGHER_IS_BETTER" as const,
    };
    const guide = await client().signInAs(demo.guide);
    expect((await guide.request(CreateIndicator, { input })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const dalarna = await client().signInAs(demo.dalarnaCoordinator);
    expect((await dalarna.request(CreateIndicator, { input })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const { createIndicator } = await researcher.ok(CreateIndicator, { input });
    expect(createIndicator.errors).toEqual([]);
    expect(createIndicator.indicator).toMatchObject({
      key: "fokus-sysselsattning",
      title: "Sysselsättning",
      direction: "HIGHER_IS_BETTER",
    });
    const coordinator = await client().signInAs(demo.coordinator);
    const again = (await coordinator.ok(CreateIndicator, { input })).createIndicator;
    expect(again.errors.map((e) => [e.field, e.code])).toEqual([["input.key", "DUPLICATE_KEY"]]);
  });

  it("validates in Swedish and English and changes nothing on bad input", async () => {
    const researcher = await client().signInAs(demo.researcher);
    const arena = await registry(researcher);
    const bad = { arenaId: arena.id, key: "Inte OK", titleSv: "", titleEn: "x", source: "KOLADA" as const };
    const sv = (await researcher.ok(CreateIndicator, { input: bad })).createIndicator.errors;
    expect(sv.map((e) => [e.field, e.code])).toEqual([
      ["input.key", "INVALID_KEY"],
      ["input.titleSv", "REQUIRED"],
    ]);
    researcher.locale = "en";
    const noRef = (await researcher.ok(CreateIndicator, { input: { ...bad, key: "ok", titleSv: "Ok" } })).createIndicator.errors;
    expect(noRef).toEqual([
      { field: "input.sourceRef", code: "SOURCE_REF_REQUIRED", message: "Give Kolada's key figure id, e.g. N00945." },
    ]);
    expect((await registry(researcher)).indicators).toHaveLength(22);
  });

  it("keeps SKR's 22: unit, direction and source may change, titles may not, and they cannot be removed", async () => {
    const coordinator = await client().signInAs(demo.coordinator);
    const skr = await byKey(coordinator, "skr-03");
    const ok = (
      await coordinator.ok(UpdateIndicator, { input: { id: skr.id, unit: "%", sourceRef: "N15419", direction: "HIGHER_IS_BETTER" } })
    ).updateIndicator;
    expect(ok.errors).toEqual([]);
    expect(ok.indicator).toMatchObject({ unit: "%", sourceRef: "N15419" });
    const fixed = (await coordinator.ok(UpdateIndicator, { input: { id: skr.id, titleSv: "Annat", unit: "andel" } })).updateIndicator;
    expect(fixed.errors).toEqual([{ field: "input.titleSv", code: "SKR_FIXED" }]);
    expect((await byKey(coordinator, "skr-03")).direction).toBe("HIGHER_IS_BETTER");
    const del = (await coordinator.ok(DeleteIndicator, { id: skr.id })).deleteIndicator;
    expect(del).toEqual({ deletedId: null, errors: [{ code: "SKR_NOT_DELETABLE" }] });
  });
});

describe("series and warnings", () => {
  it("warns where the response rate is under 50 % and where n is under 30", async () => {
    const researcher = await client().signInAs(demo.researcher);
    const { indicator, series } = await seriesOn(researcher, "skr-12", { dataKind: "SURVEY", sampling: "SAMPLE", responseRate: 62 });
    expect(series.warnings).toEqual([]);
    const low = (await researcher.ok(UpdateSeries, { input: { id: series.id, version: series.version, responseRate: 41.5 } }))
      .updateIndicatorSeries;
    expect(low.series).toMatchObject({ version: series.version + 1, responseRate: 41.5, warnings: ["LOW_RESPONSE_RATE"] });
    const stale = (await researcher.ok(UpdateSeries, { input: { id: series.id, version: series.version, responseRate: 70 } }))
      .updateIndicatorSeries;
    expect(stale.errors).toEqual([{ field: "input.version", code: "SERIES_STALE" }]);
    const file = "municipality_id;period;gender;value;count\n2104;2024;T;68;29\n2180;2024;T;71;30\n";
    expect(
      (await researcher.ok(Import, { input: { seriesId: series.id, csv: file, dryRun: false } })).importIndicatorValues.errors,
    ).toEqual([]);
    const { node } = await client().ok(Values, { id: indicator.id });
    const values = node && "values" in node ? node.values : [];
    expect(values.map((v) => [v.areaName, v.n, v.warnings])).toEqual([
      ["Hofors kommun", 29, ["SMALL_N", "LOW_RESPONSE_RATE"]],
      ["Gävle kommun", 30, ["LOW_RESPONSE_RATE"]],
    ]);
  });
});

describe("the Kolada import", () => {
  it("reports in a dry run, writes nothing then, and is idempotent when run for real", async () => {
    const researcher = await client().signInAs(demo.researcher);
    const { indicator, series } = await seriesOn(researcher);
    const dry = (await researcher.ok(Import, { input: { seriesId: series.id, csv: FILE, dryRun: true } })).importIndicatorValues;
    expect(dry).toEqual({
      errors: [],
      report: { dryRun: true, written: false, taken: 5, inserted: 5, updated: 0, unchanged: 0, refused: [] },
    });
    const values = async () => {
      const { node } = await client().ok(Values, { id: indicator.id });
      return node && "values" in node ? node.values : [];
    };
    expect(await values()).toEqual([]);
    const real = (await researcher.ok(Import, { input: { seriesId: series.id, csv: FILE, dryRun: false } })).importIndicatorValues;
    expect(real.report).toMatchObject({ written: true, taken: 5, inserted: 5 });
    const stored = await values();
    expect(stored).toHaveLength(5);
    expect(stored.find((v) => v.areaCode === "21")).toMatchObject({
      areaName: "Region Gävleborg",
      areaKind: "COUNTY",
      value: 80.5,
      n: 2800,
    });
    expect(stored.find((v) => v.areaCode === "2104" && v.breakdown === "WOMEN")).toMatchObject({
      value: 79.2,
      n: 24,
      warnings: ["SMALL_N"],
    });
    const changed = FILE.replace("2104;2024;T;74,0;95", "2104;2024;T;75,5;95");
    const again = (await researcher.ok(Import, { input: { seriesId: series.id, csv: changed, dryRun: false } })).importIndicatorValues;
    expect(again.report).toMatchObject({ written: true, taken: 5, inserted: 0, updated: 1, unchanged: 4 });
    const after = await values();
    expect(after).toHaveLength(5);
    expect(after.find((v) => v.areaCode === "2104" && v.breakdown === "TOTAL")?.value).toBe(75.5);
  });

  it("refuses a file with a bad row by its line numbers and writes nothing of it", async () => {
    const researcher = await client().signInAs(demo.researcher);
    const { indicator, series } = await seriesOn(researcher);
    await researcher.ok(UpdateIndicator, { input: { id: indicator.id, sourceRef: "N15419" } });
    const bad = [
      FILE,
      "N15419;9999;2024;T;70;10",
      "N15419;2181;20x4;T;70;10",
      "N15419;2181;2024;X;70;10",
      "N15419;2181;2024;T;;10",
      "N15419;2181;2024;T;sju;10",
      "N15419;2104;2024;T;74,0;95",
      "N00001;2181;2024;T;70;10",
    ].join("\n");
    const r = (await researcher.ok(Import, { input: { seriesId: series.id, csv: bad, dryRun: false } })).importIndicatorValues;
    expect(r.errors.map((e) => [e.field, e.code, e.message])).toEqual([
      ["input.csv", "IMPORT_REFUSED", "7 rader kan inte läsas in. Inget har sparats; rätta raderna och försök igen."],
    ]);
    expect(r.report).toMatchObject({ written: false, taken: 5 });
    expect(r.report!.refused.map((x) => [x.line, x.code])).toEqual([
      [7, "ROW_UNKNOWN_AREA"],
      [8, "ROW_BAD_PERIOD"],
      [9, "ROW_BAD_GENDER"],
      [10, "ROW_MISSING_VALUE"],
      [11, "ROW_BAD_VALUE"],
      [12, "ROW_REPEATED"],
      [13, "ROW_WRONG_KPI"],
    ]);
    expect(r.report!.refused[0]!.message).toBe("Kommunkoden 9999 hör inte till arenan.");
    expect(r.report!.refused[5]!.message).toBe("Samma område, år och kön som rad 3.");
    const { node } = await client().ok(Values, { id: indicator.id });
    expect(node && "values" in node ? node.values : null).toEqual([]);
    const header = (await researcher.ok(Import, { input: { seriesId: series.id, csv: "kommun;år\n2104;2024", dryRun: true } }))
      .importIndicatorValues;
    expect(header.errors.map((e) => e.code)).toEqual(["IMPORT_COLUMNS"]);
    const guide = await client().signInAs(demo.guide);
    expect((await guide.request(Import, { input: { seriesId: series.id, csv: FILE, dryRun: true } })).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
  });
});

describe("the gap view", () => {
  it("ranks the municipalities against the county value, honouring the direction", async () => {
    const researcher = await client().signInAs(demo.researcher);
    const { indicator, series } = await seriesOn(researcher);
    await researcher.ok(Import, { input: { seriesId: series.id, csv: FILE, dryRun: false } });
    const gap = async () => (await client().ok(Gap, { slug: "gavleborg", id: indicator.id })).arena!.indicatorGap!;
    const neutral = await gap();
    expect(neutral.period).toBe(2024);
    expect(neutral.county?.value).toBe(80.5);
    // Neutral: farthest from the county first.
    expect(neutral.rows.map((r) => r.municipality.areaCode)).toEqual(["2104", "2180", "2101"]);
    expect(neutral.rows.map((r) => r.better)).toEqual([null, null, null]);
    await researcher.ok(UpdateIndicator, { input: { id: indicator.id, direction: "LOWER_IS_BETTER" } });
    const lower = await gap();
    expect(lower.rows.map((r) => [r.rank, r.municipality.areaName, r.better])).toEqual([
      [1, "Hofors kommun", true],
      [2, "Ockelbo kommun", false],
      [3, "Gävle kommun", false],
    ]);
    expect(lower.rows[0]!.difference).toBeCloseTo(-6.5);
    await researcher.ok(UpdateIndicator, { input: { id: indicator.id, direction: "HIGHER_IS_BETTER" } });
    expect((await gap()).rows.map((r) => r.municipality.areaCode)).toEqual(["2180", "2101", "2104"]);
    expect((await client().ok(Gap, { slug: "gavleborg", id: indicator.id, period: 2019 })).arena!.indicatorGap!.rows).toEqual([]);
  });
});

describe("measures and indicators", () => {
  it("lets a test cycle's measure name an indicator of its arena", async () => {
    const g = await guidedIdea(client);
    const cycle = await planCycle(g.guide, g.idea.id);
    const skr = await byKey(g.guide, "skr-07");
    const other = await byKey(g.guide, "skr-07", "dalarna");
    const measure = { id: cycle.measures[0]!.id, ...defaultMeasure };
    const wrong = await g.guide.ok(UpdateMeasures, {
      input: { id: cycle.id, expectedVersion: cycle.version, measures: [{ ...measure, indicatorId: other.id }] },
    });
    expect(wrong.updateTestCycle.errors).toEqual([{ field: "input.measures.0.indicatorId", code: "NOT_FOUND" }]);
    const ok = await g.guide.ok(UpdateMeasures, {
      input: { id: cycle.id, expectedVersion: cycle.version, measures: [{ ...measure, indicatorId: skr.id }] },
    });
    expect(ok.updateTestCycle.errors).toEqual([]);
    const read = async () => {
      const { node } = await g.guide.ok(MeasureIndicator, { id: cycle.id });
      return node && "measures" in node ? node.measures.map((m) => m.indicator?.key ?? null) : [];
    };
    expect(await read()).toEqual(["skr-07"]);
  });
});
