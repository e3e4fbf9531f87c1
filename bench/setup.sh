#!/usr/bin/env bash
# Install what the API benchmark needs beyond the project: wrk (Debian package) and
# Datasette, in a virtualenv of its own under bench/out/ so that its dependencies never
# mix with the project's. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq wrk
fi

DATASETTE_VENV=bench/out/datasette-venv
if [ ! -x "$DATASETTE_VENV/bin/datasette" ]; then
    mkdir -p bench/out
    "${PYTHON:-python3}" -m venv "$DATASETTE_VENV"
    "$DATASETTE_VENV/bin/pip" install --quiet --upgrade pip
    "$DATASETTE_VENV/bin/pip" install --quiet 'datasette>=0.65,<2'
fi

if [ ! -x .venv/bin/chancery ]; then
    make install-dev
fi

wrk --version 2>&1 | head -1 || true
"$DATASETTE_VENV/bin/datasette" --version
