#!/usr/bin/env bash
# bench/run.sh: the mock and the stub against Prism, WireMock, Jersey on Grizzly returning a fixed string,
# and a bare Grizzly server (issue 7).
#
#   bench/run.sh                         all targets, 10 s per workload after a 20 s warm-up
#   bench/run.sh --duration 2s --warmup 1s --targets stub,prism     a short smoke run
#   bench/run.sh --rounds 3              every target three times, in turn; the table gives medians
#   bench/run.sh --profile --targets mock   also a CPU flame graph of each measured run (async-profiler)
#   bench/run.sh --jmh [JMH ARGS...]     the engine's JMH benchmarks and the heap-per-experiment probe
#   bench/run.sh --help
#
# On a fresh machine (JDK 17, Maven, Node/npm, Debian) it installs what it needs: wrk (apt-get),
# Prism 5.16.0 and js-yaml (npm ci in bench/, pinned by bench/package-lock.json), WireMock standalone
# 3.13.2 (mvn dependency:copy into bench/target/), and builds the stub's and the mock's jars and
# bench/jmh/target/benchmarks.jar when they are missing (a clean clone builds them once, about a minute).
#
# Targets: mock and stub (this project's jars, java -jar), launcher (the mock's distribution as users start it:
# mock-server/target/dist/bin/expcenter-mock, bundled runtime, start-up cache, C1 only), prism, wiremock, and two references from bench/jmh's
# benchmarks.jar: jersey (Jersey on Grizzly, the stub's versions, one resource answering every GET and
# POST under /api/v2 with a fixed 619-byte experiment as a String, no filters: Jersey's own ceiling) and
# bare (the same Grizzly with one HttpHandler writing the same bytes: the ceiling).
# The warm-up is the same for every target; 20 s by default, because on 2 cores the JIT has not
# finished with the Jersey targets after 5 s.
#
# For each target: pick a free loopback port, launch it, time launch -> first 200 (curl every 10 ms),
# prepare data (stateful targets), then for each workload a warm-up and a measured wrk run
# (1 thread, 32 connections, --latency), then read VmRSS of the target's process tree and stop it.
# Workloads (Authorization: Bearer bench on every request):
#   status  POST .../experiments/{id}/status, always 200 (see bench/wrk/status.lua for the design)
#   get     GET  .../experiments/{id}
#   list    GET  .../experiments?take=25
#   write   PATCH .../experiments/{id} over all prepared experiments (3 in 4) and real moves of one (1 in 4):
#           every response differs (see bench/wrk/write.lua)
# Everything binds 127.0.0.1; every step is bounded in time; a trap stops every process it started.
# With --rounds N (default 1) the whole sequence of targets runs N times, so the targets alternate and
# load that drifts during a run hits them alike; the table gives each figure's median over the rounds
# with the range of req/s, and each ratio is taken within a round (median and range over the rounds).
# With --profile, async-profiler (tools.profiler:async-profiler from Maven Central, fetched into bench/target/)
# is attached to each Java target for each measured run only (not the warm-up), sampling CPU time
# (itimer): bench/target/profile/TARGET-WORKLOAD.html (flame graph), .collapsed (stacks) and -top.txt
# (the frames that use the most CPU themselves). Its overhead is in that run's figures.
# Output: one table on stdout and in bench/target/results.md; raw wrk output in bench/target/wrk/
# (with a -rN suffix per round when N > 1), target logs in bench/target/logs/.
#
# Settings (flags or environment): --targets/BENCH_TARGETS (mock,stub,prism,wiremock,jersey,bare; also launcher),
# --rounds/BENCH_ROUNDS (1), --duration/BENCH_DURATION (10s), --warmup/BENCH_WARMUP (20s), --connections/BENCH_CONNECTIONS (32),
# --workloads/BENCH_WORKLOADS (status,get,list,write), BENCH_EXPERIMENTS (200 prepared experiments), BENCH_JAVA_OPTS (JVM flags for every Java target),
# BENCH_STUB_ARGS, BENCH_MOCK_ARGS (default: rate limits lifted), BENCH_PRISM_ARGS, BENCH_WIREMOCK_ARGS,
# BENCH_MOCK_JAR and BENCH_LAUNCHER (another build of the mock or its launcher), BENCH_START_TIMEOUT (60 s), --profile/BENCH_PROFILE=1, --no-install/BENCH_NO_INSTALL=1 (fail instead of installing).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
OUT="$BENCH/target"
SPEC="$ROOT/openapi/openapi.yaml"
STUB_JAR="$ROOT/server-stub/target/expcenter-stub.jar"
MOCK_JAR=${BENCH_MOCK_JAR:-$ROOT/mock-server/target/expcenter-mock.jar}
LAUNCHER=${BENCH_LAUNCHER:-$ROOT/mock-server/target/dist/bin/expcenter-mock}
BENCH_JAR="$BENCH/jmh/target/benchmarks.jar"
WIREMOCK_VERSION=3.13.2
WIREMOCK_JAR="$OUT/wiremock-standalone-$WIREMOCK_VERSION.jar"
PRISM="$BENCH/node_modules/.bin/prism"
AP_VERSION=4.2
case "$(uname -m)" in aarch64|arm64) AP_ARCH=linux-arm64 ;; *) AP_ARCH=linux-x64 ;; esac
AP_LIB="$OUT/async-profiler/$AP_ARCH/libasyncProfiler.so"

