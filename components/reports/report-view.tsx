import type { Report } from "@/lib/export";
import { CapabilityLevels, DomainBars } from "./report-charts";

// The gap report as a page: the same Report object the downloads are written from, so the
// page and every file agree. Headings and column names come from the report's labels.
export function ReportView({ report }: { report: Report }) {
  const l = report.labels;
  const n = (v: number | null) => (v === null ? l["value.empty"] : new Intl.NumberFormat(l.locale, { maximumFractionDigits: 1 }).format(v));
  const th = "border-b border-line p-2 text-start";
  const td = "border-b border-line p-2 align-top";
  return (
    <article className="report space-y-8">
      <header className="space-y-1">
        <h1 className="text-3xl font-semibold">{report.title}</h1>
        <p className="text-xl">{report.subtitle}</p>
        <p className="text-sm text-muted">{l[`audience.${report.audience}`]} · {l[`omitted.${report.audience}`]}</p>
      </header>
      <section aria-labelledby="r-summary" className="space-y-2">
        <h2 id="r-summary" className="text-2xl font-semibold">{l["section.summary"]}</h2>
        {report.summary.map((p, i) => (
          <p key={i} data-testid={i === 0 ? "report-summary" : undefined}>{p}</p>
        ))}
      </section>
      <section aria-labelledby="r-scores" className="space-y-2">
        <h2 id="r-scores" className="text-2xl font-semibold">{l["section.scores"]}</h2>
        <table className="w-full border-collapse text-sm" data-testid="report-domains">
          <thead>
            <tr><th scope="col" className={th}>{l["column.domain"]}</th><th scope="col" className={th}>{l["column.score"]}</th><th scope="col" className={th}>{l["column.targetScore"]}</th><th scope="col" className={th}>{l["column.change"]}</th><th scope="col" className={th}>{l["column.completeness"]}</th><th scope="col" className={th}>{l["column.evidence"]}</th></tr>
          </thead>
          <tbody>
            {report.domains.map((d) => (
              <tr key={d.key}><th scope="row" className={td}>{d.number}. {d.name}</th><td className={td}>{n(d.value)}</td><td className={td}>{n(d.target)}</td><td className={td}>{n(d.change)}</td><td className={td}>{Math.round(d.completeness * 100)}%</td><td className={td}>{l[`strength.${d.evidenceStrength}`]}</td></tr>
            ))}
            <tr className="font-semibold"><th scope="row" className={td}>{l["column.overall"]}</th><td className={td} data-testid="report-overall">{n(report.overall.value)}</td><td className={td}>{n(report.overall.target)}</td><td className={td}>{n(report.overall.change)}</td><td className={td}>{Math.round(report.overall.completeness * 100)}%</td><td className={td}>{l[`strength.${report.overall.evidenceStrength}`]}</td></tr>
          </tbody>
        </table>
      </section>
      <section aria-labelledby="r-charts" className="space-y-4">
        <h2 id="r-charts" className="text-2xl font-semibold">{l["section.charts"]}</h2>
        <figure className="space-y-1">
          <figcaption><span className="font-semibold">{l["chart.domains.title"]}</span> <span className="text-sm text-muted">{l["chart.domains.caption"]}</span></figcaption>
          <DomainBars report={report} title={l["chart.domains.title"]} />
        </figure>
        <figure className="space-y-1">
          <figcaption><span className="font-semibold">{l["chart.capabilities.title"]}</span> <span className="text-sm text-muted">{l["chart.capabilities.caption"]}</span></figcaption>
          <CapabilityLevels report={report} title={l["chart.capabilities.title"]} />
        </figure>
      </section>
      <section aria-labelledby="r-gaps" className="space-y-2">
        <h2 id="r-gaps" className="text-2xl font-semibold">{l["section.gaps"]}</h2>
        {report.gaps.length === 0 ? <p>{l["empty.gaps"]}</p> : (
          <table className="w-full border-collapse text-sm">
            <thead><tr><th scope="col" className={th}>{l["column.capability"]}</th><th scope="col" className={th}>{l["column.level"]}</th><th scope="col" className={th}>{l["column.targetLevel"]}</th><th scope="col" className={th}>{l["column.targetDate"]}</th><th scope="col" className={th}>{l["column.leadAgency"]}</th><th scope="col" className={th}>{l["column.action"]}</th></tr></thead>
            <tbody>
              {report.gaps.map((g) => (
                <tr key={g.key}>
                  <th scope="row" className={td}>{g.number}. {g.name}</th><td className={td}>{g.current}</td><td className={td}>{g.target}</td><td className={td}>{g.targetDate ?? l["value.empty"]}</td><td className={td}>{g.leadAgency || l["value.empty"]}</td>
                  <td className={td}>{g.actions.length ? <ul>{g.actions.map((a, i) => <li key={i}>{a.what} ({a.owner}, {a.dueOn}, {l[`actionStatus.${a.status}`]})</li>)}</ul> : l["value.empty"]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="r-evidence" className="space-y-2">
        <h2 id="r-evidence" className="text-2xl font-semibold">{l["section.evidence"]}</h2>
        {report.evidence.length === 0 ? <p>{l["empty.evidence"]}</p> : (
          <ul className="list-disc space-y-1 ps-6" data-testid="report-evidence">
            {report.evidence.map((e, i) => (
              <li key={i}>{e.capabilityNumber}. {e.capabilityName}: {e.title}{e.issuer ? `, ${e.issuer}` : ""}{e.issuedOn ? ` (${e.issuedOn})` : ""} · {l[`sensitivity.${e.sensitivity}`]}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="r-enablers" className="space-y-2">
        <h2 id="r-enablers" className="text-2xl font-semibold">{l["section.enablers"]}</h2>
        <ul className="list-disc ps-6">{report.enablers.map((e) => <li key={e.enablerKey}>{e.name}: {l[`rating.${e.rating ?? "none"}`]}{e.notes ? ` (${e.notes})` : ""}</li>)}</ul>
      </section>
      {report.audience === "internal" ? (
        <section aria-labelledby="r-comments" className="space-y-2">
          <h2 id="r-comments" className="text-2xl font-semibold">{l["section.comments"]}</h2>
          {report.comments.length === 0 ? <p>{l["empty.comments"]}</p> : <ul className="space-y-1">{report.comments.map((c, i) => <li key={i}>{c.authorName} ({c.createdAt.slice(0, 10)}){c.capabilityName ? `, ${c.capabilityName}` : ""}: {c.body}</li>)}</ul>}
        </section>
      ) : null}
      <section aria-labelledby="r-method" className="space-y-2">
        <h2 id="r-method" className="text-2xl font-semibold">{l["section.methodology"]}</h2>
        {report.methodology.map((p, i) => <p key={i}>{p}</p>)}
      </section>
    </article>
  );
}
