#!/usr/bin/env bash
# The sample project's build: the release file the sample service runs from,
# with the version being released and the service settings of this commit.
set -euo pipefail
started="$(date +%s%N)"
mkdir -p out
node -e '
const fs = require("fs");
const service = JSON.parse(fs.readFileSync("service.json", "utf8"));
fs.writeFileSync("out/release.json", JSON.stringify({ version: process.env.RELEASE_VERSION, ...service }) + "\n");
'
echo "built out/release.json for $RELEASE_VERSION"
[ -n "${SAMPLE_TIMINGS:-}" ] && echo "build $(( ($(date +%s%N) - started) / 1000000 ))" >> "$SAMPLE_TIMINGS"
exit 0
