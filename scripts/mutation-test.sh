#!/usr/bin/env bash
# Mutation testing of one folder of Lovkode.Spec with Stryker.NET (not in CI: it takes tens of
# minutes). Usage, from the repository root:
#
#   scripts/mutation-test.sh Analysis/FiniteDomain [minutes]
#
# The folder is relative to src/Lovkode.Spec; the time limit defaults to 60 minutes. Stryker runs
# with a concurrency of 1 (the machine is shared), against Lovkode.Spec.Tests, and writes its
# HTML and JSON reports under StrykerOutput/ in src/Lovkode.Spec. The tool is dotnet-stryker
# 5.1.0, installed as a dotnet tool into $STRYKER_TOOLS (default /work/tools) when missing.
# docs/mutation-testing.md records the scores and the survivors judged equivalent.
set -euo pipefail

folder="${1:?give a folder of src/Lovkode.Spec, e.g. Analysis/FiniteDomain}"
minutes="${2:-60}"
tools="${STRYKER_TOOLS:-/work/tools}"
root="$(cd "$(dirname "$0")/.." && pwd)"

if [ ! -d "$root/src/Lovkode.Spec/$folder" ]; then
  echo "error: src/Lovkode.Spec/$folder is not a folder" >&2
  exit 2
fi
if [ ! -x "$tools/dotnet-stryker" ]; then
  dotnet tool install dotnet-stryker --version 5.1.0 --tool-path "$tools"
fi

cd "$root/src/Lovkode.Spec"
timeout --signal=INT "${minutes}m" "$tools/dotnet-stryker" \
  --project Lovkode.Spec.csproj \
  --test-project ../../tests/Lovkode.Spec.Tests/Lovkode.Spec.Tests.csproj \
  --mutate "$folder/**/*.cs" \
  --concurrency 1 \
  --configuration Release \
  --reporter cleartext --reporter json --reporter html \
  --break-at 0
