#!/bin/sh
# Sets everything up, builds, and runs the whole test suite (what CI runs).
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset dev
cmake --build --preset dev
ctest --preset dev
