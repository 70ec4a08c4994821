"""A small JSON Schema (draft 2020-12) checker: the keywords docs/*.schema.json use.

The standard library has no validator and the machine has no package index, so
this implements type, const, enum, pattern, minimum, minLength, required,
properties, additionalProperties, propertyNames, items, oneOf and local $ref.
An unknown keyword is an error, so a schema cannot silently check less.
"""
import re

KNOWN = {"$schema", "$id", "$defs", "title", "description", "type", "const", "enum", "pattern",
         "minimum", "minLength", "required", "properties", "additionalProperties", "propertyNames",
         "items", "oneOf", "$ref"}

TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def errors(value, schema, root=None, path="$"):
    """Every violation of `schema` by `value`, as 'path: what' strings."""
    root = root or schema
    out = []
    unknown = set(schema) - KNOWN
    if unknown:
        return [f"{path}: schema uses unsupported keywords {sorted(unknown)}"]
    if "$ref" in schema:
        ref = schema["$ref"]
        assert ref.startswith("#/$defs/"), ref
        out += errors(value, root["$defs"][ref[len("#/$defs/"):]], root, path)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(TYPES[t](value) for t in types):
            return out + [f"{path}: {value!r} is not of type {types}"]
    if "const" in schema and value != schema["const"]:
        out.append(f"{path}: {value!r} is not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        out.append(f"{path}: {value!r} is not one of {schema['enum']}")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            out.append(f"{path}: {value!r} does not match {schema['pattern']}")
        if "minLength" in schema and len(value) < schema["minLength"]:
            out.append(f"{path}: shorter than {schema['minLength']}")
    if TYPES["number"](value) and "minimum" in schema and value < schema["minimum"]:
        out.append(f"{path}: {value} is below {schema['minimum']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                out.append(f"{path}: missing {key!r}")
        props = schema.get("properties", {})
        for key, item in value.items():
            if key in props:
                out += errors(item, props[key], root, f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                out.append(f"{path}: unexpected {key!r}")
            elif isinstance(schema.get("additionalProperties"), dict):
                out += errors(item, schema["additionalProperties"], root, f"{path}.{key}")
            if "propertyNames" in schema:
                out += errors(key, schema["propertyNames"], root, f"{path}[name {key!r}]")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            out += errors(item, schema["items"], root, f"{path}[{i}]")
    if "oneOf" in schema:
        passing = sum(1 for s in schema["oneOf"] if not errors(value, s, root, path))
        if passing != 1:
            out.append(f"{path}: matches {passing} of oneOf, not exactly one")
    return out
