#!/usr/bin/env bash
# Makes sure Teilhabe's PostgreSQL is reachable and prints the connection settings.
#
#   infra/db/ensure-postgres.sh [--test-db]          prints `export TEILHABE_...=...` lines
#   source infra/db/ensure-postgres.sh [--test-db]   exports them into the current shell
#
# External database: TEILHABE_DB_URL (a JDBC URL whose host is not local), TEILHABE_DB_USER and
# TEILHABE_DB_PASSWORD are used as they are; the script only checks that it can connect.
# Local database (default): installs Debian's postgresql if missing, creates or starts the cluster,
# creates the role (LOGIN CREATEROLE, with password) and the database it owns. Settings:
#   TEILHABE_DB_NAME / TEILHABE_DB_USER / TEILHABE_DB_PASSWORD   default teilhabe / teilhabe / teilhabe
#   TEILHABE_TEST_DB_NAME        database made by --test-db, default teilhabe_test (same owner)
#   TEILHABE_TEST_DB_FRESH=1     with --test-db: drop the test database and its Kreis roles first
#   TEILHABE_PG_CLUSTER          e.g. 15/main; default: the first online cluster (created if none)
#   TEILHABE_PG_SETTINGS=0       keep the cluster's memory and planner settings (default: written to conf.d)
#   TEILHABE_PG_SUPERUSER_PASSWORD (or PGPASSWORD)  if the postgres user needs a password on the socket
# With --test-db the TEILHABE_TEST_DB_URL/USER/PASSWORD lines are printed too; for an external
# database the test URL is TEILHABE_TEST_DB_URL if set, else the same server with TEILHABE_TEST_DB_NAME.

if [[ ${BASH_SOURCE[0]} != "$0" ]]; then # sourced: do the work in a child shell, export its result
  _teilhabe_env=$(bash "${BASH_SOURCE[0]}" "$@") || { unset _teilhabe_env; return 1; }
  eval "$_teilhabe_env"
  unset _teilhabe_env
  return 0
fi

set -euo pipefail
# shellcheck source=../lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
exec 3>&1 1>&2 # stdout carries only the export lines; everything else goes to stderr

with_test_db=
for arg in "$@"; do
  case $arg in
    --test-db) with_test_db=1 ;;
    -h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0" >&3; exit 0 ;;
    *) die "unknown argument: $arg (only --test-db)" ;;
  esac
done

db_user=${TEILHABE_DB_USER:-teilhabe}
db_pass=${TEILHABE_DB_PASSWORD:-teilhabe}
db_name=${TEILHABE_DB_NAME:-teilhabe}
test_db=${TEILHABE_TEST_DB_NAME:-teilhabe_test}
host=127.0.0.1 port='' params='' want_port=''

emit() { printf 'export %s=%q\n' "$1" "$2" >&3; }
sql_lit() { printf "'%s'" "${1//\'/\'\'}"; }
jdbc_url() { printf 'jdbc:postgresql://%s:%s/%s%s' "$host" "$port" "$1" "$params"; }

# Splits a JDBC URL into url_host, url_port, url_db, url_params; fails if it has another form.
parse_url() {
  local re='^jdbc:postgresql://(\[[^]]*\]|[^]:/?,[]+)(:([0-9]+))?/([^?]+)(\?.*)?$'
  [[ $1 =~ $re ]] || return 1
  url_host=${BASH_REMATCH[1]} url_port=${BASH_REMATCH[3]:-5432} url_db=${BASH_REMATCH[4]} url_params=${BASH_REMATCH[5]}
}

