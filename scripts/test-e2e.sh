#!/usr/bin/env bash
# End-to-end tests against a production build on a fresh database.
# Embedded PGlite in a new folder by default; DATABASE_URL set: that PostgreSQL database.
# E2E_SKIP_BUILD=1 reuses the current .next build; E2E_GREP filters tests (e.g. @smoke).
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH NEXT_TELEMETRY_DISABLED=1
# A free port unless one is given, so a server already running here (or another test run) cannot collide.
if [ -z "${E2E_PORT:-}" ]; then
  E2E_PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
fi
export E2E_PORT
# A production start needs AUTH_SECRET (scripts/preflight.ts): a fresh key per run unless one is
# given, set before seeding so the seed and the server use the same key.
if [ -z "${AUTH_SECRET:-}" ]; then
  AUTH_SECRET="$(node -e 'console.log(require("crypto").randomBytes(48).toString("base64url"))')"
fi
export AUTH_SECRET

cleanup_dir=""
if [ -z "${DATABASE_URL:-}" ]; then
  mkdir -p .data/e2e
  PGLITE_DIR="$(mktemp -d "$PWD/.data/e2e/pglite-XXXXXX")"
  rmdir "$PGLITE_DIR"   # PGlite creates the last folder itself
  export PGLITE_DIR
  cleanup_dir="$PGLITE_DIR"
  export E2E_EXPECT_ENGINE=pglite
else
  export E2E_EXPECT_ENGINE=postgres
fi
trap '[ -n "$cleanup_dir" ] && rm -rf "$cleanup_dir"' EXIT

# Migrate and seed before the server starts: one PGlite folder, one process at a time.
npx tsx scripts/db-migrate.ts
npx tsx scripts/db-seed.ts --demo
if [ "${E2E_SKIP_BUILD:-0}" != "1" ]; then
  # The build must never open a database (a PGlite folder serves one process at a time):
  # point it at a folder that must still not exist afterwards.
  sentinel="$(mktemp -u "${TMPDIR:-/tmp}/mnr-build-db-XXXXXX")"
  PGLITE_DIR="$sentinel" DATABASE_URL="" npx next build
  if [ -e "$sentinel" ]; then echo "next build opened the database at $sentinel" >&2; rm -rf "$sentinel"; exit 1; fi
fi

args=()
if [ -n "${E2E_GREP:-}" ]; then args+=(--grep "$E2E_GREP"); fi
npx playwright test "${args[@]}"
