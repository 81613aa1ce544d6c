#!/usr/bin/env bash
# Measures the startup of the packaged jar on the embedded default (H2), as the README runs it:
# a fresh database directory each run, so every run migrates the schema and loads the seed
# dossiers. For each variant it starts the jar RUNS times (default 5) and reports, as medians, the
# time from process start to the first successful GraphQL response (an answer that already counts
# the 11 seeded sources) and the resident memory (RSS) of the process right after that response.
#
# Usage: scripts/measure-startup.sh [--runs N] [--build] [--variants LIST] [--db fresh|seeded]
#                                   [--throughput SECONDS]
#   --build      run `./mvnw -B package -DskipTests` first (otherwise target/quarkus-app is used,
#                and built only when it is missing)
#   --variants   comma-separated subset of: plain,appcds,appcds-tuned,jdk25-aot,jdk25-tiered,image,
#                floor,floor-jdk25-aot,floor-image (default: the first three, and jdk25-aot and image
#                when a JDK 25 is found: JDK25_HOME, or /usr/lib/jvm/*25*)
#                floor (with --db seeded only) is the floor of Accord's stack, bench/floor: a bare
#                Quarkus app with the same GraphQL, Panache and H2 extensions, started by `java -jar`
#                on a copy of the same seeded database and timed to its first answer
#                (`{ actors(first: 1) { name } }`); it is built into target/startup-floor.
#                floor-jdk25-aot and floor-image are the floor with its own AOT cache, recorded as
#                Accord's is. The table ends with Accord / floor for each packaging measured both ways.
#   --db         fresh (default): every run starts on an empty database (first start: migration
#                and seed load); seeded: every run starts on a copy of a database that one
#                unmeasured start has migrated and seeded (a restart, or a new instance)
#   --throughput after the table, starts each Accord variant once more and, from its first answer,
#                puts load on it for SECONDS (e.g. 120) in back-to-back 5-second wrk windows: the
#                traversal (bench/Load.java's, mediator -> meetings -> commitments -> obligors) for
#                every actor of the seed, 2 connections. It prints req/s per window, each variant's
#                plateau (median of its last four windows), and the seconds from start until a
#                window first reaches 80% of the best plateau of the run ("time to 80% of warm").
# Needs: java (the JDK that built the jar, for AppCDS), curl, python3 (to pick free ports), and for
# --throughput wrk and jq.
#
# Variants: plain `java -jar`; with the AppCDS archive the build writes (target/quarkus-app/
# app-cds.jsa, quarkus.package.jar.appcds.enabled); the same tuned for a fast start on few cores
# (-XX:+UseSerialGC, no concurrent GC threads competing with start-up, and -XX:TieredStopAtLevel=1,
# C1 only: less compilation during start, lower peak throughput afterwards); and, on JDK 25, the
# JDK's AOT cache (JEP 483/514) with the same two flags; the cache with SerialGC and the JDK's
# own JIT thresholds (jdk25-tiered); and `image`, the packaging the container
# image ships: Java 25, the AOT cache, and the image's JAVA_OPTS and JAVA_OPTS_APPEND (read from
# src/main/docker/Dockerfile.jvm), with the heap sized as under the manifest's memory limit. Both caches are recorded by the image's own training script
# (src/main/docker/train-aot-cache.sh: 20 s of a frontend's reads) on a copy of the database, the
# floor's with its own query.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=5
BUILD=false
DB=fresh
THROUGHPUT=0
JDK25="${JDK25_HOME:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)}"
VARIANTS="plain,appcds,appcds-tuned${JDK25:+,jdk25-aot,image}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --build) BUILD=true; shift ;;
    --variants) VARIANTS="$2"; shift 2 ;;
    --db) DB="$2"; shift 2 ;;
    --throughput) THROUGHPUT="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

