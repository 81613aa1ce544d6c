#!/usr/bin/env bash
# Builds the native-image sources of the PostgreSQL artifact without GraalVM/Mandrel
# (quarkus.native.sources-only) and checks what the native compiler would be given:
# target/native-sources/native-image.args naming the generated main class and the output name,
# the application jar it compiles, and the PostgreSQL build-time settings (native executables are
# PostgreSQL-only: Quarkus does not support the embedded H2 database in native mode).
#
# Usage: scripts/check-native-sources.sh      (exit 0 when the check passes)
# Afterwards target/ holds the native-sources build: run `./mvnw package` again before using the jar.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B --no-transfer-progress package -Dnative -Ppostgresql -Dquarkus.native.sources-only=true -DskipTests

dir=target/native-sources
args="$dir/native-image.args"
fail() { echo "check-native-sources: FAILED: $*" >&2; exit 1; }

[[ -f "$args" ]] || fail "$args is missing"
jar=$(ls "$dir"/*-runner.jar 2>/dev/null | head -1)
[[ -n "$jar" ]] || fail "no *-runner.jar in $dir"
[[ -d "$dir/lib" ]] || fail "no lib/ in $dir"
name=$(basename "$jar" .jar)
# native-image compiles the runner jar into the executable accord-<version>-runner ...
grep -q -- "-jar $(basename "$jar")" "$args" || fail "$args does not compile $(basename "$jar")"
grep -qw -- "$name" "$args" || fail "$args does not name the executable $name"
grep -q -- '--no-fallback' "$args" || fail "$args would allow a JVM fallback image"
# ... whose main class is Quarkus' generated main
generated=$(mktemp -d); trap 'rm -rf "$generated"' EXIT
# (listings go to files: `grep -q` closing a pipe early would fail the pipe under pipefail)
unzip -l "$jar" >"$generated/list"
unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' >"$generated/manifest"
unzip -p "$jar" META-INF/native-image/resource-config.json >"$generated/resources"
unzip -p "$jar" META-INF/native-image/reflect-config.json >"$generated/reflection"
grep -qx 'Main-Class: io.quarkus.runner.GeneratedMain' "$generated/manifest" \
  || fail "$jar does not have Main-Class io.quarkus.runner.GeneratedMain"
# the PostgreSQL build: its Flyway migrations are the ones recorded for start-up
grep -q 'db/postgresql/V' "$generated/list" || fail "$jar does not carry the PostgreSQL migrations"
unzip -q -o "$jar" 'io/quarkus/runner/recorded/FlywayProcessor*' -d "$generated/recorded"
grep -rqa 'db/postgresql/V' "$generated/recorded" || fail "the recorded Flyway migrations are not the PostgreSQL ones (was -Ppostgresql applied?)"
# resources read at run time (dossier schema, seed files) and the records bound by Jackson
grep -q 'dossier/' "$generated/resources" \
  || fail "the dossier resources are not registered (quarkus.native.resources.includes)"
grep -q 'security/' "$generated/resources" \
  || fail "the development public key is not registered (quarkus.native.resources.includes)"
grep -q '"org.accord.dossier.Dossier\$EventRecord"' "$generated/reflection" \
  || fail "the dossier records are not registered for reflection"
echo "check-native-sources: OK ($(wc -c <"$args") bytes of native-image arguments in $args)"
echo "  compile on a machine with Mandrel/GraalVM: cd $dir && native-image \$(cat native-image.args)"
