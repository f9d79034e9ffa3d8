/** A chart with its title, a plain-language description, and its data as a table for anyone who cannot use the picture. */
export function ChartFigure({ id, title, description, tableLabel, table, children }: { id: string; title: string; description: string; tableLabel: string; table: React.ReactNode; children: React.ReactNode }) {
  return (
    <figure aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="space-y-3 rounded-lg border border-line bg-white p-4">
      <figcaption>
        <h3 id={`${id}-title`} className="text-lg font-semibold">{title}</h3>
        <p id={`${id}-desc`} className="text-sm text-muted">{description}</p>
      </figcaption>
      {children}
      <details className="group">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand underline underline-offset-4">{tableLabel}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}
