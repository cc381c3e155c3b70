# Sourced by the other scripts: where the project's tools live and how Trunk is run.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Trunk uses the pinned tools that scripts/setup installed and never downloads anything.
export TRUNK_SKIP_VERSION_CHECK=true
export TRUNK_OFFLINE=true
export CHROME_PATH=/usr/bin/chromium
export CHROMEDRIVER=/usr/bin/chromedriver
TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must be exactly the wasm-bindgen version in Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
export TRUNK_VERSION WASM_BINDGEN_VERSION ROOT

step() { printf '\n==> %s\n' "$*"; }