APP=target/quarkus-app
if $BUILD || [[ ! -f $APP/quarkus-run.jar ]]; then
  ./mvnw -B --no-transfer-progress package -DskipTests >/dev/null
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
QUERY='{"query":"{ sources(first: 0) { totalCount } }"}'
FLOOR_APP=$PWD/target/startup-floor
FLOOR_QUERY='{"query":"{ actors(first: 1) { name } }"}'
if [[ ",$VARIANTS," == *,floor* ]]; then
  [[ "$DB" == seeded ]] || { echo "the floor variant needs --db seeded: the floor never migrates or seeds" >&2; exit 2; }
  if $BUILD || [[ ! -f $FLOOR_APP/quarkus-run.jar ]]; then
    ./mvnw -B -q --no-transfer-progress -f bench/floor/pom.xml package -DskipTests -Dquarkus.datasource.db-kind=h2 \
      -Dquarkus.package.output-directory="$FLOOR_APP" >/dev/null
  fi
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

port_free() {
  python3 - <<'PY' 2>/dev/null || echo 18180
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

# run VARIANT N -> prints "millis rss_kib"
run_once() {
  local variant="$1" n="$2" port db log pid start now body rss
  port=$(port_free)
  db="$WORK/$variant-$n/accord"
  if [[ "$DB" == seeded && -d "$WORK/seeded" ]]; then
    mkdir -p "$WORK/$variant-$n" && cp "$WORK/seeded/"* "$WORK/$variant-$n/"
  fi
  log="$WORK/$variant-$n.log"
  local -a opts=()
  # floor-X: the floor app with the options of variant X (floor alone: plain)
  local base=${variant#floor-}
  [[ "$variant" == floor ]] && base=plain
  read -ra opts <<<"$(jvm_options "$base")"
  [[ "$base" == jdk25-* || "$base" == image ]] && opts+=(-XX:AOTCache="$(app_of "$variant")/app-$variant.aot")
  start=$(now_ms)
  # from the quarkus-app directory: the AppCDS archive records the class path as built there
  local java="$JAVA" app query="$QUERY" answer='"totalCount":11'
  app=$(app_of "$variant")
  [[ "$base" == jdk25-* || "$base" == image ]] && java="$JDK25/bin/java"
  [[ "$variant" == floor* ]] && query="$FLOOR_QUERY" answer='"name":'
  (cd "$app" && exec "$java" "${opts[@]}" -Daccord.h2.path="$db" -Dquarkus.http.port="$port" -jar quarkus-run.jar >"$log" 2>&1) &
  pid=$!
  while true; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the server exited; its log:" >&2; cat "$log" >&2; exit 1
    fi
    body=$(curl -s -m 2 -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" || true)
    if [[ "$body" == *"$answer"* ]]; then
      now=$(now_ms)
      break
    fi
    if (( $(now_ms) - start > 120000 )); then
      echo "no answer within 120 s; log:" >&2; cat "$log" >&2; kill "$pid"; exit 1
    fi
    # every 50 ms: polling much faster takes CPU from the server on a 2-core machine
    sleep 0.05
  done
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  [[ -n "${AFTER_FIRST_ANSWER:-}" ]] && "$AFTER_FIRST_ANSWER" "$port" "$start"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( now - start )) $rss"
}

app_of() { if [[ "$1" == floor* ]]; then echo "$FLOOR_APP"; else echo "$PWD/$APP"; fi; }

# the JVM options of a packaging, without the AOT cache itself
jvm_options() {
  case "$1" in
    plain) ;;
    appcds) echo "-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto" ;;
    appcds-tuned) echo "-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto -XX:+UseSerialGC -XX:TieredStopAtLevel=1" ;;
    jdk25-aot) echo "-XX:+UseSerialGC -XX:TieredStopAtLevel=1" ;;
    jdk25-tiered) echo "-XX:+UseSerialGC" ;;
    image) # ENV JAVA_OPTS="..." and ENV JAVA_OPTS_APPEND="..." of the Dockerfile, and the heap the
      # JVM sizes in a container with the Kubernetes manifest's memory limit (768Mi: -XX:MaxRAM=768m)
      echo "$(sed -n 's/^ENV JAVA_OPTS\(_APPEND\)\{0,1\}="\(.*\)"$/\2/p' src/main/docker/Dockerfile.jvm | paste -sd' ')" \
        "-XX:MaxRAM=$(sed -n 's/^quarkus.kubernetes.resources.limits.memory=\([0-9]*\)Mi$/\1/p' src/main/resources/application.properties)m" ;;
    *) echo "unknown variant $1" >&2; exit 2 ;;
  esac
}

