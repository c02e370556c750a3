#!/usr/bin/env bash
# Start-up of `lovkode run` with a reform from a .rules file against the same run with a
# compiled-in reform, whole process, side by side in one session (docs/benchmarks.md).
#
#   benchmarks/startup/measure.sh [ROUNDS] -- LOVKODE_COMMAND...
#   e.g. benchmarks/startup/measure.sh 7 -- dotnet src/Lovkode.Cli/bin/Release/net10.0/lovkode.dll
#        benchmarks/startup/measure.sh 7 -- ~/.dotnet/tools/lovkode
#
# Each round runs, in this order: the compiled-in scenario; the .rules scenario with an empty
# cache (cold: Roslyn compiles); the .rules scenario again (served from the cache). It prints the
# median wall and CPU (user+sys) seconds of each, and the two overheads against compiled-in.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rounds=5
if [ "${1:-}" != "--" ]; then rounds="$1"; shift; fi
[ "${1:-}" = "--" ] && shift
[ "$#" -gt 0 ] || { echo "usage: $0 [ROUNDS] -- LOVKODE_COMMAND..." >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export LOVKODE_CACHE_DIR="$work/cache"
unset LOVKODE_TRACE
TIMEFORMAT='%R %U %S'

one() { # scenario -> "wall cpu"
  local t
  t=$( { time "$@" run "$here/$scenario" --out "$work/out" >/dev/null 2>&1; } 2>&1 )
  awk '{printf "%.3f %.3f\n", $1, $2 + $3}' <<<"$t"
}

: > "$work/compiled" ; : > "$work/cold" ; : > "$work/cached"
"$@" run "$here/compiled-in.yaml" --out "$work/out" >/dev/null 2>&1   # warm the disk cache once
for i in $(seq "$rounds"); do
  scenario=compiled-in.yaml; one "$@" >> "$work/compiled"
  rm -rf "$LOVKODE_CACHE_DIR"
  scenario=rules-file.yaml; one "$@" >> "$work/cold"
  scenario=rules-file.yaml; one "$@" >> "$work/cached"
done

median() { sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
col() { awk -v c="$2" '{print $c}' "$work/$1" | median; }
printf "%-22s %8s %8s\n" "median of $rounds" "wall s" "cpu s"
for v in compiled cold cached; do printf "%-22s %8.2f %8.2f\n" "$v" "$(col $v 1)" "$(col $v 2)"; done
minus() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a - b}'; }
printf "%-22s %8.2f %8.2f\n" "overhead, cold" "$(minus "$(col cold 1)" "$(col compiled 1)")" "$(minus "$(col cold 2)" "$(col compiled 2)")"
printf "%-22s %8.2f %8.2f\n" "overhead, cached" "$(minus "$(col cached 1)" "$(col compiled 1)")" "$(minus "$(col cached 2)" "$(col compiled 2)")"
