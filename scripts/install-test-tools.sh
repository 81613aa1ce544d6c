#!/usr/bin/env bash
# Installs what the client tests (FrontendClientsIT, clients/) need beyond a JDK: Debian's Chromium
# for the GraphiQL and CORS tests, and the npm packages of clients/ from its lockfile. Node.js 20+
# with npm must already be there. Run once, as root (apt-get), before `./mvnw verify`.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v npm >/dev/null || { echo "npm not found: install Node.js 20 or newer with npm" >&2; exit 1; }
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
  || { echo "Node.js $(node --version) is too old: the client tests need 20 or newer" >&2; exit 1; }
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
(cd clients && npm ci --no-audit --no-fund)
