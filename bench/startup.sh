#!/usr/bin/env bash
# Startup benchmark: platform ready time, each service's time to healthy after the platform, and idle RSS.
# Runs the cycle RUNS times (default 3) and prints every run and the median. Usage: ./bankstream bench startup
set -euo pipefail
HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-3}"
IDLE_SECONDS="${IDLE_SECONDS:-10}"
SERVICES=(ingest-service feature-service scoring-service segment-service)
declare -A PORTS=([ingest-service]=8181 [feature-service]=8182 [scoring-service]=8183 [segment-service]=8184)
RUN_DIR="${BANKSTREAM_RUN_DIR:-$HOME_DIR/run}"
launcher="$HOME_DIR/bankstream"
JAVA="${BANKSTREAM_JAVA:?run it as ./bankstream bench startup}"

now() { date +%s.%N; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN {print a - b}'; }
rss() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

"$launcher" platform stop >/dev/null
"$launcher" services stop >/dev/null
declare -A results
for run in $(seq 1 "$RUNS"); do
  t0=$(now)
  "$launcher" platform start >/dev/null
  t1=$(now)
  results[platform_ready,$run]=$(minus "$t1" "$t0")
  for s in "${SERVICES[@]}"; do
    # shellcheck disable=SC2086
    nohup "$JAVA" $BANKSTREAM_SERVICE_JAVA_OPTS -jar "$HOME_DIR/$s/target/quarkus-app/quarkus-run.jar" \
      >>"$RUN_DIR/logs/$s.log" 2>&1 </dev/null &
    echo $! >"$RUN_DIR/$s.pid"
  done
  pending=("${SERVICES[@]}")
  deadline=$((SECONDS + 120))
  while [ "${#pending[@]}" -gt 0 ]; do
    if [ "$SECONDS" -gt "$deadline" ]; then
      echo "Not healthy within 120 s: ${pending[*]} (see $RUN_DIR/logs)"; "$launcher" services stop; "$launcher" platform stop; exit 1
    fi
    left=()
    for s in "${pending[@]}"; do
      if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:${PORTS[$s]}/q/health/ready")" = 200 ]; then
        results[$s,$run]=$(minus "$(now)" "$t1")
      else
        left+=("$s")
      fi
    done
    pending=("${left[@]+"${left[@]}"}")
    sleep 0.1
  done
  sleep "$IDLE_SECONDS"
  platform_pid=$(cat "$RUN_DIR/platform.pid")
  registry_pid=$(pgrep -f "apicurio-registry/quarkus-run.jar" | head -1)
  results[rss_broker,$run]=$(rss "$platform_pid")
  results[rss_registry,$run]=$(rss "$registry_pid")
  for s in "${SERVICES[@]}"; do results[rss_$s,$run]=$(rss "$(cat "$RUN_DIR/$s.pid")"); done
  "$launcher" services stop >/dev/null
  "$launcher" platform stop >/dev/null
  printf 'run %d: platform ready %.1f s; healthy after platform: ' "$run" "${results[platform_ready,$run]}"
  for s in "${SERVICES[@]}"; do printf '%s %.1f s  ' "${s%-service}" "${results[$s,$run]}"; done
  echo
done

echo
echo "Median of $RUNS runs on $(nproc) cores ($(date -u +%F)):"
printf '  %-40s %8s\n' "platform ready (broker+registry)" "$(for r in $(seq 1 "$RUNS"); do echo "${results[platform_ready,$r]}"; done | median | xargs printf '%.1f s')"
for s in "${SERVICES[@]}"; do
  printf '  %-40s %8s\n' "$s healthy after platform" "$(for r in $(seq 1 "$RUNS"); do echo "${results[$s,$r]}"; done | median | xargs printf '%.1f s')"
done
echo "Idle RSS after ${IDLE_SECONDS} s (median):"
printf '  %-40s %8s\n' "broker (platform JVM)" "$(for r in $(seq 1 "$RUNS"); do echo "${results[rss_broker,$r]}"; done | median) MB"
printf '  %-40s %8s\n' "schema registry" "$(for r in $(seq 1 "$RUNS"); do echo "${results[rss_registry,$r]}"; done | median) MB"
for s in "${SERVICES[@]}"; do
  printf '  %-40s %8s\n' "$s" "$(for r in $(seq 1 "$RUNS"); do echo "${results[rss_$s,$r]}"; done | median) MB"
done
