#!/usr/bin/env bash
# Slack ack benchmark: the Release bot behind Kestrel on loopback, signed app_mention events at 500/s for 10 s against
# a fake Slack API; report on stdout and in bench/out/slack-results.md (see bench/README.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet build -c Release src/Bot -v quiet -nologo
dotnet run -c Release --project bench/Wayfinder.Bench -- --slack-load --bot src/Bot/bin/Release/net10.0/Wayfinder.Bot.dll "$@"
