"use client";

import { useId } from "react";

export interface LevelOption {
  value: number;
  label: string;
  descriptor: string;
}

/** The descriptors side by side, each a radio: the level is chosen by reading them, not by a number. */
export function LevelPicker({ legend, notAssessedLabel, levels, value, onChange, error }: { legend: string; notAssessedLabel: string; levels: LevelOption[]; value: number | null; onChange: (v: number | null) => void; error?: string }) {
  const name = useId();
  const card = (checked: boolean) => `flex cursor-pointer gap-3 rounded border p-3 ${checked ? "border-brand bg-brand-soft ring-2 ring-brand" : "border-line bg-white"}`;
  return (
    <fieldset className="space-y-2" aria-invalid={error ? true : undefined}>
      <legend className="mb-2 font-medium">{legend}</legend>
      {error ? <p className="text-sm font-medium text-red-800">{error}</p> : null}
      <label className={card(value === null)}>
        <input type="radio" name={name} className="mt-1 size-5 shrink-0" checked={value === null} onChange={() => onChange(null)} />
        <span className="font-medium">{notAssessedLabel}</span>
      </label>
      <div className="grid gap-2 lg:grid-cols-2">
        {levels.map((l) => (
          <label key={l.value} className={card(value === l.value)}>
            <input type="radio" name={name} className="mt-1 size-5 shrink-0" checked={value === l.value} onChange={() => onChange(l.value)} />
            <span>
              <span className="block font-semibold">
                {l.value}. {l.label}
              </span>
              <span className="mt-1 block text-sm">{l.descriptor}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
