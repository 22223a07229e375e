#!/usr/bin/env bash
# Measures the plugin host (issue 3, target < 1 s median) against the local test database:
#   1. loading the four shipped program plugins (gemeinsam-klappts, durchstarten, kim, komm-an) as at start:
#      first run in a fresh JVM and the median of 20 more
#   2. enabling each program for a freshly onboarded Kreis, including the program's Flyway migrations
#      (median of 10 Kreise per program and over all 40)
#   3. the start's check of the migrations of enabled programs, per Kreis with four programs
# Usage: infra/bench/programme.sh [extra Maven arguments, e.g. -o]
# The figures are printed and written to core/platform/target/messung-programme.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

mvn -B -q -pl core/platform -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest=ProgrammMessung -Dteilhabe.messung=true "$@" >/dev/null
cat core/platform/target/messung-programme.txt
