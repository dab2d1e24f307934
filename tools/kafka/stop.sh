#!/usr/bin/env bash
# Stops the broker that tools/kafka/start.sh started on this port; not running: does nothing.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
port=${KAFKA_PORT:-9092}
run="${KAFKA_CACHE_DIR:-$root/.cache/kafka}/run-$port"
[ -f "$run/pid" ] || { echo "kafka: not started here"; exit 0; }
pid=$(cat "$run/pid")
if kill -0 "$pid" 2>/dev/null; then
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
fi
rm -f "$run/pid"
echo "kafka: stopped"