TARGETS=${BENCH_TARGETS:-mock,stub,prism,wiremock,jersey,bare}
WORKLOADS=${BENCH_WORKLOADS:-status,get,list,write}
ROUNDS=${BENCH_ROUNDS:-1}
ROUND=1
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
EXPERIMENTS=${BENCH_EXPERIMENTS:-200}
START_TIMEOUT=${BENCH_START_TIMEOUT:-60}
NO_INSTALL=${BENCH_NO_INSTALL:-0}
PROFILE=${BENCH_PROFILE:-0}
TARGET_PID=""
JAVA_OPTS=${BENCH_JAVA_OPTS:-}
LIFTED="--rate-limit 1000000000000 --rate-refill 1000000000"
STUB_ARGS=${BENCH_STUB_ARGS:-$LIFTED}
MOCK_ARGS=${BENCH_MOCK_ARGS:-$LIFTED}
PRISM_ARGS=${BENCH_PRISM_ARGS:-}
# WireMock as its docs advise for load: no request journal (by default it keeps every request, so under
# wrk its heap grows without bound and its throughput falls as the journal fills).
WIREMOCK_ARGS=${BENCH_WIREMOCK_ARGS:---disable-banner --no-request-journal}
JMH=0
JMH_ARGS=()

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --targets) TARGETS=$2; shift 2 ;;
    --workloads) WORKLOADS=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --profile) PROFILE=1; shift ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --no-install) NO_INSTALL=1; shift ;;
    --jmh) JMH=1; shift; JMH_ARGS=("$@"); break ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "--rounds wants a whole number of at least 1, not '$ROUNDS'"

# --- processes we started: one process group each, all stopped on exit --------------------------
STARTED=()
stop_group() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  local pid
  for pid in "${STARTED[@]:-}"; do
    if [[ -n "$pid" ]]; then stop_group "$pid"; fi
  done
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- installing and building what is missing ----------------------------------------------------
need_install() { [[ "$NO_INSTALL" == 1 ]] && die "$1 is missing (and --no-install was given)"; return 0; }

ensure_java_tools() {
  command -v java >/dev/null || die "java (JDK 17+) is required"
  command -v mvn >/dev/null || die "mvn is required"
  command -v curl >/dev/null || die "curl is required"
}

ensure_wrk() {
  command -v wrk >/dev/null && return
  need_install wrk
  log "installing wrk (apt-get)"
  local sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  timeout 600 $sudo apt-get update -qq && timeout 600 $sudo apt-get install -y -qq wrk >/dev/null
  command -v wrk >/dev/null || die "could not install wrk"
}

