import type { FrameworkDefinition } from "@/lib/framework/schema";
import type { Dashboard } from "@/lib/scoring";

interface SeriesNames {
  current: string;
  target: string;
  previous: string | null;
  level: string;
  gap: string;
  overall: string;
}

/** Ready-made series for the three charts: the charts draw these and compute nothing. */
export function chartSeries(d: Dashboard, def: FrameworkDefinition, names: SeriesNames) {
  const domainName = new Map(def.domains.map((x) => [x.key, x.name]));
  const target = new Map(d.target.domains.map((x) => [x.key, x.score.value]));
  const previous = new Map(d.previous?.score.domains.map((x) => [x.key, x.score.value]) ?? []);
  return {
    radar: {
      rows: d.current.domains.map((x) => ({ label: domainName.get(x.key)!, current: x.score.value, target: target.get(x.key) ?? null, previous: previous.get(x.key) ?? null })),
      names: { current: names.current, target: names.target, previous: names.previous },
    },
    bars: {
      rows: d.current.capabilities.map((c) => ({ label: String(c.number), current: c.current, gap: c.gap ?? 0 })),
      names: { current: names.level, gap: names.gap },
    },
    trend: {
      // Domain keys are prefixed so none can collide with the row's own fields.
      rows: d.trend.map((p) => ({ period: p.period, overall: p.overall, comparable: p.comparable, ...Object.fromEntries(Object.entries(p.domains).map(([k, v]) => [`d_${k}`, v])) })),
      lines: def.domains.map((x) => ({ key: `d_${x.key}`, name: x.name })),
      overall: { key: "overall", name: names.overall },
    },
  };
}
