#!/usr/bin/env bash
# Feature benchmark: replays a generated ~1M-transaction Berka data set once onto a platform of its own, then runs
# on the same input, in the same run, with the same JVM options and the service's kafka-streams settings:
#   (a) a pass-through Kafka Streams app (read, deserialize, write),
#   (b) the packaged feature-service, and
#   (c) the output floor: the pass-through writing as many records, of the same mean size, as (b) wrote,
# each with a fresh application id from the beginning of the topics to their end offsets, and prints records/s,
# transactions/s (over the whole input, and from half the input on, once the JIT has compiled the hot code), the
# ratios, each process's peak RSS and the output volume per input event.
# The driver is bench/FeatureBench.java, run as a single-file program on the feature-service's own runtime classpath
# (its app jar included: the pass-through takes the service's kafka-streams settings, e.g. its RocksDB config setter).
# The three runs are repeated (REPETITIONS, default 3; a repetition takes about two minutes, most of it the
# feature-service's input wait) and the medians reported beside every repetition: single runs spread widely here.
# Usage: ./bankstream bench features   (SCALE=1 SEED=7 to vary the data set; the JVM and its options are the launcher's
# for the feature-service: JAVA_HOME, BANKSTREAM_FEATURES_JAVA_OPTS;
# the service's environment overrides of kafka-streams.* settings, e.g. KAFKA_STREAMS_NUM_STREAM_THREADS=2, apply to all three apps)
set -euo pipefail
HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="${BANKSTREAM_RUN_DIR:-$HOME_DIR/run}"
DATA="$RUN_DIR/bench-data-scale${SCALE:-1}-seed${SEED:-7}"
INGEST="$HOME_DIR/ingest-service/target/quarkus-app/quarkus-run.jar"
FEATURES="$HOME_DIR/feature-service/target/quarkus-app"
JAVA="${BANKSTREAM_JAVA:?run it as ./bankstream bench features}"
JAVA_OPTS="$BANKSTREAM_FEATURES_JAVA_OPTS"
launcher="$HOME_DIR/bankstream"

# A platform of its own (run directory and ports), started empty and stopped at the end: its input topics hold
# exactly one replay of the data set, whatever the default platform holds from demos and other benchmarks.
export BANKSTREAM_RUN_DIR="$RUN_DIR/bench-features"
export BANKSTREAM_KAFKA_PORT="${BENCH_KAFKA_PORT:-19092}"
export BANKSTREAM_KAFKA_CONTROLLER_PORT="${BENCH_KAFKA_CONTROLLER_PORT:-19093}"
export BANKSTREAM_REGISTRY_PORT="${BENCH_REGISTRY_PORT:-18081}"
export BANKSTREAM_REGISTRY_MANAGEMENT_PORT="${BENCH_REGISTRY_MANAGEMENT_PORT:-19001}"
BOOTSTRAP="127.0.0.1:$BANKSTREAM_KAFKA_PORT"
REGISTRY="http://127.0.0.1:$BANKSTREAM_REGISTRY_PORT/apis/registry/v3"

"$launcher" platform stop >/dev/null 2>&1 || true
# The broker's data (~2 GB) is of no use afterwards: the next start discards it anyway.
trap '"$launcher" platform stop >/dev/null; rm -rf "$BANKSTREAM_RUN_DIR/kafka-data"' EXIT
echo "Starting the benchmark's own platform ($BOOTSTRAP, logs in $BANKSTREAM_RUN_DIR/logs) ..."
"$launcher" platform start >/dev/null

if [ ! -f "$DATA/GENERATED" ]; then
  echo "Generating the benchmark data set in $DATA ..."
  "$JAVA" -Xmx512m -Dquarkus.http.port=0 -Dquarkus.log.console.level=WARN -jar "$INGEST" \
    generate --out "$DATA" --scale "${SCALE:-1}" --seed "${SEED:-7}"
fi

echo
echo "== Replay of $DATA onto the topics (once) =="
# shellcheck disable=SC2086
KAFKA_BOOTSTRAP_SERVERS="$BOOTSTRAP" BANKSTREAM_REGISTRY_URL="$REGISTRY" \
  "$JAVA" $BANKSTREAM_INGEST_CLI_JAVA_OPTS -Dquarkus.http.port=0 -Dquarkus.log.console.level=WARN -jar "$INGEST" replay --data "$DATA"

echo
echo "== Pass-through Streams app, then feature-service, on the same input =="
# JBoss LogManager (the service's own) carries Kafka's slf4j logging; FeatureBench keeps warnings and errors.
"$JAVA" --enable-native-access=ALL-UNNAMED -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$FEATURES/lib/main/*:$FEATURES/lib/boot/*:$FEATURES/app/*" \
  "$HOME_DIR/bench/FeatureBench.java" compare \
  --bootstrap "$BOOTSTRAP" --registry "$REGISTRY" \
  --feature-jar "$FEATURES/quarkus-run.jar" \
  --service-properties "$HOME_DIR/feature-service/src/main/resources/application.properties" \
  --java-options "$JAVA_OPTS" \
  --source "$HOME_DIR/bench/FeatureBench.java" \
  --repetitions "${REPETITIONS:-3}" \
  --logs "$BANKSTREAM_RUN_DIR/logs"
