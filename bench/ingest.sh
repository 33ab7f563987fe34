#!/usr/bin/env bash
# Ingest benchmark: replay a generated ~1M-transaction Berka data set to the local broker with a 512 MB heap,
# then send the same number of records of the same average size with Kafka's own ProducerPerformance, in the
# same run, and print both rates and their ratio. A replay and a ProducerPerformance run (500k records to a topic
# of its own) warm the broker and the registry up first; the warm-up replay's rate is printed too.
# ProducerPerformance times from its first send to its last acknowledgement; the ratio uses the replay's rate over
# the same span (first event sent to last commit), and the replay's end-to-end rate, setup included, is printed too.
# Usage: ./bankstream bench ingest   (SCALE=1 SEED=7 to vary)
set -euo pipefail
HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="${BANKSTREAM_RUN_DIR:-$HOME_DIR/run}"
DATA="$RUN_DIR/bench-data-scale${SCALE:-1}-seed${SEED:-7}"
BOOTSTRAP="127.0.0.1:${BANKSTREAM_KAFKA_PORT:-9092}"
REGISTRY="http://127.0.0.1:${BANKSTREAM_REGISTRY_PORT:-8081}/apis/registry/v3"
LIB="$HOME_DIR/platform/target/lib/*"
INGEST="$HOME_DIR/ingest-service/target/quarkus-app/quarkus-run.jar"
PERF_TOPIC=bench.producer-performance
WARMUP_TOPIC=bench.broker-warm-up
launcher="$HOME_DIR/bankstream"
JAVA="${BANKSTREAM_JAVA:?run it as ./bankstream bench ingest}"

"$launcher" platform start >/dev/null
if [ ! -f "$DATA/GENERATED" ]; then
  echo "Generating the benchmark data set in $DATA ..."
  "$JAVA" -Xmx512m -Dquarkus.http.port=0 -Dquarkus.log.console.level=WARN -jar "$INGEST" \
    generate --out "$DATA" --scale "${SCALE:-1}" --seed "${SEED:-7}"
fi

producer_performance() { # topic records size; Kafka's INFO logging goes to a file, shown only when the tool fails
  "$JAVA" -Xmx512m -cp "$LIB" org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$1" --partitions 6 --replication-factor 1 >/dev/null 2>"$tool_log" || { tail -n 20 "$tool_log"; exit 1; }
  "$JAVA" -Xmx512m -cp "$LIB" org.apache.kafka.tools.ProducerPerformance --topic "$1" \
    --num-records "$2" --record-size "$3" --throughput -1 \
    --producer-props bootstrap.servers="$BOOTSTRAP" acks=all enable.idempotence=true compression.type=lz4 \
    linger.ms=20 batch.size=262144 2>"$tool_log" || { tail -n 20 "$tool_log"; exit 1; }
}

replay() { # replay id, log file
  # shellcheck disable=SC2086
  KAFKA_BOOTSTRAP_SERVERS="$BOOTSTRAP" BANKSTREAM_REGISTRY_URL="$REGISTRY" \
    "$JAVA" $BANKSTREAM_INGEST_CLI_JAVA_OPTS -Dquarkus.http.port=0 -Dquarkus.log.console.level=WARN -jar "$INGEST" \
    replay --data "$DATA" --replay-id "$1" | tee "$2"
}
figure() { # sed expression, log file
  sed -n "$1" "$2" | tr -d ,
}
replay_log=$(mktemp)
perf_log=$(mktemp)
tool_log=$(mktemp)
trap 'rm -f "$replay_log" "$perf_log" "$tool_log"' EXIT

echo
echo "== Warm-up (discarded): one replay and one ProducerPerformance run, so that neither side meets a cold broker or registry =="
replay "bench-warm-up-$(date +%s)" "$replay_log" | grep -E '^(Published|Sending)'
cold_rate=$(figure 's/^Sending took .* s of it: \([0-9,]*\) events\/s.*/\1/p' "$replay_log")
producer_performance "$WARMUP_TOPIC" 500000 53 | tail -n 1

echo
echo "== Replay (ingest-service command line: $BANKSTREAM_INGEST_CLI_JAVA_OPTS) =="
replay "bench-$(date +%s)" "$replay_log"
events=$(figure 's/^Replay .* completed: \([0-9,]*\) events in total.*/\1/p' "$replay_log")
rate=$(figure 's/^Published in .* s: \([0-9,]*\) events\/s.*/\1/p' "$replay_log")
sending_rate=$(figure 's/^Sending took .* s of it: \([0-9,]*\) events\/s.*/\1/p' "$replay_log")
size=$(figure 's/.*events\/s, \([0-9]*\) bytes per record.*/\1/p' "$replay_log")
heap=$(figure 's/^Peak heap used: \([0-9]*\) MB.*/\1/p' "$replay_log")
[ -n "$events" ] || { echo "The replay did not complete"; exit 1; }

echo
echo "== Kafka ProducerPerformance: $events records of $size bytes, acks=all, idempotent, lz4 =="
producer_performance "$PERF_TOPIC" "$events" "$size" | tee "$perf_log"
perf_rate=$(tail -n 1 "$perf_log" | sed -n 's/.* records sent, \([0-9.]*\) records\/sec.*/\1/p')

echo
echo "Ingest benchmark ($(nproc) cores, $(date -u +%F), data: generated, $DATA)"
printf '  %-44s %12s\n' "events replayed" "$events"
printf '  %-44s %12s\n' "replay rate, end to end (events/s)" "$rate"
printf '  %-44s %12s\n' "replay rate, first send to last commit" "$sending_rate"
printf '  %-44s %12s\n' "  (the warm-up replay before it)" "$cold_rate"
printf '  %-44s %12.0f\n' "ProducerPerformance rate (records/s)" "$perf_rate"
printf '  %-44s %12s\n' "average record size (bytes, key + value)" "$size"
awk -v r="$sending_rate" -v p="$perf_rate" 'BEGIN {printf "  %-44s %12.2f\n", "ProducerPerformance / replay (sending)", p / r}'
awk -v r="$rate" -v p="$perf_rate" 'BEGIN {printf "  %-44s %12.2f\n", "ProducerPerformance / replay (end to end)", p / r}'
printf '  %-44s %12s\n' "replay peak heap (MB, -Xmx512m)" "$heap"
