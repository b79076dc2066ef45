#!/usr/bin/env bash
# Runs the real pre-commit against this repository's .pre-commit-hooks.yaml: pre-commit builds
# vt-lint with the local cargo (`language: rust`) from a temporary git repository holding the
# current working tree, then lints a good and a bad plan in a scratch "HR repository".
# Two case groups, so the crate is installed twice; both installs share one target dir.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() {
    echo "precommit-test: FAIL: $*" >&2
    exit 1
}
git_ci() {
    git -c user.name=vt-lint-ci -c user.email=ci@vt-lint.invalid -c commit.gpgsign=false \
        -c init.defaultBranch=main "$@"
}

echo "-- pre-commit: installing pre-commit into a venv"
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet --disable-pip-version-check pre-commit
"$tmp/venv/bin/pre-commit" --version
export PRE_COMMIT_HOME="$tmp/pre-commit-home"
export CARGO_TARGET_DIR="$tmp/target"
export NO_COLOR=1

echo "-- pre-commit: hook repository from the working tree"
hook="$tmp/hook-repo"
mkdir -p "$hook"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard) |
    while IFS= read -r -d '' f; do
        if [ -f "$repo/$f" ]; then printf '%s\0' "$f"; fi
    done |
    tar -C "$repo" --null -T - -cf - | tar -C "$hook" -xf -
[ -f "$hook/.pre-commit-hooks.yaml" ] || fail ".pre-commit-hooks.yaml is not in the working tree"
git_ci -C "$hook" init -q
git_ci -C "$hook" add -A
git_ci -C "$hook" commit -q -m "vt-lint working tree for the pre-commit test"

echo "-- pre-commit: scratch HR repository"
hr="$tmp/hr-repo"
mkdir -p "$hr/archief"
cp "$repo/fixtures/plans/good_klantenservice.md" "$hr/good.md"
cp "$repo/fixtures/plans/missing_support.md" "$hr/bad.md"
cp "$repo/fixtures/plans/missing_support.md" "$hr/archief/oud.md"
printf 'exclude = ["archief/**"]\n' >"$hr/vt-lint.toml"
git_ci -C "$hr" init -q
git_ci -C "$hr" add -A
git_ci -C "$hr" commit -q -m "plans"

run_group() { # expected-status log files...
    local want="$1" log="$2"
    shift 2
    local rc=0
    (cd "$hr" && "$tmp/venv/bin/pre-commit" try-repo "$hook" vt-lint --files "$@") >"$log" 2>&1 || rc=$?
    if [ "$rc" -ne "$want" ]; then
        cat "$log" >&2
        fail "pre-commit try-repo ... --files $* exited $rc, expected $want"
    fi
}

echo "-- pre-commit: good plan, and a bad one in an excluded folder (expect exit 0)"
run_group 0 "$tmp/good.log" good.md archief/oud.md
grep -q "vt-lint" "$tmp/good.log" || { cat "$tmp/good.log"; fail "the hook did not run"; }
grep -q "Passed" "$tmp/good.log" || { cat "$tmp/good.log"; fail "the hook did not pass"; }

echo "-- pre-commit: bad plan (expect exit 1 and VT104)"
run_group 1 "$tmp/bad.log" bad.md
grep -q "VT104" "$tmp/bad.log" || { cat "$tmp/bad.log"; fail "no VT104 in the hook's output"; }
grep -q "bad.md" "$tmp/bad.log" || { cat "$tmp/bad.log"; fail "the output does not name bad.md"; }

echo "-- pre-commit: the README's .pre-commit-config.yaml, as written there"
sha="$(git -C "$hook" rev-parse HEAD)"
# The first yaml block after the README's "## Pre-commit" heading, placeholders filled in.
awk '/^## Pre-commit/ { s = 1 } s && /^```yaml/ { y = 1; next } y && /^```/ { exit } y { print }' \
    "$repo/README.md" >"$tmp/readme-config.yaml"
grep -q '<adres van de vt-lint-repository>' "$tmp/readme-config.yaml" ||
    fail "the README's pre-commit block has no <adres van de vt-lint-repository> placeholder"
grep -q '<commit>' "$tmp/readme-config.yaml" || fail "the README's pre-commit block has no <commit> placeholder"
sed -e "s|<adres van de vt-lint-repository>|$hook|" -e "s|<commit>|$sha|" \
    "$tmp/readme-config.yaml" >"$hr/.pre-commit-config.yaml"
git_ci -C "$hr" add .pre-commit-config.yaml
git_ci -C "$hr" commit -q -m "pre-commit config from the README"
rc=0
(cd "$hr" && "$tmp/venv/bin/pre-commit" run vt-lint --files bad.md) >"$tmp/readme-bad.log" 2>&1 || rc=$?
[ "$rc" -eq 1 ] || { cat "$tmp/readme-bad.log"; fail "README config, bad plan: exit $rc, expected 1"; }
grep -q "VT104" "$tmp/readme-bad.log" || { cat "$tmp/readme-bad.log"; fail "README config: no VT104"; }
rc=0
(cd "$hr" && "$tmp/venv/bin/pre-commit" run vt-lint --files good.md archief/oud.md) >"$tmp/readme-good.log" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || { cat "$tmp/readme-good.log"; fail "README config, good plan: exit $rc, expected 0"; }

echo "-- the README's CI install command, as written there"
cmd="$(grep -o 'cargo install --locked --git <adres van de vt-lint-repository> --rev <commit> vt-lint' "$repo/README.md" | head -n1)"
[ -n "$cmd" ] || fail "the README's CI install command is not the one this test runs"
cmd="${cmd//<adres van de vt-lint-repository>/file://$hook}"
cmd="${cmd//<commit>/$sha}"
$cmd --root "$tmp/ci-root" --quiet
"$tmp/ci-root/bin/vt-lint" --version | grep -q "^vt-lint " || fail "the installed vt-lint does not run"

echo "pre-commit: 4 passed, 0 failed"
