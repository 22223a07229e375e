# shellcheck shell=bash
# Helpers shared by the infra scripts. Source it; it does not change shell options.

log() { printf '[teilhabe] %s\n' "$*" >&2; }
die() { printf '[teilhabe] ERROR: %s\n' "$*" >&2; exit 1; }

# Run a command as root (directly, or through sudo for a developer account).
as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo -- "$@"
  else die "root needed for: $*"
  fi
}

# Run a command that leaves a daemon behind with none of our descriptors but stdin, stdout and stderr
# open: a daemon holding a pipe of its caller's (a `$(...)`, a CI log) keeps that caller waiting.
without_inherited_fds() (
  for fd in /proc/$BASHPID/fd/*; do
    fd=${fd##*/}
    ((fd <= 2)) || eval "exec $fd>&-" 2>/dev/null || true
  done
  "$@"
)

# Run a command as the postgres OS user; PGPASSWORD, if set, is passed on.
as_postgres() {
  if [[ $(id -un) == postgres ]]; then "$@"
  elif [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"
  elif command -v sudo >/dev/null; then sudo --preserve-env=PGPASSWORD -u postgres -- "$@"
  else die "root or sudo needed to run as postgres: $*"
  fi
}

# apt-get install without prompts; runs apt-get update once per process first.
_teilhabe_apt_updated=
apt_install() {
  local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600)
  if [[ -z $_teilhabe_apt_updated ]]; then
    log "apt-get update"
    as_root "${apt[@]}" update >&2
    _teilhabe_apt_updated=1
  fi
  log "apt-get install $*"
  as_root "${apt[@]}" install -y "$@" >&2
}

# Prints the Java specification version ("17", "25") of the given java binary.
java_version() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}'
}

# Prints the home of a JDK 17 (JAVA_HOME first, then the java on PATH, then /usr/lib/jvm).
jdk17_home() {
  local candidates=("${JAVA_HOME:-}") home javac
  if javac=$(command -v javac); then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$javac")")")")
  fi
  candidates+=(/usr/lib/jvm/java-17-openjdk-*)
  for home in "${candidates[@]}"; do
    if [[ -n $home && -x $home/bin/javac && $(java_version "$home/bin/java") == 17 ]]; then
      echo "$home"
      return 0
    fi
  done
  return 1
}

# Makes sure a JDK 17 and Maven are installed; exports JAVA_HOME for Maven (the build needs JDK 17).
ensure_build_tools() {
  local home
  if ! home=$(jdk17_home); then
    apt_install openjdk-17-jdk-headless
    home=$(jdk17_home) || die "no JDK 17 found after installing openjdk-17-jdk-headless"
  fi
  if [[ -n ${JAVA_HOME:-} && $JAVA_HOME != "$home" ]]; then
    log "JAVA_HOME=$JAVA_HOME is not a JDK 17; building with $home"
  fi
  export JAVA_HOME=$home
  command -v mvn >/dev/null || apt_install maven
}

# JVM options of infra/start when JAVA_OPTS is unset (measured with infra/bench/plattform.sh, see README):
# the serial collector and the C1 compiler alone start faster and need less memory than the JVM's defaults
# on a large machine; a busy production server sets its own JAVA_OPTS (infra/deploy/teilhabe.env.example).
# shellcheck disable=SC2034 # used by the scripts that source this file
TEILHABE_JAVA_OPTS_STANDARD="-XX:+UseSerialGC -Xmx512m -Xss512k -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m"
