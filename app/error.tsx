"use client";

import { useTranslations } from "next-intl";

// The message is generic on purpose: server errors never reach the browser in detail; the digest links to the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="max-w-2xl">
      <h1 className="text-3xl font-semibold">{t("errorTitle")}</h1>
      <p className="mt-4 text-muted">{t("errorBody")}</p>
      {error.digest ? <p className="mt-2 font-mono text-sm">{t("errorReference", { digest: error.digest })}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="mt-6 min-h-11 rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark"
      >
        {t("tryAgain")}
      </button>
    </div>
  );
}
