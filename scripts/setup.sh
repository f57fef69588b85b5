#!/usr/bin/env bash
# Installs what the tests need on a Debian machine: the npm packages and the real interpreters
# and tools the tests run (PyPy, a debug CPython, venv, virtualenv, findpython, pdm, poetry,
# tox, pipx, a C compiler).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(python3 python3-venv python3.11-dbg pypy3 python3-virtualenv python3-findpython python3-pdm python3-poetry tox pipx gcc libc6-dev procps tar)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
