#!/usr/bin/env bash
# Start-up of `lovkode run` with a reform from a .rules file against the same run with a
# compiled-in reform, whole process, side by side in one session (docs/benchmarks.md, "Start-up").
#
#   benchmarks/startup/measure.sh [ROUNDS] -- LOVKODE_COMMAND... [-- ANOTHER_LOVKODE_COMMAND... ]
#   e.g. benchmarks/startup/measure.sh 7 -- tools/lovkode
#        benchmarks/startup/measure.sh 5 -- dotnet before/lovkode.dll -- tools/lovkode
#
# Each round runs, for each command in turn: the compiled-in scenario; the .rules scenario of a
# reform of values (rules-file.yaml) with an empty cache (cold), then again (cached); the .rules
# scenario of a reform with code of its own (rules-code.yaml: Roslyn compiles it) with an empty
# cache, then again (served from the cache). A reform of values is compiled by tools from before it
# ran on its base's compiled class (docs/cli.md), so both pairs compare across builds. Several
# commands (builds to compare) are interleaved round by round, so a change in the machine's load
# falls on all of them alike. For each command it prints the median wall and CPU (user+sys)
# seconds of each run, the two overheads against compiled-in, and the methods the JIT compiled in
# one extra run of each (DOTNET_JitDisasmSummary), which does not depend on the load.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rounds=5
if [ "${1:-}" != "--" ]; then rounds="$1"; shift; fi
[ "${1:-}" = "--" ] && shift
[ "$#" -gt 0 ] || { echo "usage: $0 [ROUNDS] -- LOVKODE_COMMAND... [-- LOVKODE_COMMAND...]" >&2; exit 2; }

# The commands, split at each `--`.
commands=()
current=""
for word in "$@"; do
  if [ "$word" = "--" ]; then commands+=("$current"); current=""; else current+="${current:+ }$(printf '%q' "$word")"; fi
done
commands+=("$current")

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
unset LOVKODE_TRACE LOVKODE_CACHE
TIMEFORMAT='%R %U %S'

one() { # command index, scenario -> "wall cpu" appended to $work/<index>.<kind>
  local t
  t=$( { time eval "${commands[$1]}" run "$here/$2" --out "$work/out" >/dev/null 2>&1; } 2>&1 )
  awk '{printf "%.3f %.3f\n", $1, $2 + $3}' <<<"$t"
}

for i in "${!commands[@]}"; do
  export LOVKODE_CACHE_DIR="$work/cache-$i"
  eval "${commands[$i]}" run "$here/compiled-in.yaml" --out "$work/out" >/dev/null 2>&1   # warm the disk cache once
done
for round in $(seq "$rounds"); do
  for i in "${!commands[@]}"; do
    export LOVKODE_CACHE_DIR="$work/cache-$i"
    one "$i" compiled-in.yaml >> "$work/$i.compiled"
    rm -rf "$LOVKODE_CACHE_DIR"
    one "$i" rules-file.yaml >> "$work/$i.cold"
    one "$i" rules-file.yaml >> "$work/$i.cached"
    rm -rf "$LOVKODE_CACHE_DIR"
    one "$i" rules-code.yaml >> "$work/$i.codecold"
    one "$i" rules-code.yaml >> "$work/$i.codecached"
  done
done

jitted() { # command index, scenario -> methods the JIT compiled in one run
  rm -f "$work/jit.txt"
  ( export DOTNET_JitStdOutFile="$work/jit.txt" DOTNET_JitDisasmSummary=1; eval "${commands[$1]}" run "$here/$2" --out "$work/out" >/dev/null 2>&1 )
  wc -l < "$work/jit.txt" | tr -d ' '
}

median() { sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
col() { awk -v c="$2" '{print $c}' "$work/$1" | median; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a - b}'; }
for i in "${!commands[@]}"; do
  export LOVKODE_CACHE_DIR="$work/cache-$i"
  [ "${#commands[@]}" -gt 1 ] && echo "${commands[$i]}"
  jc=$(jitted "$i" compiled-in.yaml)
  rm -rf "$LOVKODE_CACHE_DIR"; jo=$(jitted "$i" rules-file.yaml); jh=$(jitted "$i" rules-file.yaml)
  rm -rf "$LOVKODE_CACHE_DIR"; ko=$(jitted "$i" rules-code.yaml); kh=$(jitted "$i" rules-code.yaml)
  printf "%-26s %8s %8s %12s\n" "median of $rounds" "wall s" "cpu s" "JIT methods"
  printf "%-26s %8.2f %8.2f %12s\n" compiled "$(col "$i.compiled" 1)" "$(col "$i.compiled" 2)" "$jc"
  printf "%-26s %8.2f %8.2f %12s\n" "values: cold" "$(col "$i.cold" 1)" "$(col "$i.cold" 2)" "$jo"
  printf "%-26s %8.2f %8.2f %12s\n" "values: cached" "$(col "$i.cached" 1)" "$(col "$i.cached" 2)" "$jh"
  printf "%-26s %8.2f %8.2f %12s\n" "code: cold" "$(col "$i.codecold" 1)" "$(col "$i.codecold" 2)" "$ko"
  printf "%-26s %8.2f %8.2f %12s\n" "code: cached" "$(col "$i.codecached" 1)" "$(col "$i.codecached" 2)" "$kh"
  for kind in cold cached codecold codecached; do
    label=$(sed 's/^code/code: /; s/^cold$/values: cold/; s/^cached$/values: cached/' <<<"$kind")
    printf "%-26s %8.2f %8.2f\n" "overhead, $label" "$(minus "$(col "$i.$kind" 1)" "$(col "$i.compiled" 1)")" "$(minus "$(col "$i.$kind" 2)" "$(col "$i.compiled" 2)")"
  done
done
