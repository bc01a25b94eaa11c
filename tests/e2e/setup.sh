#!/usr/bin/env bash
# Prepares Heard's end-to-end tests on a clean machine (CI runs it as root before pytest):
# installs the real editor packages from the lockfile and bundles the fixture pages.
# Idempotent: skips npm ci when node_modules matches the lockfile, always rebuilds (2 s).
# Chromium (/usr/bin/chromium) and the Python packages (pytest, playwright) are installed by
# the Makefile, not here.
set -euo pipefail
cd "$(dirname "$0")/editors"
stamp=node_modules/.heard-lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
node build.mjs
