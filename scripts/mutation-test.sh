#!/usr/bin/env bash
# Mutation testing of one folder of Lovkode.Spec with Stryker.NET (not in CI: it takes tens of
# minutes). Usage, from the repository root:
#
#   scripts/mutation-test.sh Analysis/FiniteDomain [minutes] [extra Stryker options...]
#
# The folder is relative to src/Lovkode.Spec; the time limit defaults to 60 minutes. Stryker runs
# at the lowest CPU priority with a concurrency of 1 (the machine is shared), against
# Lovkode.Spec.Tests, and writes its HTML and JSON reports under StrykerOutput/ in
# src/Lovkode.Spec (ignored by git). Extra options go to Stryker as they are, e.g.
#   --mutate '!Analysis/FiniteDomain/**/*.cs'      leave a subfolder out
#   --test-case-filter 'FullyQualifiedName!~Corpus' leave slow tests out (the score can only drop)
#   --since:main                                    only the files changed since main
# The tool is dotnet-stryker 5.1.0, installed as a dotnet tool into $STRYKER_TOOLS (default
# /work/tools) when missing. docs/mutation-testing.md records the scores and the survivors
# judged equivalent.
set -euo pipefail

folder="${1:?give a folder of src/Lovkode.Spec, e.g. Analysis/FiniteDomain}"
minutes="${2:-60}"
shift $(( $# >= 2 ? 2 : 1 ))
tools="${STRYKER_TOOLS:-/work/tools}"
root="$(cd "$(dirname "$0")/.." && pwd)"

if [ ! -d "$root/src/Lovkode.Spec/$folder" ]; then
  echo "error: src/Lovkode.Spec/$folder is not a folder" >&2
  exit 2
fi
if ! [[ "$minutes" =~ ^[0-9]+$ ]] || [ "$minutes" -lt 1 ]; then
  echo "error: the time limit is a whole number of minutes, not '$minutes'" >&2
  exit 2
fi
if [ ! -x "$tools/dotnet-stryker" ]; then
  dotnet tool install dotnet-stryker --version 5.1.0 --tool-path "$tools"
fi

cd "$root/src/Lovkode.Spec"
# Stryker replaces Lovkode.Spec.dll in the test project's output with its mutated build; rebuild
# (dotnet build) before running the tests normally again.
timeout --signal=INT "${minutes}m" nice -n 19 "$tools/dotnet-stryker" \
  --project Lovkode.Spec.csproj \
  --test-project ../../tests/Lovkode.Spec.Tests/Lovkode.Spec.Tests.csproj \
  --mutate "$folder/**/*.cs" \
  --concurrency 1 \
  --configuration Release \
  --reporter cleartext --reporter json --reporter html \
  --break-at 0 \
  "$@"
