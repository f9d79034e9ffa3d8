#!/usr/bin/env bash
# Finds Chromium for the e2e tests; never downloads a browser build.
# Prints the path. Installs Debian's chromium when missing and allowed (root on Debian).
set -u
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then echo "$path"; exit 0; fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2; exit 1
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package (about two minutes)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq >&2 && apt-get install -y -qq chromium >&2 && [ -x /usr/bin/chromium ]; then
    echo /usr/bin/chromium; exit 0
  fi
  echo "Installing chromium with apt-get failed." >&2; exit 1
fi
cat >&2 <<'MSG'
The end-to-end tests need Chromium and none was found at /usr/bin/chromium.
Install it with your system's package manager (on Debian or Ubuntu: sudo apt-get install chromium),
or point CHROMIUM_PATH at an existing Chromium or Chrome binary. This project never downloads a browser.
MSG
exit 1
