import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Bar colours dark enough for 3:1 against white, as the run chart's. */
const COLOURS = ["#0b4f6c", "#3f3d8f", "#1d6b39", "#8a4b08", "#7a2e5c", "#4a5664"];

export interface ChartSeries {
  key: string;
  label: string;
}

/**
 * A bar chart of a figure set: one group per row, one bar per series. A picture for sighted
 * readers; the table beside it carries the same figures (withheld cells draw as nothing).
 * Loaded lazily with recharts, as the run chart is.
 */
export default function InsightChart({
  label,
  rows,
  series,
}: {
  label: string;
  rows: Record<string, string | number | null>[];
  series: ChartSeries[];
}) {
  return (
    <div className="insight-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d5dde4" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" stroke="#4a5664" tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} stroke="#4a5664" tick={{ fontSize: 12 }} width={48} />
          <Tooltip />
          {series.length > 1 && <Legend />}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
