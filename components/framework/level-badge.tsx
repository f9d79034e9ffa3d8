// Levels are told apart by their number and name; the colour only repeats that.
const tones = ["bg-slate-100 text-slate-800", "bg-amber-50 text-amber-900", "bg-sky-50 text-sky-900", "bg-teal-50 text-teal-900", "bg-emerald-50 text-emerald-900"];

export function LevelBadge({ value, label }: { value: number; label: string }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded border border-line px-2 py-0.5 text-sm font-medium ${tones[value] ?? tones[0]}`}>
      <span aria-hidden="true" className="font-mono">
        {value}
      </span>
      <span>{label}</span>
    </span>
  );
}
