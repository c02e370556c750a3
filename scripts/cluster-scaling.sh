#!/usr/bin/env bash
# Measures `lovkode run` in this process against `lovkode run --cluster` on 1 and 2 local
# `lovkode worker` processes, with localhost membership and with Redis membership, as a user runs
# them: wall time of the command, CPU of the client (user + system) and of the workers (from
# /proc, over the run). Also the overhead per shard: one worker, the plain run at 2 against 16
# shards per replication. Prints one table row per run (docs/benchmarks.md, "Cluster runs:
# scaling measured as a user runs it").
#
# Usage, from the repository root, after `dotnet build Simulator.sln -c Release`:
#
#   scripts/cluster-scaling.sh [OUTPUT_FOLDER]
#
# PLAIN and ANALYSIS override the two runs' options (ANALYSIS= leaves the analysis out), e.g.
# PLAIN="-n 200000 -r 2" ANALYSIS= scripts/cluster-scaling.sh on a busy machine.
#
# Ports: Redis on 6390, workers on 11111-11112 / gateways 30000-30001 (localhost membership needs
# these) and 11121-11122 / 30010-30011 (Redis). Every process it starts, it stops.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
dll="$root/src/Lovkode.Cli/bin/Release/net10.0/lovkode.dll"
out="${1:-$(mktemp -d /tmp/lovkode-scaling-XXXXXX)}"
mkdir -p "$out"
[ -f "$dll" ] || { echo "build first: dotnet build Simulator.sln -c Release" >&2; exit 2; }

ticks=$(getconf CLK_TCK)
pids=()
cleanup() { for p in "${pids[@]}"; do kill -INT "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

# CPU seconds (user + system) a process has used so far.
cpu_of() { awk -v t="$ticks" '{ print ($14 + $15) / t }' "/proc/$1/stat" 2>/dev/null || echo 0; }

started=""
start_worker() { # cluster port gateway log; sets $started to the worker's pid
  dotnet "$dll" worker --cluster "$1" --port "$2" --gateway-port "$3" > "$4" 2>&1 &
  started=$!
  pids+=("$started")
  local waited=0
  until grep -q "lovkode worker: in the cluster" "$4"; do
    sleep 1; waited=$((waited + 1))
    [ $waited -lt 180 ] || { echo "worker did not start: $(cat "$4")" >&2; exit 1; }
  done
}

stop_workers() { for p in "$@"; do kill -INT "$p"; done; for p in "$@"; do while kill -0 "$p" 2>/dev/null; do sleep 0.5; done; done; }

seed=1000
# One run: label, workers' pids (space-separated, may be empty), then lovkode run's arguments.
measure() {
  local label="$1" workers="$2"; shift 2
  seed=$((seed + 1))  # a new job: no worker answers from shards it kept
  local before=0 after=0 p
  for p in $workers; do before=$(echo "$before + $(cpu_of "$p")" | bc -l); done
  /usr/bin/time -f "%e %U %S" -o "$out/time" dotnet "$dll" run "$@" --seed "$seed" -o "$out/run-$seed" > "$out/run-$seed.log" 2>&1 \
    || { echo "run failed: $(cat "$out/run-$seed.log")" >&2; exit 1; }
  for p in $workers; do after=$(echo "$after + $(cpu_of "$p")" | bc -l); done
  read -r wall user sys < "$out/time"
  printf '| %s | %.1f s | %.1f s | %.1f s | %s |\n' "$label" "$wall" "$(echo "$user + $sys" | bc -l)" "$(echo "$after - $before" | bc -l)" "$(uptime | sed 's/.*load average: //')"
}

read -r -a plain <<< "${PLAIN--n 200000 -r 10}"
read -r -a analysis <<< "${ANALYSIS--n 20000 -r 2 -u 16}"

echo "| Run | Wall | Client CPU | Workers' CPU | Load (1, 5, 15 min) |"
echo "| --- | ---: | ---: | ---: | --- |"
measure "plain, in process" "" "${plain[@]}"
[ ${#analysis[@]} -eq 0 ] || measure "analysis, in process" "" "${analysis[@]}"

redis-server --port 6390 --bind 127.0.0.1 --save "" --appendonly no > "$out/redis.log" 2>&1 &
pids+=($!)
redis=$!
sleep 1

for membership in localhost redis://127.0.0.1:6390; do
  if [ "$membership" = localhost ]; then ports=(11111 30000 11112 30001); else ports=(11121 30010 11122 30011); fi
  start_worker "$membership" "${ports[0]}" "${ports[1]}" "$out/w1.log"; w1=$started
  measure "plain, 1 worker ($membership)" "$w1" "${plain[@]}" --cluster "$membership"
  [ ${#analysis[@]} -eq 0 ] || measure "analysis, 1 worker ($membership)" "$w1" "${analysis[@]}" --cluster "$membership"
  if [ "$membership" = localhost ]; then
    measure "plain, 1 worker, 2 shards per replication" "$w1" "${plain[@]}" --cluster "$membership" --shards 2
    measure "plain, 1 worker, 16 shards per replication" "$w1" "${plain[@]}" --cluster "$membership" --shards 16
  fi
  start_worker "$membership" "${ports[2]}" "${ports[3]}" "$out/w2.log"; w2=$started
  measure "plain, 2 workers ($membership)" "$w1 $w2" "${plain[@]}" --cluster "$membership"
  [ ${#analysis[@]} -eq 0 ] || measure "analysis, 2 workers ($membership)" "$w1 $w2" "${analysis[@]}" --cluster "$membership"
  stop_workers "$w1" "$w2"
done
kill -INT "$redis"
