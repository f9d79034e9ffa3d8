"use client";

import { CartesianGrid, LabelList, Legend, Line, LineChart, XAxis, YAxis } from "recharts";
import { dashes, palette } from "./palette";

export interface TrendProps {
  title: string;
  rows: Record<string, string | number | boolean | null>[];
  lines: { key: string; name: string }[];
  overall: { key: string; name: string };
  rtl?: boolean;
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: { comparable?: boolean };
}

/** A cycle scored on another framework version is drawn as a hollow square, not a dot. */
function OverallDot({ cx, cy, payload }: DotProps) {
  if (cx == null || cy == null) return null;
  return payload?.comparable === false ? (
    <rect x={cx - 5} y={cy - 5} width={10} height={10} fill="#ffffff" stroke="#000000" strokeWidth={2} />
  ) : (
    <circle cx={cx} cy={cy} r={4} fill="#000000" />
  );
}

/** Overall score (thick, labelled) and domain scores per cycle, 0-100. */
export default function ScoreTrend({ title, rows, lines, overall, rtl = false }: TrendProps) {
  return (
    <LineChart responsive style={{ width: "100%", height: 360 }} data={rows} margin={{ top: 16, right: 24, left: 0 }} role="img" aria-label={title}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="period" reversed={rtl} tick={{ fontSize: 12, fill: "#1f2937" }} />
      <YAxis domain={[0, 100]} orientation={rtl ? "right" : "left"} tick={{ fontSize: 11, fill: "#374151" }} />
      {lines.map((l, i) => (
        <Line key={l.key} dataKey={l.key} name={l.name} stroke={palette[i % 6]} strokeDasharray={dashes[i % dashes.length]} dot={false} isAnimationActive={false} connectNulls />
      ))}
      <Line dataKey={overall.key} name={overall.name} stroke="#000000" strokeWidth={3} dot={<OverallDot />} isAnimationActive={false}>
        <LabelList dataKey={overall.key} position="top" fontSize={12} fill="#000000" />
      </Line>
      <Legend />
    </LineChart>
  );
}
