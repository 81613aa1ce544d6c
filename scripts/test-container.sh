#!/usr/bin/env bash
# The container test: builds the JVM image from src/main/docker/Dockerfile.jvm and runs it as
# production does, two containers of the PostgreSQL build on one PostgreSQL database, with podman.
# It checks, and exits non-zero with "FAIL: ..." when one does not hold:
#   - the image builds, and its AOT cache is recorded (on a throw-away training database);
#   - each container, with the manifest's memory limit, answers GraphQL; the first migrates and
#     seeds the empty database, the second starts on it (a new replica); the time from `podman run`
#     to the first answer and the RSS of the JVM right after it are printed;
#   - the JVM uses the image's AOT cache (-XX:AOTMode=on: without a cache it can use, it stops);
#   - the liveness, readiness and startup probes of the Kubernetes manifest answer UP on both;
#   - a mutation through one container (a bearer token signed with a key made here and verified as
#     in production) is read back through the other;
#   - SIGTERM while a request is in flight (held on a table lock in PostgreSQL): readiness goes
#     DOWN, the request still gets its answer, the container exits with 143 within the manifest's
#     shutdown delay plus Quarkus' shutdown timeout, and the other container keeps answering;
#   - the H2 image (target/quarkus-app) builds, training on its own database, starts on an empty
#     volume, takes a write, stops with 143 on SIGTERM, and after a restart on the same volume
#     reads the write back.
#
# Usage: scripts/test-container.sh   (after ./mvnw verify, which writes the PostgreSQL build to
#                                     target/postgresql-it; or set ACCORD_CONTAINER_APP)
# Needs, as root: podman, runc, mmdebstrap and PostgreSQL from Debian's packages
# (scripts/install-test-tools.sh installs them), openssl, curl, and a Java 25 JDK (JDK25_HOME, or
# /usr/lib/jvm/*25*) to put in the base image. No image registry is needed: the base image is made
# from Debian's packages with mmdebstrap and `podman import` (localhost/accord-base-jdk25, kept
# between runs), and the Dockerfile takes it as its BASE_IMAGE.
# podman runs with runc and cgroupfs (crun fails on hybrid cgroup hosts), host networking, and
# ulimits below the host's.
set -euo pipefail
cd "$(dirname "$0")/.."

APP=${ACCORD_CONTAINER_APP:-target/postgresql-it/quarkus-app}
MANIFEST=${ACCORD_CONTAINER_MANIFEST:-$(dirname "$APP")/kubernetes/kubernetes.yml}
JDK25="${JDK25_HOME:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)}"
PODMAN=(podman --runtime runc --cgroup-manager=cgroupfs)
RUN_OPTS=(--network host --ulimit nofile=10000:10000 --ulimit nproc=5000:5000)
BASE=localhost/accord-base-jdk25
IMAGE=localhost/accord-postgresql:container-test
H2_APP=${ACCORD_CONTAINER_H2_APP:-target/quarkus-app}
H2_IMAGE=localhost/accord:container-test
ISSUER=accord-container-test
WORK=$(mktemp -d)
chmod 755 "$WORK"

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }
now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $(( t / 1000 )); }
# from /: the postgres user may not enter the directory this script runs in
as_postgres() { (cd / && runuser -u postgres -- "$@"); }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

for tool in podman runc mmdebstrap openssl curl python3; do
  command -v "$tool" >/dev/null || fail "$tool not found (scripts/install-test-tools.sh installs the container test's tools)"
done
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x "$PGBIN/initdb" ]] || fail "no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)"
[[ -x "$JDK25/bin/java" ]] || fail "no Java 25 JDK: set JDK25_HOME"
[[ -f "$APP/quarkus-run.jar" ]] || fail "no $APP/quarkus-run.jar: run ./mvnw verify first (it writes the PostgreSQL build there)"
[[ -f "$MANIFEST" ]] || fail "no Kubernetes manifest at $MANIFEST"

