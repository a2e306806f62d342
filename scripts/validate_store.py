#!/usr/bin/env python3
"""Validates a Ringback store (store.json and its touch journal) against data/store.schema.json.

Usage: validate_store.py STORE_JSON [SCHEMA]. Prints one line per problem; exit 1 if any.
"""
import json
import os
import sys

from jsonschema import Draft202012Validator


def main() -> int:
    store = sys.argv[1]
    schema_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "data", "store.schema.json")
    with open(schema_path) as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    problems = []
    with open(store) as f:
        document = json.load(f)
    for error in Draft202012Validator(schema).iter_errors(document):
        problems.append(f"{store}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    touch_schema = dict(schema, **{"$ref": "#/$defs/touch"})
    for key in ("required", "properties", "additionalProperties", "type", "title", "description"):
        touch_schema.pop(key, None)
    validator = Draft202012Validator(touch_schema)
    journal = store + ".touches.jsonl"
    committed = document.get("journal", {}).get("bytes", 0)
    if os.path.exists(journal):
        with open(journal, "rb") as f:
            data = f.read()[:committed]
        for number, line in enumerate(data.splitlines(), 1):
            for error in validator.iter_errors(json.loads(line)):
                problems.append(f"{journal}:{number}: {error.message}")
    for problem in problems:
        print(problem)
    print(f"checked {len(document.get('contacts', []))} contacts, {document.get('journal', {}).get('touches', 0)} touches: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
