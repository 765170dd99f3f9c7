#!/usr/bin/env bash
# bench/startup.sh: start-up to first 200 of a server jar, over several runs, with optional JVM flags.
#
#   bench/startup.sh [--runs N] [--flags "JVM FLAGS"] [--compare | --distribution] [--variant 'LABEL|JAR|FLAGS']... TARGET_JAR [ARGS...]
#
# Each run: pick a free loopback port, launch `java FLAGS -jar TARGET_JAR --port PORT ARGS...`, poll
# http://127.0.0.1:PORT$BENCH_PROBE_PATH (default /api/v2/experimentation/experiments?take=25, with
# Authorization: Bearer bench) with curl every 10 ms until it answers 200 (a poll with no pause would
# keep one of two cores busy starting curl, and slow the start it measures by 20-30 %), record the ms since
# launch, stop the server (SIGTERM, then SIGKILL after 5 s). Prints min / median / max per configuration,
# of the wall time and of the CPU time the JVM had used by then (user + system, all threads, from
# /proc/PID/stat): on a loaded machine the wall time mostly says how busy the other processes were,
# the CPU time says how much work start-up is. Configurations run interleaved (one run of each, then
# the next round), so load that drifts during the run hits them alike.
#
# --variant 'LABEL|JAR|FLAGS' (repeatable) adds a configuration with another jar (e.g. a copy of an older
# build) or other flags; empty JAR means TARGET_JAR. For A/B comparisons of builds in one run. A JAR of
# exec:PATH runs PATH --port PORT ARGS... instead of java (FLAGS ignored): a launcher script that execs java,
# so the process measured is still the JVM.
#
# --distribution runs the three ways a user starts the mock (TARGET_JAR is then the mock's jar):
#   launcher                   mock-server/target/dist/bin/expcenter-mock (bundled runtime, start-up cache, C1)
#   ./mock                     the repository's script (the launcher when the distribution is current)
#   java -jar                  java -jar TARGET_JAR, no flags
#
# --compare runs a fixed set of configurations, to find what brings start-up toward 0.5 s:
#   default                    no flags
#   c1                         -XX:TieredStopAtLevel=1 (C1 only: less JIT work while starting)
#   serialgc                   -XX:+UseSerialGC (no G1 threads and regions to set up)
#   appcds                     -XX:SharedArchiveFile=bench/target/cds/NAME.jsa, an AppCDS archive of the
#                              classes a first run loaded, written by -XX:ArchiveClassesAtExit (one
#                              training run: launch, first 200, SIGTERM)
#   appcds+c1                  both (what ./mock uses)
#   appcds+c1+serialgc         all three
# Results go to stdout and bench/target/startup-NAME.txt. Bounded: 60 s per launch (BENCH_START_TIMEOUT).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/bench/target"
RUNS=10
FLAGS=""
COMPARE=0
DISTRIBUTION=0
VARIANTS=()
PROBE=${BENCH_PROBE_PATH:-/api/v2/experimentation/experiments?take=25}
START_TIMEOUT=${BENCH_START_TIMEOUT:-60}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --flags) FLAGS=$2; shift 2 ;;
    --compare) COMPARE=1; shift ;;
    --distribution) DISTRIBUTION=1; shift ;;
    --variant) VARIANTS+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "startup.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
