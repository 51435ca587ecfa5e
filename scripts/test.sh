#!/bin/sh
# SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
# SPDX-License-Identifier: MIT

# Sets everything up, builds, and runs the whole test suite (what CI runs).
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset dev
cmake --build --preset dev
ctest --preset dev
# What ships: the .deb and the AppImage built as released, then checked (lintian, installed into a clean
# Debian 12 root, the AppImage with the host's Qt hidden). See packaging/check-packages.sh.
cmake --workflow --preset package
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo packaging/check-packages.sh build/package
