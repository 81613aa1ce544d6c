#!/bin/bash
# Records the JDK's AOT cache (/deployments/app.aot, JEP 483 and 515) inside the image, with the
# image's own JVM and the JVM options the container starts with ($JAVA_OPTS, $JAVA_OPTS_APPEND): a cache only
# maps on the JVM build and class path that wrote it, so it cannot come from the build host.
#
# The training run starts Accord, sends it the reads a frontend sends (the traversal from mediator
# to commitments, overdue commitments, a timeline, search, an events page) for TRAINING_SECONDS,
# and stops it with SIGTERM; the JVM writes the cache as it exits. The cache then holds the classes
# that start-up and these requests load and link, and the method profiles of those requests, so a
# container starts with them instead of loading, linking and profiling them again.
#
# The H2 build trains on a throw-away database that it seeds itself. The PostgreSQL build trains on
# the database given as build arguments TRAINING_DATASOURCE_URL, _USERNAME and _PASSWORD (only
# reads are sent; visible in the image's history, so use a throw-away database). Without them the
# cache holds start-up up to the first database connection, which fails: less, since the rest of the
# start, the first requests and their method profiles are then not in it.
# Needs only bash and coreutils: requests go through bash's /dev/tcp.
#
# scripts/measure-startup.sh records its caches with this script too, outside a container, through
# these variables: AOT_APP_DIR (the quarkus-app directory, /deployments by default), AOT_CACHE (the
# cache's file name there, app.aot by default), TRAINING_PORT,
# TRAINING_H2_PATH (the H2 database to train on), TRAINING_QUERIES_FILE (one JSON body per line,
# instead of the queries below; the first must answer with a "totalCount", "name" or "__typename").
set -euo pipefail
cd "${AOT_APP_DIR:-/deployments}"
PORT=${TRAINING_PORT:-18089}
SECONDS_TO_TRAIN=${TRAINING_SECONDS:-20}
CACHE=${AOT_CACHE:-app.aot}
read -ra opts <<<"${JAVA_OPTS:-} ${JAVA_OPTS_APPEND:-}"

db_opts=(-Daccord.h2.path="${TRAINING_H2_PATH:-/tmp/aot-training/accord}")
if [[ -n "${TRAINING_DATASOURCE_URL:-}" ]]; then
  db_opts=(-Dquarkus.datasource.jdbc.url="$TRAINING_DATASOURCE_URL"
           -Dquarkus.datasource.username="${TRAINING_DATASOURCE_USERNAME:-}"
           -Dquarkus.datasource.password="${TRAINING_DATASOURCE_PASSWORD:-}")
fi
java "${opts[@]}" -XX:AOTCacheOutput="$CACHE" "${db_opts[@]}" -Dquarkus.flyway.connect-retries=0 -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.http.port="$PORT" -jar quarkus-run.jar >/tmp/aot-training.log 2>&1 &
pid=$!

# finish MESSAGE: waits for the JVM to write the cache as it exits, checks it, and says MESSAGE
finish() {
  wait $pid || true
  [[ -s "$CACHE" ]] || { echo "train-aot-cache: no AOT cache was written:"; cat /tmp/aot-training.log; exit 1; }
  echo "train-aot-cache: $1; $CACHE is $(du -m "$CACHE" | cut -f1) MB"
  rm -rf /tmp/aot-training /tmp/aot-training.log
}

# post BODY: prints the response (HTTP/1.1, the server closes the connection after it)
post() {
  exec 3<>/dev/tcp/127.0.0.1/$PORT || return 1
  printf 'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s' \
    "${#1}" "$1" >&3
  cat <&3
  exec 3<&-
}

queries=(
  '{"query":"{ actors(first: 20) { nodes { name mediatedEvents(kind: MEETING, first: 10) { totalCount nodes { title start { edtf } commitments { description status deadline { edtf } obligors { name } } } } } } }"}'
  '{"query":"{ commitments(filter: {overdueAsOf: \"2026-01-01\"}, first: 20) { totalCount nodes { description status deadline { edtf latest } obligors { name } madeAt { title } } } }"}'
  '{"query":"{ processes(first: 5) { nodes { name timeline(first: 20) { totalCount nodes { __typename ... on Event { title start { edtf } } ... on Statement { kind summary } ... on CommitmentStatusChange { status note } } } } } }"}'
  '{"query":"{ search(text: \"Armenia\", first: 10) { totalCount nodes { __typename ... on Actor { name } ... on Event { title } ... on Statement { summary } ... on Commitment { description } } } }"}'
  '{"query":"{ events(first: 20) { totalCount nodes { title kind start { edtf } place { name } participants { role actor { name } } } } }"}'
)
[[ -n "${TRAINING_QUERIES_FILE:-}" ]] && mapfile -t queries <"$TRAINING_QUERIES_FILE"

for _ in $(seq 1 600); do
  if ! kill -0 $pid 2>/dev/null; then
    if [[ -z "${TRAINING_DATASOURCE_URL:-}" ]] && grep -q 'Driver does not support the provided URL' /tmp/aot-training.log; then
      # the PostgreSQL build, without a database to train on: the JVM wrote the cache of the start
      # up to the first connection as it exited
      finish "PostgreSQL build without TRAINING_DATASOURCE_URL: recorded start-up up to the first connection only"
      exit 0
    fi
    echo "train-aot-cache: the server exited:"; cat /tmp/aot-training.log; exit 1
  fi
  post "${queries[0]}" 2>/dev/null | grep -qE '"(totalCount|name|__typename)"' && break
  sleep 0.1
done
end=$((SECONDS + SECONDS_TO_TRAIN)) sent=0
while (( SECONDS < end )); do
  for q in "${queries[@]}"; do
    answer=$(post "$q")
    if [[ "$answer" != *'"data"'* || "$answer" == *'"errors"'* ]]; then
      echo "train-aot-cache: a training query failed: $q"; echo "$answer"; kill $pid; exit 1
    fi
    sent=$((sent + 1))
  done
done
kill -TERM $pid
finish "$sent requests in ${SECONDS_TO_TRAIN} s"
