#!/usr/bin/env bash
# Scoring latency benchmark: on a platform of its own, starts the packaged scoring-service, publishes a trained model,
# produces behaviour snapshots at RATE/s (default 2,000) for WARMUP_SECONDS (60, not measured: on 2 cores shared with
# the broker and this driver, the scorer's JIT compilation takes most of the first minute) + SECONDS_MEASURED
# (60), and prints snapshot-to-flag latency p50/p95/p99/max, the achieved rate and the number of flags.
# The driver is bench/ScoringBench.java, run as a single-file program on the scoring-service's own runtime classpath;
# how latency is measured is written at its top.
# Usage: ./bankstream bench scoring   (RATE, SECONDS_MEASURED, WARMUP_SECONDS, ALGORITHM=logistic-regression|xgboost;
#   COMMIT_INTERVAL_MS / PROCESSING_GUARANTEE override the service's kafka-streams settings for a comparison;
#   LATENCY_CSV=file writes one line per measured snapshot: when it was sent and its latencies;
#   BANKSTREAM_SCORING_JAVA_OPTS for the scorer's JVM, as the launcher)
set -euo pipefail
HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="${BANKSTREAM_RUN_DIR:-$HOME_DIR/run}"
SCORING="$HOME_DIR/scoring-service/target/quarkus-app"
# The launcher chooses the JVM and its options, as for the service.
JAVA="${BANKSTREAM_JAVA:?run it as ./bankstream bench scoring}"
JAVA_OPTS="$BANKSTREAM_SCORING_JAVA_OPTS"
launcher="$HOME_DIR/bankstream"

# Own run directory and ports, so that neither the default platform nor another benchmark is touched.
export BANKSTREAM_RUN_DIR="$RUN_DIR/bench-scoring"
export BANKSTREAM_KAFKA_PORT="${BENCH_KAFKA_PORT:-19292}"
export BANKSTREAM_KAFKA_CONTROLLER_PORT="${BENCH_KAFKA_CONTROLLER_PORT:-19293}"
export BANKSTREAM_REGISTRY_PORT="${BENCH_REGISTRY_PORT:-18281}"
export BANKSTREAM_REGISTRY_MANAGEMENT_PORT="${BENCH_REGISTRY_MANAGEMENT_PORT:-19201}"
SCORING_PORT="${BENCH_SCORING_PORT:-19383}"
BOOTSTRAP="127.0.0.1:$BANKSTREAM_KAFKA_PORT"
REGISTRY="http://127.0.0.1:$BANKSTREAM_REGISTRY_PORT/apis/registry/v3"
LOG="$BANKSTREAM_RUN_DIR/logs/scoring-service.log"

scorer_pid=""
stop_all() {
  if [ -n "$scorer_pid" ]; then kill "$scorer_pid" 2>/dev/null && wait "$scorer_pid" 2>/dev/null || true; fi
  "$launcher" platform stop >/dev/null
  rm -rf "$BANKSTREAM_RUN_DIR/kafka-data" "$BANKSTREAM_RUN_DIR/scoring-service"
}
"$launcher" platform stop >/dev/null 2>&1 || true
trap stop_all EXIT
echo "Starting the benchmark's own platform ($BOOTSTRAP, logs in $BANKSTREAM_RUN_DIR/logs) ..."
"$launcher" platform start >/dev/null
rm -rf "$BANKSTREAM_RUN_DIR/scoring-service"
bench() {
  "$JAVA" -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -cp "$SCORING/app/*:$SCORING/lib/main/*:$SCORING/lib/boot/*" "$HOME_DIR/bench/ScoringBench.java" "$@"
}
bench topics --bootstrap "$BOOTSTRAP"

overrides=()
[ -n "${COMMIT_INTERVAL_MS:-}" ] && overrides+=("-Dkafka-streams.commit.interval.ms=$COMMIT_INTERVAL_MS")
[ -n "${PROCESSING_GUARANTEE:-}" ] && overrides+=("-Dkafka-streams.processing.guarantee=$PROCESSING_GUARANTEE")
echo "Starting the packaged scoring-service on port $SCORING_PORT ${overrides[*]:-(its own settings)} ..."
# shellcheck disable=SC2086
KAFKA_BOOTSTRAP_SERVERS="$BOOTSTRAP" BANKSTREAM_REGISTRY_URL="$REGISTRY" \
  "$JAVA" $JAVA_OPTS -Dquarkus.http.port="$SCORING_PORT" "${overrides[@]}" -jar "$SCORING/quarkus-run.jar" \
  >"$LOG" 2>&1 </dev/null &
scorer_pid=$!
deadline=$((SECONDS + 120))
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$SCORING_PORT/q/health/ready")" = 200 ]; do
  if ! kill -0 "$scorer_pid" 2>/dev/null || [ "$SECONDS" -gt "$deadline" ]; then
    echo "The scoring-service did not become ready; last lines of $LOG:"; tail -n 20 "$LOG"; exit 1
  fi
  sleep 0.5
done
PROPERTIES="$HOME_DIR/scoring-service/src/main/resources/application.properties"
echo "Scorer settings: commit.interval.ms=${COMMIT_INTERVAL_MS:-$(sed -n 's/^kafka-streams.commit.interval.ms=//p' "$PROPERTIES")}," \
  "processing.guarantee=${PROCESSING_GUARANTEE:-$(sed -n 's/^kafka-streams.processing.guarantee=//p' "$PROPERTIES")}"

bench measure --bootstrap "$BOOTSTRAP" --registry "$REGISTRY" --service "http://127.0.0.1:$SCORING_PORT" \
  --scorer-pid "$scorer_pid" \
  --rate "${RATE:-2000}" --warmup-seconds "${WARMUP_SECONDS:-60}" --seconds "${SECONDS_MEASURED:-60}" \
  --algorithm "${ALGORITHM:-logistic-regression}" ${LATENCY_CSV:+--csv "$LATENCY_CSV"}
