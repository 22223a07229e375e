#!/usr/bin/env bash
# Measures the Maßnahmen grid (issue 4: grid load with 1,000 Maßnahmen < 200 ms) against the local test database:
# a freshly onboarded Kreis gets 1,000 Maßnahmen with status histories; then the Vaadin Maßnahmen view is opened
# browserless (MassnahmenTabelleMessung) — service call, grid, filters and the server round trip that sends the
# first page of rows — 10 times to warm up and 21 times measured. Prints median, min and max, and the service's
# share. Usage: infra/bench/massnahmen.sh [extra Maven arguments, e.g. -o]
# The figures are printed and written to ui/target/messung-massnahmen-tabelle.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. infra/lib/common.sh
eval "$(infra/db/ensure-postgres.sh --test-db)"

mvn -B -q -pl plugins/gemeinsam-klappts,plugins/durchstarten,plugins/kim,ui -am verify -DskipBrowserTests=true \
  -Dsurefire.failIfNoSpecifiedTests=false -Dtest=MassnahmenTabelleMessung -Dteilhabe.messung=true "$@" >/dev/null
cat ui/target/messung-massnahmen-tabelle.txt
