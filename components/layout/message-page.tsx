import Link from "next/link";

/** The shape of the error pages: a heading, an explanation, one way onward. */
export function MessagePage({ title, body, linkHref, linkLabel }: { title: string; body: string; linkHref: string; linkLabel: string }) {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-semibold">{title}</h1>
      <p className="mt-4">{body}</p>
      <p className="mt-6">
        <Link href={linkHref} className="font-medium text-brand underline underline-offset-4">
          {linkLabel}
        </Link>
      </p>
    </div>
  );
}
