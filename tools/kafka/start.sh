#!/usr/bin/env bash
# Starts Apache Kafka (KRaft) on 127.0.0.1. The jars come from Maven Central through tools/kafka/pom.xml
# and are cached in .cache/kafka/<version>/libs, so the second start is offline. Already running: does nothing.
#
#   start.sh                      one combined broker+controller on 9092 (controller 9093): the shared broker
#   start.sh --cluster            three combined broker+controller nodes, a 3-voter quorum, on 19092,19093,19094
#                                 (controllers 19192,19193,19194); replication factor 3, min.insync.replicas=2
#   start.sh --cluster --node 2   only node 2 of that cluster, say after `stop.sh --cluster --node 2`
#
# Single broker: KAFKA_PORT, KAFKA_CONTROLLER_PORT, KAFKA_DATA_DIR. Cluster: KAFKA_CLUSTER_PORTS,
# KAFKA_CLUSTER_CONTROLLER_PORTS (three comma-separated ports each), KAFKA_CLUSTER_DIR (data and logs of
# every node). Both: KAFKA_HEAP, KAFKA_CACHE_DIR, KAFKA_NUM_PARTITIONS, KAFKA_OWNER_PID (see launch).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/pom.xml")
cache=${KAFKA_CACHE_DIR:-$root/.cache/kafka}
libs="$cache/$version/libs"

cluster=false
only_node=
while [ $# -gt 0 ]; do
  case "$1" in
    --cluster) cluster=true ;;
    --node) only_node=${2:?--node takes 1, 2 or 3}; shift ;;
    *) echo "kafka: unknown argument $1 (start.sh [--cluster [--node N]])" >&2; exit 2 ;;
  esac
  shift
done
[ -z "$only_node" ] || $cluster || { echo "kafka: --node needs --cluster" >&2; exit 2; }

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

fetch_jars() {
  if [ ! -f "$libs/.complete" ]; then
    echo "kafka: fetching Apache Kafka $version from Maven Central (once)"
    rm -rf "$libs"
    mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$libs"
    touch "$libs/.complete"
  fi
}

# The broker's own log goes to <run>/broker.log; stdout.log keeps only what the JVM prints itself.
write_log_config() {
  cat > "$1/log4j2.properties" <<LOG
status = error
appender.file.type = File
appender.file.name = file
appender.file.fileName = $1/broker.log
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = warn
rootLogger.appenderRef.file.ref = file
logger.kafka.name = kafka
logger.kafka.level = info
LOG
}

# A Kafka Uuid as `kafka-storage.sh random-uuid` prints it (16 random bytes, URL-safe base64, never
# starting with "-"), without starting a JVM for each.
kafka_uuid() {
  node -e "let u; do u = require('crypto').randomBytes(16).toString('base64url'); while (u.startsWith('-')); console.log(u)"
}

# jvm_options <run dir> <heap>: sets the array jvm to java's options for one node.
jvm_options() { jvm=("-Xmx$2" -Xms64m -XX:+UseG1GC "-Dlog4j2.configurationFile=$1/log4j2.properties" -cp "$libs/*"); }

# launch <run dir> <heap> <server.properties>: the JVM in the background, its pid in <run>/pid.
# With KAFKA_OWNER_PID (a test's own cluster: e2e/src/faults/own-cluster.testing.ts), the JVM is killed once
# that process is gone: a test run that is itself killed (Ctrl-C, a CI timeout) runs no afterAll, and its
# orphaned brokers would keep their memory and ports on a shared machine for good. The watcher's output
# goes nowhere, so it holds no pipe of whoever ran this script (execFile waits for those to close).
launch() {
  local jvm jvm_pid
  jvm_options "$1" "$2"
  nohup java "${jvm[@]}" kafka.Kafka "$3" > "$1/stdout.log" 2>&1 &
  jvm_pid=$!
  echo "$jvm_pid" > "$1/pid"
  if [ -n "${KAFKA_OWNER_PID:-}" ]; then
    nohup bash -c 'while kill -0 "$1" 2>/dev/null; do kill -0 "$2" 2>/dev/null || exit 0; sleep 2; done; kill -9 "$2" 2>/dev/null' \
      owner-watch "$KAFKA_OWNER_PID" "$jvm_pid" < /dev/null > /dev/null 2>&1 &
  fi
}

