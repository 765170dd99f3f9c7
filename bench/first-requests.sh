#!/usr/bin/env bash
# bench/first-requests.sh: how long the first 1,000 requests of a test suite take right after start,
# against the same suite at steady state (issue 16: at most 2x).
#
#   bench/first-requests.sh [--runs N] [--requests N] [--warm N] [--only launcher,mock-script,jar,stub]
#
# The suite is bench/wrk/suite.lua: one connection, one request at a time, as a frontend test suite
# sends them: a flag with two variations first, then cycles of create, get, list, activate, pause,
# update, get, archive, list, get over a new experiment each. For each configuration and run:
#   1. launch the server on a free loopback port and poll GET .../experiments?take=25 every 10 ms until it
#      answers 200 (the start-up time, also printed);
#   2. at once, the suite's first REQUESTS requests (default 1,000): "first";
#   3. the suite again WARM times (default 10), unmeasured, then three more times: "steady" is their
#      median;
#   4. stop the server (SIGTERM).
# Rate limits are lifted (--rate-limit, --rate-refill), as in bench/run.sh.
# The figure is first / steady, per run; the table gives the median and range over the runs.
# Configurations (--only picks some; each needs what it runs to be built):
#   launcher     mock-server/target/dist/bin/expcenter-mock (the distribution's launcher)
#   mock-script  ./mock (the launcher when the distribution is current, else java -jar with AppCDS + C1)
#   jar          java -jar mock-server/target/expcenter-mock.jar (no flags)
#   stub         java -jar server-stub/target/expcenter-stub.jar (no flags)
# Needs wrk and curl. Everything binds 127.0.0.1; every step is bounded in time; a trap stops the server.
# Output: stdout and bench/target/first-requests.md; raw wrk output in bench/target/first-requests/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/bench/target"
RAW="$OUT/first-requests"
RUNS=3
REQUESTS=1000
WARM=10
ONLY=launcher,mock-script,jar
START_TIMEOUT=${BENCH_START_TIMEOUT:-60}
PROBE=/api/v2/experimentation/experiments?take=25

while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --requests) REQUESTS=$2; shift 2 ;;
    --warm) WARM=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "first-requests.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "first-requests.sh: wrk is required (bench/run.sh installs it)" >&2; exit 1; }
mkdir -p "$RAW" "$OUT/logs"

PID=""
stop() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }; sleep 0.1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
trap 'if [[ -n "$PID" ]]; then stop "$PID"; fi' EXIT
trap 'exit 130' INT TERM

free_port() {
  local p low
  low=$(awk '{print $1}' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  for _ in $(seq 100); do
    p=$(( 20000 + RANDOM % (low - 20000) ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "no free port" >&2; exit 1
}

# Rate limits lifted, as in bench/run.sh: a suite sends more than the default limit allows.
LIFTED=(--rate-limit 1000000000000 --rate-refill 1000000000)
command_of() { # configuration port -> the command, one word per line
  case "$1" in
    launcher) printf '%s\n' "$ROOT/mock-server/target/dist/bin/expcenter-mock" --port "$2" "${LIFTED[@]}" ;;
    mock-script) printf '%s\n' "$ROOT/mock" --port "$2" "${LIFTED[@]}" ;;
    jar) printf '%s\n' java -jar "$ROOT/mock-server/target/expcenter-mock.jar" --port "$2" "${LIFTED[@]}" ;;
    stub) printf '%s\n' java -jar "$ROOT/server-stub/target/expcenter-stub.jar" --port "$2" "${LIFTED[@]}" ;;
    *) echo "first-requests.sh: unknown configuration $1" >&2; exit 2 ;;
  esac
}

