#!/usr/bin/env bash
# Installs what Ringback needs on a fresh Debian machine (idempotent):
# libedit-dev for the shell; python3's jsonschema, icalendar and pexpect, khal, and the PostgreSQL
# server (a throwaway one is started by scripts/postgres.sh) for the tests;
# taskwarrior for the benchmark. Run as root, or as a user who may sudo.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SUDO=()
if [ "$(id -u)" -ne 0 ]; then SUDO=(sudo --preserve-env=DEBIAN_FRONTEND); fi

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing ${missing[*]} (apt-get)"
    "${SUDO[@]}" apt-get update -qq
    "${SUDO[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

apt_install libedit-dev
case "${1:-}" in
  --test)
    apt_install khal postgresql openssl
    if ! python3 -c 'import jsonschema, icalendar, pexpect' >/dev/null 2>&1; then
      echo "setup: installing jsonschema icalendar pexpect (pip)"
      python3 -m pip install -q --root-user-action=ignore jsonschema icalendar pexpect
    fi
    ;;
  --bench)
    apt_install taskwarrior postgresql
    ;;
esac
