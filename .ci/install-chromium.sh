#!/usr/bin/env bash
# The calendar's HTML view is tested in real headless Chromium (Debian's package; playwright's
# own browser download cannot work without the internet).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
else
  echo "chromium is not installed and cannot be installed here; the HTML calendar browser test will be skipped" >&2
fi