# One suite of REQUESTS requests against PORT; prints its ms, or fails.
suite() { # port raw-file
  BENCH_SUITE_NAME="fr$(date +%s%N)" BENCH_SUITE_REQUESTS=$REQUESTS \
    timeout 300 wrk -t 1 -c 1 -d 280s --timeout 10s --latency -s "$ROOT/bench/wrk/suite.lua" "http://127.0.0.1:$1" >"$2" 2>&1 || true
  local line
  line=$(grep '^suite:' "$2" | head -n 1)
  if [[ "$line" != *" 0 unexpected, "* || "$line" == *" -1.0 ms"* ]]; then
    echo "first-requests.sh: the suite failed (see $2): $line" >&2; return 1
  fi
  echo "$line" | sed -E 's/.* in ([0-9.]+) ms.*/\1/'
}

median() { sort -g | awk '{ a[++n] = $1 } END { if (n == 0) print ""; else print (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }'; }
range() { sort -g | awk '{ a[++n] = $1 } END { if (n > 1) printf "%s (%s-%s)", m, a[1], a[n]; else if (n) printf "%s", m }' m="$1"; }

declare -A STARTS FIRSTS STEADIES RATIOS
one_run() { # configuration run
  local conf=$1 run=$2 port t0 code ms first steady i cmd=()
  port=$(free_port)
  mapfile -t cmd < <(command_of "$conf" "$port")
  t0=$(date +%s%N)
  setsid "${cmd[@]}" >"$OUT/logs/first-requests-$conf.log" 2>&1 &
  PID=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 -H 'Authorization: Bearer bench' "http://127.0.0.1:$port$PROBE" || true)
    if [[ "$code" == 200 ]]; then ms=$(( ($(date +%s%N) - t0) / 1000000 )); break; fi
    if ! kill -0 "$PID" 2>/dev/null || [[ $(( ($(date +%s%N) - t0) / 1000000000 )) -ge $START_TIMEOUT ]]; then
      echo "first-requests.sh: $conf did not answer 200 (see bench/target/logs/first-requests-$conf.log)" >&2
      stop "$PID"; PID=""; return 1
    fi
    sleep 0.01
  done
  first=$(suite "$port" "$RAW/$conf-r$run-first.txt")
  for i in $(seq "$WARM"); do suite "$port" "$RAW/$conf-r$run-warm.txt" >/dev/null; done
  steady=$(for i in 1 2 3; do suite "$port" "$RAW/$conf-r$run-steady$i.txt"; done | median)
  stop "$PID"; PID=""
  STARTS[$conf]+="$ms "; FIRSTS[$conf]+="$first "; STEADIES[$conf]+="$steady "
  RATIOS[$conf]+="$(awk -v a="$first" -v b="$steady" 'BEGIN { printf "%.2f", a / b }') "
  echo "[first-requests $(date +%H:%M:%S)] $conf run $run: first 200 after $ms ms; first $REQUESTS requests $first ms, steady $steady ms" >&2
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for run in $(seq "$RUNS"); do
  for conf in ${ONLY//,/ }; do one_run "$conf" "$run"; done
done

exec > >(tee "$OUT/first-requests.md")
echo "## first $REQUESTS requests after start vs steady state ($(date -u +%Y-%m-%dT%H:%MZ))"
echo
echo "$(nproc) cores, $(java -version 2>&1 | head -n 1) (for jar and stub), $RUNS runs each (configurations interleaved);"
echo "steady: the median of 3 suites after $WARM unmeasured ones. Load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| configuration | start-up to first 200 ms | first $REQUESTS requests ms | steady ms | first / steady (target <= 2) |"
echo "|---|---:|---:|---:|---:|"
for conf in ${ONLY//,/ }; do
  # shellcheck disable=SC2086
  printf '| %s | %s | %s | %s | %s |\n' "$conf" \
    "$(printf '%s\n' ${STARTS[$conf]} | range "$(printf '%s\n' ${STARTS[$conf]} | median)")" \
    "$(printf '%s\n' ${FIRSTS[$conf]} | range "$(printf '%s\n' ${FIRSTS[$conf]} | median)")" \
    "$(printf '%s\n' ${STEADIES[$conf]} | range "$(printf '%s\n' ${STEADIES[$conf]} | median)")" \
    "$(printf '%s\n' ${RATIOS[$conf]} | range "$(printf '%s\n' ${RATIOS[$conf]} | median)")x"
done
