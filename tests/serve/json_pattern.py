"""The reply patterns of the sync contract suite (tests/sync_contract/README.md).

A pattern is JSON: an object matches an object holding at least its keys, an
array matches an array of the same length, a scalar matches the same scalar.
Three one-key objects are special: {"$any": true}, {"$prefix": "text"} and,
as the value of a key, {"$absent": true}.
"""

from __future__ import annotations

SPECIAL_KEYS = ("$any", "$prefix", "$absent")


def special(pattern) -> str | None:
    """"$any", "$prefix" or "$absent" if the pattern is one of the special objects."""
    if isinstance(pattern, dict) and len(pattern) == 1:
        key = next(iter(pattern))
        if key in SPECIAL_KEYS:
            return key
    return None


def _kind(value) -> str:
    # bool before int: True is an int in Python but not in JSON. An integer
    # matches only an integer, so 1 never stands for 1.0 or true.
    for name, kinds in (("bool", bool), ("integer", int), ("number", float), ("string", str),
                        ("array", list), ("object", dict)):
        if isinstance(value, kinds):
            return name
    return "null"


def mismatch(pattern, value, where: str = "") -> str | None:
    """None if `value` matches `pattern`, else where and why it does not."""
    here = where or "/"
    kind = special(pattern)
    if kind == "$any":
        return None
    if kind == "$prefix":
        if isinstance(value, str) and value.startswith(pattern["$prefix"]):
            return None
        return f"{here}: {value!r} does not start with {pattern['$prefix']!r}"
    if kind == "$absent":
        # Only an object's key can be absent; reached here, the key was there.
        return f"{here}: should be absent, is {value!r}"
    if _kind(pattern) != _kind(value):
        return f"{here}: expected a {_kind(pattern)}, got {value!r}"
    if isinstance(pattern, dict):
        for key, sub in pattern.items():
            if key not in value:
                if special(sub) == "$absent":
                    continue
                return f"{where}/{key}: missing"
            problem = mismatch(sub, value[key], f"{where}/{key}")
            if problem:
                return problem
        return None
    if isinstance(pattern, list):
        if len(pattern) != len(value):
            return f"{here}: expected {len(pattern)} elements, got {len(value)}"
        for i, (sub, item) in enumerate(zip(pattern, value)):
            problem = mismatch(sub, item, f"{where}/{i}")
            if problem:
                return problem
        return None
    if pattern != value:
        return f"{here}: expected {pattern!r}, got {value!r}"
    return None


def pattern_problem(pattern, where: str = "", in_object: bool = False) -> str | None:
    """What makes `pattern` not a valid pattern (a typo'd "$" key, $absent in an array), or None."""
    here = where or "/"
    kind = special(pattern)
    if kind == "$absent" and not in_object:
        return f"{here}: $absent is only for the value of an object's key"
    if kind in ("$any", "$absent") and pattern[kind] is not True:
        return f"{here}: {kind} takes true"
    if kind == "$prefix" and not isinstance(pattern["$prefix"], str):
        return f"{here}: $prefix takes a string"
    if kind:
        return None
    if isinstance(pattern, dict):
        for key, sub in pattern.items():
            if key.startswith("$"):
                return f"{here}: {key} is no pattern ({', '.join(SPECIAL_KEYS)} stand alone)"
            problem = pattern_problem(sub, f"{where}/{key}", in_object=True)
            if problem:
                return problem
    if isinstance(pattern, list):
        for i, sub in enumerate(pattern):
            problem = pattern_problem(sub, f"{where}/{i}")
            if problem:
                return problem
    return None
