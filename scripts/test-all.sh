#!/usr/bin/env bash
# The one command that tests Warroom from a fresh clone: installs what the tests need
# (Debian's Chromium, the npm packages), checks types and lint, builds, runs every suite,
# and ends with one line `N passed, N failed` summed over all of them.
set -euo pipefail
cd "$(dirname "$0")/.."

# chromium drives the UI tests; sqlite3 is the shell the tamper tests edit a journal with;
# prometheus and redis-server are the sandbox's real parts; jq is bench/k6-ingest's baseline;
# poppler-utils' pdftotext reads the text of the report's PDF back in the redaction test.
APT_PACKAGES=(chromium sqlite3 prometheus redis-server jq poppler-utils)

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "Installing from apt: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  # The tests start prometheus and redis-server themselves: the packages must not start
  # services of their own (and cannot, on a machine without an init system).
  policy=/usr/sbin/policy-rc.d
  own_policy=false
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod +x "$policy"
    own_policy=true
  fi
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  if $own_policy; then "${sudo[@]}" rm -f "$policy"; fi
fi

# The tests never need the Electron binary; it is fetched by `npm start` when wanted.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
if [ "${CI:-}" = "true" ] || [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi

npm run typecheck
npm run lint

# Security (SECURITY.md): Electronegativity over the Electron code fails on any HIGH finding, and
# npm audit fails on a high or critical advisory in the shipped dependencies. npm sends the audit
# as a POST; a registry that answers only GET and HEAD (HTTP 405, as on this project's machines)
# leaves the dependencies unaudited, which is said out loud instead of failing every run.
node scripts/electronegativity.mjs
if ! npm audit --omit=dev --audit-level=high; then
  audit_report=$(npm audit --omit=dev --json 2>/dev/null || true)
  grep -q '"statusCode": 405' <<<"$audit_report" || exit 1
  echo 'npm audit: the registry refused the advisory request (HTTP 405): dependencies NOT audited on this machine'
fi

npm run build

mkdir -p test-results
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=$?
node scripts/summarize-tests.mjs test-results/vitest.json || status=1
exit "$status"
