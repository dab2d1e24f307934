#!/usr/bin/env bash
# Starts a single-node Apache Kafka broker (KRaft, combined broker+controller) on 127.0.0.1.
# The broker's jars come from Maven Central through tools/kafka/pom.xml and are cached in
# .cache/kafka/<version>/libs, so the second start is offline. Already running: does nothing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/pom.xml")
port=${KAFKA_PORT:-9092}
controller_port=${KAFKA_CONTROLLER_PORT:-9093}
cache=${KAFKA_CACHE_DIR:-$root/.cache/kafka}
libs="$cache/$version/libs"
data=${KAFKA_DATA_DIR:-$cache/data-$port}
run="$cache/run-$port"
mkdir -p "$run"

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

if answers; then
  echo "kafka: already answering on 127.0.0.1:$port"
  exit 0
fi

if [ ! -f "$libs/.complete" ]; then
  echo "kafka: fetching Apache Kafka $version from Maven Central (once)"
  rm -rf "$libs"
  mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$libs"
  touch "$libs/.complete"
fi

props="$run/server.properties"
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

cat > "$run/log4j2.properties" <<LOG
status = error
appender.file.type = File
appender.file.name = file
appender.file.fileName = $run/broker.log
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = warn
rootLogger.appenderRef.file.ref = file
logger.kafka.name = kafka
logger.kafka.level = info
LOG

java_opts=(-Xmx${KAFKA_HEAP:-512m} -Xms128m -XX:+UseG1GC -Dlog4j2.configurationFile="$run/log4j2.properties")
if [ ! -f "$data/meta.properties" ]; then
  mkdir -p "$data"
  java "${java_opts[@]}" -cp "$libs/*" kafka.tools.StorageTool format \
    -t "$(java -cp "$libs/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)" \
    -c "$props" > "$run/format.log" 2>&1 || { cat "$run/format.log"; exit 1; }
fi

echo "kafka: starting $version on 127.0.0.1:$port (logs: $run/broker.log)"
nohup java "${java_opts[@]}" -cp "$libs/*" kafka.Kafka "$props" > "$run/stdout.log" 2>&1 &
echo $! > "$run/pid"

for _ in $(seq 1 120); do
  if answers; then break; fi
  if ! kill -0 "$(cat "$run/pid")" 2>/dev/null; then
    echo "kafka: the broker exited; last lines of its output:" >&2
    tail -n 30 "$run/stdout.log" "$run/broker.log" >&2 || true
    exit 1
  fi
  sleep 0.5
done
answers || { echo "kafka: no answer on 127.0.0.1:$port after 60 s" >&2; exit 1; }
if [ -d "$root/node_modules/kafkajs" ]; then
  node "$here/wait.mjs" "127.0.0.1:$port"
fi
echo "kafka: ready on 127.0.0.1:$port"
