#!/usr/bin/env bash
# Installs what Ringback needs on a fresh Debian machine (idempotent):
# libedit-dev for the shell; python3's jsonschema, icalendar and pexpect for the tests.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if ! dpkg -s libedit-dev >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  $SUDO DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libedit-dev >/dev/null
fi
if [ "${1:-}" = "--test" ]; then
  if ! python3 -c 'import jsonschema, icalendar, pexpect' >/dev/null 2>&1; then
    python3 -m pip install -q jsonschema icalendar pexpect
  fi
fi
if [ "${1:-}" = "--bench" ] && ! command -v task >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  $SUDO DEBIAN_FRONTEND=noninteractive apt-get install -y -qq taskwarrior >/dev/null
fi