CONTAINERS=()
cleanup() {
  local status=$?
  for c in "${CONTAINERS[@]}"; do
    if (( status != 0 )); then echo "--- log of $c:" >&2; "${PODMAN[@]}" logs "$c" 2>&1 | tail -40 >&2 || true; fi
    "${PODMAN[@]}" rm -f "$c" >/dev/null 2>&1 || true
  done
  [[ -n "${PGDATA:-}" ]] && as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

step "base image $BASE (Debian bookworm and $("$JDK25/bin/java" -version 2>&1 | head -1))"
if ! "${PODMAN[@]}" image exists "$BASE"; then
  mmdebstrap --quiet --variant=apt --include=ca-certificates bookworm "$WORK/base.tar" \
    --customize-hook="mkdir -p \"\$1/opt/java\" && cp -a '$JDK25' \"\$1/opt/java/openjdk\""
  "${PODMAN[@]}" import --quiet \
    --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV JAVA_HOME=/opt/java/openjdk' "$WORK/base.tar" "$BASE" >/dev/null
  rm -f "$WORK/base.tar"
fi

step "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'), with password authentication over TCP"
PGPORT=$(free_port)
PGDATA="$WORK/pg/data"
PGPASS=$(openssl rand -hex 12)
mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
as_postgres "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 >/dev/null
as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$WORK/pg/server.log" -w \
  -o "-p $PGPORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null
psql_as() { local user=$1; shift; as_postgres psql -q -v ON_ERROR_STOP=1 -h "$WORK/pg" -p "$PGPORT" -U "$user" "$@"; }
psql_as postgres -d postgres -c "create role accord login password '$PGPASS'" \
  -c "create database accord owner accord" -c "create database accord_training owner accord"
JDBC=jdbc:postgresql://127.0.0.1:$PGPORT

# build_image TAG APP [--build-arg ...]: builds Dockerfile.jvm from the quarkus-app directory APP
build_image() {
  local tag=$1 app=$2 context="$WORK/context-${1##*:}"; shift 2
  mkdir -p "$context/target" "$context/src/main/docker"
  cp -a "$app" "$context/target/quarkus-app"
  cp src/main/docker/train-aot-cache.sh "$context/src/main/docker/"
  # --no-cache: the training must run in every test, also where an earlier run left its layers
  "${PODMAN[@]}" build --no-cache --network host -f src/main/docker/Dockerfile.jvm --build-arg BASE_IMAGE="$BASE" "$@" \
    -t "$tag" "$context" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; fail "$tag did not build"; }
  grep 'train-aot-cache:' "$WORK/build.log" || fail "the build of $tag ran no AOT training"
  rm -rf "$context"
}

step "image $IMAGE from src/main/docker/Dockerfile.jvm ($APP, AOT cache trained on accord_training)"
build_image "$IMAGE" "$APP" --build-arg TRAINING_DATASOURCE_URL="$JDBC/accord_training" \
  --build-arg TRAINING_DATASOURCE_USERNAME=accord --build-arg TRAINING_DATASOURCE_PASSWORD="$PGPASS"

# a key pair of this run: the containers verify tokens with its public key, as production servers do
mkdir -p "$WORK/keys"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/keys/public.pem"
chmod 755 "$WORK/keys" && chmod 644 "$WORK/keys/public.pem"
TOKEN=$(bash scripts/dev-token.sh --key "$WORK/private.pem" --issuer "$ISSUER" --roles editor)

# the settings the manifest gives every pod, as literal values (name:/value: pairs under env:)
SHUTDOWN_DELAY=$(awk '/name: QUARKUS_SHUTDOWN_DELAY/ {getline; gsub(/[" ]|value:/, ""); print}' "$MANIFEST")
[[ "$SHUTDOWN_DELAY" =~ ^[0-9]+s$ ]] || fail "no QUARKUS_SHUTDOWN_DELAY in seconds in $MANIFEST (found '$SHUTDOWN_DELAY')"
MEMORY_LIMIT=$(awk '/limits:/ {limits = 1} limits && /memory:/ {gsub(/[" ]|memory:/, ""); print; exit}' "$MANIFEST")
[[ "$MEMORY_LIMIT" =~ ^[0-9]+Mi$ ]] || fail "no memory limit in Mi in $MANIFEST (found '$MEMORY_LIMIT')"
SHUTDOWN_TIMEOUT_S=$(grep -E '^quarkus.shutdown.timeout=[0-9]+s$' src/main/resources/application.properties | sed 's/.*=//; s/s$//')

created_id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["createActor"]["actor"]["id"])' 2>/dev/null; }
graphql() { # PORT BODY [TOKEN] -> prints the response body
  curl -s -m 30 -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} -d "$2" "http://127.0.0.1:$1/graphql"
}

