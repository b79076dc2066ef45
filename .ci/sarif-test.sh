#!/usr/bin/env bash
# Validates real `vt-lint --format sarif` output against the official SARIF 2.1.0 schema
# (vendored in tests/schema/, checksum in tests/schema/README.md) with python jsonschema's
# Draft4Validator, URI formats included.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() {
    echo "sarif-test: FAIL: $*" >&2
    exit 1
}

schema="tests/schema/sarif-2.1.0.json"
want="$(grep -oE '[0-9a-f]{64}' tests/schema/README.md | head -n1)"
got="$(sha256sum "$schema" | cut -d' ' -f1)"
[ "$want" = "$got" ] || fail "$schema has sha256 $got, tests/schema/README.md says $want"

echo "-- sarif: installing jsonschema into a venv"
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet --disable-pip-version-check jsonschema rfc3987

cargo build --locked --quiet
bin="${CARGO_TARGET_DIR:-$repo/target}/debug/vt-lint"
[ -x "$bin" ] || fail "no binary at $bin"

lint() { # name expected-status args...
    local name="$1" want="$2"
    shift 2
    local rc=0
    "$bin" --format sarif --today 2026-03-01 "$@" >"$tmp/$name.sarif" 2>"$tmp/$name.err" || rc=$?
    [ "$rc" -eq "$want" ] || { cat "$tmp/$name.err" >&2; fail "$name: exit $rc, expected $want"; }
}

lint plans-nl 1 fixtures/plans/*.md
lint plans-en-no-snippets 1 --lang en --no-snippets fixtures/plans/*.md
lint all-fixtures 1 fixtures
lint clean 0 fixtures/plans/good_klantenservice.md
lint unreadable 2 fixtures/plans/missing_support.md does-not-exist.md
printf '# Plan\n\n<!-- vt-lint-disable VT2O1 -->\n<!-- vt-lint-disable VT104 -->\n' >"$tmp/suppress.md"
lint suppressions 1 "$tmp/suppress.md"
printf '# Plan Renée\n\nTekst.\n' | lint stdin 1 --stdin-filename "plannen/renée jansen, 2026.md" -
printf '\xef\xbb\xbf# Plan\n\nTekst.\n' >"$tmp/bom.md"
lint bom 1 "$tmp/bom.md"
# From a folder below the repository root: URIs stay relative to the root.
(cd fixtures && "$bin" --format sarif --today 2026-03-01 plans/missing_support.md >"$tmp/subdir.sarif") || [ $? -eq 1 ] ||
    fail "subdir: unexpected exit status"

"$tmp/venv/bin/python" - "$schema" "$tmp" <<'PY'
import json, pathlib, sys
from jsonschema import Draft4Validator

schema = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
Draft4Validator.check_schema(schema)
validator = Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)
passed = failed = 0
for path in sorted(pathlib.Path(sys.argv[2]).glob("*.sarif")):
    log = json.loads(path.read_text(encoding="utf-8"))
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    results = log["runs"][0]["results"]
    if path.stem.startswith("plans") and not results:
        errors.append("no results for the fixture plans")
    if path.stem == "clean" and results:
        errors.append("results for a clean plan")
    if path.stem == "unreadable" and log["runs"][0]["invocations"][0]["executionSuccessful"]:
        errors.append("an unreadable file must make executionSuccessful false")
    run = log["runs"][0]
    if run.get("columnKind") != "unicodeCodePoints":
        errors.append("columnKind must say how columns are counted")
    base = run.get("originalUriBaseIds", {}).get("%SRCROOT%", {}).get("uri", "")
    if not (base.startswith("file:///") and base.endswith("/")):
        errors.append(f"originalUriBaseIds %SRCROOT% must be an absolute file URI ending in '/': {base!r}")
    for r in results:
        fp = r.get("partialFingerprints", {}).get("vtLintIdentity/v1", "")
        if not fp.startswith("fnv1a64:"):
            errors.append(f"result without a hashed partialFingerprint: {r['ruleId']}")
        art = r["locations"][0]["physicalLocation"]["artifactLocation"]
        if path.stem in ("plans-nl", "all-fixtures", "subdir") and (
            art.get("uriBaseId") != "%SRCROOT%" or not art["uri"].startswith("fixtures/")
        ):
            errors.append(f"a fixture's URI must be relative to the repository root: {art}")
    if path.stem == "bom":
        region = results[0]["locations"][0]["physicalLocation"]["region"]
        if (region["startColumn"], region["charOffset"]) != (3, 2):
            errors.append(f"a BOM must not count as a column or character: {region}")
    if errors:
        failed += 1
        print(f"sarif-test: {path.name}: INVALID", file=sys.stderr)
        for e in errors[:20]:
            where = "/".join(map(str, getattr(e, "absolute_path", [])))
            print(f"  {where}: {getattr(e, 'message', e)}", file=sys.stderr)
    else:
        passed += 1
        print(f"sarif-test: {path.name}: valid ({len(results)} results)")
# The same findings have the same fingerprints whatever the language or --no-snippets.
def prints(name):
    log = json.loads((pathlib.Path(sys.argv[2]) / f"{name}.sarif").read_text(encoding="utf-8"))
    return [r["partialFingerprints"]["vtLintIdentity/v1"] for r in log["runs"][0]["results"]]
if prints("plans-nl") != prints("plans-en-no-snippets"):
    failed += 1
    print("sarif-test: fingerprints differ between --lang nl and --lang en --no-snippets", file=sys.stderr)
print(f"sarif: {passed} passed, {failed} failed")
sys.exit(1 if failed or not passed else 0)
PY
