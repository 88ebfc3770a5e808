#!/usr/bin/env bash
# Onboarding benchmark: the Release bot on the generated 100,000-entity catalog, 10,000 people enrolled in a 10-step plan
# through the HTTP API, everyone's first step due in the same minute, against a fake Slack; report on stdout and in
# bench/out/onboarding-results.md (see bench/README.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet build -c Release src/Bot -v quiet -nologo
dotnet run -c Release --project bench/Wayfinder.Bench -- --onboarding-load "${1:-10000}" --bot src/Bot/bin/Release/net10.0/Wayfinder.Bot.dll
