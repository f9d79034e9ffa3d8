import type { ButtonHTMLAttributes } from "react";

const styles = {
  primary: "bg-brand text-white hover:bg-brand-dark disabled:opacity-60",
  secondary: "border border-brand bg-white text-brand hover:bg-brand-soft disabled:opacity-60",
  danger: "border border-red-800 bg-white text-red-800 hover:bg-red-50 disabled:opacity-60",
};

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof styles }) {
  return (
    <button
      type="submit"
      {...props}
      className={`inline-flex min-h-11 items-center justify-center rounded px-4 py-2 font-medium ${styles[variant]} ${className}`}
    />
  );
}