ensure_node_tools() {
  [[ -x "$PRISM" && -d "$BENCH/node_modules/js-yaml" ]] && return
  need_install "Prism (bench/node_modules)"
  command -v npm >/dev/null || die "npm is required for Prism"
  log "installing Prism and js-yaml (npm ci in bench/)"
  (cd "$BENCH" && timeout 600 npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
}

fetch_artifact() { # group:artifact:version into-directory what
  log "fetching $3 (mvn dependency:copy of $1)"
  mkdir -p "$2"
  (cd "$ROOT" && timeout 600 mvn -B -q -N dependency:copy -Dartifact="$1" -DoutputDirectory="$2") \
    || die "could not fetch $3"
}

ensure_wiremock() {
  [[ -f "$WIREMOCK_JAR" ]] && return
  need_install "WireMock"
  fetch_artifact "org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" "$OUT" "WireMock standalone $WIREMOCK_VERSION"
}

ensure_profiler() {
  [[ -f "$AP_LIB" ]] && return
  need_install "async-profiler"
  fetch_artifact "tools.profiler:async-profiler:$AP_VERSION" "$OUT/async-profiler" "async-profiler $AP_VERSION (for --profile)"
  (cd "$OUT/async-profiler" && jar xf "async-profiler-$AP_VERSION.jar" "$AP_ARCH/libasyncProfiler.so") \
    || die "async-profiler $AP_VERSION has no $AP_ARCH library"
}

# async-profiler in a running JVM, through the JDK's jcmd: start | stop PID FILE-BASE.
profiler() {
  local action=$1 pid=$2 base=$3
  if [[ $action == start ]]; then
    jcmd "$pid" JVMTI.agent_load "$AP_LIB" "\"start,event=itimer,interval=1ms\"" >/dev/null 2>&1
    return
  fi
  jcmd "$pid" JVMTI.agent_load "$AP_LIB" "\"dump,collapsed,file=$base.collapsed\"" >/dev/null 2>&1 \
    && jcmd "$pid" JVMTI.agent_load "$AP_LIB" "\"stop,file=$base.html\"" >/dev/null 2>&1 || return 1
  # The frames that use the most CPU themselves (the last frame of each sampled stack), in % of samples.
  awk '{ n = $NF; $NF = ""; sub(/ $/, ""); k = split($0, f, ";"); self[f[k]] += n; total += n }
       END { for (x in self) printf "%5.1f%%  %s\n", 100 * self[x] / total, x }' "$base.collapsed" \
    | sort -rn | head -n 40 >"$base-top.txt"
}

ensure_jars() {
  local need=()
  [[ ",$TARGETS," == *,stub,* && ! -f "$STUB_JAR" ]] && need+=(server-stub)
  [[ ",$TARGETS," == *,mock,* && ! -f "$MOCK_JAR" ]] && need+=(mock-server)
  if [[ ${#need[@]} -gt 0 ]]; then
    local modules
    modules=$(IFS=,; echo "${need[*]}")
    log "building $modules (mvn -DskipTests -pl $modules -am install)"
    (cd "$ROOT" && timeout 1200 mvn -B -q -DskipTests -Dspec-review.skip -pl "$modules" -am install) \
      || die "build of $modules failed"
  fi
  # A benchmarks.jar built before the jersey target existed lacks its server: rebuild it.
  if [[ -f "$BENCH_JAR" && ",$TARGETS," == *,jersey,* ]] \
      && ! jar tf "$BENCH_JAR" 2>/dev/null | grep -q '^dev/expcenter/bench/JerseyServer.class$'; then
    log "bench/jmh/target/benchmarks.jar has no JerseyServer (built before the jersey target): rebuilding"
    rm -f "$BENCH_JAR"
  fi
  if [[ ! -f "$BENCH_JAR" ]]; then
    log "building bench/jmh/target/benchmarks.jar"
    (cd "$ROOT" && timeout 1200 mvn -B -q -DskipTests -pl bench/jmh -am package) || die "bench build failed"
  fi
}

# --- helpers ------------------------------------------------------------------------------------
now_ns() { date +%s%N; }

free_port() { # below the kernel's ephemeral range, so no outgoing connection can hold it meanwhile
  local p low
  low=$(awk '{print $1}' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  for _ in $(seq 100); do
    p=$(( 20000 + RANDOM % (low - 20000) ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  die "no free port found"
}

# The resident memory (VmRSS) of a process and all its descendants, in KiB.
rss_kib() {
  local pid=$1 total=0 kib child
  kib=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  total=$(( total + ${kib:-0} ))
  for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do
    total=$(( total + $(rss_kib "$child") ))
  done
  echo "$total"
}

# Polls URL every 10 ms until it answers 200; prints ms since T0 (ns). Bounded. (Without the pause,
# starting curl back to back keeps one of the two cores busy and slows the start being measured.)
first_200_ms() {
  local url=$1 t0=$2 pid=$3 code deadline
  deadline=$(( t0 + START_TIMEOUT * 1000000000 ))
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 -H 'Authorization: Bearer bench' "$url" || true)
    if [[ "$code" == 200 ]]; then echo $(( ($(now_ns) - t0) / 1000000 )); return 0; fi
    kill -0 "$pid" 2>/dev/null || return 1
    [[ $(now_ns) -lt $deadline ]] || return 1
    sleep 0.01
  done
}

# wrk output -> "req/s p50_ms p99_ms non2xx socket_errors"
parse_wrk() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { bad = $NF }
    /Socket errors:/ { gsub(",", ""); err = $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %.2f %d %d\n", rps, p50, p99, bad, err }' "$1"
}

round_suffix() { if [[ $ROUNDS -gt 1 ]]; then echo "-r$ROUND"; fi; }
round_note() { if [[ $ROUNDS -gt 1 ]]; then echo "round $ROUND: "; fi; }

drive() { # target workload base prefix ids
  local target=$1 workload=$2 base=$3 prefix=$4 ids=$5 one url
  one=$(head -n 1 "$ids")
  local args=(-t 1 -c "$CONNECTIONS" --timeout 5s -H 'Authorization: Bearer bench')
  case "$workload" in
    status) args+=(-s "$BENCH/wrk/status.lua"); url="$base$prefix/experimentation/experiments" ;;
    get) url="$base$prefix/experimentation/experiments/$(sed -n 2p "$ids")" ;;
    list) url="$base$prefix/experimentation/experiments?take=25" ;;
    write) args+=(-s "$BENCH/wrk/write.lua"); url="$base$prefix/experimentation/experiments" ;;
    *) die "unknown workload $workload (status, get, list, write)" ;;
  esac
  export BENCH_IDS="$ids" BENCH_PREFIX="$prefix"
  if [[ "$WARMUP" != 0 && "$WARMUP" != 0s ]]; then
    timeout 600 wrk "${args[@]}" -d "$WARMUP" "$url" >/dev/null 2>&1 || true
  fi
  local raw="$OUT/wrk/$target-$workload$(round_suffix).txt" prof=""
  if [[ $PROFILE == 1 && "$(cat "/proc/$TARGET_PID/comm" 2>/dev/null)" == java ]]; then
    mkdir -p "$OUT/profile"
    prof="$OUT/profile/$target-$workload$(round_suffix)"
    profiler start "$TARGET_PID" "$prof" || { log "$target: async-profiler did not start"; prof=""; }
  fi
  timeout 600 wrk "${args[@]}" -d "$DURATION" --latency "$url" >"$raw" 2>&1 \
    || log "wrk failed for $target/$workload (see $raw)"
  if [[ -n "$prof" ]]; then
    profiler stop "$TARGET_PID" "$prof" || log "$target: async-profiler did not write $prof.html"
  fi
  parse_wrk "$raw"
}

synthetic_ids() { # stateless targets: made-up, well-formed ids
  local i
  for i in $(seq 1 "$EXPERIMENTS"); do printf 'exp_%022d\n' "$i" | tr 0 z; done
}

# --- one target ---------------------------------------------------------------------------------
declare -A RESULT START RSS NOTE

run_target() {
  local target=$1 port base prefix="/api/v2" probe cmd=() pid t0 ms ids="$OUT/ids-$1.txt" stateful=0
  port=$(free_port); base="http://127.0.0.1:$port"
  case "$target" in
    mock)
      # shellcheck disable=SC2086
      cmd=(java $JAVA_OPTS -jar "$MOCK_JAR" --port "$port" $MOCK_ARGS); stateful=1 ;;
    launcher)
      [[ -x "$LAUNCHER" ]] || die "no distribution in mock-server/target/dist (build mock-server without -Ddist.skip)"
      # shellcheck disable=SC2086
      cmd=(env "EXPCENTER_MOCK_JAVA_OPTS=$JAVA_OPTS" "$LAUNCHER" --port "$port" $MOCK_ARGS); stateful=1 ;;
    stub)
      # shellcheck disable=SC2086
      cmd=(java $JAVA_OPTS -jar "$STUB_JAR" --port "$port" $STUB_ARGS); stateful=1 ;;
    prism)
      # shellcheck disable=SC2086
      cmd=("$PRISM" mock -h 127.0.0.1 -p "$port" $PRISM_ARGS "$SPEC"); prefix="" ;;
    wiremock)
      node "$BENCH/wiremock/mappings.mjs" "$SPEC" "$OUT/wiremock" >/dev/null
      # shellcheck disable=SC2086
      cmd=(java $JAVA_OPTS -jar "$WIREMOCK_JAR" --port "$port" --bind-address 127.0.0.1 --root-dir "$OUT/wiremock" $WIREMOCK_ARGS) ;;
    jersey)
      # shellcheck disable=SC2086
      cmd=(java $JAVA_OPTS -cp "$BENCH_JAR" dev.expcenter.bench.JerseyServer --port "$port") ;;
    bare)
      # shellcheck disable=SC2086
      cmd=(java $JAVA_OPTS -cp "$BENCH_JAR" dev.expcenter.bench.BareServer --port "$port") ;;
    *) die "unknown target $target" ;;
  esac
  probe="$base$prefix/experimentation/experiments?take=25"

  log "$target: starting on port $port$(if [[ $ROUNDS -gt 1 ]]; then echo " (round $ROUND of $ROUNDS)"; fi)"
  t0=$(now_ns)
  setsid "${cmd[@]}" >"$OUT/logs/$target.log" 2>&1 &
  pid=$!
  STARTED+=("$pid")
  if ! ms=$(first_200_ms "$probe" "$t0" "$pid"); then
    NOTE[$target]="$(round_note)failed: no 200 within ${START_TIMEOUT}s (see bench/target/logs/$target.log)"
    log "$target: ${NOTE[$target]}"; stop_group "$pid"; return
  fi
  START[$target/$ROUND]=$ms
  log "$target: first 200 after $ms ms"

  if [[ $stateful == 1 ]]; then
    curl -s -o /dev/null -X POST "$base/__admin/reset" --max-time 5 || true   # the mock's admin reset; a 404 on the stub
    if ! timeout 300 java -cp "$BENCH_JAR" dev.expcenter.bench.Prepare "$base$prefix" "$EXPERIMENTS" "$ids" \
        >>"$OUT/logs/$target-prepare.log" 2>&1; then
      NOTE[$target]="$(round_note)failed: data preparation (see bench/target/logs/$target-prepare.log)"
      log "$target: ${NOTE[$target]}"; stop_group "$pid"; return
    fi
  else
    synthetic_ids >"$ids"
  fi

  local w
  TARGET_PID=$pid
  for w in ${WORKLOADS//,/ }; do
    log "$target: $w (warm-up $WARMUP, measured $DURATION)"
    RESULT[$target/$w/$ROUND]=$(drive "$target" "$w" "$base" "$prefix" "$ids")
  done
  RSS[$target/$ROUND]=$(awk -v k="$(rss_kib "$pid")" 'BEGIN { printf "%.0f", k / 1024 }')
  stop_group "$pid"
  log "$target: done, RSS ${RSS[$target/$ROUND]} MiB"
}

