#!/usr/bin/env python3
"""Validates a Ringback store against data/store.schema.json: store.json, and in the folder
beside it every contact file, the practice list and every change record.

Usage: validate_store.py STORE_JSON [SCHEMA]. Prints one line per problem; exit 1 if any.
"""
import glob
import json
import os
import sys

from jsonschema import Draft202012Validator


def part(schema, name):
    """A validator for one $defs entry, with the whole schema's $defs in reach."""
    return Draft202012Validator({"$defs": schema["$defs"], "$ref": f"#/$defs/{name}"})


def main() -> int:
    store = sys.argv[1]
    schema_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "data", "store.schema.json")
    with open(schema_path) as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    folder = (store[:-5] if store.endswith(".json") else store) + ".d"
    problems = []

    def check(validator, path):
        with open(path) as f:
            document = json.load(f)
        for error in validator.iter_errors(document):
            problems.append(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
        return document

    check(Draft202012Validator(schema), store)
    contacts = touches = 0
    for path in sorted(glob.glob(os.path.join(folder, "contacts", "*.json"))):
        document = check(part(schema, "contactFile"), path)
        contacts += 1
        touches += len(document.get("touches", []))
    if os.path.exists(os.path.join(folder, "practice.json")):
        check(part(schema, "practiceList"), os.path.join(folder, "practice.json"))
    changes = sorted(glob.glob(os.path.join(folder, "changes", "*.json")))
    for path in changes:
        check(part(schema, "changeRecord"), path)
    for problem in problems:
        print(problem)
    print(f"checked {contacts} contacts, {touches} touches, {len(changes)} change records: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
