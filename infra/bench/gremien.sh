#!/usr/bin/env bash
# Measures the Gremien structure view's data part (issue 5: 30 Gremien with 300 members, < 300 ms to render on
# the server) against the local test database: a freshly onboarded Kreis gets 30 Gremien in three levels, 120
# persons and 300 memberships; then, after 20 warm-up calls, 100 calls each of
#   1. StrukturDienst.struktur (the tree with members and empty seats: two SQL statements, tree built in memory)
#   2. GET /api/gremien/struktur over HTTP (the same as JSON)
# and prints median, p95 and max. Then the Vaadin structure view itself (StrukturAnsichtMessung, browserless):
# navigating to it with the same amount of data, organigram built and the response to the browser written.
# Usage: infra/bench/gremien.sh [extra Maven arguments, e.g. -o]
# The figures are printed and written to core/platform/target/messung-gremien.txt and
# ui/target/messung-gremien-ansicht.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. infra/lib/common.sh
eval "$(infra/db/ensure-postgres.sh --test-db)"

mvn -B -q -pl core/platform -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest=StrukturMessung -Dteilhabe.messung=true "$@" >/dev/null
cat core/platform/target/messung-gremien.txt
mvn -B -q -pl plugins/gemeinsam-klappts,plugins/durchstarten,plugins/kim,ui -am verify -DskipBrowserTests=true \
  -Dsurefire.failIfNoSpecifiedTests=false -Dtest=StrukturAnsichtMessung -Dteilhabe.messung=true "$@" >/dev/null
cat ui/target/messung-gremien-ansicht.txt
