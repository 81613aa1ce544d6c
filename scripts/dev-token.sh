#!/usr/bin/env bash
# Prints a bearer token for local use, signed with the DEVELOPMENT key (dev-keys/). Servers accept
# it only in the dev, test and local profiles (`./mvnw quarkus:dev`, the tests, or the jar run with
# QUARKUS_PROFILE=local); a production server refuses to start with the development key.
#
# Usage: scripts/dev-token.sh [--roles editor,reader] [--minutes 60] [--subject alice]
#                             [--key private.pem --issuer name]
#   --key, --issuer  sign with another RSA key, for another issuer (the container test signs with a
#                    key it makes, that its containers verify as production servers do)
#   curl -H "Authorization: Bearer $(scripts/dev-token.sh)" ...
# Needs: openssl.
set -euo pipefail
cd "$(dirname "$0")/.."

ROLES=editor
MINUTES=60
SUBJECT=local-editor
KEY=dev-keys/accord-dev-private.pem
ISSUER=accord-dev
while [[ $# -gt 0 ]]; do
  case "$1" in
    --roles) ROLES="$2"; shift 2 ;;
    --minutes) MINUTES="$2"; shift 2 ;;
    --subject) SUBJECT="$2"; shift 2 ;;
    --key) KEY="$2"; shift 2 ;;
    --issuer) ISSUER="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ "$MINUTES" =~ ^[0-9]+$ ]] || { echo "--minutes takes a whole number" >&2; exit 2; }
[[ "$SUBJECT" =~ ^[A-Za-z0-9._@-]+$ ]] || { echo "--subject takes letters, digits and ._@-" >&2; exit 2; }

# openssl's base64 (not GNU base64 -w0): the same on Linux and macOS
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
[[ "$ROLES" =~ ^[A-Za-z0-9_-]+(,[A-Za-z0-9_-]+)*$ ]] || { echo "--roles takes role names separated by commas" >&2; exit 2; }
groups=$(printf '%s' "$ROLES" | tr ',' '\n' | sed 's/.*/"&"/' | paste -sd, -)
now=$(date +%s)
header='{"alg":"RS256","typ":"JWT"}'
# The issuer must match mp.jwt.verify.issuer (accord-dev in the dev/test/local profiles).
[[ "$ISSUER" =~ ^[A-Za-z0-9._:/-]+$ ]] || { echo "--issuer takes letters, digits and ._:/-" >&2; exit 2; }
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":[%s],"iat":%d,"exp":%d}' \
  "$ISSUER" "$SUBJECT" "$SUBJECT" "$groups" "$now" "$((now + MINUTES * 60))")
unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$KEY" -binary | b64url)
printf '%s.%s\n' "$unsigned" "$signature"
