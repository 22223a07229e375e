#!/usr/bin/env bash
# Measures the Stichtag reports (issue 7: 50 Kreise, the largest with 100,000 participants and 1,000,000 case
# events; reports (a)+(b) p95 < 300 ms and within 2x of the fastest hand-written SQL; XLSX export of all reports
# < 2 s) against the local test database, which is made anew: 49 small Kreise with a few hundred participants
# each and one large Kreis are onboarded, their data generated in SQL (participants with residence histories and
# program participations; assignments with outcomes, case notes, goals and referrals). In one run, after 30
# warm-up calls, 200 times each: (a)+(b) through the service and through GET /api/berichte/aufnahme + /zuweisungen,
# and the hand-written SQL for the same numbers (the test checks that the numbers are equal), taking turns; then
# 50 times the XLSX export of the reports (a)-(e) of the large Kreis (five calls of /api/berichte/{art}/export)
# and 50 times the report folder with all reports in one workbook (GET /api/berichte/mappe). Prints median, p95
# and max, the ratio service / hand-written SQL and the machine's load, and writes
# core/platform/target/messung-berichte.txt.
# Usage: infra/bench/berichte.sh [extra Maven arguments, e.g. -o]
#   TEILHABE_TEST_DB_NAME=...   database to use instead of teilhabe_test (it is dropped and created anew)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. infra/lib/common.sh
eval "$(TEILHABE_TEST_DB_FRESH=1 infra/db/ensure-postgres.sh --test-db)"

if ! mvn -B -q -pl core/platform -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest=BerichtMessung -Dteilhabe.messung=true -Dteilhabe.test.db.url="$TEILHABE_TEST_DB_URL" "$@" >/dev/null; then
  sed -n '1,30p' core/platform/target/surefire-reports/de.teilhabe.platform.bericht.BerichtMessung.txt >&2
  exit 1
fi
cat core/platform/target/messung-berichte.txt
