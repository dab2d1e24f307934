#!/usr/bin/env bash
# Stops what tools/kafka/start.sh started from this checkout; not running: does nothing.
#   stop.sh                             the single broker (KAFKA_PORT, default 9092)
#   stop.sh --cluster                   every node of the cluster (KAFKA_CLUSTER_PORTS, KAFKA_CLUSTER_DIR)
#   stop.sh --cluster --node 2 [--kill] one node; --kill sends SIGKILL (a crash) instead of SIGTERM
# A node that has not exited 30 s after SIGTERM gets SIGKILL.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cache=${KAFKA_CACHE_DIR:-$root/.cache/kafka}

cluster=false
only_node=
signal=TERM
while [ $# -gt 0 ]; do
  case "$1" in
    --cluster) cluster=true ;;
    --node) only_node=${2:?--node takes 1, 2 or 3}; shift ;;
    --kill) signal=KILL ;;
    *) echo "kafka: unknown argument $1 (stop.sh [--cluster [--node N] [--kill]])" >&2; exit 2 ;;
  esac
  shift
done

# stop_all <run dir>...: signals every JVM first, then waits for them together. Nodes of a cluster go down
# together: one left alone after the others keeps waiting for a quorum to acknowledge its shutdown.
stop_all() {
  local pids=() run pid
  for run in "$@"; do
    [ -f "$run/pid" ] || continue
    pid=$(cat "$run/pid")
    if kill -0 "$pid" 2>/dev/null; then
      kill "-$signal" "$pid"
      pids+=("$pid")
    fi
  done
  for _ in $(seq 1 60); do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" -eq 1 ] || break
    sleep 0.5
  done
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && kill -9 "$pid"; done
  for run in "$@"; do rm -f "$run/pid"; done
  return 0
}

if ! $cluster; then
  [ -z "$only_node" ] || { echo "kafka: --node needs --cluster" >&2; exit 2; }
  run="$cache/run-${KAFKA_PORT:-9092}"
  [ -f "$run/pid" ] || { echo "kafka: not started here"; exit 0; }
  stop_all "$run"
  echo "kafka: stopped"
  exit 0
fi

IFS=, read -r -a ports <<< "${KAFKA_CLUSTER_PORTS:-19092,19093,19094}"
dir=${KAFKA_CLUSTER_DIR:-$cache/cluster-${ports[0]}}
case "$only_node" in '' | 1 | 2 | 3) ;; *) echo "kafka: --node takes 1, 2 or 3" >&2; exit 2 ;; esac
nodes=(1 2 3)
[ -z "$only_node" ] || nodes=("$only_node")
runs=()
for n in "${nodes[@]}"; do [ -f "$dir/node-$n/run/pid" ] && runs+=("$dir/node-$n/run"); done
[ "${#runs[@]}" -gt 0 ] || { echo "kafka: no node of the cluster in $dir was started here"; exit 0; }
stop_all "${runs[@]}"
echo "kafka: stopped node ${nodes[*]} of the cluster in $dir (SIG$signal)"
