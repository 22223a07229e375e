#!/usr/bin/env bash
# Measures the participant import (issue 6: 10,000 rows in < 15 s) against the local test database: a
# deterministic CSV of 10,000 fictitious, valid people (UTF-8, semicolons, as German Excel writes it) is checked
# (TeilnehmerImport.pruefen, dry run) and imported (TeilnehmerImport.importieren, one Kreis transaction with
# batched inserts) into a freshly onboarded Kreis with Gemeinsam klappt's enabled; three runs, each into a new
# Kreis, after one unmeasured warm-up of 200 rows; prints the median and the single runs of both.
# Usage: infra/bench/import.sh [extra Maven arguments, e.g. -o]
# The figures are printed and written to core/platform/target/messung-import.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. infra/lib/common.sh
eval "$(infra/db/ensure-postgres.sh --test-db)"

mvn -B -q -pl core/platform -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest=TeilnehmerImportMessung -Dteilhabe.messung=true "$@" >/dev/null
cat core/platform/target/messung-import.txt
