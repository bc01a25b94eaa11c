#!/usr/bin/env bash
# Installs the system packages and npm packages the test suite drives for real:
# Debian's redis-server (the tests' Redis) and chromium (extension and admin UI tests), and
# what llama-cpp-python's source build needs for tests/llama's real llama.cpp server: a C++
# compiler, CMake and Ninja (scikit-build-core would otherwise fetch the last two from PyPI).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v redis-server >/dev/null || need+=(redis-server)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v c++ >/dev/null || need+=(g++)
command -v cmake >/dev/null || need+=(cmake)
command -v ninja >/dev/null || need+=(ninja-build)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
if [ -f tests/e2e/setup.sh ]; then
  bash tests/e2e/setup.sh
fi
