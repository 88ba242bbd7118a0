#!/usr/bin/env bash
# Make a PostgreSQL server answer at $CRISISMAP_TEST_PG for the test suite. Idempotent:
# does nothing when it already answers; else starts the installed cluster, installing
# PostgreSQL first if it is missing, and creates the database named in the URL.
# Meant for test machines and CI: a fresh install gets trust auth on 127.0.0.1.
set -euo pipefail

URL="${CRISISMAP_TEST_PG:-postgresql://postgres@127.0.0.1:5432/test}"
URL="${URL/postgresql+psycopg:\/\//postgresql://}"   # psql speaks libpq URLs only
DB="${URL##*/}"; DB="${DB%%\?*}"
ADMIN_URL="${URL%/*}/postgres"

log() { echo "ensure-postgres: $*" >&2; }
answers() { command -v psql >/dev/null && psql "$1" -XAtqc 'select 1' >/dev/null 2>&1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  log "need root for: $*"; exit 1; fi; }

if answers "$URL"; then exit 0; fi

installed_now=0
if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
  log "PostgreSQL not installed: installing it (apt-get)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  installed_now=1
fi

VERSION="$(ls /etc/postgresql | sort -V | tail -n1)"
if [ ! -d "/etc/postgresql/$VERSION/main" ]; then
  as_root pg_createcluster "$VERSION" main >&2
fi
if [ "$installed_now" = 1 ]; then
  # Fresh test server only: let the URL's passwordless user in over TCP on localhost.
  HBA="/etc/postgresql/$VERSION/main/pg_hba.conf"
  as_root sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$HBA"
fi
if ! as_root pg_ctlcluster --skip-systemctl-redirect "$VERSION" main status >/dev/null 2>&1; then
  log "starting PostgreSQL $VERSION cluster main"
  as_root pg_ctlcluster --skip-systemctl-redirect "$VERSION" main start >&2
elif [ "$installed_now" = 1 ]; then
  as_root pg_ctlcluster --skip-systemctl-redirect "$VERSION" main reload >&2
fi

for _ in $(seq 1 30); do
  if answers "$ADMIN_URL"; then break; fi
  sleep 1
done
if ! answers "$ADMIN_URL"; then
  log "no server answers at ${ADMIN_URL} (check pg_hba.conf and the port)"; exit 1
fi

if [ "$(psql "$ADMIN_URL" -XAtqc "select 1 from pg_database where datname = '$DB'")" != 1 ]; then
  log "creating database $DB"
  psql "$ADMIN_URL" -Xqc "create database \"$DB\"" >&2
fi
answers "$URL" || { log "database $DB still unreachable at $URL"; exit 1; }
