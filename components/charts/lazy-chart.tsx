"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { BarsProps } from "./capability-bars";
import type { RadarProps } from "./domain-radar";
import type { TrendProps } from "./score-trend";

// The chart library is loaded only when a chart comes into view, so it never holds up the
// page: the numbers and tables are already in the server-rendered HTML.
const charts = {
  radar: dynamic(() => import("./domain-radar"), { ssr: false }),
  bars: dynamic(() => import("./capability-bars"), { ssr: false }),
  trend: dynamic(() => import("./score-trend"), { ssr: false }),
};

type ChartProps = { kind: "radar"; props: RadarProps } | { kind: "bars"; props: BarsProps } | { kind: "trend"; props: TrendProps };

export function LazyChart({ height, ...chart }: ChartProps & { height: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setVisible(true);
        observer.disconnect();
      }
    }, { rootMargin: "200px" });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // Height is reserved up front so nothing below moves when the chart arrives.
  return (
    <div ref={ref} style={{ minHeight: height }} data-chart={chart.kind} data-loaded={visible ? "true" : "false"}>
      {visible ? renderChart(chart) : null}
    </div>
  );
}

function renderChart(chart: ChartProps) {
  switch (chart.kind) {
    case "radar":
      return <charts.radar {...chart.props} />;
    case "bars":
      return <charts.bars {...chart.props} />;
    case "trend":
      return <charts.trend {...chart.props} />;
  }
}
