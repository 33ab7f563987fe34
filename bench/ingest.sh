#!/usr/bin/env bash
# Ingest benchmark: replay a generated ~1M-transaction Berka data set to the local broker with a 512 MB heap,
# then send the same number of records of the same average size with Kafka's own ProducerPerformance, in the
# same run, and print both rates and their ratio. Usage: ./bankstream bench ingest   (SCALE=1 SEED=7 to vary)
set -euo pipefail
HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="${BANKSTREAM_RUN_DIR:-$HOME_DIR/run}"
DATA="$RUN_DIR/bench-data-scale${SCALE:-1}-seed${SEED:-7}"
BOOTSTRAP="127.0.0.1:${BANKSTREAM_KAFKA_PORT:-9092}"
REGISTRY="http://127.0.0.1:${BANKSTREAM_REGISTRY_PORT:-8081}/apis/registry/v3"
LIB="$HOME_DIR/platform/target/lib/*"
INGEST="$HOME_DIR/ingest-service/target/quarkus-app/quarkus-run.jar"
PERF_TOPIC=bench.producer-performance
launcher="$HOME_DIR/bankstream"

"$launcher" platform start >/dev/null
if [ ! -f "$DATA/GENERATED" ]; then
  echo "Generating the benchmark data set in $DATA ..."
  java -Xmx512m -Dquarkus.http.port=0 -Dquarkus.log.console.level=WARN -jar "$INGEST" \
    generate --out "$DATA" --scale "${SCALE:-1}" --seed "${SEED:-7}"
fi

echo
echo "== Replay (ingest-service, -Xmx512m) =="
replay_log=$(mktemp)
KAFKA_BOOTSTRAP_SERVERS="$BOOTSTRAP" BANKSTREAM_REGISTRY_URL="$REGISTRY" \
  java -Xmx512m -XX:+UseSerialGC -Dquarkus.http.port=0 -Dquarkus.log.console.level=WARN -jar "$INGEST" \
  replay --data "$DATA" --replay-id "bench-$(date +%s)" | tee "$replay_log"
events=$(sed -n 's/^Replay .* completed: \([0-9,]*\) events in total.*/\1/p' "$replay_log" | tr -d ,)
rate=$(sed -n 's/^Published in .* s: \([0-9,]*\) events\/s.*/\1/p' "$replay_log" | tr -d ,)
size=$(sed -n 's/.*events\/s, \([0-9]*\) bytes per record.*/\1/p' "$replay_log")
heap=$(sed -n 's/^Peak heap used: \([0-9]*\) MB.*/\1/p' "$replay_log")
rm -f "$replay_log"
[ -n "$events" ] || { echo "The replay did not complete"; exit 1; }

echo
echo "== Kafka ProducerPerformance: $events records of $size bytes, acks=all, idempotent, lz4 =="
java -cp "$LIB" org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
  --topic "$PERF_TOPIC" --partitions 6 --replication-factor 1 >/dev/null
perf_log=$(mktemp)
java -Xmx512m -cp "$LIB" org.apache.kafka.tools.ProducerPerformance --topic "$PERF_TOPIC" \
  --num-records "$events" --record-size "$size" --throughput -1 \
  --producer-props bootstrap.servers="$BOOTSTRAP" acks=all enable.idempotence=true compression.type=lz4 \
  linger.ms=20 batch.size=262144 | tee "$perf_log"
perf_rate=$(tail -n 1 "$perf_log" | sed -n 's/.* records sent, \([0-9.]*\) records\/sec.*/\1/p')
rm -f "$perf_log"

echo
echo "Ingest benchmark ($(nproc) cores, $(date -u +%F), data: generated, $DATA)"
printf '  %-44s %12s\n' "events replayed" "$events"
printf '  %-44s %12s\n' "replay rate (events/s)" "$rate"
printf '  %-44s %12.0f\n' "ProducerPerformance rate (records/s)" "$perf_rate"
printf '  %-44s %12s\n' "average record size (bytes, key + value)" "$size"
awk -v r="$rate" -v p="$perf_rate" 'BEGIN {printf "  %-44s %12.2f\n", "ProducerPerformance / replay", p / r}'
printf '  %-44s %12s\n' "replay peak heap (MB, -Xmx512m)" "$heap"
