import type { Report } from "@/lib/export";

// Plain SVG drawn on the server: the printed report needs its charts without any script.
// Values are printed beside every bar, and the target is a separate mark, not a colour.
const bar = "#0072B2";
const target = "#D55E00";

export function DomainBars({ report, title }: { report: Report; title: string }) {
  const rowH = 30;
  const labelW = 250;
  const width = 640;
  const scale = (v: number) => ((width - labelW - 60) * v) / 100;
  const height = report.domains.length * rowH + 10;
  return (
    <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-3xl" data-testid="report-domain-chart">
      {report.domains.map((d, i) => {
        const y = i * rowH + 5;
        return (
          <g key={d.key}>
            <text x={labelW - 8} y={y + 17} textAnchor="end" fontSize="12" fill="#111827">{`${d.number}. ${d.name}`.slice(0, 40)}</text>
            <rect x={labelW} y={y + 4} width={scale(d.value ?? 0)} height={rowH - 12} fill={bar} />
            {d.target !== null ? <line x1={labelW + scale(d.target)} x2={labelW + scale(d.target)} y1={y} y2={y + rowH - 4} stroke="#111827" strokeWidth="3" /> : null}
            <text x={labelW + scale(Math.max(d.value ?? 0, d.target ?? 0)) + 6} y={y + 17} fontSize="12" fill="#111827">{d.value === null ? "—" : d.value}{d.target !== null ? ` → ${d.target}` : ""}</text>
          </g>
        );
      })}
    </svg>
  );
}

export function CapabilityLevels({ report, title }: { report: Report; title: string }) {
  const na = report.labels["value.notApplicable"];
  const rowH = 20;
  const labelW = 40;
  const width = 640;
  const max = Math.max(...report.scale.map((l) => l.value));
  const unit = (width - labelW - 60) / max;
  const height = report.capabilities.length * rowH + 10;
  return (
    <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-3xl" data-testid="report-capability-chart">
      {report.capabilities.map((c, i) => {
        const y = i * rowH + 5;
        const level = c.notApplicable ? 0 : (c.level ?? 0);
        return (
          <g key={c.key}>
            <text x={labelW - 6} y={y + 13} textAnchor="end" fontSize="11" fill="#111827">{c.number}</text>
            <rect x={labelW} y={y + 3} width={unit * level} height={rowH - 6} fill={bar} />
            {c.gap ? <rect x={labelW + unit * level} y={y + 3} width={unit * c.gap} height={rowH - 6} fill="#ffffff" stroke={target} strokeDasharray="3 2" /> : null}
            <text x={labelW + unit * (level + (c.gap ?? 0)) + 6} y={y + 13} fontSize="11" fill="#111827">{c.notApplicable ? na : c.level === null ? "—" : c.gap ? `${c.level} (+${c.gap})` : c.level}</text>
          </g>
        );
      })}
    </svg>
  );
}
