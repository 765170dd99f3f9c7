#!/usr/bin/env bash
# bench/soak.sh: a soak run of the mock at a fixed request rate for a bounded time (issue 8).
#
#   bench/soak.sh                      10 minutes at about 200 requests/s
#   bench/soak.sh --minutes 2          a smoke run
#   bench/soak.sh --rate 500 --connections 16 --minutes 30
#   bench/soak.sh --help
#
# Starts the mock's jar (mock-server/target/expcenter-mock.jar, built with `mvn -pl mock-server -am
# package -DskipTests` if missing) on a free loopback port with the rate limit lifted and -Xmx256m,
# prepares one active flag with two variations and SOAK_EXPERIMENTS (20) paused experiments with curl,
# then drives it with wrk (Debian has wrk, not wrk2) and bench/wrk/soak.lua: the three workloads of
# bench/run.sh (status, get, list) in turn, each connection pausing between requests so that the total
# is about the asked rate (wrk's delay(); no coordinated-omission correction, unlike wrk2).
# The run is a sequence of 10 s wrk runs, so every 10 s it records: requests/s, p50/p99/max latency,
# non-2xx answers and socket errors (from wrk), heap used (jcmd GC.heap_info) and RSS (VmRSS) of the mock.
# The live heap is measured after a full GC (jcmd GC.run) at the start and at the end.
# Verdict: PASS when there was not one non-2xx answer or socket error and the live heap at the end is
# within 20% + 8 MiB of the start (a flat heap); else FAIL (exit 1).
# Output: bench/target/soak.md (settings, time series table, verdict); raw output in bench/target/soak/.
# Everything binds 127.0.0.1 and every step is bounded in time; a trap stops the mock.
#
# Settings (flags or environment): --minutes/SOAK_MINUTES (10), --rate/SOAK_RATE (200 requests/s),
# --connections/SOAK_CONNECTIONS (8), SOAK_EXPERIMENTS (20), SOAK_JAVA_OPTS (-Xmx256m), SOAK_MOCK_ARGS.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
OUT="$BENCH/target"
RAW="$OUT/soak"
MOCK_JAR="$ROOT/mock-server/target/expcenter-mock.jar"
MINUTES=${SOAK_MINUTES:-10}
RATE=${SOAK_RATE:-200}
CONNECTIONS=${SOAK_CONNECTIONS:-8}
EXPERIMENTS=${SOAK_EXPERIMENTS:-20}
JAVA_OPTS=${SOAK_JAVA_OPTS:--Xmx256m}
MOCK_ARGS=${SOAK_MOCK_ARGS:---rate-limit 1000000000000 --rate-refill 1000000000}
INTERVAL=10

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --minutes) MINUTES=$2; shift 2 ;;
    --rate) RATE=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "soak.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

