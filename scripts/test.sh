#!/usr/bin/env bash
# Runs every test of the solution. Storage tests start their own Azurite from node_modules.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f package-lock.json ] && [ ! -x node_modules/.bin/azurite ]; then
  npm ci --no-audit --no-fund
fi
dotnet test Serverless.sln -c Release "$@"