# Checks a TCP login with the app's credentials: check_login JDBC_URL USER PASSWORD
check_login() {
  local url_host url_port url_db url_params sslmode=prefer
  parse_url "$1" || die "cannot parse JDBC URL $1 (expected jdbc:postgresql://host[:port]/database[?params])"
  [[ $url_params =~ [?\&]sslmode=([^\&]+) ]] && sslmode=${BASH_REMATCH[1]}
  [[ $url_params =~ [?\&]sslrootcert=([^\&]+) ]] && export PGSSLROOTCERT=${BASH_REMATCH[1]}
  url_host=${url_host//[\[\]]/}
  if command -v psql >/dev/null; then
    PGPASSWORD=$3 PGCONNECT_TIMEOUT=10 PGSSLMODE=$sslmode \
      psql -X -w -q -h "$url_host" -p "$url_port" -U "$2" -d "$url_db" -tAc 'select 1' >/dev/null
  else # no client installed: at least check that the port answers
    log "psql not installed; only checking that $url_host:$url_port accepts TCP connections"
    # shellcheck disable=SC2016 # expanded by the inner shell
    timeout 10 bash -c ': >"/dev/tcp/$1/$2"' _ "$url_host" "$url_port"
  fi
}

print_settings() { # [test database URL]
  emit TEILHABE_DB_URL "${TEILHABE_DB_URL:-$(jdbc_url "$db_name")}"
  emit TEILHABE_DB_USER "$db_user"
  emit TEILHABE_DB_PASSWORD "$db_pass"
  if [[ -n $with_test_db ]]; then
    emit TEILHABE_TEST_DB_URL "${1:-$(jdbc_url "$test_db")}"
    emit TEILHABE_TEST_DB_USER "$db_user"
    emit TEILHABE_TEST_DB_PASSWORD "$db_pass"
  fi
}

if [[ -n ${TEILHABE_DB_URL:-} ]]; then
  parse_url "$TEILHABE_DB_URL" ||
    die "cannot parse TEILHABE_DB_URL=$TEILHABE_DB_URL (expected jdbc:postgresql://host[:port]/database[?params])"
  host=$url_host port=$url_port db_name=$url_db params=$url_params
  case $host in
    localhost | 127.0.0.1 | '[::1]') want_port=$port ;; # local: managed below, on the cluster with that port
    *)
      log "external PostgreSQL: checking $TEILHABE_DB_URL as $db_user"
      check_login "$TEILHABE_DB_URL" "$db_user" "$db_pass" || die "cannot connect to $TEILHABE_DB_URL as $db_user"
      test_url=
      if [[ -n $with_test_db ]]; then
        test_url=${TEILHABE_TEST_DB_URL:-$(jdbc_url "$test_db")}
        check_login "$test_url" "$db_user" "$db_pass" || die "cannot connect to $test_url as $db_user"
      fi
      log "external PostgreSQL reachable"
      print_settings "$test_url"
      exit 0
      ;;
  esac
fi

# --- local Debian cluster -------------------------------------------------------------------------

if ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || ! command -v pg_lsclusters >/dev/null; then
  log "PostgreSQL server not installed"
  apt_install postgresql
fi

# Prints "version name port status" of the cluster to use, or nothing: TEILHABE_PG_CLUSTER, else the one
# on the port of a local TEILHABE_DB_URL, else the best of all (online first, then port 5432).
select_cluster() {
  local ver name p status rest score best='' best_score=-1
  while read -r ver name p status rest; do
    if [[ -n ${TEILHABE_PG_CLUSTER:-} ]]; then
      [[ $ver/$name == "$TEILHABE_PG_CLUSTER" ]] || continue
    elif [[ -n $want_port ]]; then
      [[ $p == "$want_port" ]] || continue
    fi
    score=0
    if [[ $status == online* ]]; then score=2; fi
    if [[ $p == 5432 ]]; then score=$((score + 1)); fi
    if ((score > best_score)); then best="$ver $name $p $status" best_score=$score; fi
  done < <(pg_lsclusters --no-header 2>/dev/null)
  echo "$best"
}

read -r ver name port status <<<"$(select_cluster)"
if [[ -z ${ver:-} ]]; then
  if [[ -n ${TEILHABE_PG_CLUSTER:-} ]]; then
    ver=${TEILHABE_PG_CLUSTER%%/*} name=${TEILHABE_PG_CLUSTER#*/}
  elif [[ -n $want_port && -n $(pg_lsclusters --no-header 2>/dev/null) ]]; then
    die "no local PostgreSQL cluster listens on port $want_port (TEILHABE_DB_URL); see pg_lsclusters"
  else
    ver=$(compgen -G '/usr/lib/postgresql/*/bin/postgres' | sort -V | tail -n1 | cut -d/ -f5)
    name=main
  fi
  log "creating PostgreSQL cluster $ver/$name"
  as_root pg_createcluster ${want_port:+--port "$want_port"} "$ver" "$name"
  read -r ver name port status <<<"$(select_cluster)"
