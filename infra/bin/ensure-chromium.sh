#!/usr/bin/env bash
# Makes sure Debian's chromium and chromedriver are installed for the browser tests.
# Browsers always come from Debian's packages; no tool may download its own.
set -euo pipefail
# shellcheck source=../lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  log "chromium or chromedriver missing; installing Debian's packages"
  # without recommends (notification daemon, printer tools); fonts are needed for text rendering
  apt_install --no-install-recommends chromium chromium-driver fonts-liberation
  [[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium still missing after apt-get install"
fi
log "$(/usr/bin/chromium --version 2>/dev/null || echo chromium) at /usr/bin/chromium"