# train VARIANT: records the AOT cache of a jdk25-* or image variant (app-VARIANT.aot, kept for the
# throughput runs) with the image's training script, on a copy of the database the measured runs
# start on
train() {
  local variant=$1 base=${1#floor-} dir="$WORK/train-$1"
  mkdir -p "$dir"
  [[ "$DB" == seeded ]] && cp "$WORK/seeded/"* "$dir/"
  local -a env=(AOT_APP_DIR="$(app_of "$variant")" AOT_CACHE="app-$variant.aot" TRAINING_PORT="$(port_free)" TRAINING_H2_PATH="$dir/accord"
                JAVA_OPTS="$(jvm_options "$base")" JAVA_OPTS_APPEND= PATH="$JDK25/bin:$PATH")
  if [[ "$variant" == floor* ]]; then
    printf '%s\n' '{"query":"{ actors(first: 20) { name participations(first: 10) { role event { title } } } }"}' >"$WORK/floor-queries"
    env+=(TRAINING_QUERIES_FILE="$WORK/floor-queries")
  fi
  rm -f "$(app_of "$variant")/app-$variant.aot"
  env "${env[@]}" bash src/main/docker/train-aot-cache.sh >"$dir.log" 2>&1 \
    || { echo "training $variant failed:" >&2; cat "$dir.log" >&2; exit 1; }
}

# milliseconds since the epoch, without starting a process (bash 5's EPOCHREALTIME)
now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $(( t / 1000 )); }

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

if [[ "$VARIANTS" == *appcds* && ! -f $APP/app-cds.jsa ]]; then
  echo "no $APP/app-cds.jsa: build with quarkus.package.jar.appcds.enabled=true (the default here)" >&2; exit 1
fi
# the archive must map on this JVM (same JDK build as the one that wrote it): a start in Quarkus'
# AppCDS mode stops before the application runs, so this checks the mapping alone
if [[ "$VARIANTS" == *appcds* ]] && ! (cd "$APP" && "$JAVA" -XX:SharedArchiveFile=app-cds.jsa -Xshare:on \
    -Dquarkus.appcds.generate=true -Daccord.h2.path="$WORK/check/accord" -jar quarkus-run.jar >"$WORK/check.log" 2>&1); then
  echo "warning: $APP/app-cds.jsa does not map on this JVM ($("$JAVA" -version 2>&1 | head -1)); the appcds rows measure the JVM without it" >&2
  cat "$WORK/check.log" >&2
fi

case "$DB" in
  fresh) what="fresh database (migration and seed load in every run)" ;;
  seeded)
    what="database already migrated and seeded (a restart)"
    run_once plain seed-once >/dev/null   # migrates and seeds $WORK/plain-seed-once, then stops
    mkdir -p "$WORK/seeded" && cp "$WORK/plain-seed-once/"* "$WORK/seeded/" ;;
  *) echo "--db takes fresh or seeded" >&2; exit 2 ;;
esac
echo "Accord startup: packaged jar, embedded H2, $what, median of $RUNS runs"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m)  java: $("$JAVA" -version 2>&1 | head -1)"
echo
printf '| %-38s | %22s | %15s | %15s |\n' "variant" "first response (median)" "min / max (ms)" "RSS after (MiB)"
printf '| %-38s | %22s | %15s | %15s |\n' "--------------------------------------" "----------------------:" "--------------:" "--------------:"
IFS=, read -ra list <<<"$VARIANTS"
declare -A MEDIAN
for variant in "${list[@]}"; do
  times=(); rsss=()
  # one unmeasured run first: the page cache then holds the jars as it does on a running host
  [[ "$variant" == *jdk25-* || "$variant" == *image ]] && train "$variant"
  run_once "$variant" warmup >/dev/null
  for n in $(seq 1 "$RUNS"); do
    read -r ms rss < <(run_once "$variant" "$n")
    times+=("$ms"); rsss+=("$rss")
  done
  med=$(printf '%s\n' "${times[@]}" | median)
  min=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
  max=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
  rssmed=$(printf '%s\n' "${rsss[@]}" | median)
  case "$variant" in
    plain) label="java -jar (no AppCDS)" ;;
    appcds) label="java -XX:SharedArchiveFile=app-cds.jsa" ;;
    appcds-tuned) label="AppCDS + SerialGC + C1 only" ;;
    jdk25-aot) label="JDK 25 AOT cache + SerialGC + C1 only" ;;
    jdk25-tiered) label="JDK 25 AOT cache + SerialGC, JDK's JIT" ;;
    floor) label="floor app (bench/floor), java -jar" ;;
    floor-jdk25-aot) label="floor app, JDK 25 AOT cache + SerialGC + C1" ;;
    image) label="container image's JVM: JDK 25 AOT cache" ;;
    floor-image) label="floor app, the image's JVM and AOT cache" ;;
  esac
  printf '| %-38s | %19s ms | %15s | %15s |\n' "$label" "$med" "$min / $max" "$(( rssmed / 1024 ))"
  MEDIAN[$variant]=$med