# wait_for_port <port> <run dir> <seconds>: until the port answers; fails when the JVM exits first.
wait_for_port() {
  local port=$1 run=$2 seconds=$3
  for _ in $(seq 1 $((seconds * 2))); do
    answers "$port" && return 0
    if ! kill -0 "$(cat "$run/pid")" 2>/dev/null; then
      echo "kafka: the broker on $port exited; last lines of its output:" >&2
      tail -n 30 "$run/stdout.log" "$run/broker.log" >&2 || true
      return 1
    fi
    sleep 0.5
  done
  echo "kafka: no answer on 127.0.0.1:$port after $seconds s (logs: $run/broker.log)" >&2
  return 1
}

# wait_for_metadata <brokers> <expected broker count>: a KRaft node accepts connections a moment before
# the quorum has a leader and before every broker has registered.
wait_for_metadata() {
  if [ -d "$root/node_modules/kafkajs" ]; then
    node "$here/wait.mjs" "$1" "$2"
  fi
}

start_single() {
  local port=${KAFKA_PORT:-9092}
  local controller_port=${KAFKA_CONTROLLER_PORT:-9093}
  local data=${KAFKA_DATA_DIR:-$cache/data-$port}
  local run="$cache/run-$port"
  mkdir -p "$run"
  if answers "$port"; then
    echo "kafka: already answering on 127.0.0.1:$port"
    return 0
  fi
  fetch_jars
  local props="$run/server.properties"
  cat > "$props" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$data
num.partitions=${KAFKA_NUM_PARTITIONS:-3}
offsets.topic.replication.factor=1
offsets.topic.num.partitions=${KAFKA_OFFSETS_PARTITIONS:-10}
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
PROPS
  write_log_config "$run"
  if [ ! -f "$data/meta.properties" ]; then
    mkdir -p "$data"
    local jvm
    jvm_options "$run" "${KAFKA_HEAP:-512m}"
    java "${jvm[@]}" kafka.tools.StorageTool format -t "$(kafka_uuid)" -c "$props" > "$run/format.log" 2>&1 ||
      { cat "$run/format.log"; exit 1; }
  fi
  echo "kafka: starting $version on 127.0.0.1:$port (logs: $run/broker.log)"
  launch "$run" "${KAFKA_HEAP:-512m}" "$props"
  wait_for_port "$port" "$run" 60
  wait_for_metadata "127.0.0.1:$port" 1
  echo "kafka: ready on 127.0.0.1:$port"
}

# Three combined nodes, as Kafka 4.1's documentation provisions a KRaft cluster ("Bootstrap with Multiple
# Controllers"): every node is formatted with the same cluster id and the same --initial-controllers
# (id@host:port:directory-id of each voter), and finds the quorum through controller.quorum.bootstrap.servers
# (a dynamic quorum, KIP-853). Combined mode is fine for a development machine, not for production.
start_cluster() {
  local ports controller_ports
  IFS=, read -r -a ports <<< "${KAFKA_CLUSTER_PORTS:-19092,19093,19094}"
  IFS=, read -r -a controller_ports <<< "${KAFKA_CLUSTER_CONTROLLER_PORTS:-19192,19193,19194}"
  [ "${#ports[@]}" -eq 3 ] && [ "${#controller_ports[@]}" -eq 3 ] ||
    { echo "kafka: KAFKA_CLUSTER_PORTS and KAFKA_CLUSTER_CONTROLLER_PORTS take three ports each" >&2; exit 2; }
  local dir=${KAFKA_CLUSTER_DIR:-$cache/cluster-${ports[0]}}
  local heap=${KAFKA_HEAP:-256m}
  local bootstrap="127.0.0.1:${controller_ports[0]},127.0.0.1:${controller_ports[1]},127.0.0.1:${controller_ports[2]}"
  local brokers="127.0.0.1:${ports[0]},127.0.0.1:${ports[1]},127.0.0.1:${ports[2]}"
  local nodes=(1 2 3)
  [ -z "$only_node" ] || nodes=("$only_node")
  case "$only_node" in '' | 1 | 2 | 3) ;; *) echo "kafka: --node takes 1, 2 or 3" >&2; exit 2 ;; esac

  local formatted=0 n
  for n in 1 2 3; do [ -f "$dir/node-$n/data/meta.properties" ] && formatted=$((formatted + 1)); done
  if [ "$formatted" -ne 0 ] && [ "$formatted" -ne 3 ]; then
    echo "kafka: only $formatted of 3 nodes in $dir are formatted; stop the cluster and remove $dir" >&2
    exit 1
  fi
  if [ -n "$only_node" ] && [ "$formatted" -eq 0 ]; then
    echo "kafka: the cluster in $dir was never started; start it whole first (start.sh --cluster)" >&2
    exit 1
  fi

  local to_start=()
  for n in "${nodes[@]}"; do
    if answers "${ports[n - 1]}"; then
      echo "kafka: node $n already answering on 127.0.0.1:${ports[n - 1]}"
    else
      to_start+=("$n")
    fi
  done
  [ "${#to_start[@]}" -gt 0 ] || return 0
  fetch_jars

  for n in 1 2 3; do
    local run="$dir/node-$n/run"
    mkdir -p "$run" "$dir/node-$n/data"
    cat > "$run/server.properties" <<PROPS
