"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from "recharts";
import { palette } from "./palette";

export interface BarsProps {
  title: string;
  rows: { label: string; current: number | null; gap: number }[];
  maxLevel: number;
  names: { current: string; gap: string };
  rtl?: boolean;
}

/** Each capability's current level, with the gap to its target stacked after it (hatched, not only coloured). */
export default function CapabilityBars({ title, rows, maxLevel, names, rtl = false }: BarsProps) {
  return (
    <BarChart responsive layout="vertical" style={{ width: "100%", height: 28 * rows.length + 60 }} data={rows} margin={{ left: 8, right: 24 }} role="img" aria-label={title}>
      <defs>
        <pattern id="gap-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fde6d6" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={palette[1]} strokeWidth="3" />
        </pattern>
      </defs>
      <CartesianGrid horizontal={false} />
      <XAxis type="number" domain={[0, maxLevel]} allowDecimals={false} reversed={rtl} tick={{ fontSize: 11, fill: "#374151" }} />
      <YAxis type="category" dataKey="label" width={36} orientation={rtl ? "right" : "left"} tick={{ fontSize: 11, fill: "#1f2937" }} interval={0} />
      <Bar dataKey="current" name={names.current} stackId="l" fill={palette[0]} isAnimationActive={false}>
        <LabelList dataKey="current" position={rtl ? "insideLeft" : "insideRight"} fill="#ffffff" fontSize={11} />
      </Bar>
      <Bar dataKey="gap" name={names.gap} stackId="l" fill="url(#gap-hatch)" stroke={palette[1]} isAnimationActive={false}>
        <LabelList dataKey="gap" position={rtl ? "left" : "right"} fill="#7a2e00" fontSize={11} formatter={(v: unknown) => (typeof v === "number" && v > 0 ? `+${v}` : "")} />
      </Bar>
      <Legend />
    </BarChart>
  );
}