# start NAME PORT WHAT IMAGE [podman options]: starts a container, waits for its first GraphQL
# answer, prints its figures
start() {
  local name=$1 port=$2 what=$3 image=$4 t0 t1 body pid rss
  shift 4
  t0=$(now_ms)
  "${PODMAN[@]}" run -d --name "$name" "${RUN_OPTS[@]}" --memory "${MEMORY_LIMIT%Mi}m" -v "$WORK/keys:/keys:ro" \
    -e QUARKUS_HTTP_PORT="$port" -e MP_JWT_VERIFY_PUBLICKEY_LOCATION=/keys/public.pem -e MP_JWT_VERIFY_ISSUER="$ISSUER" \
    -e QUARKUS_SHUTDOWN_DELAY="$SHUTDOWN_DELAY" -e JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$@" "$image" >/dev/null
  CONTAINERS+=("$name")
  while true; do
    body=$(graphql "$port" '{"query":"{ sources(first: 0) { totalCount } }"}' || true)
    [[ "$body" == *'"totalCount":'* ]] && break
    [[ "$("${PODMAN[@]}" inspect -f '{{.State.Running}}' "$name")" == true ]] || fail "$name exited before answering"
    (( $(now_ms) - t0 < 180000 )) || fail "$name gave no answer within 180 s"
    sleep 0.05
  done
  t1=$(now_ms)
  pid=$("${PODMAN[@]}" inspect -f '{{.State.Pid}}' "$name")
  rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
  echo "$name: first answer $(( t1 - t0 )) ms after podman run ($what); JVM RSS then $rss MiB; $("${PODMAN[@]}" logs "$name" 2>&1 | grep -o 'started in [0-9.]*s' | head -1)"
}

step "two containers on one database"
PORT_A=$(free_port); PORT_B=$(free_port)
PG_ENV=(-e QUARKUS_DATASOURCE_JDBC_URL="$JDBC/accord" -e QUARKUS_DATASOURCE_USERNAME=accord -e QUARKUS_DATASOURCE_PASSWORD="$PGPASS")
start accord-a "$PORT_A" "empty database: migration and seed" "$IMAGE" "${PG_ENV[@]}"
start accord-b "$PORT_B" "seeded database: a new replica" "$IMAGE" "${PG_ENV[@]}"

step "the manifest's probes ($MANIFEST)"
probes=$(grep -A4 -E '^ *(liveness|readiness|startup)Probe:' "$MANIFEST" | awk '/path:/ {print $2}' | tr -d '"' | sort -u)
[[ $(wc -l <<<"$probes") -ge 2 ]] || fail "found fewer than two probe paths in $MANIFEST"
for port in "$PORT_A" "$PORT_B"; do
  for path in $probes; do
    code=$(curl -s -o "$WORK/probe" -w '%{http_code}' "http://127.0.0.1:$port$path")
    [[ "$code" == 200 ]] && grep -q '"status": *"UP"' "$WORK/probe" || fail "probe $path on port $port answered $code: $(cat "$WORK/probe")"
    echo "$path on port $port: 200 UP"
  done
done

step "write through accord-a, read through accord-b"
name="Container test actor $(date +%s%N)"
created=$(graphql "$PORT_A" "{\"query\":\"mutation { createActor(input: {name: \\\"$name\\\", kind: PERSON}) { actor { id name } } }\"}" "$TOKEN")
id=$(created_id <<<"$created") \
  || fail "createActor through accord-a: $created"
refused=$(graphql "$PORT_A" '{"query":"mutation { createActor(input: {name: \"x\", kind: PERSON}) { actor { id } } }"}')
[[ "$refused" == *'"code":"UNAUTHENTICATED"'* ]] || fail "a mutation without a token was not refused: $refused"
read_back=$(graphql "$PORT_B" "{\"query\":\"{ actor(id: \\\"$id\\\") { name } }\"}")
[[ "$read_back" == *"\"name\":\"$name\""* ]] || fail "accord-b does not read what accord-a wrote: $read_back"
echo "created $id through accord-a; accord-b reads it: $read_back"

step "SIGTERM to accord-b while a request is in flight"
# hold an exclusive lock on the actor table for 4 s: the read sent to accord-b waits on it
psql_as accord -d accord -c "begin; lock table actor in access exclusive mode; select pg_sleep(4); commit;" >/dev/null &
locker=$!
for _ in $(seq 1 100); do
  [[ $(psql_as postgres -d accord -tA -c "select count(*) from pg_locks where relation = 'actor'::regclass and mode = 'AccessExclusiveLock' and granted") == 1 ]] && break
  sleep 0.05
