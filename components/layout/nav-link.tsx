"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// Client-side only to know the current path, so the active item carries aria-current.
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const active = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`inline-flex min-h-11 items-center rounded px-3 py-2 text-sm font-medium hover:bg-white/10 ${
        active ? "underline decoration-2 underline-offset-8" : ""
      }`}
    >
      {children}
    </Link>
  );
}
