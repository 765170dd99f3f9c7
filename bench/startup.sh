#!/usr/bin/env bash
# bench/startup.sh: start-up to first 200 of a server jar, over several runs, with optional JVM flags.
#
#   bench/startup.sh [--runs N] [--flags "JVM FLAGS"] [--compare] TARGET_JAR [ARGS...]
#
# Each run: pick a free loopback port, launch `java FLAGS -jar TARGET_JAR --port PORT ARGS...`, poll
# http://127.0.0.1:PORT$BENCH_PROBE_PATH (default /api/v2/experimentation/experiments?take=25, with
# Authorization: Bearer bench) with curl as fast as it goes until it answers 200, record the ms since
# launch, stop the server (SIGTERM, then SIGKILL after 5 s). Prints min / median / max per configuration.
#
# --compare runs a fixed set of configurations, to find what brings start-up toward 0.5 s:
#   default                    no flags
#   c1                         -XX:TieredStopAtLevel=1 (C1 only: less JIT work while starting)
#   serialgc                   -XX:+UseSerialGC (no G1 threads and regions to set up)
#   appcds                     -XX:SharedArchiveFile=bench/target/cds/NAME.jsa, an AppCDS archive of the
#                              classes a first run loaded, written by -XX:ArchiveClassesAtExit (one
#                              training run: launch, first 200, SIGTERM)
#   appcds+c1+serialgc         all three
# Results go to stdout and bench/target/startup-NAME.txt. Bounded: 60 s per launch (BENCH_START_TIMEOUT).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/bench/target"
RUNS=10
FLAGS=""
COMPARE=0
PROBE=${BENCH_PROBE_PATH:-/api/v2/experimentation/experiments?take=25}
START_TIMEOUT=${BENCH_START_TIMEOUT:-60}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --flags) FLAGS=$2; shift 2 ;;
    --compare) COMPARE=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "startup.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
[[ $# -ge 1 ]] || { echo "usage: bench/startup.sh [--runs N] [--flags \"...\"] [--compare] TARGET_JAR [ARGS...]" >&2; exit 2; }
JAR=$1; shift
ARGS=("$@")
[[ -f "$JAR" ]] || { echo "startup.sh: $JAR does not exist (build it first)" >&2; exit 1; }
NAME=$(basename "$JAR" .jar)
mkdir -p "$OUT/cds" "$OUT/logs"

PID=""
stop() { # pid [grace in tenths of a second, default 50]
  local pid=$1 grace=${2:-50}
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq "$grace"); do kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }; sleep 0.1; done
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

# One launch with FLAGS ($1); sets MS to the ms to first 200, or "fail". Not run in a subshell, so the
# EXIT trap always knows the running server.
MS=""
once() { # flags [grace]
  local flags=$1 grace=${2:-50} port t0 code deadline
  port=$(free_port)
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  setsid java $flags -jar "$JAR" --port "$port" "${ARGS[@]}" >"$OUT/logs/startup-$NAME.log" 2>&1 &
  PID=$!
  deadline=$(( t0 + START_TIMEOUT * 1000000000 ))
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 -H 'Authorization: Bearer bench' \
      "http://127.0.0.1:$port$PROBE" || true)
    if [[ "$code" == 200 ]]; then MS=$(( ($(date +%s%N) - t0) / 1000000 )); break; fi
    if ! kill -0 "$PID" 2>/dev/null || [[ $(date +%s%N) -ge $deadline ]]; then MS=fail; break; fi
  done
  stop "$PID" "$grace"; PID=""
}

measure() { # label flags
  local label=$1 flags=$2 i results=() sorted
  for i in $(seq "$RUNS"); do once "$flags"; results+=("$MS"); done
  sorted=$(printf '%s\n' "${results[@]}" | grep -v fail | sort -n || true)
  local fails n
  fails=$(printf '%s\n' "${results[@]}" | grep -c fail || true)
  n=$(printf '%s\n' "$sorted" | grep -c . || true)
  if [[ $n -eq 0 ]]; then
    printf '| %s | `%s` | all %s runs failed | | | |\n' "$label" "$flags" "$RUNS"; return
  fi
  printf '| %s | `%s` | %s | %s | %s | %s |\n' "$label" "${flags:-(none)}" \
    "$(echo "$sorted" | head -n 1)" "$(echo "$sorted" | sed -n "$(( (n + 1) / 2 ))p")" \
    "$(echo "$sorted" | tail -n 1)" "$n ok${fails:+, $fails failed}"
}

JSA="$OUT/cds/$NAME.jsa"
appcds_archive() { # one training run: launch, first 200, SIGTERM; the JVM writes the archive as it exits
  rm -f "$JSA"
  once "-XX:ArchiveClassesAtExit=$JSA" 1200   # writing the archive at exit takes seconds: 120 s grace
  [[ -f "$JSA" ]] || { echo "startup.sh: no AppCDS archive was written (see bench/target/logs)" >&2; return 1; }
}

exec > >(tee "$OUT/startup-$NAME.txt")
{
  echo "## start-up to first 200: $NAME ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "$(nproc) cores, $(java -version 2>&1 | head -n 1), $RUNS runs each, probe $PROBE, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| configuration | JVM flags | min ms | median ms | max ms | runs |"
  echo "|---|---|---:|---:|---:|---|"
  if [[ $COMPARE == 1 ]]; then
    measure default ""
    measure c1 "-XX:TieredStopAtLevel=1"
    measure serialgc "-XX:+UseSerialGC"
    appcds_archive
    measure appcds "-XX:SharedArchiveFile=$JSA"
    measure appcds+c1+serialgc "-XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  else
    measure custom "$FLAGS"
  fi
}
