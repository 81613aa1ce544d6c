#!/usr/bin/env bash
# Subscriptions under load (issue 18; docs/benchmarks.md, "Live updates"): builds the jar if
# needed, starts it on a fresh H2 database with the container image's memory options, and runs
# bench/live/subscribers.mjs against it. Run it alone on the machine.
#
#   bash bench/live/run.sh [--subscribers 1000] [--writes 60] [--warmup 10]
#
# Needs Node.js 20+ and clients/node_modules (cd clients && npm ci).
set -euo pipefail
cd "$(dirname "$0")/../.."
APP=target/quarkus-app
[ -f "$APP/quarkus-run.jar" ] || ./mvnw -q -B package -DskipTests
[ -d clients/node_modules/graphql-ws ] || (cd clients && npm ci --no-audit --no-fund)
PORT=${BENCH_PORT:-8097}
DATA=$(mktemp -d)
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000 -Djdk.nio.maxCachedBufferSize=262144}
export ACCORD_TOKEN=${ACCORD_TOKEN:-$(bash scripts/dev-token.sh --minutes 120)}
# A WebSocket per subscriber: more open files than the default soft limit of some shells.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
MALLOC_ARENA_MAX=2 QUARKUS_PROFILE=local QUARKUS_HTTP_PORT=$PORT ACCORD_H2_PATH=$DATA/accord \
  java $JAVA_OPTS -jar "$APP/quarkus-run.jar" >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready" && break; sleep 0.5; done
echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD), server JAVA_OPTS=$JAVA_OPTS" >&2
status=0
node bench/live/subscribers.mjs --url "http://localhost:$PORT" --token "$ACCORD_TOKEN" --pid "$SERVER" "$@" || status=$?
exit $status
