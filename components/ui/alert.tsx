export function Alert({ tone, children }: { tone: "error" | "success" | "info"; children: React.ReactNode }) {
  const cls =
    tone === "error"
      ? "border-red-700 bg-red-50 text-red-900"
      : tone === "success"
        ? "border-emerald-700 bg-emerald-50 text-emerald-900"
        : "border-sky-700 bg-sky-50 text-sky-900";
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded border-s-4 p-3 ${cls}`}>
      {children}
    </div>
  );
}
