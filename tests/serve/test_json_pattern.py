"""The contract suite's reply patterns (json_pattern.py): a runner that matched
everything would pass every case, so the matcher is tested on its own.

Run from the repo root:
    python3 -m unittest discover -s tests/serve -t . -v
"""

from __future__ import annotations

import unittest

from .json_pattern import mismatch, pattern_problem
from .database_free import setUpModule  # noqa: F401 (unittest calls it: the PostgreSQL run skips this file)

ANY = {"$any": True}
ABSENT = {"$absent": True}


class MatchTest(unittest.TestCase):
    def assert_matches(self, pattern, value):
        self.assertIsNone(mismatch(pattern, value), (pattern, value))

    def assert_differs(self, pattern, value, where: str):
        problem = mismatch(pattern, value)
        self.assertIsNotNone(problem, (pattern, value))
        self.assertTrue(problem.startswith(where + ":"), problem)

    def test_objects_need_their_keys_and_allow_more(self):
        self.assert_matches({"head": 2}, {"head": 2, "accepted": [1, 2]})
        self.assert_matches({}, {"x": 1})
        self.assert_differs({"head": 2}, {"accepted": []}, "/head")
        self.assert_differs({"a": {"b": 1}}, {"a": {"b": 2}}, "/a/b")
        self.assert_differs({"a": 1}, [1], "/")

    def test_arrays_match_element_by_element_at_the_same_length(self):
        self.assert_matches([{"pos": 1}, {"pos": 2}], [{"pos": 1, "id": "a"}, {"pos": 2}])
        self.assert_differs([1, 2], [1, 2, 3], "/")
        self.assert_differs([1, 2], [1], "/")
        self.assert_differs({"e": [1, 2]}, {"e": [2, 1]}, "/e/0")
        self.assert_matches([], [])
        self.assert_differs([], {}, "/")

    def test_scalars_are_equal_and_of_the_same_json_type(self):
        for same in (1, 0, "a", "", True, False, None, 2.5):
            self.assert_matches(same, same)
        self.assert_differs(1, True, "/")
        self.assert_differs(True, 1, "/")
        self.assert_differs(0, False, "/")
        self.assert_differs(1, 1.0, "/")
        self.assert_differs(1, "1", "/")
        self.assert_differs(None, 0, "/")
        self.assert_differs(9007199254740993, 9007199254740992, "/")

    def test_any(self):
        self.assert_matches({"received": ANY}, {"received": "2026-03-01T09:00:12.345Z"})
        self.assert_matches({"x": ANY}, {"x": None})
        self.assert_matches([ANY, 2], [{"deep": [1]}, 2])
        self.assert_differs({"received": ANY}, {}, "/received")

    def test_prefix(self):
        pattern = {"error": {"$prefix": "/entries/0/seq:"}}
        self.assert_matches(pattern, {"error": "/entries/0/seq: must be a positive integer"})
        self.assert_differs(pattern, {"error": "/entries/1/seq: must be a positive integer"}, "/error")
        self.assert_differs(pattern, {"error": 5}, "/error")
        self.assert_differs(pattern, {}, "/error")
        self.assert_matches({"$prefix": ""}, "anything")

    def test_absent(self):
        self.assert_matches({"accepted": ABSENT}, {"error": "x"})
        self.assert_differs({"accepted": ABSENT}, {"accepted": []}, "/accepted")
        self.assert_differs({"accepted": ABSENT}, {"accepted": None}, "/accepted")

    def test_special_objects_are_exactly_one_key(self):
        # With a second key it is an ordinary object pattern: the keys must be there.
        self.assert_differs({"$any": True, "x": 1}, {"x": 1}, "/$any")


class PatternProblemTest(unittest.TestCase):
    def test_valid_patterns(self):
        for pattern in ({"a": [1, {"b": ANY}], "c": ABSENT, "d": {"$prefix": "x"}}, [], 1, None, ANY):
            self.assertIsNone(pattern_problem(pattern), pattern)

    def test_misused_specials(self):
        for pattern, where in [(ABSENT, "/"), ([ABSENT], "/0"), ({"$any": False}, "/"),
                               ({"a": {"$absent": 1}}, "/a"), ({"a": {"$prefix": 3}}, "/a"),
                               ({"a": {"$perfix": "x"}}, "/a"), ({"$any": True, "x": 1}, "/")]:
            with self.subTest(pattern=pattern):
                problem = pattern_problem(pattern)
                self.assertIsNotNone(problem)
                self.assertTrue(problem.startswith(where + ":"), problem)


if __name__ == "__main__":
    unittest.main()
