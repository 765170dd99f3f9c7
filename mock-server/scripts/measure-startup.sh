#!/usr/bin/env bash
# Time from launch to the first 200 on GET /api/v2/experimentation/experiments, in ms.
# Usage: measure-startup.sh RUNS [java options...]   e.g. measure-startup.sh 5 -XX:TieredStopAtLevel=1
set -euo pipefail
JAR="$(cd "$(dirname "$0")/.." && pwd)/target/expcenter-mock.jar"
RUNS="${1:-5}"; shift || true
PORT="${MOCK_PORT:-4399}"
for _ in $(seq "$RUNS"); do
  start=$(date +%s%N)
  java "$@" -jar "$JAR" --port "$PORT" >/dev/null 2>&1 &
  pid=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer t' \
      "http://127.0.0.1:$PORT/api/v2/experimentation/experiments" 2>/dev/null)" == 200 ]]; do
    sleep 0.01
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
