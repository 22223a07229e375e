#!/usr/bin/env bash
# Measures the platform foundation's targets on a fresh database of its own (teilhabe_bench):
#   1. start to first served UI page, with the three demo Kreise (first start seeds them; second start)
#   2. resident memory (VmRSS) after start
#   3. onboarding one Kreis with 24 Kommunen through the API, median of 10
#   4. start with 50 Kreise to migrate
# Usage: infra/bench/plattform.sh   (builds the server jar first if it is missing)
# Talks only to the server it starts on 127.0.0.1; stops it at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. infra/lib/common.sh

export TEILHABE_DB_NAME=teilhabe_bench
eval "$(infra/db/ensure-postgres.sh)"
bench_db=$TEILHABE_DB_NAME
log "fresh database $bench_db"
as_postgres psql -X -q -v ON_ERROR_STOP=1 -d postgres <<SQL >/dev/null
select pg_terminate_backend(pid) from pg_stat_activity where datname = '$bench_db';
drop database if exists $bench_db;
SQL
for r in $(as_postgres psql -X -tA -d postgres -c "select rolname from pg_roles where rolname like '${bench_db}\_kreis\_%'"); do
  as_postgres psql -X -q -d postgres -c "drop role \"$r\"" >/dev/null
done
as_postgres createdb -O "$TEILHABE_DB_USER" "$bench_db"

jar=ui/target/teilhabe-server.jar
programme=(gemeinsam-klappts durchstarten kim komm-an)
[[ -f $jar ]] || mvn -B -q -DskipTests -pl "ui$(printf ',plugins/%s' "${programme[@]}")" -am package
TEILHABE_PLUGINS_DIR=$(mktemp -d)
export TEILHABE_PLUGINS_DIR
for p in "${programme[@]}"; do cp "plugins/$p/target/$p-0.1.0-SNAPSHOT.jar" "$TEILHABE_PLUGINS_DIR/"; done
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
archiv=$(mktemp -u /tmp/teilhabe-bench-XXXXXX.jsa)
export TEILHABE_API_PORT=18080 TEILHABE_UI_PORT=18081 TEILHABE_DEMO=true TEILHABE_JWT_SECRET=bench-secret-bench-secret-bench-secret-00
api=http://127.0.0.1:$TEILHABE_API_PORT
ui=http://127.0.0.1:$TEILHABE_UI_PORT/
pid=
stop() {
  if [[ -n $pid ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  pid=
}
trap 'stop; rm -f "$archiv"' EXIT

# Starts the server; sets pid and dauer (seconds until the UI serves its first page).
start() {
  local t0
  ! curl -fs -o /dev/null "$ui" || die "something already answers on $ui; stop it first"
  t0=$(date +%s.%N)
  # The first start writes the class-data archive at its end, later starts use it — as infra/start does.
  local cds="-XX:SharedArchiveFile=$archiv -Xshare:auto"
  [[ -f $archiv ]] || cds="-XX:ArchiveClassesAtExit=$archiv"
  # shellcheck disable=SC2086 # options are words
  "$java" ${JAVA_OPTS:-$TEILHABE_JAVA_OPTS_STANDARD} $cds -jar "$jar" >"/tmp/teilhabe-bench-$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "$ui"; then
      dauer=$(echo "$(date +%s.%N) - $t0" | bc)
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || die "server died, see /tmp/teilhabe-bench-$1.log"
    sleep 0.05
  done
  die "UI did not answer within 60 s"
}

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status"; }

token() {
  curl -fs -H 'Content-Type: application/json' -d '{"benutzername":"betrieb","passwort":"demo-teilhabe"}' \
    "$api/api/anmeldung" | grep -o '"accessToken":"[^"]*"' | cut -d'"' -f4
}

# An onboarding request with 24 Kommunen (the size of Kreis Steinfurt).
antrag() {
  local kommunen="" i
  for i in $(seq 1 24); do
    kommunen+="${kommunen:+,}{\"name\":\"Kommune $i\",\"eigeneAuslaenderbehoerde\":$([[ $i == 1 ]] && echo true || echo false),\"eigenesJugendamt\":false,\"integrationsrat\":false,\"abhKommune\":null}"
  done
  printf '{"slug":"%s","name":"Bench %s","kommunen":[%s],"admin":{"benutzername":"%s.admin","anzeigename":"Admin","passwort":"bench-passwort-1"}}' \
    "$1" "$1" "$kommunen" "$1"
}

onboarden() { # slug -> seconds
  curl -fs -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' \
    -d "$(antrag "$1")" "$api/api/betrieb/kreise"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

start erst
erst=$dauer
sleep 2
rss_erst=$(rss_mb)
stop
start zweit
zweit=$dauer
sleep 2
rss=$(rss_mb)
tok=$(token)
onboarding=$(for i in $(seq 1 10); do onboarden "bench-$i"; echo; done | median)
for i in $(seq 11 47); do onboarden "bench-$i" >/dev/null; done
stop
start fuenfzig
fuenfzig=$dauer
migration=$(grep -o 'Migrationen: Plattform und [0-9]* Kreise in [0-9]* ms' /tmp/teilhabe-bench-fuenfzig.log || true)
stop

printf '\n%-58s %s\n' "measure ($("$java" -version 2>&1 | head -n1); ${JAVA_OPTS:-$TEILHABE_JAVA_OPTS_STANDARD})" "value"
printf '%-58s %.2f s\n' "first start (migrate + seed 3 demo Kreise) to first UI page" "$erst"
printf '%-58s %.2f s\n' "start to first UI page (3 demo Kreise)" "$zweit"
printf '%-58s %s MB (first start: %s MB)\n' "resident memory after start (VmRSS)" "$rss" "$rss_erst"
printf '%-58s %.3f s\n' "onboarding one Kreis with 24 Kommunen, median of 10" "$onboarding"
printf '%-58s %.2f s (%s)\n' "start with 50 Kreise to migrate, to first UI page" "$fuenfzig" "$migration"
