#!/usr/bin/env bash
# GitHub discovery benchmark: a generated organisation of 2,000 repositories on a fake GitHub (WireMock.Net), loaded cold,
# warm unchanged and warm after pushes; report on stdout and in bench/out/github-results*.md (see bench/README.md).
# Extra arguments go to the harness, e.g. bench/github.sh --latency-ms 100 --seed 7
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet run -c Release --project bench/Wayfinder.Bench -- --github-repos 2000 "$@"
