import { useTranslation } from "react-i18next";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, niceTicks } from "./numbers";
import type { Series } from "./series";
import { formatLocalDate } from "../../ui/format";
import "./testing.css";

/** Colours of the cycles' lines, dark enough for 3:1 against white; the latest cycle is drawn solid, earlier ones dashed. */
const COLOURS = ["#0b4f6c", "#3f3d8f", "#1d6b39", "#8a4b08", "#7a2e5c", "#4a5664"];

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * A run chart of one measure across the cycles: values over time, one line per cycle, with
 * the latest cycle's baseline and target as reference lines. The chart is a picture for
 * sighted readers; the table next to it (RunChartTable) carries the same values for everyone.
 * Loaded lazily: recharts is only fetched when an idea has measurements to draw.
 */
export default function RunChart({ series }: { series: Series }) {
  const { t } = useTranslation("testing");
  const latest = series.cycles[series.cycles.length - 1];
  const drawn = series.cycles.filter((c) => c.measurements.length > 0);
  const data = drawn
    .flatMap((c) => c.measurements.map((m) => ({ day: dayOf(m.measuredOn), [`c${c.number}`]: m.value })))
    .sort((a, b) => a.day - b.day);
  const values = drawn.flatMap((c) => c.measurements.map((m) => m.value));
  const refs = [latest?.baseline, latest?.target].filter((v): v is number => v !== null && v !== undefined);
  const lo = Math.min(...values, ...refs);
  const hi = Math.max(...values, ...refs);
  const ticks = niceTicks(lo, hi);
  const unit = series.unit ? ` ${series.unit}` : "";

  return (
    <div
      className="run-chart"
      role="img"
      aria-label={t("chart.label", {
        name: series.name,
        n: values.length,
        baseline: formatNumber(latest?.baseline),
        target: formatNumber(latest?.target),
      })}
    >
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d5dde4" strokeDasharray="3 3" />
          <XAxis
            dataKey="day"
            type="number"
            scale="time"
            domain={["dataMin", "dataMax"]}
            tickFormatter={(d: number) => formatLocalDate(new Date(d).toISOString().slice(0, 10))}
            stroke="#4a5664"
            tick={{ fontSize: 12 }}
            padding={{ left: 16, right: 16 }}
          />
          <YAxis
            domain={[ticks[0]!, ticks[ticks.length - 1]!]}
            ticks={ticks}
            tickFormatter={(v: number) => formatNumber(v)}
            stroke="#4a5664"
            tick={{ fontSize: 12 }}
            width={48}
          />
          <Tooltip
            labelFormatter={(d) => formatLocalDate(new Date(Number(d)).toISOString().slice(0, 10))}
            formatter={(v, name) => [`${formatNumber(Number(v))}${unit}`, t("cycle.title", { n: String(name).replace(/\D/g, "") })]}
          />
          <Legend formatter={(name: string) => t("cycle.title", { n: name.replace(/\D/g, "") })} />
          {latest?.baseline !== null && latest?.baseline !== undefined && (
            <ReferenceLine
              y={latest.baseline}
              stroke="#4a5664"
              strokeDasharray="6 4"
              label={{
                value: t("chart.baseline", { value: formatNumber(latest.baseline) }),
                position: "insideBottomLeft",
                fill: "#4a5664",
                fontSize: 12,
              }}
            />
          )}
          {latest?.target !== null && latest?.target !== undefined && (
            <ReferenceLine
              y={latest.target}
              stroke="#1d6b39"
              strokeWidth={2}
              label={{
                value: t("chart.target", { value: formatNumber(latest.target) }),
                position: "insideTopLeft",
                fill: "#1d6b39",
                fontSize: 12,
              }}
            />
          )}
          {drawn.map((c, i) => (
            <Line
              key={c.cycleId}
              dataKey={`c${c.number}`}
              name={`c${c.number}`}
              type="linear"
              stroke={COLOURS[i % COLOURS.length]}
              strokeWidth={2}
              strokeDasharray={i === drawn.length - 1 ? undefined : "5 3"}
              dot={{ r: 4 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
