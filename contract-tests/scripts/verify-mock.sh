#!/usr/bin/env bash
# Verifies every committed consumer pact against the running mock with the official standalone Pact
# verifier (npm @pact-foundation/pact-cli, pinned in package-lock.json): the way non-JVM consumer
# teams verify. Provider states go through the mock's POST /__admin/provider-states.
#
#   contract-tests/scripts/verify-mock.sh            # starts the mock jar on a free port, verifies, stops it
#   contract-tests/scripts/verify-mock.sh 4010       # verifies a mock already running on 127.0.0.1:4010
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VERIFIER="$ROOT/node_modules/.bin/pact-verifier"
[[ -x "$VERIFIER" ]] || { echo "verify-mock: run 'npm ci' at the repository root first" >&2; exit 2; }

PORT="${1:-}"
MOCK_PID=""
cleanup() {
  if [[ -n "$MOCK_PID" ]]; then
    kill "$MOCK_PID" 2>/dev/null || true
    wait "$MOCK_PID" 2>/dev/null || true   # the mock's own exit status (143 on SIGTERM) is not ours
  fi
}
trap cleanup EXIT

if [[ -z "$PORT" ]]; then
  JAR="$ROOT/mock-server/target/expcenter-mock.jar"
  [[ -f "$JAR" ]] || { echo "verify-mock: $JAR is missing; build it with mvn -B -DskipTests install" >&2; exit 2; }
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  LOG="$ROOT/contract-tests/target/verify-mock.log"
  mkdir -p "$(dirname "$LOG")"
  java -jar "$JAR" --host 127.0.0.1 --port "$PORT" > "$LOG" 2>&1 &
  MOCK_PID=$!
  for _ in $(seq 1 150); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/__admin/health" && break
    kill -0 "$MOCK_PID" 2>/dev/null || { echo "verify-mock: the mock did not start:" >&2; cat "$LOG" >&2; exit 1; }
    sleep 0.2
  done
fi

"$VERIFIER" --loglevel warn \
  --dir "$ROOT/contract-tests/pacts" \
  --provider-name expcenter \
  --hostname 127.0.0.1 --port "$PORT" \
  --state-change-url "http://127.0.0.1:$PORT/__admin/provider-states" \
  --state-change-teardown
