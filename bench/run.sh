#!/usr/bin/env bash
# Wayfinder catalog benchmark, Release, 10k and 100k entities: report on stdout and in bench/out/results.md (see bench/README.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." && dotnet run -c Release --project bench/Wayfinder.Bench -- --entities 10000 --entities 100000 --phases "$@"
