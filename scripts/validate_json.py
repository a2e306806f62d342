#!/usr/bin/env python3
"""Validates a JSON document against one of Ringback's schemas in data/, with every schema
there in reach of $ref (export.schema.json refers to store.schema.json and output.schema.json).

Usage: validate_json.py SCHEMA[#DEF] FILE  (SCHEMA: a file name in data/, e.g.
output.schema.json#next, export.schema.json). Prints one line per problem; exit 1 if any.
"""
import glob
import json
import os
import sys

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def main() -> int:
    target, path = sys.argv[1], sys.argv[2]
    name, _, definition = target.partition("#")
    registry = Registry()
    schemas = {}
    for schema_path in glob.glob(os.path.join(DATA, "*.schema.json")):
        with open(schema_path) as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        schemas[os.path.basename(schema_path)] = schema
        registry = registry.with_resource(schema["$id"], Resource.from_contents(schema))
    schema = schemas[name]
    if definition:
        schema = {"$ref": f"{schema['$id']}#/$defs/{definition}"}
    with open(path) as f:
        document = json.load(f)
    problems = [
        f"{path}: /{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in Draft202012Validator(schema, registry=registry).iter_errors(document)
    ]
    print("\n".join(problems) if problems else f"{path}: valid ({target})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
