import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartLine {
  key: string;
  label: string;
  points: { period: number; value: number }[];
}

const COLOURS = ["#0b4f6c", "#8a4b08", "#1d6b39", "#7a2e5c"];

/**
 * A line per area over the years. A picture for sighted readers; the table beside it carries
 * the same values. Loaded lazily, so recharts is fetched only where a chart shows.
 */
export default function IndicatorChart({ lines, label, unit }: { lines: ChartLine[]; label: string; unit: string }) {
  const periods = [...new Set(lines.flatMap((l) => l.points.map((p) => p.period)))].sort();
  const data = periods.map((period) => ({
    period,
    ...Object.fromEntries(lines.map((l) => [l.key, l.points.find((p) => p.period === period)?.value])),
  }));
  return (
    <div className="indicator-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d5dde4" strokeDasharray="3 3" />
          <XAxis dataKey="period" stroke="#4a5664" tick={{ fontSize: 12 }} />
          <YAxis
            stroke="#4a5664"
            tick={{ fontSize: 12 }}
            width={48}
            domain={["auto", "auto"]}
            tickFormatter={(v: number) => String(Math.round(v * 10) / 10)}
          />
          <Tooltip formatter={(v) => `${String(v)} ${unit}`} />
          <Legend />
          {lines.map((l, i) => (
            <Line
              key={l.key}
              dataKey={l.key}
              name={l.label}
              stroke={COLOURS[i % COLOURS.length]}
              strokeWidth={2}
              dot
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
