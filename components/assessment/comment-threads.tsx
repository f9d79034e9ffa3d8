import { getFormatter, getTranslations } from "next-intl/server";
import { CommentForm } from "./comment-form";
import { ResolveButton } from "./resolve-button";

export interface CommentRow {
  id: string;
  capabilityKey: string | null;
  parentId: string | null;
  body: string;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  authorName: string | null;
}

/** Threads between the country and the secretariat: replies under their first comment, resolvable as a whole. */
export async function CommentThreads({ assessmentId, capabilityKey, comments, capabilityNames, headingId }: { assessmentId: string; capabilityKey: string | null; comments: CommentRow[]; capabilityNames: Map<string, string>; headingId: string }) {
  const t = await getTranslations("assessments.comments");
  const format = await getFormatter();
  const starts = comments.filter((c) => !c.parentId);
  const replies = (id: string) => comments.filter((c) => c.parentId === id);
  const meta = (c: CommentRow) => `${c.authorName ?? "?"} · ${format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" })}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-2xl font-semibold">{t("title")}</h2>
      {starts.length === 0 ? <p className="text-muted">{t("none")}</p> : null}
      <ul className="space-y-3">
        {starts.map((c) => (
          <li key={c.id} className={`space-y-2 rounded border p-3 ${c.resolvedAt ? "border-line bg-slate-50" : "border-line bg-white"}`} aria-label={t("thread", { who: c.authorName ?? "?" })}>
            <p className="text-sm text-muted">
              {meta(c)}
              {c.capabilityKey && !capabilityKey ? ` · ${capabilityNames.get(c.capabilityKey) ?? c.capabilityKey}` : ""}
              {c.resolvedAt ? ` · ${t("resolvedBy", { name: c.resolvedByName ?? "?" })}` : ""}
            </p>
            <p className="whitespace-pre-wrap">{c.body}</p>
            {replies(c.id).length ? (
              <ul className="space-y-2 border-s-2 border-line ps-4">
                {replies(c.id).map((r) => (
                  <li key={r.id}>
                    <p className="text-sm text-muted">{meta(r)}</p>
                    <p className="whitespace-pre-wrap">{r.body}</p>
                  </li>
                ))}
              </ul>
            ) : null}
            <ResolveButton assessmentId={assessmentId} commentId={c.id} resolved={!!c.resolvedAt} />
            {c.resolvedAt ? null : <CommentForm assessmentId={assessmentId} capabilityKey={c.capabilityKey} parentId={c.id} />}
          </li>
        ))}
      </ul>
      <CommentForm assessmentId={assessmentId} capabilityKey={capabilityKey} />
    </section>
  );
}