done
curl -s -m 40 -o "$WORK/inflight" -w '%{http_code}' -H 'Content-Type: application/json' \
  -d "{\"query\":\"{ actor(id: \\\"$id\\\") { name } }\"}" "http://127.0.0.1:$PORT_B/graphql" >"$WORK/inflight.code" &
request=$!
for _ in $(seq 1 100); do
  [[ $(psql_as postgres -d accord -tA -c "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and usename = 'accord'") -ge 1 ]] && break
  sleep 0.05
done
[[ $(psql_as postgres -d accord -tA -c "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and usename = 'accord'") -ge 1 ]] \
  || fail "the request to accord-b is not waiting on the lock"
t_term=$(now_ms)
"${PODMAN[@]}" kill --signal TERM accord-b >/dev/null
sleep 0.5
ready=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT_B/q/health/ready" || true)
[[ "$ready" == 503 ]] || fail "readiness of accord-b during the shutdown delay answered $ready, not 503"
echo "readiness of accord-b after SIGTERM: 503 (DOWN)"
wait "$request" || true
wait "$locker" || true
[[ "$(cat "$WORK/inflight.code")" == 200 ]] && grep -q "\"name\":\"$name\"" "$WORK/inflight" \
  || fail "the request in flight at SIGTERM got $(cat "$WORK/inflight.code"): $(cat "$WORK/inflight")"
echo "the request in flight was answered $(( $(now_ms) - t_term )) ms after SIGTERM: $(cat "$WORK/inflight")"
exit_code=$("${PODMAN[@]}" wait accord-b)
t_exit=$(now_ms)
limit_ms=$(( (${SHUTDOWN_DELAY%s} + SHUTDOWN_TIMEOUT_S) * 1000 ))
[[ "$exit_code" == 143 ]] || fail "accord-b exited with $exit_code, not 143"
(( t_exit - t_term <= limit_ms )) || fail "accord-b took $(( t_exit - t_term )) ms to stop (limit $limit_ms ms)"
echo "accord-b exited with 143, $(( t_exit - t_term )) ms after SIGTERM (delay $SHUTDOWN_DELAY, limit $limit_ms ms)"
after=$(graphql "$PORT_A" "{\"query\":\"{ actor(id: \\\"$id\\\") { name } }\"}")
[[ "$after" == *"\"name\":\"$name\""* ]] || fail "accord-a no longer answers: $after"
echo "accord-a still answers"

step "the H2 image $H2_IMAGE ($H2_APP): trained on its own database, a volume, a restart"
[[ -f "$H2_APP/quarkus-run.jar" ]] || fail "no $H2_APP/quarkus-run.jar: run ./mvnw verify first"
"${PODMAN[@]}" rm -f accord-a >/dev/null
build_image "$H2_IMAGE" "$H2_APP"
mkdir -p "$WORK/h2data" && chown 185 "$WORK/h2data"
PORT_H2=$(free_port)
start accord-h2 "$PORT_H2" "H2 image, empty volume: migration and seed" "$H2_IMAGE" -v "$WORK/h2data:/deployments/data"
h2_name="H2 container actor $(date +%s%N)"
created=$(graphql "$PORT_H2" "{\"query\":\"mutation { createActor(input: {name: \\\"$h2_name\\\", kind: PERSON}) { actor { id } } }\"}" "$TOKEN")
h2_id=$(created_id <<<"$created") \
  || fail "createActor through the H2 container: $created"
exit_code=$("${PODMAN[@]}" stop -t 30 accord-h2 >/dev/null && "${PODMAN[@]}" inspect -f '{{.State.ExitCode}}' accord-h2)
[[ "$exit_code" == 143 ]] || fail "the H2 container exited with $exit_code on SIGTERM, not 143"
start accord-h2-restart "$PORT_H2" "H2 image, the same volume: a restart" "$H2_IMAGE" -v "$WORK/h2data:/deployments/data"
read_back=$(graphql "$PORT_H2" "{\"query\":\"{ actor(id: \\\"$h2_id\\\") { name } }\"}")
[[ "$read_back" == *"\"name\":\"$h2_name\""* ]] || fail "the restarted H2 container lost what was written before: $read_back"
echo "the restarted H2 container reads what was written before the restart: $read_back"
echo "container test passed"
