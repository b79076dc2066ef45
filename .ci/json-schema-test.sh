#!/usr/bin/env bash
# Validates real `vt-lint --format json` output against the published JSON Schema
# (src/render/json.schema.json, draft 2020-12) with python jsonschema, in a fresh venv. Then it
# checks that the schema rejects documents that break the contract, so a schema that accepts
# anything cannot pass.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() {
    echo "json-schema-test: FAIL: $*" >&2
    exit 1
}
schema="src/render/json.schema.json"

echo "-- json: installing jsonschema into a venv"
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet --disable-pip-version-check jsonschema

cargo build --locked --quiet
bin="${CARGO_TARGET_DIR:-$repo/target}/debug/vt-lint"
[ -x "$bin" ] || fail "no binary at $bin"

lint() { # name expected-status args...
    local name="$1" want="$2"
    shift 2
    local rc=0
    "$bin" --format json --today 2026-03-01 "$@" >"$tmp/$name.json" 2>"$tmp/$name.err" || rc=$?
    [ "$rc" -eq "$want" ] || { cat "$tmp/$name.err" >&2; fail "$name: exit $rc, expected $want"; }
}

mkdir -p "$tmp/leeg"
printf '\xef\xbb\xbf# Plan \xf0\x9f\x99\x82\n\n## Doelen\n\n- Je bent proactiever.\n' >"$tmp/bom.md"
lint plans 1 fixtures/plans/*.md
lint all-fixtures 1 fixtures
lint explain-parts 1 --explain-parts fixtures/plans/*.md
lint no-snippets 1 --no-snippets --explain-parts --lang en fixtures/plans/*.md
lint capped 1 --max-findings 1 fixtures/plans/bad_everything.md
lint unreadable 2 fixtures/plans/good_klantenservice.md does-not-exist.md "$tmp/leeg"
lint bom 1 "$tmp/bom.md"
printf '# Plan\n\nTekst.\n' | lint stdin 1 --stdin-filename "plannen/renée.md" -
lint empty-stdin 2 - </dev/null

"$tmp/venv/bin/python" - "$schema" "$tmp" <<'PY'
import copy, json, pathlib, sys
from jsonschema import Draft202012Validator

schema = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
Draft202012Validator.check_schema(schema)
v = Draft202012Validator(schema)
passed = failed = 0
docs = {}
for path in sorted(pathlib.Path(sys.argv[2]).glob("*.json")):
    doc = json.loads(path.read_text(encoding="utf-8"))
    docs[path.stem] = doc
    errors = sorted(v.iter_errors(doc), key=lambda e: list(e.absolute_path))
    if errors:
        failed += 1
        print(f"json-schema-test: {path.name}: INVALID", file=sys.stderr)
        for e in errors[:20]:
            print(f"  {'/'.join(map(str, e.absolute_path))}: {e.message}", file=sys.stderr)
    else:
        passed += 1
        n = sum(len(f["diagnostics"]) for f in doc["files"])
        print(f"json-schema-test: {path.name}: valid ({len(doc['files'])} files, {n} findings)")

# The schema must reject what breaks the contract.
base = docs["plans"]
def broken(name, change):
    global failed
    doc = copy.deepcopy(base)
    change(doc)
    if v.is_valid(doc):
        failed += 1
        print(f"json-schema-test: the schema accepts a document with {name}", file=sys.stderr)
broken("no summary", lambda d: d.pop("summary"))
broken("an unknown key", lambda d: d["files"][0].__setitem__("extra", 1))
broken("a severity 'note'", lambda d: next(x for f in d["files"] for x in f["diagnostics"]).__setitem__("severity", "note"))
broken("no column_utf16", lambda d: next(x for f in d["files"] for x in f["diagnostics"])["span"]["start"].pop("column_utf16"))
broken("column 0", lambda d: next(x for f in d["files"] for x in f["diagnostics"])["span"]["start"].__setitem__("column", 0))
broken("a linted plan without parts", lambda d: d["files"][0].pop("parts"))
# Content checks the schema cannot express.
for f in docs["no-snippets"]["files"]:
    if any("text" in p for p in f.get("parts", [])):
        failed += 1
        print("json-schema-test: --no-snippets output has part texts", file=sys.stderr)
pos = docs["bom"]["files"][0]["diagnostics"][0]["span"]["start"]
if (pos["line"], pos["column"], pos["offset"]) != (1, 3, 5):
    failed += 1
    print(f"json-schema-test: a BOM must not count as a column: {pos}", file=sys.stderr)
print(f"json: {passed} passed, {failed} failed")
sys.exit(1 if failed or not passed else 0)
PY
