#!/usr/bin/env bash
# Builds a Python wheel that carries the vt-lint binary (maturin, `bindings = bin`, the way ruff
# and typos ship), installs it into a fresh venv without a Rust toolchain on its PATH, and runs
# it on a good and a bad plan.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() {
    echo "wheel-test: FAIL: $*" >&2
    exit 1
}

echo "-- wheel: installing maturin into a venv"
python3 -m venv "$tmp/build"
"$tmp/build/bin/pip" install --quiet --disable-pip-version-check 'maturin>=1.5,<2'
"$tmp/build/bin/maturin" --version

echo "-- wheel: building"
CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}" "$tmp/build/bin/maturin" build --release \
    --locked --bindings bin --manifest-path "$repo/Cargo.toml" --out "$tmp/wheels" --quiet
wheel="$(ls "$tmp"/wheels/vt_lint-*.whl)" || fail "no wheel built"
echo "   $(basename "$wheel")"

echo "-- wheel: installing into a fresh venv"
python3 -m venv "$tmp/user"
"$tmp/user/bin/pip" install --quiet --disable-pip-version-check --no-index "$wheel"
bin="$tmp/user/bin/vt-lint"
[ -x "$bin" ] || fail "the wheel put no vt-lint in the venv's bin"

# Only the venv on PATH: no cargo, no target dir.
env -i PATH="$tmp/user/bin:/usr/bin:/bin" HOME="$tmp" "$bin" --version | grep -q '^vt-lint ' \
    || fail "--version"
set +e
env -i PATH="$tmp/user/bin:/usr/bin:/bin" HOME="$tmp" vt-lint --today 2025-06-01 \
    "$repo/fixtures/plans/good_klantenservice.md" > "$tmp/good.txt"
good=$?
env -i PATH="$tmp/user/bin:/usr/bin:/bin" HOME="$tmp" vt-lint --today 2025-06-01 \
    "$repo/fixtures/plans/missing_support.md" > "$tmp/bad.txt"
bad=$?
set -e
[ "$good" -eq 0 ] || fail "a good plan exits $good: $(cat "$tmp/good.txt")"
[ "$bad" -eq 1 ] || fail "a plan without support exits $bad"
grep -q 'VT104' "$tmp/bad.txt" || fail "no VT104 in: $(cat "$tmp/bad.txt")"
echo "wheel-test: ok (installed from the wheel, good plan 0, bad plan 1 with VT104)"
