#!/usr/bin/env bash
# Wayfinder vs Backstage's default search (Lunr): 1k, 10k and 100k generated entities, 1,200 who-owns / docs / runbook
# questions each; top-1 accuracy, latency, index build, peak memory; HTTP /api/ask load and start to ready of the Release
# bot. Report on stdout and in bench/out/compare-results.md (see bench/README.md). Extra arguments go to the bench,
# e.g. bench/compare.sh --entities 1000 --entities 10000 --questions 2000
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v node >/dev/null || { echo "compare.sh: Node.js (20+) is needed for the Lunr baseline" >&2; exit 1; }
(cd bench/baseline && npm ci --no-audit --no-fund --loglevel=error) >&2
dotnet build -c Release src/Bot -v quiet -nologo >&2
dotnet run -c Release --project bench/Wayfinder.Bench -- --compare --bot src/Bot/bin/Release/net10.0/Wayfinder.Bot.dll "$@"