process.roles=broker,controller
node.id=$n
controller.quorum.bootstrap.servers=$bootstrap
listeners=PLAINTEXT://127.0.0.1:${ports[n - 1]},CONTROLLER://127.0.0.1:${controller_ports[n - 1]}
advertised.listeners=PLAINTEXT://127.0.0.1:${ports[n - 1]},CONTROLLER://127.0.0.1:${controller_ports[n - 1]}
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/node-$n/data
num.partitions=${KAFKA_NUM_PARTITIONS:-3}
# What a topic created without settings gets; the services set replication and min.insync.replicas
# themselves (libs/kafka/src/topic-setup.ts). acks=all then means "written on at least 2 of the 3 brokers",
# so one broker may be down without losing an acknowledged message or refusing a write.
default.replication.factor=3
min.insync.replicas=2
# The default, written down: a replica that missed writes never becomes leader (it would lose them).
unclean.leader.election.enable=false
offsets.topic.replication.factor=3
offsets.topic.num.partitions=${KAFKA_OFFSETS_PARTITIONS:-10}
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
share.coordinator.state.topic.replication.factor=3
share.coordinator.state.topic.min.isr=2
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
# Three JVMs on a shared two-core machine: few threads each, a small log-cleaner buffer in a small heap.
num.network.threads=2
num.io.threads=2
num.recovery.threads.per.data.dir=1
background.threads=2
log.cleaner.dedupe.buffer.size=16777216
PROPS
    write_log_config "$run"
  done

  if [ "$formatted" -eq 0 ]; then
    local cluster_id initial="" pids=()
    cluster_id=$(kafka_uuid)
    for n in 1 2 3; do initial+="${initial:+,}$n@127.0.0.1:${controller_ports[n - 1]}:$(kafka_uuid)"; done
    for n in 1 2 3; do
      java -Xmx128m -cp "$libs/*" kafka.tools.StorageTool format -t "$cluster_id" --initial-controllers "$initial" \
        -c "$dir/node-$n/run/server.properties" > "$dir/node-$n/run/format.log" 2>&1 &
      pids+=($!)
    done
    for n in 1 2 3; do
      wait "${pids[n - 1]}" || { cat "$dir/node-$n/run/format.log" >&2; exit 1; }
    done
  fi

  # Every node at once: a node's broker waits for a quorum leader, which needs two of the three voters.
  for n in "${to_start[@]}"; do
    echo "kafka: starting node $n of $version on 127.0.0.1:${ports[n - 1]} (logs: $dir/node-$n/run/broker.log)"
    launch "$dir/node-$n/run" "$heap" "$dir/node-$n/run/server.properties"
  done
  for n in "${to_start[@]}"; do wait_for_port "${ports[n - 1]}" "$dir/node-$n/run" 120; done
  # Ready when every broker is registered and unfenced, whichever was (re)started.
  wait_for_metadata "$brokers" 3
  echo "kafka: cluster ready on $brokers"
}

if $cluster; then start_cluster; else start_single; fi
