#!/usr/bin/env bash
# Installs what the client tests (FrontendClientsIT, clients/) need beyond a JDK: Debian's Chromium
# for the GraphiQL and CORS tests, and the npm packages of clients/ from its lockfile; and what the
# container test (scripts/test-container.sh) needs: podman, runc, mmdebstrap and a PostgreSQL
# server, from Debian's packages. Node.js 20+ with npm must already be there. Run once, as root
# (apt-get), before `./mvnw verify`.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v npm >/dev/null || { echo "npm not found: install Node.js 20 or newer with npm" >&2; exit 1; }
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
  || { echo "Node.js $(node --version) is too old: the client tests need 20 or newer" >&2; exit 1; }
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
for tool in podman runc mmdebstrap; do command -v "$tool" >/dev/null || missing+=("$tool"); done
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
(cd clients && npm ci --no-audit --no-fund)
