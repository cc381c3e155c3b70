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
# The wasm carries the source paths of its panic locations: written from the crate's own folder
# (`yew-0.23.0/src/…`, `src/…`), never from this machine's, so a build is the same on every
# machine and names no one's home folder (tests/e2e/release.test.mjs). For rustc, the last
# matching prefix wins: the crates.io folder's name (stable for this toolchain) comes last.
CARGO_REGISTRY_SOURCES="${CARGO_HOME:-$HOME/.cargo}/registry/src"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$ROOT/= \
--remap-path-prefix=$CARGO_REGISTRY_SOURCES/= \
--remap-path-prefix=$CARGO_REGISTRY_SOURCES/index.crates.io-1949cf8c6b5b557f/="

step() { printf '\n==> %s\n' "$*"; }