done
echo
for variant in "${list[@]}"; do
  floor=floor-$variant; [[ "$variant" == plain ]] && floor=floor
  if [[ "$variant" != floor* && -n "${MEDIAN[$floor]:-}" ]]; then
    awk -v a="${MEDIAN[$variant]}" -v f="${MEDIAN[$floor]}" -v v="$variant" 'BEGIN { printf "Accord / floor, %s: %.2fx\n", v, a / f }'
  fi
done

# ---- throughput from the first answer on -------------------------------------------------------
TRAVERSAL='query Traversal($id: ID!) { actor(id: $id) { name mediatedEvents(kind: MEETING, first: 10) { totalCount nodes { title start { edtf } commitments { description status deadline { edtf } obligors { name } } } } } }'

# load_windows PORT START_MS: 5-second wrk windows until THROUGHPUT seconds after the first answer;
# appends "seconds_since_start rps" lines to $WINDOWS
load_windows() {
  local port=$1 start=$2 until rps
  curl -s -H 'Content-Type: application/json' -d '{"query":"{ actors(first: 100) { nodes { id } } }"}' \
    "http://127.0.0.1:$port/graphql" | jq -c --arg q "$TRAVERSAL" '.data.actors.nodes[] | {query: $q, variables: {id: .id}}' >"$WORK/traversal.jsonl"
  until=$(( $(now_ms) + THROUGHPUT * 1000 ))
  while (( $(now_ms) < until )); do
    rps=$(wrk -t1 -c2 -d5s -s bench/post.lua "http://127.0.0.1:$port/graphql" -- "$WORK/traversal.jsonl" | sed -n 's/.* rps=\([0-9.]*\).*/\1/p')
    echo "$(( ($(now_ms) - start) / 1000 )) $rps" >>"$WINDOWS"
  done
}

if (( THROUGHPUT > 0 )); then
  command -v wrk >/dev/null && command -v jq >/dev/null || { echo "--throughput needs wrk and jq" >&2; exit 2; }
  echo
  echo "Throughput from the first answer on: the traversal, req/s per 5-second window (seconds since start)"
  declare -A PLATEAU
  for variant in "${list[@]}"; do
    [[ "$variant" == floor* ]] && continue
    WINDOWS="$WORK/windows-$variant"; : >"$WINDOWS"
    AFTER_FIRST_ANSWER=load_windows run_once "$variant" load >/dev/null
    PLATEAU[$variant]=$(tail -4 "$WINDOWS" | awk '{print $2}' | median)
    echo "$variant: $(awk '{printf "%ss %.0f  ", $1, $2}' "$WINDOWS")"
  done
  best=$(printf '%s\n' "${PLATEAU[@]}" | sort -n | tail -1)
  echo
  for variant in "${!PLATEAU[@]}"; do
    reached=$(awk -v t="$best" '$2 >= 0.8 * t {print $1; exit}' "$WORK/windows-$variant")
    printf '%s: plateau %.0f req/s (%.0f%% of the best, %.0f req/s); 80%% of the best first reached %s\n' "$variant" \
      "${PLATEAU[$variant]}" "$(awk -v p="${PLATEAU[$variant]}" -v b="$best" 'BEGIN {print 100 * p / b}')" "$best" \
      "$(if [[ -n "$reached" ]]; then echo "$reached s after start"; else echo never; fi)"
  done
fi