[[ $# -ge 1 ]] || { echo "usage: bench/startup.sh [--runs N] [--flags \"...\"] [--compare | --distribution] TARGET_JAR [ARGS...]" >&2; exit 2; }
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

# One launch with FLAGS ($1) of JAR ($3, default TARGET_JAR); sets MS to the ms to first 200, or "fail",
# and CPU to the JVM's CPU ms by then. Not run in a subshell, so the EXIT trap always knows the server.
MS=""
CPU=""
CLK=$(getconf CLK_TCK 2>/dev/null || echo 100)
once() { # flags [grace] [jar]
  local flags=$1 grace=${2:-50} jar=${3:-$JAR} port t0 code deadline
  port=$(free_port)
  t0=$(date +%s%N)
  if [[ "$jar" == exec:* ]]; then
    setsid "${jar#exec:}" --port "$port" "${ARGS[@]}" >"$OUT/logs/startup-$NAME.log" 2>&1 &
  else
    # shellcheck disable=SC2086
    setsid java $flags -jar "$jar" --port "$port" "${ARGS[@]}" >"$OUT/logs/startup-$NAME.log" 2>&1 &
  fi
  PID=$!
  deadline=$(( t0 + START_TIMEOUT * 1000000000 ))
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 -H 'Authorization: Bearer bench' \
      "http://127.0.0.1:$port$PROBE" || true)
    if [[ "$code" == 200 ]]; then
      MS=$(( ($(date +%s%N) - t0) / 1000000 ))
      # Fields 14 and 15 of /proc/PID/stat (the comm field "(java)" has no spaces): utime, stime in ticks.
      CPU=$(awk -v clk="$CLK" '{ printf "%d", ($14 + $15) * 1000 / clk }' "/proc/$PID/stat" 2>/dev/null || echo fail)
      break
    fi
    if ! kill -0 "$PID" 2>/dev/null || [[ $(date +%s%N) -ge $deadline ]]; then MS=fail; CPU=fail; break; fi
    sleep 0.01
  done
  stop "$PID" "$grace"; PID=""
}

# Figures of one configuration: "min | median | max" of the numbers given (fail ignored).
stats() {
  local sorted n
  sorted=$(printf '%s\n' "$@" | grep -v fail | sort -n || true)
  n=$(printf '%s\n' "$sorted" | grep -c . || true)
  if [[ $n -eq 0 ]]; then echo "| | |"; return; fi
  echo "$(echo "$sorted" | head -n 1) | $(echo "$sorted" | sed -n "$(( (n + 1) / 2 ))p") | $(echo "$sorted" | tail -n 1)"
}

# measure LABEL|JAR|FLAGS ...: RUNS rounds, each one launch of every configuration in turn.
measure() {
  local -A walls cpus
  local v label jar flags i
  for i in $(seq "$RUNS"); do
    for v in "$@"; do
      IFS='|' read -r label jar flags <<<"$v"
      once "$flags" 50 "${jar:-$JAR}"
      walls[$label]+="$MS "; cpus[$label]+="$CPU "
    done
  done
  for v in "$@"; do
    IFS='|' read -r label jar flags <<<"$v"
    local w c fails
    # shellcheck disable=SC2206
    w=(${walls[$label]}); c=(${cpus[$label]})
    fails=$(printf '%s\n' "${w[@]}" | grep -c fail || true)
    printf '| %s | `%s` | %s | %s | %s ok, %s failed |\n' "$label${jar:+ ($(basename "${jar#exec:}"))}" "${flags:-(none)}" \
      "$(stats "${w[@]}")" "$(stats "${c[@]}")" "$(( ${#w[@]} - fails ))" "$fails"
  done
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
  echo "| configuration | JVM flags | wall min ms | wall median ms | wall max ms | CPU min ms | CPU median ms | CPU max ms | runs |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---|"
  CONFIGS=()
  if [[ $COMPARE == 1 ]]; then
    appcds_archive
    CONFIGS+=("default||" "c1||-XX:TieredStopAtLevel=1" "serialgc||-XX:+UseSerialGC" "appcds||-XX:SharedArchiveFile=$JSA"
      "appcds+c1||-XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1"
      "appcds+c1+serialgc||-XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
  elif [[ $DISTRIBUTION == 1 ]]; then
    [[ -x "$ROOT/mock-server/target/dist/bin/expcenter-mock" ]] \
      || { echo "startup.sh: no distribution in mock-server/target/dist (build mock-server without -Ddist.skip)" >&2; exit 1; }
    CONFIGS+=("launcher|exec:$ROOT/mock-server/target/dist/bin/expcenter-mock|" "./mock|exec:$ROOT/mock|" "java -jar||")
  elif [[ ${#VARIANTS[@]} -eq 0 || -n "$FLAGS" ]]; then
    CONFIGS+=("custom||$FLAGS")
  fi
  measure "${CONFIGS[@]}" "${VARIANTS[@]}"
  echo
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
