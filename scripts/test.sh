#!/usr/bin/env bash
# Runs every test of the solution. Storage tests start their own Azurite from node_modules; browser tests drive
# Debian's Chromium (/usr/bin/chromium). Ends with one summary line: "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/azurite ]; then
  npm ci --no-audit --no-fund
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Serverless.sln -c Release "$@" 2>&1 | tee "$log" || status=$?

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: ${passed} passed, ${failed} failed"
exit "$status"