# --- the table ----------------------------------------------------------------------------------
# Medians over the rounds. A figure's values, one per round that produced it:
vals() { # target workload field-number
  local r v
  for r in $(seq 1 "$ROUNDS"); do
    v=${RESULT[$1/$2/$r]:-}
    if [[ -n "$v" ]]; then echo "$v" | awk -v i="$3" '{print $i}'; fi
  done
}
per_round() { # START|RSS target
  local -n by=$1
  local r
  for r in $(seq 1 "$ROUNDS"); do
    if [[ -n "${by[$2/$r]:-}" ]]; then echo "${by[$2/$r]}"; fi
  done
}
# stdin: numbers -> "int": the median, with (min-max) over several; "ms": the median, 2 decimals;
# "sum": the total; "x": a ratio's median, with its range over several.
summary() {
  sort -g | awk -v fmt="$1" '
    NF { a[++n] = $1; s += $1 }
    END {
      if (n == 0) { print (fmt == "x" ? "n/a" : ""); exit }
      m = (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
      if (fmt == "sum") printf "%d\n", s
      else if (fmt == "ms") printf "%.2f\n", m
      else if (fmt == "x") { if (n > 1) printf "%.2fx (%.2f-%.2fx)\n", m, a[1], a[n]; else printf "%.2fx\n", m }
      else if (n > 1) printf "%.0f (%.0f-%.0f)\n", m, a[1], a[n]
      else printf "%.0f\n", m
    }'
}
cell() { vals "$1" "$2" "$3" | summary "$4"; }

ratio() { # a b [workload, default status] -> a/b in req/s on that workload, taken within each round
  local r a b w=${3:-status}
  for r in $(seq 1 "$ROUNDS"); do
    a=$(echo "${RESULT[$1/$w/$r]:-}" | awk '{print $1}'); b=$(echo "${RESULT[$2/$w/$r]:-}" | awk '{print $1}')
    if [[ -n "$a" && -n "$b" && "$b" != 0 ]]; then awk -v a="$a" -v b="$b" 'BEGIN { printf "%.4f\n", a / b }'; fi
  done | summary x
}

table() {
  echo "## expcenter bench: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1);" \
       "wrk 1 thread, $CONNECTIONS connections, $DURATION per workload after a $WARMUP warm-up; $EXPERIMENTS prepared experiments."
  echo
  echo "Load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)."
  if [[ $PROFILE == 1 ]]; then
    echo
    echo "Profiled run: async-profiler sampled the Java targets during each measured run (its overhead is in"
    echo "these figures); flame graphs in bench/target/profile/."
  fi
  if [[ $ROUNDS -gt 1 ]]; then
    echo
    echo "$ROUNDS rounds (every target in turn, then again): each figure is the median over the rounds, req/s with"
    echo "its range (min-max); non-2xx and socket errors are totals."
  fi
  echo
  echo "| target | workload | req/s | p50 ms | p99 ms | non-2xx | socket errors | start-up to first 200 ms | RSS after run MiB |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
  local t w first
  for t in ${TARGETS//,/ }; do
    if [[ -n "${NOTE[$t]:-}" ]]; then echo "| $t | ${NOTE[$t]} | | | | | | $(per_round START "$t" | summary int) | |"; continue; fi
    first=1
    for w in ${WORKLOADS//,/ }; do
      local row
      row="$(cell "$t" $w 1 int) | $(cell "$t" $w 2 ms) | $(cell "$t" $w 3 ms) | $(cell "$t" $w 4 sum) | $(cell "$t" $w 5 sum)"
      if [[ $first == 1 ]]; then
        echo "| $t | $w | $row | $(per_round START "$t" | summary int) | $(per_round RSS "$t" | summary int) |"
      else
        echo "| | $w | $row | | |"
      fi
      first=0
    done
  done
  echo
  echo "Ratios per workload (req/s, within a round; targets: mock >= 8x Prism and >= 2x WireMock on every workload,"
  echo ">= 0.33x bare on status; Jersey on Grizzly with a fixed string is a reference, not a target):"
  echo
  echo "| | workload | vs Prism | vs WireMock | vs Jersey (fixed string) | vs bare Grizzly |"
  echo "|---|---|---:|---:|---:|---:|"
  for t in mock launcher stub; do
    [[ ",$TARGETS," == *,$t,* ]] || continue
    for w in ${WORKLOADS//,/ }; do
      echo "| $t | $w | $(ratio $t prism $w) | $(ratio $t wiremock $w) | $(ratio $t jersey $w) | $(ratio $t bare $w) |"
    done
  done
}

# --- JMH ----------------------------------------------------------------------------------------
run_jmh() {
  ensure_java_tools
  ensure_jars
  mkdir -p "$OUT"
  log "JMH: java -jar $BENCH_JAR ${JMH_ARGS[*]:-} (results: bench/target/jmh.txt, jmh.json)"
  java -jar "$BENCH_JAR" -rf json -rff "$OUT/jmh.json" "${JMH_ARGS[@]}" | tee "$OUT/jmh.txt"
  log "heap per stored experiment (bench/target/heap.txt)"
  java -Xms1g -Xmx1g -XX:+UseSerialGC -cp "$BENCH_JAR" dev.expcenter.bench.HeapPerExperiment 200000 | tee "$OUT/heap.txt"
}

main() {
  if [[ $JMH == 1 ]]; then run_jmh; return; fi
  ensure_java_tools
  ensure_wrk
  [[ ",$TARGETS," == *,prism,* || ",$TARGETS," == *,wiremock,* ]] && ensure_node_tools
  [[ ",$TARGETS," == *,wiremock,* ]] && ensure_wiremock
  [[ $PROFILE == 1 ]] && ensure_profiler
  ensure_jars
  mkdir -p "$OUT/wrk" "$OUT/logs"
  LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
  local t
  for ROUND in $(seq 1 "$ROUNDS"); do
    for t in ${TARGETS//,/ }; do run_target "$t"; done
  done
  table | tee "$OUT/results.md"
  log "table written to bench/target/results.md"
}

main
