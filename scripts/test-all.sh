#!/usr/bin/env bash
# npm test: lint, type check, unit and database tests, then e2e on a production build.
# Every step runs even when an earlier one fails; the closing line sums them all.
set -u
cd "$(dirname "$0")/.."
results="${TEST_RESULTS_DIR:-.data/test-results}"
rm -rf "$results" && mkdir -p "$results"
results="$(cd "$results" && pwd)"   # absolute: the e2e runner writes its report from elsewhere

step() { # step NAME COMMAND...: records a pass/fail step report
  local name="$1"; shift
  echo -e "\n▶ $name"
  if "$@"; then ok=true; else ok=false; fi
  echo "{\"step\":\"$name\",\"ok\":$ok}" > "$results/$name.json"
}

step lint npx eslint .
step typecheck npx tsc --noEmit
echo -e "\n▶ unit and database tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest.json"
echo -e "\n▶ end-to-end tests (Playwright)"
PLAYWRIGHT_JSON="$results/e2e.json" bash scripts/test-e2e.sh || [ -f "$results/e2e.json" ] || echo '{"step":"e2e-setup","ok":false}' > "$results/e2e-setup.json"

EXPECTED_REPORTS=4 node scripts/test-summary.mjs "$results"