fi
# Memory and planner settings of the local cluster, sized to this machine (README, "Measured"): a conf.d file the
# cluster reads after postgresql.conf. A changed file is reloaded at once if the cluster runs; shared_buffers takes
# effect at its next start. TEILHABE_PG_SETTINGS=0 leaves the cluster's configuration alone.
pg_settings() {
  local ram_mb cores
  ram_mb=$(($(awk '/^MemTotal:/ {print $2}' /proc/meminfo) / 1024))
  cores=$(nproc)
  cat <<CONF
# Written by Teilhabe's infra/db/ensure-postgres.sh for a development and benchmark machine ($ram_mb MB, $cores cores).
shared_buffers = $((ram_mb / 4 < 2048 ? ram_mb / 4 : 2048))MB
effective_cache_size = $((ram_mb / 2))MB
work_mem = 32MB
maintenance_work_mem = 256MB
# data in memory or on SSD: an index page costs little more than a page read in sequence
random_page_cost = 1.1
# below four cores parallel workers only compete with the leader (and with the builds) for the CPUs
max_parallel_workers_per_gather = $((cores / 4))
CONF
}
if [[ ${TEILHABE_PG_SETTINGS:-1} != 0 ]]; then
  conf=/etc/postgresql/$ver/$name/conf.d/teilhabe.conf
  wanted=$(pg_settings)
  if [[ -d ${conf%/*} && $(cat "$conf" 2>/dev/null) != "$wanted" ]]; then
    log "writing $conf"
    printf '%s\n' "$wanted" | as_root tee "$conf" >/dev/null
    as_root chmod 644 "$conf"
    if [[ $status == online* ]]; then
      without_inherited_fds as_root pg_ctlcluster "$ver" "$name" reload </dev/null >&2 ||
        log "could not reload $ver/$name; the settings apply at its next start"
      log "shared_buffers applies at the next start of $ver/$name"
    fi
  fi
fi

if [[ $status != online* ]]; then
  log "starting PostgreSQL cluster $ver/$name (port $port)"
  # The server must not keep our output open: the caller reads it through a pipe (fd 3, `$(...)`).
  start_log=$(mktemp)
  without_inherited_fds as_root pg_ctlcluster "$ver" "$name" start </dev/null >"$start_log" 2>&1 \
    || { cat "$start_log"; rm -f "$start_log"; die "PostgreSQL $ver/$name did not start"; }
  cat "$start_log"
  rm -f "$start_log"
fi
for _ in {1..30}; do
  pg_isready -q -p "$port" && break
  sleep 1
done
pg_isready -q -p "$port" || die "PostgreSQL $ver/$name does not accept connections on port $port"

# Role and databases, created by the postgres superuser over the Unix socket (peer, trust or password).
superuser_password=${TEILHABE_PG_SUPERUSER_PASSWORD:-${PGPASSWORD:-}}
if [[ -n $superuser_password ]]; then export PGPASSWORD=$superuser_password; else unset PGPASSWORD; fi
databases=("$db_name")
[[ -z $with_test_db ]] || databases+=("$test_db")
log "ensuring role $db_user and database(s) ${databases[*]} on $ver/$name"
{
  u=$(sql_lit "$db_user")
  echo "SELECT format('CREATE ROLE %I', $u) WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = $u) \gexec"
  echo "SELECT format('ALTER ROLE %I WITH LOGIN CREATEROLE PASSWORD %L', $u, $(sql_lit "$db_pass")) \gexec"
  if [[ -n $with_test_db && ${TEILHABE_TEST_DB_FRESH:-0} == 1 ]]; then # a test run starts from nothing
    t=$(sql_lit "$test_db")
    echo "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $t \\g /dev/null"
    echo "SELECT format('DROP DATABASE IF EXISTS %I', $t) \\gexec"
    echo "SELECT format('DROP ROLE %I', rolname) FROM pg_roles" \
      "WHERE rolname LIKE replace($t, '_', '\\_') || '\\_kreis\\_%' \\gexec"
  fi
  for db in "${databases[@]}"; do
    d=$(sql_lit "$db")
    echo "SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', $d, $u)" \
      "WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = $d) \gexec"
    echo "SELECT format('ALTER DATABASE %I OWNER TO %I', $d, $u) \gexec"
  done
} | (cd / && as_postgres psql -X -q -w -v ON_ERROR_STOP=1 -p "$port" -d postgres >/dev/null) ||
  die "could not create role/database as the postgres user on port $port" \
    "(if the socket needs a password, set TEILHABE_PG_SUPERUSER_PASSWORD or PGPASSWORD)"
unset PGPASSWORD

for db in "${databases[@]}"; do
  check_login "$(jdbc_url "$db")" "$db_user" "$db_pass" || die "user $db_user cannot log in to $db over TCP" \
    "at $host:$port; check listen_addresses and the host lines in /etc/postgresql/$ver/$name/pg_hba.conf"
done
log "PostgreSQL $ver/$name ready: $(jdbc_url "$db_name") (user $db_user)"
print_settings
