#!/usr/bin/env bash
# The calendar's HTML view is tested in real headless Chromium (Debian's package; playwright's
# own browser download cannot work without the internet). The colour-emoji font is there so the
# screenshot artefacts show the emoji real posts carry instead of empty boxes.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${missing[@]}" >/dev/null
elif [[ " ${missing[*]} " == *" chromium "* ]]; then
  echo "chromium is not installed and cannot be installed here; the HTML calendar browser test will be skipped" >&2
fi
