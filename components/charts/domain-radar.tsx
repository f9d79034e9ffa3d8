"use client";

import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from "recharts";
import { palette } from "./palette";

export interface RadarProps {
  title: string;
  rows: { label: string; current: number | null; target: number | null; previous: number | null }[];
  names: { current: string; target: string; previous: string | null };
}

/** Domain scores 0-100: this cycle, its targets and the previous cycle. Values are printed on the current series. */
export default function DomainRadar({ title, rows, names }: RadarProps) {
  return (
    <RadarChart responsive style={{ width: "100%", height: 380 }} data={rows} outerRadius="78%" role="img" aria-label={title}>
      <PolarGrid />
      <PolarAngleAxis dataKey="label" tick={{ fontSize: 12, fill: "#1f2937" }} />
      <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} tick={{ fontSize: 10, fill: "#374151" }} />
      <Radar name={names.target} dataKey="target" stroke={palette[2]} strokeDasharray="6 3" fill="none" isAnimationActive={false} />
      {names.previous ? <Radar name={names.previous} dataKey="previous" stroke={palette[1]} strokeDasharray="2 3" fill="none" isAnimationActive={false} /> : null}
      <Radar name={names.current} dataKey="current" stroke={palette[0]} fill={palette[0]} fillOpacity={0.25} isAnimationActive={false} label={{ fontSize: 11, fill: "#0b3d66" }} dot />
      <Legend />
    </RadarChart>
  );
}
