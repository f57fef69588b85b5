#!/usr/bin/env bash
# The Action runs on node24 (action.yml): its tests — the built Action end to end, and the tool
# downloads it does — run again on Node 24, taken from the npm package node@24 in a scratch
# directory. Without the npm registry there is no Node 24, and this fails: a CI run that skipped
# it would say nothing about the Action's own runtime.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# A package.json of its own, so that npm installs here and not into the project above.
echo '{ "private": true }' >"$scratch/package.json"
if ! (cd "$scratch" && npm i --no-save --no-audit --no-fund --loglevel=error node@24 >/dev/null); then
  echo "Node 24: cannot install the npm package node@24 (is the npm registry reachable?), so the Action's tests did not run on Node 24." >&2
  exit 1
fi
node24="$scratch/node_modules/.bin/node"
version=$("$node24" --version)
if [[ "$version" != v24.* ]]; then
  echo "Node 24: the npm package node@24 gave node $version." >&2
  exit 1
fi

echo "Node 24 ($version): test/action and test/tools"
# The same timeouts as `npm test`; `node` on PATH is Node 24 too, for anything the tests start.
PATH="$(dirname "$node24"):$PATH" "$node24" node_modules/vitest/vitest.mjs run \
  --testTimeout=60000 --hookTimeout=120000 test/action test/tools "$@"
