#!/usr/bin/env bash
# Measures the participant search (issue 6: 100,000 participants in one Kreis, p95 < 100 ms through the API)
# against the local test database: a freshly onboarded Kreis gets 100,000 generated participants with residence
# histories and program participations (SQL), then GET /api/teilnehmer runs 200 times per filter combination
# (name prefix; name + status + active; Kommune + status + program; case manager + page 3; no filter) after
# 30 warm-up calls. Prints median, p95 and max and writes core/platform/target/messung-suche.txt.
# Usage: infra/bench/suche.sh [extra Maven arguments, e.g. -o]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. infra/lib/common.sh
eval "$(infra/db/ensure-postgres.sh --test-db)"

mvn -B -q -pl core/platform -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest=TeilnehmerSucheMessung -Dteilhabe.messung=true "$@" >/dev/null
cat core/platform/target/messung-suche.txt
