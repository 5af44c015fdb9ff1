#!/usr/bin/env bash
# Makes sure Debian's headless Chromium is here for the test that renders the tour notebook's HTML export
# (about 30 s to install with apt-get). Elsewhere it says how to get it and fails.
set -euo pipefail
if command -v chromium >/dev/null || command -v chromium-browser >/dev/null; then exit 0; fi
if command -v apt-get >/dev/null; then
  sudo=""
  [ "$(id -u)" != 0 ] && command -v sudo >/dev/null && sudo="sudo"
  echo "Installing Debian's chromium for the rendering test"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null && exit 0
fi
echo "chromium is missing: apt-get install chromium (the HTML rendering test is skipped without it)" >&2
exit 1
