#!/usr/bin/env bash
# Installs what the tests need on a Debian or Ubuntu machine (Debian 12 and 13, Ubuntu 24.04): the
# npm packages and the real interpreters and tools the tests run (PyPy, the debug build of the
# distribution's python3, venv, virtualenv, findpython, pdm, poetry, tox, pipx, a C compiler).
#
# No interpreter version is named here: the debug build is the one of the distribution's python3,
# looked up with apt-cache. The tools are optional: a distribution that lacks one (some do not
# package pdm or PyPy) gets a warning here, and the tests that need it are skipped with the reason.
set -euo pipefail
cd "$(dirname "$0")/.."

# Without these the tests cannot run at all.
required=(python3 python3-venv gcc libc6-dev procps tar)
# The tests that use these skip, saying why, where the distribution has no such package.
optional=(pypy3 python3-virtualenv python3-findpython python3-pdm python3-poetry tox pipx)

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'; }
candidate() { apt-cache policy "$1" 2>/dev/null | awk '$1 == "Candidate:" && $2 != "(none)" { print $2 }'; }
# The installed python3's version, 3.X.
python_minor() { /usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])'; }
# The debug build the tests look for: /usr/bin/python3.Xd, for the python3 that is installed.
debug_build_present() {
  local minor
  minor=$(python_minor 2>/dev/null) || return 1
  [ -x "/usr/bin/python${minor}d" ]
}

missing=()
for p in "${required[@]}" "${optional[@]}"; do installed "$p" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ] || ! debug_build_present; then
  $sudo apt-get update -qq
  install=()
  for p in "${missing[@]}"; do
    if [ -n "$(candidate "$p")" ]; then
      install+=("$p")
    elif printf '%s\n' "${required[@]}" | grep -qx "$p"; then
      echo "setup: the package $p is not available from apt; the tests need it" >&2
      exit 1
    else
      echo "setup: warning: no package $p here; the tests that need it will be skipped" >&2
    fi
  done
  if [ ${#install[@]} -gt 0 ]; then
    echo "installing Debian packages: ${install[*]}"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${install[@]}" >/dev/null
  fi

  # The debug interpreter: python3-dbg depends on the debug build of the distribution's default
  # python3 (python3.11-dbg on Debian 12, python3.13-dbg on Debian 13, python3.12-dbg on Ubuntu
  # 24.04); where it is missing, the versioned package of the python3 installed above.
  if ! debug_build_present; then
    minor=$(python_minor)
    dbg=""
    for p in python3-dbg "python${minor}-dbg"; do
      if [ -n "$(candidate "$p")" ]; then
        dbg=$p
        break
      fi
    done
    if [ -n "$dbg" ]; then
      echo "installing the debug interpreter: $dbg"
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$dbg" >/dev/null
    fi
    debug_build_present ||
      echo "setup: warning: no debug build of python${minor} here; the tests that need it will be skipped" >&2
  fi
fi

npm ci --no-audit --no-fund
