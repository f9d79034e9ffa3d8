// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly from its own package folder; bundling it breaks that path.
  serverExternalPackages: ["@electric-sql/pglite", "pdfkit", "exceljs", "docx"],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden(): a real 403 page for signed-in users without the permission.
  experimental: { authInterrupts: true },
  // `npm test` type-checks the whole project (tsc --noEmit) before any build; checking again
  // inside every build only repeats it.
  typescript: { ignoreBuildErrors: true },
};

module.exports = withNextIntl(nextConfig);