log() { printf '[soak %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
command -v wrk >/dev/null || die "wrk is not installed (apt-get install wrk)"
command -v jcmd >/dev/null || die "jcmd (a JDK) is needed"

MOCK_PID=""
cleanup() {
  if [[ -n "$MOCK_PID" ]] && kill -0 "$MOCK_PID" 2>/dev/null; then
    kill "$MOCK_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$MOCK_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$MOCK_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local p
  for _ in $(seq 100); do
    p=$(( 20000 + RANDOM % 10000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  die "no free port"
}

if [[ ! -f "$MOCK_JAR" ]]; then
  log "building the mock's jar"
  (cd "$ROOT" && mvn -B -q -o -pl mock-server -am package -DskipTests) || die "cannot build $MOCK_JAR"
fi
mkdir -p "$RAW"
rm -f "$RAW"/*

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
API="$BASE/api/v2"
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$MOCK_JAR" --host 127.0.0.1 --port "$PORT" $MOCK_ARGS >"$RAW/mock.log" 2>&1 &
MOCK_PID=$!
for _ in $(seq 600); do
  curl -fs -o /dev/null "$BASE/__admin/health" && break
  kill -0 "$MOCK_PID" 2>/dev/null || die "the mock exited (see $RAW/mock.log)"
  sleep 0.1
done
curl -fs -o /dev/null "$BASE/__admin/health" || die "the mock did not start within 60 s"
log "mock up on $BASE (pid $MOCK_PID)"

# --- data: one active flag with two variations, EXPERIMENTS paused experiments -----------------
call() { # method path [body] -> body on stdout; fails on non-2xx
  local args=(-fsS --max-time 10 -X "$1" -H "Authorization: Bearer soak" "$API$2")
  if [[ $# -ge 3 ]]; then args+=(-H "Content-Type: application/json" -d "$3"); fi
  curl "${args[@]}"
}
id_of() { sed -E 's/.*"id" *: *"([^"]+)".*/\1/'; }
curl -fsS --max-time 10 -X POST "$BASE/__admin/reset" >/dev/null
FLAG=$(call POST /experimentation/feature-flags '{"name":"soak_flag","parameters":{}}' | id_of)
V1=$(call POST "/experimentation/feature-flags/$FLAG/variations" '{"name":"control","overrides":{}}' | id_of)
V2=$(call POST "/experimentation/feature-flags/$FLAG/variations" '{"name":"treatment","overrides":{}}' | id_of)
call POST "/experimentation/feature-flags/$FLAG/status" '{"status":"active"}' >/dev/null
# Pause whatever the data set left active, so the prepared experiments can be activated one by one.
for active in $(call GET '/experimentation/experiments?status=active' | grep -oE '"id" *: *"exp_[^"]+"' | sed -E 's/.*"(exp_[^"]+)"/\1/'); do
  call POST "/experimentation/experiments/$active/status" '{"status":"paused"}' >/dev/null
done
IDS="$RAW/ids.txt"
: >"$IDS"
for i in $(seq 1 "$EXPERIMENTS"); do
  E=$(call POST /experimentation/experiments "{\"name\":\"soak-$i\",\"feature_flag_id\":\"$FLAG\",\"authentication_flow\":\"pre_authentication\",\"allocation_strategy\":\"percentage\",\"allocations\":[{\"variation_id\":\"$V1\",\"weight\":50,\"is_control\":true},{\"variation_id\":\"$V2\",\"weight\":50,\"is_control\":false}]}" | id_of)
  call POST "/experimentation/experiments/$E/status" '{"status":"active"}' >/dev/null
  call POST "/experimentation/experiments/$E/status" '{"status":"paused"}' >/dev/null
  echo "$E" >>"$IDS"
done
log "prepared $EXPERIMENTS paused experiments"

heap_used_kb() { jcmd "$MOCK_PID" GC.heap_info 2>/dev/null | grep -m1 -oE 'used [0-9]+K' | grep -oE '[0-9]+' || echo 0; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$MOCK_PID/status" 2>/dev/null || echo 0; }
live_heap_kb() { jcmd "$MOCK_PID" GC.run >/dev/null 2>&1 || true; sleep 1; heap_used_kb; }
to_ms() { # wrk latency (e.g. 812.00us, 1.23ms, 2.01s) -> ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# Warm-up (not recorded), then the live heap at the start.
DELAY_MS=$(( CONNECTIONS * 1000 / RATE ))
export BENCH_IDS="$IDS" BENCH_PREFIX="/api/v2" SOAK_DELAY_MS="$DELAY_MS"
wrk -t1 -c"$CONNECTIONS" -d10s --timeout 5s -s "$BENCH/wrk/soak.lua" "$API/experimentation/experiments" >"$RAW/warmup.txt" 2>&1 || true
LIVE_START=$(live_heap_kb)
log "live heap after warm-up: ${LIVE_START} KiB; soaking for $MINUTES min at ~$RATE req/s ($CONNECTIONS connections, ${DELAY_MS} ms pause)"

ROWS="$RAW/rows.md"
: >"$ROWS"
TOTAL_REQ=0 TOTAL_NON2XX=0 TOTAL_SOCKET=0 WORST_P99=0
INTERVALS=$(( MINUTES * 60 / INTERVAL ))
START=$(date +%s)
for i in $(seq 1 "$INTERVALS"); do
  f="$RAW/wrk-$i.txt"
  wrk -t1 -c"$CONNECTIONS" -d"${INTERVAL}s" --timeout 5s --latency -s "$BENCH/wrk/soak.lua" \
    "$API/experimentation/experiments" >"$f" 2>&1 || true
  kill -0 "$MOCK_PID" 2>/dev/null || die "the mock died during the soak (see $RAW/mock.log)"
  req=$(awk '/requests in/ {print $1}' "$f"); req=${req:-0}
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$f")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$f")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$f")")
  max=$(to_ms "$(awk '$1 == "Latency" {print $4}' "$f")")
  non2xx=$(awk -F: '/Non-2xx/ {gsub(/ /, "", $2); print $2}' "$f"); non2xx=${non2xx:-0}
  sock=$(awk '/Socket errors/ {s = 0; for (k = 1; k <= NF; k++) if ($k ~ /^[0-9]+,?$/) s += $k + 0; print s}' "$f"); sock=${sock:-0}
  heap=$(heap_used_kb); rss=$(rss_kb)
  t=$(( $(date +%s) - START ))
  printf '| %d | %s | %s | %s | %s | %s | %s | %s | %d | %d |\n' "$t" "$req" "$rps" "$p50" "$p99" "$max" \
    "$non2xx" "$sock" "$(( heap / 1024 ))" "$(( rss / 1024 ))" >>"$ROWS"
  TOTAL_REQ=$(( TOTAL_REQ + req )); TOTAL_NON2XX=$(( TOTAL_NON2XX + non2xx )); TOTAL_SOCKET=$(( TOTAL_SOCKET + sock ))
  WORST_P99=$(awk -v a="$WORST_P99" -v b="$p99" 'BEGIN { print (b + 0 > a + 0) ? b : a }')
  if (( i % 6 == 0 )); then log "$t s: $TOTAL_REQ requests, $TOTAL_NON2XX non-2xx, $TOTAL_SOCKET socket errors"; fi
done
LIVE_END=$(live_heap_kb)
LIMIT=$(( LIVE_START * 12 / 10 + 8192 ))
ERR_OK=$(( TOTAL_NON2XX == 0 && TOTAL_SOCKET == 0 ))
HEAP_OK=$(( LIVE_END <= LIMIT ))
if (( ERR_OK && HEAP_OK )); then VERDICT=PASS; else VERDICT=FAIL; fi

{
  echo "# Soak run of the mock"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) on $(uname -n), $(nproc) cores; $(java -version 2>&1 | head -1)."
  echo "$MINUTES min at about $RATE requests/s (wrk, 1 thread, $CONNECTIONS connections, ${DELAY_MS} ms pause per"
  echo "connection), the status/get/list mix of bench/wrk/soak.lua over $EXPERIMENTS experiments; mock: $JAVA_OPTS."
  echo
  echo "| t (s) | requests | req/s | p50 (ms) | p99 (ms) | max (ms) | non-2xx | socket errors | heap used (MiB) | RSS (MiB) |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  cat "$ROWS"
  echo
  echo "- Requests: $TOTAL_REQ; non-2xx: $TOTAL_NON2XX; socket errors: $TOTAL_SOCKET; worst 10 s p99: $WORST_P99 ms."
  echo "- Live heap after a full GC: $(( LIVE_START / 1024 )) MiB after the warm-up, $(( LIVE_END / 1024 )) MiB at the end"
  echo "  (flat if at most 20% + 8 MiB more: $(( LIMIT / 1024 )) MiB)."
  echo
  echo "**Verdict: $VERDICT** ($( ((ERR_OK)) && echo "zero errors" || echo "errors seen"), $( ((HEAP_OK)) && echo "flat heap" || echo "heap grew"))."
} >"$OUT/soak.md"
log "verdict: $VERDICT; see $OUT/soak.md"
[[ "$VERDICT" == PASS ]]
